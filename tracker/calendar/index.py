"""Asking a parsed calendar for a day, fast and without letting one bad series cost the rest.

Building a recurring-ical-events query reads every event, and asking it for a day walks every
series: with years of history in an export that is most of the time. So each parsed calendar
is split once: events that happen once, at a fixed instant, are kept sorted by start and
found by bisection; the recurring series (and any event whose time depends on the reader's
zone) go to recurring-ical-events, whose query is built once. After a failure, one query per
series, so a bad series costs only itself: it is handed to the caller, who says what it means.
Before a series is expanded its cost is counted (bounds.py): one that would cost too much is
set aside and handed to the caller the same way, at every query.
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from tracker.calendar.bounds import Budget, SetAside, series_cost
from tracker.kernel.words import translate

__all__ = ["expand"]

_REPEATS = ("RRULE", "RDATE", "EXRULE", "RECURRENCE-ID")
# recurring-ical-events places a floating time (no zone) as if it were UTC; the reader's zone
# is at most 14 hours from UTC, so asking that much wider finds them all (the caller trims).
_FLOATING = timedelta(hours=14)
# Counted this far past the range asked, so paging on through weeks does not count again.
_VET_AHEAD = timedelta(days=400)

# Told of a series that cannot be expanded: its first event, and why.
Failed = Callable[[Any, Exception], None]


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


def _floats(event: Any) -> bool:
    try:
        start = event.decoded("DTSTART")
    except Exception:  # told when the series is expanded
        return False
    return isinstance(start, datetime) and start.tzinfo is None


def _length(event: Any, start: datetime) -> timedelta:
    """How long a plain event lasts (none when its end cannot be read: it is a moment)."""
    try:
        if "DTEND" in event:
            end = event.decoded("DTEND")
            if isinstance(end, datetime):
                end = end if end.tzinfo is not None else end.replace(tzinfo=start.tzinfo)
                return max(timedelta(0), end - start)
        elif "DURATION" in event and isinstance(event.decoded("DURATION"), timedelta):
            return max(timedelta(0), event.decoded("DURATION"))
    except Exception:  # a bad end: the meeting is read as a moment
        pass
    return timedelta(0)


class _Index:
    __slots__ = (
        "aside", "calendar", "longest", "once", "once_starts", "repeating", "rest", "series",
        "vetted_to", "wider",
    )  # fmt: skip

    def __init__(self, calendar: Any) -> None:
        self.calendar = weakref.ref(calendar)  # the cache must not keep a re-read file alive
        self.once: list[Any] = []
        self.once_starts: list[datetime] = []
        rest: list[Any] = []
        self.rest: list[list[Any]] = []  # the events of each series for recurring-ical-events
        found = []
        floating = "X-WR-TIMEZONE" in calendar  # its floating times change zone: leave them
        for _uid, events in _series(calendar):
            start = None if floating else _fixed_start(events)
            if start is None:
                rest += events
                self.rest.append(events)
            else:
                found.append((start, events[0]))
        found.sort(key=lambda pair: pair[0])
        self.once_starts = [start for start, _event in found]
        self.once = [event for _start, event in found]
        # A meeting begun before the range may still run in it: look back this far.
        self.longest = max((_length(e, s) for s, e in found), default=timedelta(0))
        self.repeating: Any = _calendar_of(calendar, rest) if rest else None
        self.wider = _FLOATING if any(_floats(event) for event in rest) else timedelta(0)
        self.series: list[tuple[Any, Any, Exception | None]] | None = None
        self.aside: list[tuple[Any, SetAside]] = []  # (first event, why) of series left out
        self.vetted_to: datetime | None = None  # the series were counted up to here

    def _vet(self, end: datetime, budget: Budget) -> None:
        """Set aside the series that would cost too much to expand up to `end`."""
        if self.vetted_to is not None and end <= self.vetted_to:
            return
        self.vetted_to = end = end + _VET_AHEAD
        kept: list[list[Any]] = []
        for number, events in enumerate(self.rest):
            if budget.spent():  # many series just under the caps: none of them, then
                self.aside.append((events[0], _too_many(len(self.rest) - number + len(kept))))
                kept = []
                break
            reason = next((r for e in events if (r := series_cost(e, end, budget))), None)
            if reason is None:
                kept.append(events)
            else:
                self.aside.append((events[0], SetAside(reason)))
        if len(kept) < len(self.rest):
            self.rest = kept
            calendar = self.calendar()
            events = [event for series in kept for event in series]
            self.repeating = _calendar_of(calendar, events) if events and calendar else None
            self.series = None

    def between(self, start: datetime, end: datetime, failed: Failed, budget: Budget) -> list:
        low = bisect.bisect_left(self.once_starts, start - self.longest)
        high = bisect.bisect_left(self.once_starts, end)
        wide = (start - self.wider, end + self.wider)
        self._vet(wide[1], budget)
        for first, why in self.aside:
            failed(first, why)
        return self.once[low:high] + self._repeating(*wide, failed)

    def _repeating(self, start: datetime, end: datetime, failed: Failed) -> list:
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
        for first, query, broken in self.series:
            try:
                if broken is not None:
                    raise broken
                found += query.between(start, end)
            except Exception as error:
                failed(first, error)
        return found

    def _split(self) -> list[tuple[Any, Any, Exception | None]]:
        import recurring_ical_events

        calendar = self.calendar()
        series: list[tuple[Any, Any, Exception | None]] = []
        for events in self.rest:
            try:
                query = recurring_ical_events.of(_calendar_of(calendar, events))
                series.append((events[0], query, None))
            except Exception as error:  # a series that cannot even be read
                series.append((events[0], None, error))
        return series


def _too_many(series: int) -> SetAside:
    text = translate("Calendar", "repeats too much to work out: %1 series left out")
    return SetAside(text.replace("%1", str(series)), whole=True)


_INDEXES: dict[int, _Index] = {}  # by id() of a parsed calendar, while that calendar lives


def expand(
    calendar: Any, start: datetime, end: datetime, failed: Failed, budget: Budget | None = None
) -> list:
    """The occurrences in a parsed calendar that may touch [start, end), as
    recurring-ical-events gives them, and some around it (the caller keeps what touches);
    a series that fails, or costs too much to count (from `budget`, shared by a query's
    calendars), is left out and handed to `failed` with its first event."""
    index = _INDEXES.get(id(calendar))
    if index is None or index.calendar() is not calendar:
        index = _INDEXES[id(calendar)] = _Index(calendar)
        weakref.finalize(calendar, _INDEXES.pop, id(calendar), None)
    return index.between(start, end, failed, budget or Budget())
