"""Nudges that earn their place (issue 20): nothing in the first day nor before anything is
logged, a person's clock starts when they are added, the most important first, never the same
person twice, and work nudges wait out a life block."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry, Person
from tracker.kernel.nudgestate import NudgeState
from tracker.kernel.settings import Settings
from tracker.kernel.timefmt import to_updated_text
from tracker.nudges.policy import plan_nudges
from tracker.nudges.texts import waiting_text

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY_10 = datetime(2026, 11, 23, 10, 0, tzinfo=AMS).astimezone(UTC)
# The weekly review moment is off here: tests/unit/test_review_moment.py holds its rules.
SETTINGS = Settings(
    own_team="Product", live_every_days=14, max_nudges_per_day=2, review_moment=False
)


def plan(now, people=(), contacts=None, current=(), last_live=None, state=None, *,
         first_use=None, logged=True, reached=None, settings_=SETTINGS):  # fmt: skip
    return plan_nudges(now, AMS, settings_, list(people), contacts or {}, list(current),
                       last_live, state or NudgeState(), reached, first_use=first_use,
                       logged=logged)  # fmt: skip


def added(name: str, circle: str | None, at: datetime, every: int = 14) -> Person:
    return Person(name=name, circle=circle, every_days=every, created=to_updated_text(at))


def test_nothing_is_due_before_anything_is_logged():
    anna = added("Anna", "customer", MONDAY_10 - timedelta(days=30))
    result = plan(MONDAY_10, [anna], first_use=MONDAY_10 - timedelta(days=30), logged=False)
    assert result.due == []
    assert {(w.kind, w.because, w.until) for w in result.waiting} == {
        ("reach_out", "new", None), ("plan_live", "new", None)
    }  # fmt: skip
    assert waiting_text(result.waiting[0], MONDAY_10, AMS)


def test_nothing_is_due_in_the_first_day_of_use_and_the_live_interval_counts_from_it():
    started = MONDAY_10 - timedelta(minutes=1)
    result = plan(MONDAY_10, [], first_use=started)
    assert result.due == [] and result.waiting == []  # no live meeting "yet": no while yet
    # The live meeting is due live_every_days after the first use, not "never".
    later = started + timedelta(days=SETTINGS.live_every_days)
    assert result.next is not None and result.next >= later - timedelta(hours=1)
    assert [n.kind for n in plan(later, [], first_use=started).due] == ["plan_live"]


def test_the_first_day_holds_back_even_an_overdue_old_person():
    anna = added("Anna", "customer", MONDAY_10 - timedelta(days=60))
    started = MONDAY_10 - timedelta(hours=2)
    result = plan(MONDAY_10, [anna], last_live=MONDAY_10, first_use=started)
    assert result.due == []
    # A day after the first start (08:00 Tuesday), moved into the nudge hours (09:00).
    tuesday_9 = datetime(2026, 11, 24, 9, 0, tzinfo=AMS)
    assert [(w.because, w.until) for w in result.waiting] == [("new", tuesday_9)]


def test_a_person_s_clock_starts_when_they_are_added():
    started = MONDAY_10 - timedelta(days=3)
    anna = added("Anna", "customer", MONDAY_10 - timedelta(minutes=2))
    assert plan(MONDAY_10, [anna], last_live=MONDAY_10, first_use=started).due == []
    due_at = MONDAY_10 - timedelta(minutes=2) + timedelta(days=14)
    result = plan(due_at, [anna], last_live=due_at, first_use=started)
    assert [(n.kind, n.person, n.days_since) for n in result.due] == [("reach_out", anna.id, None)]


def test_an_old_record_without_its_moment_counts_from_the_first_use():
    started = MONDAY_10 - timedelta(days=3)
    old = Person(name="Old", circle="peer", every_days=14)  # written before "created"
    assert plan(MONDAY_10, [old], last_live=MONDAY_10, first_use=started).due == []
    later = started + timedelta(days=14)
    assert [n.person for n in plan(later, [old], last_live=later, first_use=started).due] == [
        old.id
    ]


def test_the_most_important_come_first_then_the_most_overdue_for_their_cadence():
    long_ago = MONDAY_10 - timedelta(days=90)
    imported = [added(f"Aaron {i:04d}", "peer", long_ago) for i in range(50)]
    customer = added("Zoë", "customer", long_ago + timedelta(days=40))
    boss = added("Xander", "leadership", long_ago + timedelta(days=45))
    result = plan(MONDAY_10, [*imported, customer, boss], last_live=MONDAY_10,
                  first_use=long_ago)  # fmt: skip
    assert [n.person for n in result.due] == [customer.id]
    # Among equals, how overdue for their own cadence: 20 days on a 7-day rhythm beats
    # 40 days on a 30-day one.
    weekly = added("Weekly", "customer", MONDAY_10 - timedelta(days=20), every=7)
    monthly = added("Monthly", "customer", MONDAY_10 - timedelta(days=40), every=30)
    result = plan(MONDAY_10, [monthly, weekly], last_live=MONDAY_10, first_use=long_ago)
    assert [n.person for n in result.due] == [weekly.id]


def test_the_same_person_never_appears_twice_in_due():
    """The bug seen a month after importing many cards: the reach-out and the live meeting's
    suggestion named the same imported person, and `nudges --json` listed them twice."""
    month_ago = MONDAY_10 - timedelta(days=31)
    imported = [added(f"Card {i:04d}", "peer", month_ago) for i in range(30)]
    result = plan(MONDAY_10, imported, first_use=month_ago)
    people = [n.person for n in [*result.due, *result.pending] if n.person is not None]
    assert [n.kind for n in result.due] == ["reach_out", "plan_live"]
    assert len(people) == len(set(people))
    # ...nor once shown and unanswered (pending) and again as the live meeting's suggestion.
    state = NudgeState()
    for nudge in result.due:
        state = state.with_shown(nudge, MONDAY_10)
    tomorrow = plan(MONDAY_10 + timedelta(days=1), imported, state=state, first_use=month_ago)
    people = [n.person for n in [*tomorrow.due, *tomorrow.pending] if n.person is not None]
    assert len(people) == len(set(people))


def test_work_nudges_wait_out_a_life_block():
    anna = added("Anna", "customer", MONDAY_10 - timedelta(days=30))
    lunch = Entry(kind="life", start=MONDAY_10 - timedelta(minutes=10))
    result = plan(MONDAY_10, [anna], last_live=MONDAY_10, first_use=MONDAY_10 - timedelta(days=30))
    assert [n.kind for n in result.due] == ["reach_out"]
    held = plan(MONDAY_10, [anna], current=[lunch], last_live=MONDAY_10,
                first_use=MONDAY_10 - timedelta(days=30))  # fmt: skip
    assert held.due == [] and [(w.because, w.until) for w in held.waiting] == [("life", None)]
    assert waiting_text(held.waiting[0], MONDAY_10, AMS)
    # A planned end: it waits until then.
    planned = lunch.with_changes(end=MONDAY_10 + timedelta(minutes=20))
    held = plan(MONDAY_10, [anna], current=[planned], last_live=MONDAY_10,
                first_use=MONDAY_10 - timedelta(days=30))  # fmt: skip
    assert [(w.because, w.until) for w in held.waiting] == [("life", planned.end)]
    assert held.next == planned.end
