"""Asking a parsed calendar for a day, fast and without letting one bad series cost the rest.

Building a recurring-ical-events query reads every event, and asking it for a day walks every
series: with years of history in an export that is most of the time. So each parsed calendar
is split once: events that happen once, at a fixed instant, are kept sorted by start and
found by bisection; the recurring series (and any event whose time depends on the reader's
zone) go to recurring-ical-events, whose query is built once. After a failure, one query per
series, so a bad series costs only itself.
"""

from __future__ import annotations

import bisect
import weakref
from datetime import UTC, datetime
from typing import Any

from tracker.core.calendar import Problem, _label, _say, _short
from tracker.core.words import translate

__all__ = ["expand"]

_REPEATS = ("RRULE", "RDATE", "EXRULE", "RECURRENCE-ID")


def _series(calendar: Any) -> list[tuple[str, list[Any]]]:
    by_uid: dict[str, list[Any]] = {}
    for index, event in enumerate(calendar.walk("VEVENT")):
        uid = str(event.get("UID", "") or "") or f"#{index}"
        by_uid.setdefault(uid, []).append(event)
    return list(by_uid.items())


def _calendar_of(calendar: Any, events: list[Any]) -> Any:
    """A calendar with only these events, keeping the zones and X-WR-TIMEZONE they need."""
    import icalendar

    alone = icalendar.Calendar()
    for key, value in calendar.items():
        alone.add(key, value)
    for component in calendar.subcomponents:
        if component.name == "VTIMEZONE":
            alone.add_component(component)
    for event in events:
        alone.add_component(event)
    return alone


def _fixed_start(events: list[Any]) -> datetime | None:
    """The instant a series of one plain event starts, in UTC; None when it repeats, is all
    day, floats in the reader's zone, or cannot be read (recurring-ical-events decides)."""
    if len(events) != 1 or any(key in events[0] for key in _REPEATS):
        return None
    try:
        start = events[0].decoded("DTSTART")
    except Exception:  # whatever the library makes of it, it says so there
        return None
    if not isinstance(start, datetime) or start.tzinfo is None:
        return None
    return start.astimezone(UTC)


class _Index:
    __slots__ = ("calendar", "once", "once_ids", "once_starts", "repeating", "series")

    def __init__(self, calendar: Any) -> None:
        self.calendar = weakref.ref(calendar)  # the cache must not keep a re-read file alive
        self.once: list[Any] = []
        self.once_starts: list[datetime] = []
        rest: list[Any] = []
        found = []
        floating = "X-WR-TIMEZONE" in calendar  # its floating times change zone: leave them
        for _uid, events in _series(calendar):
            start = None if floating else _fixed_start(events)
            if start is None:
                rest += events
            else:
                found.append((start, events[0]))
        found.sort(key=lambda pair: pair[0])
        self.once_starts = [start for start, _event in found]
        self.once = [event for _start, event in found]
        self.once_ids = {id(event) for event in self.once}
        self.repeating: Any = _calendar_of(calendar, rest) if rest else None
        self.series: list[tuple[str, Any, Exception | None]] | None = None

    def between(self, start: datetime, end: datetime, where: str, problems: list) -> list:
        low = bisect.bisect_left(self.once_starts, start)
        high = bisect.bisect_left(self.once_starts, end)
        return self.once[low:high] + self._repeating(start, end, where, problems)

    def _repeating(self, start: datetime, end: datetime, where: str, problems: list) -> list:
        import recurring_ical_events

        if self.repeating is None:
            return []
        if self.series is None:
            try:
                if not isinstance(self.repeating, recurring_ical_events.CalendarQuery):
                    self.repeating = recurring_ical_events.of(self.repeating)
                return list(self.repeating.between(start, end))
            except Exception:  # one bad series must not cost the others: find it, leave it out
                self.series = self._split()
        found = []
        for label, query, broken in self.series:
            try:
                if broken is not None:
                    raise broken
                found += query.between(start, end)
            except Exception as error:
                reason = _say(translate("Calendar", "cannot be expanded: %1"), _short(error))
                problems.append(Problem(f"{where}: {label}", reason))
        return found

    def _split(self) -> list[tuple[str, Any, Exception | None]]:
        import recurring_ical_events

        calendar = self.calendar()
        series = []
        for uid, events in _series(calendar):
            if any(id(event) in self.once_ids for event in events):
                continue
            label = _label(events[0]) or uid
            try:
                query = recurring_ical_events.of(_calendar_of(calendar, events))
                series.append((label, query, None))
            except Exception as error:  # a series that cannot even be read
                series.append((label, None, error))
        return series


_INDEXES: dict[int, _Index] = {}  # by id() of a parsed calendar, while that calendar lives


def expand(calendar: Any, start: datetime, end: datetime, where: str, problems: list) -> list:
    """The occurrences in a parsed calendar overlapping [start, end) (plain events: starting
    in it), as recurring-ical-events gives them; a series that fails is a problem."""
    index = _INDEXES.get(id(calendar))
    if index is None or index.calendar() is not calendar:
        index = _INDEXES[id(calendar)] = _Index(calendar)
        weakref.finalize(calendar, _INDEXES.pop, id(calendar), None)
    return index.between(start, end, where, problems)
