"""When the weekly review moment is due: from its day and hour in the user's zone, once a
week, not before, not when switched off, and not days after it passed. Clock injected."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.kernel.clock import FakeClock
from tracker.kernel.settings import Settings
from tracker.review.moment import last_moment, review_due

AMS = ZoneInfo("Europe/Amsterdam")
AKL = ZoneInfo("Pacific/Auckland")


def at(y: int, m: int, d: int, hour: int, minute: int = 0, zone: ZoneInfo = AMS) -> datetime:
    return datetime(y, m, d, hour, minute, tzinfo=zone).astimezone(UTC)


FRIDAY_4 = at(2026, 12, 4, 16)  # Friday 4 December 2026, 16:00 Amsterdam


def test_the_moment_is_friday_at_four_in_the_users_zone():
    assert last_moment(Settings(), at(2026, 12, 7, 9), AMS) == FRIDAY_4
    assert last_moment(Settings(), at(2026, 12, 4, 16), AMS) == FRIDAY_4
    assert last_moment(Settings(), at(2026, 12, 4, 15, 59), AMS) == FRIDAY_4 - timedelta(weeks=1)
    auckland = last_moment(Settings(), at(2026, 12, 5, 9, zone=AKL), AKL)
    assert auckland == at(2026, 12, 4, 16, zone=AKL)


def test_due_once_from_the_moment_until_shown():
    clock = FakeClock(at(2026, 12, 4, 15, 59))
    assert not review_due(Settings(), clock.now(), AMS, last_shown=None)
    clock.advance(minutes=1)
    assert review_due(Settings(), clock.now(), AMS, last_shown=None)
    shown = clock.advance(minutes=20)
    assert not review_due(Settings(), clock.advance(hours=2), AMS, last_shown=shown)
    # Last week's showing does not count for this week.
    assert review_due(Settings(), shown, AMS, last_shown=shown - timedelta(weeks=1))


def test_a_moment_missed_by_days_is_not_due_any_more():
    assert review_due(Settings(), at(2026, 12, 6, 20), AMS, last_shown=None)  # Sunday evening
    assert not review_due(Settings(), at(2026, 12, 8, 10), AMS, last_shown=None)  # Tuesday


def test_the_off_switch_and_another_day_and_hour():
    off = Settings(review_moment=False)
    assert not review_due(off, FRIDAY_4, AMS, last_shown=None)
    monday_9 = Settings(review_day=0, review_hour=9)
    assert not review_due(monday_9, FRIDAY_4, AMS, last_shown=None)
    assert review_due(monday_9, at(2026, 12, 7, 9, 30), AMS, last_shown=None)


@pytest.mark.parametrize(
    ("now", "moment"),
    [
        # Sunday 29 March 2026, clocks forward at 02:00: a moment at 02:00 is at 03:00.
        (at(2026, 3, 29, 12), datetime(2026, 3, 29, 1, tzinfo=UTC)),
        # Sunday 25 October 2026, 02:00 happens twice: the first one.
        (at(2026, 10, 25, 12), datetime(2026, 10, 25, 0, tzinfo=UTC)),
    ],
)
def test_a_moment_in_the_hour_a_clock_change_skips_or_repeats(now, moment):
    sunday_2 = Settings(review_day=6, review_hour=2)
    assert last_moment(sunday_2, now, AMS) == moment


def test_the_next_moment_is_the_first_after_now_and_its_key_names_the_day():
    from tracker.nudges.moment import moment_key, next_moment

    assert next_moment(Settings(), at(2026, 12, 4, 15, 59), AMS) == FRIDAY_4
    assert next_moment(Settings(), FRIDAY_4, AMS) == FRIDAY_4 + timedelta(weeks=1)
    assert next_moment(Settings(review_day=0, review_hour=9), FRIDAY_4, AMS) == at(2026, 12, 7, 9)
    assert moment_key(FRIDAY_4, AMS) == "review:2026-12-04"


def test_the_plan_offers_it_at_a_pause_not_in_a_call_and_once():
    from tracker.kernel.model import Entry
    from tracker.kernel.nudgestate import NudgeState
    from tracker.nudges.policy import plan_nudges

    def plan(now, current=(), state=None, settings=None):
        settings, state = settings or Settings(), state or NudgeState()
        return plan_nudges(now, AMS, settings, [], {}, list(current), now, state)

    call = Entry(kind="call", start=FRIDAY_4 - timedelta(minutes=20), end=FRIDAY_4 + HALF_HOUR)
    held = plan(FRIDAY_4, [call])
    assert not held.due and [(w.kind, w.because) for w in held.waiting] == [("review", "call")]
    assert held.next == FRIDAY_4 + HALF_HOUR
    [review] = plan(FRIDAY_4 + HALF_HOUR).due
    assert (review.kind, review.key) == ("review", "review:2026-12-04")
    shown = NudgeState().with_shown(review, FRIDAY_4 + HALF_HOUR)
    later = plan(FRIDAY_4 + 2 * HALF_HOUR, state=shown)
    assert later.due == [] and later.next == FRIDAY_4 + timedelta(weeks=1)
    off = plan(FRIDAY_4, settings=Settings(review_moment=False))
    assert off.due == [] and off.next != FRIDAY_4 + timedelta(weeks=1)  # no looking for it


HALF_HOUR = timedelta(minutes=30)


def test_a_new_user_is_not_asked_to_review_the_week_before_they_began():
    """Started on Monday morning, within the Friday moment's grace: nothing to review yet.
    Started on Wednesday, the Friday moment reviews the days they had."""
    monday = at(2026, 12, 7, 10)  # the moment before it: Friday 4 December, 16:00
    assert not review_due(Settings(), monday, AMS, last_shown=None, first_use=monday)
    wednesday = at(2026, 12, 9, 9)
    friday = at(2026, 12, 11, 16, 30)
    assert review_due(Settings(), friday, AMS, last_shown=None, first_use=wednesday)
