"""A person's page counts from tracker.review.person: how many calls, live meetings and other
contacts, how many gaps kept and slipped, the longest gap and the contact since the next
action was agreed. Hand-made histories, with a record merged into the one who stays."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from tracker.kernel.model import Entry, Person
from tracker.review.person import (
    contact_starts,
    history_from,
    person_history,
    starts_by_person,
    tally,
)

NOW = datetime(2026, 12, 7, 12, tzinfo=UTC)


class Source:
    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries

    def entry_days(self) -> list[str]:
        return sorted({e.start.date().isoformat() for e in self.entries})

    def entries_on_days(self, days: Iterable[str]) -> list[Entry]:
        wanted = set(days)
        return [e for e in self.entries if e.start.date().isoformat() in wanted]


def touch(kind: str, days_ago: int, *people: Person) -> Entry:
    start = NOW - timedelta(days=days_ago)
    end = None if kind == "contact" else start + timedelta(minutes=30)
    return Entry(kind, start, end, people=tuple(p.id for p in people))


def test_the_counts_by_kind_and_the_gaps_kept_and_slipped():
    bram = Person(name="Bram", circle="customer", every_days=10)
    old = Person(name="B.", merged_into=bram.id)
    other = Person(name="Cas", circle="team")
    entries = [
        touch("call", 50, bram),
        touch("meeting", 45, old),  # a merged record counts for Bram
        touch("contact", 20, bram),  # 25 days after: slipped
        touch("call", 15, bram, other),
        touch("work", 14, bram),  # not a contact
        touch("call", 3, other),  # not with Bram
    ]
    people = {p.id: p for p in (bram, old, other)}
    history = person_history(bram, Source(entries), people, 14, NOW)
    counts = tally(history)
    assert (counts.calls, counts.meetings, counts.contacts) == (2, 1, 1)
    # Gaps: 5, 25 (slipped), 5, and 15 days since the last one (slipped: over 10).
    assert (counts.kept, counts.slipped) == (2, 2)
    assert counts.longest_days == 25


def test_no_contact_yet_counts_nothing():
    anna = Person(name="Anna", circle="team")
    counts = tally(person_history(anna, Source([]), {anna.id: anna}, 14, NOW))
    assert (counts.calls, counts.meetings, counts.contacts, counts.kept, counts.slipped) == (
        0,
        0,
        0,
        0,
        0,
    )
    assert counts.longest_days == 0


def test_a_history_read_in_parts_in_any_order_is_the_one_read_at_once():
    """The page reads a month at a time, newest first: the same history, the same numbers."""
    bram = Person(name="Bram", circle="customer", every_days=10)
    entries = [
        touch(kind, days, bram)
        for kind, days in (("call", 50), ("meeting", 45), ("contact", 20), ("call", 15))
    ]
    entries.append(touch("call", -3, bram))  # planned for later: not yet a contact
    at_once = person_history(bram, Source(entries), {bram.id: bram}, 14, NOW)
    in_parts = history_from(bram, list(reversed(entries)), 14, NOW)
    assert in_parts.touches == at_once.touches and in_parts.gaps == at_once.gaps
    assert tally(in_parts) == tally(at_once)
    assert [e.start for e in at_once.touches] == sorted(e.start for e in entries[:4])


def test_contact_starts_by_person_in_parts():
    anna, bram = Person(name="Anna"), Person(name="Bram")
    entries = [touch("call", 9, anna, bram), touch("contact", 2, bram), touch("call", -1, anna)]
    starts = starts_by_person(reversed(entries), NOW)
    assert starts == {
        bram.id: [NOW - timedelta(days=2), NOW - timedelta(days=9)],
        anna.id: [NOW - timedelta(days=9)],
    }
    assert contact_starts(Source(entries), {}, NOW) == {
        anna.id: [NOW - timedelta(days=9)],
        bram.id: [NOW - timedelta(days=9), NOW - timedelta(days=2)],
    }


def test_the_next_actions_agreed_after_their_calls_oldest_first_kept_or_not():
    """Issue 22: an action agreed after one of their calls or live meetings (a record merged
    into them too) is theirs; one after another's call is not; an older note's has no text."""
    from tracker.review.person import actions_of
    from tracker.store.prompts import Agreed

    bram = Person(name="Bram", circle="customer", every_days=10)
    old = Person(name="B.", merged_into=bram.id)
    other = Person(name="Cas", circle="team")
    first, second = touch("call", 50, bram), touch("meeting", 20, old)
    third = touch("call", 5, bram)
    elsewhere = touch("call", 3, other)
    at = NOW - timedelta(days=19)

    def agreed(entry: Entry, text: str, kept: bool) -> Agreed:
        return Agreed(entry.id, text, frozenset(entry.people), at, kept, at if kept else None)

    found = {
        e.id: agreed(e, text, kept)
        for e, text, kept in ((third, "Sign", False), (first, "", True), (elsewhere, "Cas", False))
    }
    history = history_from(bram, [third, first, second], 10, NOW)  # as contact_query finds
    assert [(a.call_id, a.text, a.kept) for a in actions_of(history.touches, found)] == [
        (first.id, "", True),
        (third.id, "Sign", False),
    ]
    history.actions = actions_of(history.touches, found)
    counts = tally(history)
    assert (counts.actions_agreed, counts.actions_kept) == (2, 1)
