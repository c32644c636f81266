"""Where things sit in the painted week: a moment on a day's wall-clock axis, the hours shown,
and an entry placed in a day's column. Shared by the layout and the painting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF

from tracker.kernel.days import Day
from tracker.kernel.model import Entry

__all__ = ["Placed", "side_by_side", "visible_hours", "wall_minutes"]


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


def side_by_side(placed: list[Placed]) -> list[Placed]:
    """Short entries that would cover each other sit side by side, as in a calendar.

    At the minimum height two one-minute calls two minutes apart overlap by all but a pixel,
    so the later one hid the earlier. Calls and meetings that overlap on screen share their
    column's call area in lanes; marks and dots step sideways (disruptions to the right,
    contacts to the left), each keeping its true top."""
    groups: dict[tuple[int, int, str], list[Placed]] = {}
    for item in placed:
        if item.layer:
            side = item.entry.kind if item.layer == 2 else ""
            groups.setdefault((item.day_index, item.layer, side), []).append(item)
    moved: dict[int, Placed] = {}
    for (_day, layer, side), items in groups.items():
        items.sort(key=lambda p: (p.rect.top(), p.rect.bottom()))
        cluster: list[tuple[Placed, int]] = []
        lane_ends: list[float] = []
        for item in [*items, None]:
            if item is None or (cluster and item.rect.top() >= max(lane_ends)):
                lanes = len(lane_ends)
                for member, lane in cluster:
                    moved[id(member)] = _in_lane(member, lane, lanes, layer, side)
                cluster, lane_ends = [], []
                if item is None:
                    break
            lane = next((i for i, end in enumerate(lane_ends) if end <= item.rect.top()), None)
            if lane is None:
                lane_ends.append(item.rect.bottom())
                lane = len(lane_ends) - 1
            else:
                lane_ends[lane] = item.rect.bottom()
            cluster.append((item, lane))
    return [moved.get(id(item), item) for item in placed]


def _in_lane(item: Placed, lane: int, lanes: int, layer: int, side: str) -> Placed:
    if lanes == 1:
        return item
    rect = QRectF(item.rect)
    if layer == 1:
        width = rect.width() / lanes
        rect = QRectF(rect.left() + lane * width, rect.top(), width - 1, rect.height())
    else:
        step = (rect.width() + 2) * lane
        rect.translate(-step if side == "contact" else step, 0)
    return Placed(item.entry, item.day_index, rect, item.layer)
