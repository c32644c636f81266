"""Cutting time into local days and weeks.

Instants are UTC; days are cut in the zone being shown, so a day lasts 23, 24 or 25 hours and
an entry that crosses midnight belongs to both days for the minutes it spends in each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

__all__ = [
    "Day",
    "day_of",
    "first_weekday",
    "local_day",
    "overlap_minutes",
    "week_days",
    "week_start",
]


@dataclass(frozen=True, slots=True)
class Day:
    """One local calendar day as a half-open UTC interval [start, end)."""

    date: date
    start: datetime
    end: datetime

    @property
    def minutes(self) -> float:
        return (self.end - self.start).total_seconds() / 60

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    # Wall-clock midnight; where a zone skips midnight (a DST jump at 00:00), zoneinfo resolves
    # the missing time to the first instant after the gap, which is where that day begins.
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def local_day(day: date, zone: ZoneInfo) -> Day:
    return Day(day, _local_midnight(day, zone), _local_midnight(day + timedelta(days=1), zone))


def day_of(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()


def first_weekday(setting: int | None) -> int:
    """The one rule for where a week starts, for the week window and `dayweave week` alike:
    Settings' day, else Monday (ISO 8601). Not the locale's: under LANG=C Qt says Sunday while
    the command line, which loads no Qt, cannot ask; one week must have one total."""
    return 0 if setting is None else setting


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the week holding `day`; weekdays count Monday = 0 ... Sunday = 6."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def week_days(first: date, zone: ZoneInfo) -> list[Day]:
    return [local_day(first + timedelta(days=offset), zone) for offset in range(7)]


def overlap_minutes(
    start: datetime, end: datetime, range_start: datetime, range_end: datetime
) -> float:
    """Minutes of [start, end) that fall inside [range_start, range_end)."""
    seconds = (min(end, range_end) - max(start, range_start)).total_seconds()
    return max(0.0, seconds / 60)
