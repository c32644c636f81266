"""Where things sit in the painted week: a moment on a day's wall-clock axis, the hours shown,
and an entry placed in a day's column. Shared by the layout and the painting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF

from tracker.core.days import Day
from tracker.core.model import Entry

__all__ = ["Placed", "visible_hours", "wall_minutes"]


def wall_minutes(moment: datetime, day: Day, zone: ZoneInfo) -> float:
    """Where `moment` sits on `day`'s wall-clock axis, 0 to 1440 (clipped at the day's ends)."""
    if moment <= day.start:
        return 0.0
    if moment >= day.end:
        return 1440.0
    local = moment.astimezone(zone)
    return local.hour * 60 + local.minute + local.second / 60


def visible_hours(
    days: list[Day], entries: list[Entry], zone: ZoneInfo, now: datetime
) -> tuple[int, int]:
    """06:00-24:00, widened to include any entry outside it."""
    first, last = 6, 24
    for entry in entries:
        end = entry.end or (entry.start if entry.is_instant else max(entry.start, now))
        for day in days:
            if entry.start < day.end and (end > day.start or (end == entry.start == day.start)):
                start_min = wall_minutes(max(entry.start, day.start), day, zone)
                first = min(first, int(start_min // 60))
    return first, last


@dataclass(frozen=True, slots=True)
class Placed:
    entry: Entry
    day_index: int
    rect: QRectF
    layer: int  # 0 block, 1 call/meeting, 2 mark or dot: the higher is hit first
