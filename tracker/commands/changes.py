"""What one command changed, as typed flags (Anki's `OpChanges`): each view reads them and
refreshes only for what it shows, so nobody re-reads history to learn what a click did."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from tracker.kernel.frozen import Frozen

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from tracker.kernel.model import Entry

__all__ = ["Changes", "Span", "span_of"]

# Where an entry lies in time: [start, end); a moment ends where it starts; end None: it runs.
Span = tuple[datetime, datetime | None]


def span_of(entry: Entry) -> Span:
    return entry.start, entry.end if entry.end is not None or entry.running else entry.start


class Changes(Frozen):
    """Flags of what changed, and for entries where: the spans of the versions written and of
    the versions they replaced (an edit that moves an entry names both days).

    entries / people / settings / calendars / intentions: that kind of record was written
    (intentions: the week's intention, tracker/store/intentions.py; actions: a next action
    agreed marked kept, tracker/store/prompts.py); gaps: time away was
    noted or answered (tracker/away/handlers.py; "still working" writes no entry, yet the
    week's hatch goes); nudge_state:
    the nudges' snoozes and skips, which no request writes yet (the scheduler saves its own
    answers, outside the door), so it is False in every notice for now; spans: where the
    entries written lie, before and after; named: the people those entries name, before and
    after; persons: the ids of the people written.
    """

    __slots__ = (  # noqa: RUF023 - the order of __init__'s parameters, for repr
        "entries",
        "people",
        "settings",
        "calendars",
        "intentions",
        "actions",
        "gaps",
        "nudge_state",
        "spans",
        "named",
        "persons",
    )
    entries: bool
    people: bool
    settings: bool
    calendars: bool
    intentions: bool
    actions: bool
    gaps: bool
    nudge_state: bool
    spans: frozenset[Span]
    named: frozenset[str]
    persons: frozenset[str]

    def __init__(
        self,
        entries: bool = False,
        people: bool = False,
        settings: bool = False,
        calendars: bool = False,
        intentions: bool = False,
        actions: bool = False,
        gaps: bool = False,
        nudge_state: bool = False,  # no request sets it yet: see the class's docstring
        spans: frozenset[Span] = frozenset(),
        named: frozenset[str] = frozenset(),
        persons: frozenset[str] = frozenset(),
    ) -> None:
        put = object.__setattr__
        put(self, "entries", entries)
        put(self, "people", people)
        put(self, "settings", settings)
        put(self, "calendars", calendars)
        put(self, "intentions", intentions)
        put(self, "actions", actions)
        put(self, "gaps", gaps)
        put(self, "nudge_state", nudge_state)
        put(self, "spans", spans)
        put(self, "named", named)
        put(self, "persons", persons)

    def __bool__(self) -> bool:
        """Whether anything changed at all (a note alone, "nothing to undo", is no change)."""
        return (
            self.entries
            or self.people
            or self.settings
            or self.calendars
            or self.intentions
            or self.actions
            or self.gaps
            or self.nudge_state
        )

    @property
    def day_keys(self) -> frozenset[str]:
        """The UTC days (the day files, YYYY-MM-DD) of the starts of the entries written and
        of the versions they replaced."""
        return frozenset(start.astimezone(UTC).date().isoformat() for start, _ in self.spans)

    def days(self, zone: ZoneInfo) -> frozenset[date]:
        """The local days the entries written (and the versions they replaced) lie on, in
        `zone`; one that runs counts on the day it started."""
        found: set[date] = set()
        for start, end in self.spans:
            day = last = start.astimezone(zone).date()
            if end is not None and end > start:  # one that ends at midnight leaves the next day
                last = (end - timedelta(microseconds=1)).astimezone(zone).date()
            while day <= last:
                found.add(day)
                day += timedelta(days=1)
        return frozenset(found)

    def touches(self, start: datetime, end: datetime) -> bool:
        """Whether an entry written, or a version it replaced, lies in [start, end): a view of
        that stretch (a day, a week) shows something else now."""
        return any(
            begin < end and (until is None or until > start or begin == until >= start)
            for begin, until in self.spans
        )
