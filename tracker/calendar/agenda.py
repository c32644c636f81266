"""A day's planned meetings with their people: attendees matched by e-mail first, then by name
(the identity rules of issue 7), never creating anyone. `dayweave agenda --json` prints
`agenda_to_json`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tracker.calendar.files import Attendee, Meeting
from tracker.kernel.merge import follow_merges
from tracker.kernel.model import Person, normalise_name
from tracker.people.identity import resolve_name

__all__ = [
    "Planned",
    "agenda_to_json",
    "attendee_name",
    "match_attendees",
    "next_meeting",
    "plan_day",
]


@dataclass(frozen=True, slots=True)
class Planned:
    """A meeting with the people it is with: (person, "email" | "name"), and the attendees
    nobody is (their e-mail, or their name when the calendar gives none)."""

    meeting: Meeting
    people: tuple[tuple[Person, str], ...]
    unmatched: tuple[Attendee, ...]


class _Index:
    """The people's e-mail addresses and names, indexed once for a whole day's attendees."""

    def __init__(self, people: Sequence[Person]) -> None:
        self.by_id = {p.id: p for p in people}
        # One address may be several people's (a family's): the name the calendar gives
        # tells which, else the first.
        self.by_email: dict[str, list[Person]] = {}
        # Whom a name can mean (issue 7's rules: the full name, an alias, or its leading
        # words) always shares its first word with one of their names: only those are asked.
        self.by_first: dict[str, list[Person]] = {}
        self.names: dict[str, Person | None] = {}
        for person in people:
            if person.deleted:
                continue
            for name in {normalise_name(n) for n in (person.name, *person.aliases)}:
                if name:
                    self.by_first.setdefault(name.split()[0], []).append(person)
            kept = follow_merges(person, self.by_id)
            if kept.deleted or kept.merged_into is not None:
                continue
            for email in person.emails:
                sharing = self.by_email.setdefault(email.strip().casefold(), [])
                if kept not in sharing:
                    sharing.append(kept)

    def by_address(self, email: str, name: str) -> Person | None:
        sharing = self.by_email.get(email.casefold(), [])
        if len(sharing) > 1 and name and "@" not in name:
            return resolve_name(name, sharing).person or sharing[0]
        return sharing[0] if sharing else None

    def by_name(self, name: str) -> Person | None:
        if name not in self.names:
            wanted = normalise_name(name)
            found = self.by_first.get(wanted.split()[0], []) if wanted else []
            # With the records they were merged into, so a merge still leads where it should.
            kept = {p.id: p for p in found}
            for person in found:
                target = self.by_id.get(person.merged_into or "")
                while target is not None and target.id not in kept:
                    kept[target.id] = target
                    target = self.by_id.get(target.merged_into or "")
            self.names[name] = resolve_name(name, list(kept.values())).person if found else None
        return self.names[name]


def match_attendees(
    attendees: Sequence[Attendee], people: Sequence[Person], index: Any = None
) -> tuple[tuple[tuple[Person, str], ...], tuple[Attendee, ...]]:
    """Who each attendee is: by e-mail, else by a name that means exactly one person."""
    index = index or _Index(people)
    matched: dict[str, tuple[Person, str]] = {}
    unmatched: list[Attendee] = []
    for attendee in attendees:
        person = index.by_address(attendee.email, attendee.name) if attendee.email else None
        how = "email"
        if person is None and attendee.name and "@" not in attendee.name:
            person, how = index.by_name(attendee.name), "name"
        if person is None:
            if not attendee.organizer:  # who sent it (mostly the user) is not offered
                unmatched.append(attendee)
        else:
            matched.setdefault(person.id, (person, how))
    return tuple(matched.values()), tuple(unmatched)


def attendee_name(attendee: Attendee) -> str:
    """An attendee nobody is, named as the calendar names them: by the name it gives (CN),
    else by the address."""
    return attendee.name or attendee.email


def plan_day(meetings: Sequence[Meeting], people: Sequence[Person]) -> list[Planned]:
    index = _Index(people)
    planned = []
    for meeting in meetings:
        found, unmatched = match_attendees(meeting.attendees, people, index)
        planned.append(Planned(meeting, found, unmatched))
    return planned


def next_meeting(planned: Sequence[Planned], now: datetime) -> Planned | None:
    """The next planned meeting that has not started yet."""
    return next((p for p in planned if p.meeting.start > now), None)


def agenda_to_json(day: date, zone: Any, planned: Sequence[Planned]) -> dict[str, Any]:
    return {
        "date": day.isoformat(),
        "tz": getattr(zone, "key", str(zone)),
        "meetings": [
            {
                "uid": p.meeting.uid,
                "start": p.meeting.start.astimezone(zone).isoformat(),
                "end": p.meeting.end.astimezone(zone).isoformat(),
                "title": p.meeting.title,
                "location": p.meeting.location,
                "live": p.meeting.live,
                "people": [
                    {"id": person.id, "name": person.name, "matched_by": how}
                    for person, how in p.people
                ],
                "unmatched": [a.email or a.name for a in p.unmatched],
            }
            for p in planned
        ],
    }
