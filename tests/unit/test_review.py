"""The review's numbers against weeks worked out by hand: a DST week, a block over midnight,
a person merged mid-range, contacts per circle and month, circles slipping, what stands out."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.kernel.model import Entry, Person
from tracker.kernel.settings import Settings
from tracker.kernel.words import set_language
from tracker.review.report import build_review
from tracker.review.standout import standout
from tracker.review.weeks import week_facts
from tracker.timeline.summary import summarize_week

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language(None)


def at(y: int, m: int, d: int, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    return datetime(y, m, d, hour, minute, tzinfo=AMS, fold=fold).astimezone(UTC)


def span(kind: str, start: datetime, end: datetime | None, **kw) -> Entry:
    return Entry(kind=kind, start=start, end=end, tz="Europe/Amsterdam", **kw)


def facts(entries, first: date, now: datetime, people=None):
    return week_facts(summarize_week(entries, people or {}, first, AMS, now), now)


def grid_total(grid) -> float:
    return sum(sum(row) for row in grid)


def test_the_week_clocks_go_back_has_a_25_hour_sunday_and_its_2_oclock_twice():
    # Sunday 25 October 2026: 03:00 summer time becomes 02:00 winter time.
    monday = date(2026, 10, 19)
    night = span("life", at(2026, 10, 24, 22), at(2026, 10, 25, 4))  # 7 real hours
    week = facts([night], monday, now=at(2026, 11, 2, 12))
    assert week.day_life[5] == 120  # Saturday 22-24
    assert week.day_life[6] == 5 * 60  # Sunday 00-04 lasts five hours
    assert week.weave_life[5][22] == 60 and week.weave_life[5][23] == 60
    assert week.weave_life[6][2] == 120  # the hour that happens twice
    assert [week.weave_life[6][h] for h in (0, 1, 3)] == [60, 60, 60]
    assert grid_total(week.weave_life) == week.life_min == 7 * 60


def test_the_week_clocks_go_forward_has_no_2_oclock():
    monday = date(2026, 3, 23)  # Sunday 29 March: 02:00 becomes 03:00
    early = span("work", at(2026, 3, 29, 1), at(2026, 3, 29, 4))  # two real hours
    week = facts([early], monday, now=at(2026, 4, 6, 12))
    assert week.day_work[6] == 120
    assert week.weave_work[6][1] == 60 and week.weave_work[6][2] == 0
    assert week.weave_work[6][3] == 60


def test_a_block_over_midnight_counts_for_both_days_and_their_hours():
    monday = date(2026, 11, 23)
    entries = [
        span("life", at(2026, 11, 24, 18), at(2026, 11, 24, 22)),
        span("work", at(2026, 11, 24, 22), at(2026, 11, 25, 2, 30)),
        span("life", at(2026, 11, 25, 2, 30), at(2026, 11, 25, 8)),
        Entry(kind="disruption", start=at(2026, 11, 24, 23, 10), cause="tech", lost_min=20),
    ]
    week = facts(entries, monday, now=at(2026, 12, 1, 12))
    assert week.day_work[1] == 120 and week.day_work[2] == 150
    # Tuesday life to work; Wednesday (work from the night before) to life.
    assert week.day_switches[1] == 1 and week.day_switches[2] == 1
    assert week.switches == 2
    assert week.weave_work[1][22] == week.weave_work[1][23] == 60
    assert week.weave_work[2][0] == week.weave_work[2][1] == 60 and week.weave_work[2][2] == 30
    assert week.heat[1][23] == 1 and week.heat_lost[1][23] == 20
    assert week.disruptions_by_cause == {"tech": 1}


def test_a_person_merged_mid_range_counts_for_the_one_who_stays():
    anna_old = Person(name="Anna", circle=None)
    anna = Person(name="Anna de Vries", circle="leadership", every_days=7)
    merged = anna_old.with_changes(merged_into=anna.id)
    people = {p.id: p for p in (merged, anna)}
    first, second = date(2026, 11, 2), date(2026, 11, 30)
    now = at(2026, 12, 8, 9)
    contact = Entry(kind="contact", start=at(2026, 11, 3, 10), people=(anna_old.id,))
    call = span("call", at(2026, 12, 1, 10), at(2026, 12, 1, 10, 30), people=(anna.id,))
    weeks = [facts([contact], first, now), facts([call], second, now)]
    review = build_review(weeks, people, Settings(), AMS, now=now)
    november, december = review.months
    assert november.month == date(2026, 11, 1) and december.month == date(2026, 12, 1)
    assert november.by_circle == {"leadership": {"contact": 1}}
    assert december.by_circle == {"leadership": {"call": 1}}
    (gap,) = review.circles
    assert gap.circle == "leadership" and gap.people == 1 and gap.every_days == 7
    assert gap.last == at(2026, 12, 1, 10)
    assert gap.days_since == 5  # to the end of Sunday 6 December: past now's range
    assert not gap.slipping


def test_a_circle_nobody_reached_slips_and_is_said():
    bram = Person(name="Bram", circle="customer", every_days=10)
    mia = Person(name="Mia", circle="customer", every_days=30)
    people = {p.id: p for p in (bram, mia)}
    now = at(2026, 12, 14, 9)
    firsts = [date(2026, 11, 16) + timedelta(weeks=w) for w in range(4)]
    weeks = [facts([], first, now) for first in firsts]
    review = build_review(weeks, people, Settings(), AMS, now=now)
    (gap,) = review.circles
    assert gap.last is None and gap.days_since == 28 and gap.every_days == 10 and gap.slipping
    assert (
        "No one in the circle Customer reached in these 28 days (every 10 days wanted)."
        in standout(review)
    )


def test_a_circle_added_lately_counts_from_when_it_was_added():
    now = at(2026, 12, 14, 9)
    added = (now - timedelta(days=5)).isoformat().replace("+00:00", "Z")
    bram = Person(name="Bram", circle="customer", every_days=10, created=added)
    weeks = [facts([], date(2026, 11, 16) + timedelta(weeks=w), now) for w in range(4)]
    (gap,) = build_review(weeks, {bram.id: bram}, Settings(), AMS, now=now).circles
    assert gap.days_since == 4 and not gap.slipping  # to the end of the range, not now


def test_live_meetings_per_month_against_the_setting():
    now = at(2026, 12, 7, 9)
    firsts = [date(2026, 10, 26) + timedelta(weeks=w) for w in range(6)]  # all of November
    meeting = span("meeting", at(2026, 11, 10, 14), at(2026, 11, 10, 15))
    weeks = [facts([meeting], first, now) for first in firsts]
    review = build_review(weeks, {}, Settings(live_every_days=10), AMS, now=now)
    november = next(m for m in review.months if m.month.month == 11)
    assert november.days == 30 and november.live_meetings == 1 and november.live_wanted == 3.0
    assert "Live meetings: 1.0 a month, against 3.0 wanted." in standout(review)


def test_disruptions_that_doubled_and_their_slot_are_said():
    now = at(2026, 12, 7, 9)
    firsts = [date(2026, 10, 5) + timedelta(weeks=w) for w in range(8)]
    weeks = []
    for index, first in enumerate(firsts):
        tuesday = first + timedelta(days=1)
        count = 1 if index < 4 else 3  # four, then twelve
        starts = [at(tuesday.year, tuesday.month, tuesday.day, 9, 10 * n) for n in range(count)]
        moments = [Entry(kind="disruption", start=s, cause="tech") for s in starts]
        weeks.append(facts(moments, first, now))
    review = build_review(weeks, {}, Settings(), AMS, now=now)
    assert review.disruptions == 16
    assert review.grown_causes == [("tech", 4, 12)]
    assert review.heat[1][9] == 16
    assert (
        standout(review)[0]
        == "Disruptions doubled since November; most are tech, Tuesday mornings."
    )


def test_nothing_stands_out_in_a_quiet_review():
    now = at(2026, 12, 7, 9)
    weeks = [facts([], date(2026, 11, 23), now)]
    assert standout(build_review(weeks, {}, Settings(), AMS, now=now)) == []


def test_the_sentences_speak_dutch():
    set_language("nl")
    now = at(2026, 12, 14, 9)
    bram = Person(name="Bram", circle="customer", every_days=10)
    weeks = [facts([], date(2026, 11, 16) + timedelta(weeks=w), now) for w in range(4)]
    review = build_review(weeks, {bram.id: bram}, Settings(), AMS, now=now)
    assert standout(review) == [
        "Niemand uit de kring Klant bereikt in deze 28 dagen (elke 10 dagen gewenst)."
    ]
