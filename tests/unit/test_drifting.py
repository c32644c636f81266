"""Drifting: people whose gaps between contacts are growing, against hand-made histories.
The rule: the gap since the last contact is longer than the median of the gaps before it and
longer than their cadence; at least two gaps before it, or there is no trend to see."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tracker.kernel.model import Person
from tracker.review.drifting import drifting, drifting_by_circle

NOW = datetime(2026, 12, 7, 12, tzinfo=UTC)


def ago(*days: int) -> list[datetime]:
    return [NOW - timedelta(days=d) for d in days]


def test_a_person_whose_last_gap_outgrows_their_usual_gaps_and_cadence_is_drifting():
    bram = Person(name="Bram", circle="customer", every_days=10)
    # Gaps of 7 and 7 days, then 20 days since the last contact.
    (drift,) = drifting({bram.id: ago(34, 27, 20)}, {bram.id: bram}, 14, NOW)
    assert drift.person == bram
    assert drift.circle == "customer"
    assert drift.days_since == 20
    assert drift.median_days == 7
    assert drift.every_days == 10


def test_a_long_gap_within_the_cadence_or_the_usual_rhythm_is_not_drifting():
    anna = Person(name="Anna", circle="team", every_days=30)  # 20 days: within 30
    cas = Person(name="Cas", circle="team", every_days=10)  # 20 days: as always
    dirk = Person(name="Dirk", circle="team", every_days=3)  # 2 days since: fine
    people = {p.id: p for p in (anna, cas, dirk)}
    touches = {anna.id: ago(34, 27, 20), cas.id: ago(60, 40, 20), dirk.id: ago(16, 9, 2)}
    assert drifting(touches, people, 14, NOW) == []


def test_two_contacts_are_too_few_to_see_a_trend():
    bram = Person(name="Bram", circle="customer", every_days=10)
    assert drifting({bram.id: ago(30, 29)}, {bram.id: bram}, 14, NOW) == []


def test_the_median_not_the_mean_and_the_default_cadence():
    # Gaps 2, 3 and 40 days (median 3), then 15 days since; no cadence of their own: 14.
    eva = Person(name="Eva", circle="partner", every_days=None)
    (drift,) = drifting({eva.id: ago(60, 58, 55, 15)}, {eva.id: eva}, 14, NOW)
    assert drift.median_days == 3 and drift.every_days == 14 and drift.days_since == 15
    assert drifting({eva.id: ago(60, 58, 55, 13)}, {eva.id: eva}, 14, NOW) == []


def test_contacts_with_a_merged_record_count_for_the_one_who_stays_and_removed_are_left_out():
    anna = Person(name="Anna de Vries", circle="leadership", every_days=7)
    old = Person(name="Anna", circle=None, merged_into=anna.id)
    gone = Person(name="Gone", circle="team", every_days=1, deleted=True)
    people = {p.id: p for p in (anna, old, gone)}
    touches = {old.id: ago(40, 35), anna.id: ago(30), gone.id: ago(40, 35, 30)}
    (drift,) = drifting(touches, people, 14, NOW)
    assert drift.person == anna and drift.median_days == 5 and drift.days_since == 30


def test_per_circle_in_the_compass_order_the_most_drifting_first_unsorted_last():
    people = [
        Person(name="Bram", circle="customer", every_days=5),
        Person(name="Ben", circle="customer", every_days=5),
        Person(name="Eva", circle="partner", every_days=5),
        Person(name="Nora", circle=None, every_days=5),
    ]
    touches = {
        people[0].id: ago(30, 28, 26, 20),  # 20 days against 2
        people[1].id: ago(62, 61, 60, 30),  # 30 days against 1: further adrift
        people[2].id: ago(30, 28, 26, 20),
        people[3].id: ago(30, 28, 26, 20),
    }
    found = drifting(touches, {p.id: p for p in people}, 14, NOW)
    grouped = drifting_by_circle(found)
    assert list(grouped) == [c for c in grouped if c is not None] + [None]
    assert [d.person.name for d in grouped["customer"]] == ["Ben", "Bram"]
    assert [d.person.name for d in grouped["partner"]] == ["Eva"]
    assert [d.person.name for d in grouped[None]] == ["Nora"]
    order = [d.person.name for d in found]
    assert order.index("Ben") < order.index("Bram") < order.index("Nora")


def test_contacts_after_now_do_not_count():
    bram = Person(name="Bram", circle="customer", every_days=10)
    touches = {bram.id: [*ago(34, 27, 20), NOW + timedelta(days=1)]}
    assert len(drifting(touches, {bram.id: bram}, 14, NOW)) == 1
