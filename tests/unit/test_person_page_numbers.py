"""A person's page counts from tracker.review.person: how many calls, live meetings and other
contacts, how many gaps kept and slipped, the longest gap and the contact since the next
action was agreed. Hand-made histories, with a record merged into the one who stays."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from tracker.kernel.model import Entry, Person
from tracker.review.person import person_history, tally

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
