"""Where a moment sits on a day's wall-clock axis: shared by the layout and the painting."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from tracker.core.days import Day

__all__ = ["wall_minutes"]


def wall_minutes(moment: datetime, day: Day, zone: ZoneInfo) -> float:
    """Where `moment` sits on `day`'s wall-clock axis, 0 to 1440 (clipped at the day's ends)."""
    if moment <= day.start:
        return 0.0
    if moment >= day.end:
        return 1440.0
    local = moment.astimezone(zone)
    return local.hour * 60 + local.minute + local.second / 60
