"""One person over time: every call, live meeting and contact with them (and with the records
merged into them), the gaps between, each kept or slipped against their cadence, and the next
actions agreed after those calls and meetings, kept or not (tracker/store/prompts.py)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from tracker.kernel.model import Entry, Person
from tracker.kernel.vocabulary import CONTACT_KINDS
from tracker.review.search import Query, SearchSource, search
from tracker.store.prompts import Agreed, agreed_actions

__all__ = [
    "Gap",
    "PersonHistory",
    "Tally",
    "actions_of",
    "contact_query",
    "contact_starts",
    "history_from",
    "person_history",
    "starts_by_person",
    "tally",
]


@dataclass(frozen=True, slots=True)
class Gap:
    """From one contact (or None: from when the person was added) to the next (or to now)."""

    start: datetime
    end: datetime
    days: int
    kept: bool  # within their cadence


@dataclass(slots=True)
class PersonHistory:
    person: Person
    every_days: int
    touches: list[Entry] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)  # the last one runs to now
    actions: list[Agreed] = field(default_factory=list)  # agreed after their calls, oldest first

    @property
    def last(self) -> datetime | None:
        return self.touches[-1].start if self.touches else None

    @property
    def due(self) -> datetime | None:
        return None if self.last is None else self.last + timedelta(days=self.every_days)

    @property
    def kept(self) -> int:
        return sum(gap.kept for gap in self.gaps)


def contact_query(person: Person) -> Query:
    """Every call, live meeting and contact with `person` (the one who stays)."""
    return Query(kinds=frozenset(CONTACT_KINDS), people=frozenset({person.id}))


def person_history(
    person: Person,
    source: SearchSource,
    people: Mapping[str, Person],
    default_every: int,
    now: datetime,
) -> PersonHistory:
    """`person` is the one who stays (resolved by name); `people` every record by id."""
    found = search(source, contact_query(person), people)
    history = history_from(person, (e for part in found for e in part), default_every, now)
    history.actions = actions_of(history.touches, agreed_actions(source))
    return history


def actions_of(touches: Iterable[Entry], found: Mapping[str, Agreed]) -> list[Agreed]:
    """The next actions agreed after these calls and live meetings (a person's, in the order
    of their starts): an older note's too, whose text is unknown."""
    return [found[entry.id] for entry in touches if entry.id in found]


def history_from(
    person: Person, touches: Iterable[Entry], default_every: int, now: datetime
) -> PersonHistory:
    """The history of what `contact_query` found, in any order and in as many parts as it
    was read in (a window reads a month at a time)."""
    history = PersonHistory(person, person.every_days or default_every)
    history.touches = sorted((e for e in touches if e.start <= now), key=lambda e: (e.start, e.id))
    every = timedelta(days=history.every_days)
    starts = [e.start for e in history.touches] + [now]
    for before, after in itertools.pairwise(starts):
        history.gaps.append(Gap(before, after, (after - before).days, after - before <= every))
    return history


@dataclass(frozen=True, slots=True)
class Tally:
    """What a person's page says in numbers."""

    calls: int
    meetings: int  # live, in person
    contacts: int  # any other contact (a message, a chat in the hall)
    kept: int  # gaps within their cadence
    slipped: int  # gaps longer than it, the one running to now included
    longest_days: int  # the longest gap, 0 without a contact
    actions_agreed: int  # next actions agreed after their calls and meetings
    actions_kept: int  # of them: marked done


def tally(history: PersonHistory) -> Tally:
    kinds = [entry.kind for entry in history.touches]
    return Tally(
        calls=kinds.count("call"),
        meetings=kinds.count("meeting"),
        contacts=kinds.count("contact"),
        kept=history.kept,
        slipped=len(history.gaps) - history.kept,
        longest_days=max((gap.days for gap in history.gaps), default=0),
        actions_agreed=len(history.actions),
        actions_kept=sum(action.kept for action in history.actions),
    )


def contact_starts(
    source: SearchSource, people: Mapping[str, Person], now: datetime
) -> dict[str, list[datetime]]:
    """When every call, live meeting and contact began, by the person ids it names (for
    `people list --drifting`: the whole history, not one review's range)."""
    found = search(source, Query(kinds=frozenset(CONTACT_KINDS)), people)
    return starts_by_person((entry for part in found for entry in part), now)


def starts_by_person(contacts: Iterable[Entry], now: datetime) -> dict[str, list[datetime]]:
    """When each contact began, by the person ids it names, up to now (in the order given)."""
    starts: dict[str, list[datetime]] = {}
    for entry in contacts:
        if entry.start <= now:
            for person_id in entry.people:
                starts.setdefault(person_id, []).append(entry.start)
    return starts
