"""Entries as iCalendar for calendars, written with the `icalendar` library: one VEVENT per
call, meeting and block, at its own zone's local time (a VTIMEZONE for each zone used).

Disruptions and contacts are moments, not appointments: left out by default, and with
`moments` they become zero-length events.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from tracker.exchange.csvfile import entry_people, entry_zone
from tracker.kernel.model import Entry, Person
from tracker.kernel.vocabulary import cause_label, kind_label
from tracker.kernel.words import translate

__all__ = ["PRODID", "IcsWriter", "entry_event"]

PRODID = "-//Dayweave//Dayweave export//EN"


def _description(entry: Entry, names: list[str]) -> str:
    lines = []
    if names:
        lines.append(translate("Export", "With: %1").replace("%1", ", ".join(names)))
    if entry.cause:
        lines.append(translate("Export", "Cause: %1").replace("%1", cause_label(entry.cause)))
    if entry.tags:
        lines.append(" ".join(f"#{tag}" for tag in entry.tags))
    if entry.note:
        lines.append(entry.note)
    return "\n".join(lines)


def _stamp(entry: Entry, now: datetime) -> datetime:
    from tracker.kernel.timefmt import parse_utc

    try:
        return parse_utc(entry.updated)
    except ValueError:
        return now


def _end(entry: Entry, now: datetime) -> datetime:
    """Where the event ends: a running entry at `now`, the moment of the export."""
    return entry.end if entry.end is not None else max(now, entry.start)


def entry_event(entry: Entry, people: Mapping[str, Person], now: datetime) -> Any:
    """One VEVENT; a running entry ends at `now`, the moment of the export."""
    from icalendar import Event

    zone = entry_zone(entry)
    names = [person.name for person in entry_people(entry, people)]
    label = kind_label(entry.kind)
    detail = entry.title or ", ".join(names)
    start = entry.start.astimezone(zone)
    # A moment is a DTSTART alone (RFC 5545 3.6.1): a DTEND must be later than the DTSTART,
    # so a zero-minute call, or a block running from a clock ahead of this one, has none.
    end = None if entry.is_instant else _end(entry, now).astimezone(zone)
    if end is not None and end <= start:
        end = None
    return Event.new(
        uid=entry.id,
        summary=f"{label}: {detail}" if detail else label,
        start=start,
        end=end,
        stamp=_stamp(entry, now),
        sequence=entry.rev,
        categories=[label],
        description=_description(entry, names) or None,
    )


class IcsWriter:
    """Turns events into text chunk by chunk (a year of Event objects held at once costs
    hundreds of megabytes); `finish` puts the VTIMEZONEs of the zones used before them."""

    def __init__(self, now: datetime, *, moments: bool = False) -> None:
        self.now = now
        self.moments = moments
        self.events: list[bytes] = []
        self.zones: set[str] = set()
        self._first: datetime | None = None
        self._last: datetime | None = None

    def add(self, entries: Iterable[Entry], people: Mapping[str, Person]) -> int:
        count = 0
        for entry in entries:
            if entry.deleted or (entry.is_instant and not self.moments):
                continue
            event = entry_event(entry, people, self.now)
            self.events.append(event.to_ical())
            zone = getattr(event.start.tzinfo, "key", "UTC")
            if zone != "UTC":
                self.zones.add(zone)
            end = entry.start if entry.is_instant else _end(entry, self.now)
            self._first = entry.start if self._first is None else min(self._first, entry.start)
            self._last = end if self._last is None else max(self._last, end)
            count += 1
        return count

    def finish(self) -> bytes:
        from datetime import timedelta

        from icalendar import Calendar, Timezone

        zones = []
        if self._first is not None and self._last is not None:
            first = (self._first - timedelta(days=1)).date()
            last = (self._last + timedelta(days=1)).date()
            for tzid in sorted(self.zones):
                try:
                    zones.append(Timezone.from_tzid(tzid, first_date=first, last_date=last))
                except ValueError:
                    continue  # a zone icalendar cannot describe: the event's TZID still says it
        calendar = Calendar.new(prodid=PRODID, name="Dayweave", subcomponents=zones)
        head, end = calendar.to_ical().rsplit(b"END:VCALENDAR", 1)
        return b"".join([head, *self.events, b"END:VCALENDAR", end])
