"""When to ask about a block left running (docs/ARCHITECTURE.md: never silently log a 14-hour
block)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry
from tracker.timeline.forgotten import MIN_SLEEP, forgotten_block

AMS = ZoneInfo("Europe/Amsterdam")
# Thursday 26 November 2026, 09:00 in Amsterdam.
MORNING = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def work(start: datetime, end: datetime | None = None) -> Entry:
    return Entry(kind="work", start=start, end=end, title="plan")


def test_a_block_from_yesterday_is_asked_about_at_the_first_start_of_the_day():
    block = work(MORNING - timedelta(days=1))
    last_seen = MORNING - timedelta(hours=14, minutes=48)  # 18:12 yesterday, in Amsterdam
    question = forgotten_block(block, MORNING, AMS, last_seen=last_seen)
    assert question is not None and question.reason == "new_day"
    assert question.suggested_end == last_seen
    # Asked once: its key remembered, the same start-up question is not asked again that day.
    assert (
        forgotten_block(block, MORNING, AMS, last_seen=last_seen, asked=set(question.keys)) is None
    )
    next_day = MORNING + timedelta(days=1)
    assert forgotten_block(block, next_day, AMS, asked=set(question.keys)) is not None


def test_a_last_seen_moment_outside_the_block_is_not_offered():
    block = work(MORNING - timedelta(hours=20))
    question = forgotten_block(block, MORNING, AMS, last_seen=block.start - timedelta(hours=1))
    assert question is not None and question.suggested_end is None


def test_a_block_started_today_is_not_asked_about_without_a_sleep():
    assert forgotten_block(work(MORNING - timedelta(minutes=30)), MORNING, AMS) is None


def test_midnight_is_local_not_utc():
    # 00:30 in Amsterdam is 23:30 UTC the day before: a block from 23:00 local is yesterday's.
    now = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)
    assert forgotten_block(work(now - timedelta(minutes=45)), now, AMS) is not None
    assert forgotten_block(work(now - timedelta(minutes=20)), now, AMS) is None


def test_a_sleep_of_half_an_hour_or_more_asks_and_offers_when_it_began():
    block = work(MORNING - timedelta(hours=3))
    slept_from = MORNING - MIN_SLEEP
    question = forgotten_block(block, MORNING, AMS, slept_from=slept_from)
    assert question is not None and question.reason == "slept"
    assert question.suggested_end == slept_from
    assert (
        forgotten_block(block, MORNING, AMS, slept_from=slept_from + timedelta(minutes=1)) is None
    )


def test_a_question_after_a_sleep_stands_for_that_days_start_up_question():
    block = work(MORNING - timedelta(days=1))
    question = forgotten_block(block, MORNING, AMS, slept_from=MORNING - timedelta(hours=12))
    assert question is not None and question.reason == "slept"
    assert forgotten_block(block, MORNING, AMS, asked=set(question.keys)) is None


def test_only_a_running_block_is_asked_about():
    yesterday = MORNING - timedelta(days=1)
    assert forgotten_block(None, MORNING, AMS) is None
    assert forgotten_block(work(yesterday, yesterday + timedelta(hours=8)), MORNING, AMS) is None
    call = Entry(kind="call", start=yesterday)
    assert forgotten_block(call, MORNING, AMS) is None
    assert forgotten_block(work(MORNING + timedelta(hours=1)), MORNING, AMS) is None
