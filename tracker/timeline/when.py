"""Times typed by people and scripts: `--at 9:15`, `--at 9`, `--at 9.15pm`,
`--at "yesterday 22:00"`, `--at "gisteren 9"`, `--at -15m`."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.model import FIRST_YEAR, LAST_YEAR
from tracker.kernel.words import fill, translate
from tracker.timeline.clocks import read_clock

__all__ = ["names_a_day", "parse_day", "parse_when", "typed_overlap"]

# The day words people type, English and Dutch (the quick entry reads the same ones).
DAY_OFFSETS = {
    "yesterday": -1, "gisteren": -1, "today": 0, "vandaag": 0, "tomorrow": 1, "morgen": 1,
}  # fmt: skip
NOW_WORDS = ("now", "nu")
LAST_WEEK_WORDS = ("last", "last-week", "vorige")

_RELATIVE = re.compile(r"-(\d{1,4})\s*(m|min|h)|(\d{1,4})\s*(m|min|h) ago")


def _clock(text: str) -> time | None:
    return read_clock(text)  # 9, 9:00, 9.00, 9am: an option holds nothing but the time


def parse_when(text: str, now: datetime, zone: ZoneInfo) -> datetime:
    """A moment in UTC. Wall-clock forms are read in `zone`; raise ValueError naming the text."""
    raw = text.strip()
    lowered = raw.casefold()
    local_today = now.astimezone(zone).date()
    if lowered in NOW_WORDS:
        return now.astimezone(UTC)
    relative = _RELATIVE.fullmatch(lowered)
    if relative:
        amount = int(relative[1] or relative[3])
        unit = relative[2] or relative[4]
        return now.astimezone(UTC) - (
            timedelta(hours=amount) if unit == "h" else timedelta(minutes=amount)
        )
    for word, offset in DAY_OFFSETS.items():
        if lowered.startswith(word + " "):
            clock = _clock(lowered[len(word) + 1 :].strip())
            if clock is not None:
                day = local_today + timedelta(days=offset)
                return _wall(day, clock, zone)
    clock = _clock(raw)
    if clock is not None:
        return _wall(local_today, clock, zone)
    try:
        moment = datetime.fromisoformat(raw.replace("z", "Z"))
    except ValueError:
        message = translate(
            "When", "'%1' is not a time; use 9:15, 'tomorrow 10:00', 2026-11-26T09:15 or '15m ago'"
        )
        raise ValueError(fill(message, text)) from None
    if moment.tzinfo is None and _in_years(moment):
        # A wall-clock time, as the quick entry reads one: one the clocks skip is refused.
        return _wall(moment.date(), moment.time(), zone)
    return _in_range(moment.astimezone(UTC) if _in_years(moment) else moment, text)


def typed_overlap(text: str, moment: datetime, zone: ZoneInfo) -> dict[str, str] | None:
    """Both moments a typed wall-clock time can mean when the clocks pass it twice; None when
    it is not a wall-clock time (now, 15m ago, a time with its offset) or comes once."""
    raw = text.strip()
    if raw.casefold() in NOW_WORDS or _RELATIVE.fullmatch(raw.casefold()):
        return None
    try:
        if datetime.fromisoformat(raw.replace("z", "Z")).tzinfo is not None:
            return None
    except ValueError:
        pass
    from tracker.timeline.quickresolve import overlap_at

    return overlap_at(moment, zone)


def parse_day(text: str, today: date) -> date:
    """The day a week is shown around: a date, a day word, or "last" for a week ago."""
    lowered = text.strip().casefold()
    if lowered == "":
        return today
    if lowered in DAY_OFFSETS:
        return today + timedelta(days=DAY_OFFSETS[lowered])
    if lowered in LAST_WEEK_WORDS:
        return today - timedelta(days=7)
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        message = translate(
            "When",
            "'%1' is not a date; give a date as YYYY-MM-DD (2026-11-26), today, yesterday, "
            "tomorrow, or last (the week before this one)",
        )
        raise ValueError(fill(message, text)) from None
    if not _in_years(day):
        raise ValueError(_year_message(text))
    return day


def _year_message(text: str) -> str:
    return fill(translate("When", "'%1': give a year from %2 to %3"), text, FIRST_YEAR, LAST_YEAR)


def _wall(day: date, clock: time, zone: ZoneInfo) -> datetime:
    from tracker.timeline.quickresolve import wall_time

    return wall_time(day, clock, zone)  # a ValidationError, a ValueError, names a skipped time


def _in_years(moment: date) -> bool:
    return FIRST_YEAR <= moment.year <= LAST_YEAR


def _in_range(moment: datetime, text: str) -> datetime:
    """Four-digit years only: 0001-01-01 in a zone east of UTC has no UTC time at all."""
    if not _in_years(moment):
        raise ValueError(_year_message(text))
    return moment


def names_a_day(text: str) -> bool:
    """Whether a time typed for `--until` says its day ("tomorrow 9:00", an ISO date, "2h ago"),
    so a span over 16 hours was meant rather than a slip of 10:00-9:00."""
    return _clock(text.strip()) is None
