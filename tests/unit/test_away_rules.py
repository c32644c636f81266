"""When a gap in the user's presence asks a question: the rule in plain Python (issue 21)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tracker.away.gaps import Gap, asks, gap_from_record, gap_to_record, noted
from tracker.kernel.model import Entry
from tracker.kernel.settings import Settings

AT = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
WORK = Entry("work", AT - timedelta(hours=1), tz="UTC")
LIFE = Entry("life", AT - timedelta(hours=1), tz="UTC")
ON = Settings()


def gap(minutes: float) -> Gap:
    return Gap(AT, AT + timedelta(minutes=minutes))


def test_a_gap_in_a_work_block_longer_than_the_threshold_asks():
    assert asks(gap(12), WORK, [], ON)
    assert asks(gap(10), WORK, [], ON)  # the threshold itself is long enough


@pytest.mark.parametrize(
    ("block", "calls", "settings", "minutes"),
    [
        (None, [], ON, 30),  # nothing runs: nothing to ask about (what users hated)
        (LIFE, [], ON, 30),  # a gap inside a life block asks nothing
        (WORK, [], ON, 9.5),  # shorter than the threshold
        (WORK, [], Settings(away_questions=False), 30),  # the off switch
        (WORK, [], Settings(away_minutes=45), 30),
        # A running call or meeting is never away: a video call with the keyboard untouched.
        (WORK, [Entry("call", AT - timedelta(minutes=5), tz="UTC")], ON, 30),
        (WORK, [Entry("meeting", AT + timedelta(minutes=5), tz="UTC")], ON, 30),
    ],
)
def test_no_question(block, calls, settings, minutes):
    assert not asks(gap(minutes), block, calls, settings)


def test_a_call_over_before_the_gap_does_not_keep_it_from_asking():
    call = Entry("call", AT - timedelta(hours=1), AT - timedelta(minutes=30), tz="UTC")
    assert asks(gap(30), WORK, [call], ON)


def test_gaps_are_noted_once_by_their_start_and_keep_their_answer():
    first = gap(12)
    notes = noted([], first, "")
    notes = noted(notes, first, "disruption", cause="family", entry_id="e1")
    assert [gap_from_record(r) for r in notes] == [(first, "disruption", "family", "e1")]
    assert gap_to_record(first, "", None, None)["start"] == "2026-11-26T09:00:00Z"


def test_a_long_sleep_is_left_to_the_forgotten_block_question():
    """After a sleep of half an hour or more, the forgotten-block question asks about the
    block (tracker/timeline/forgotten.py): never two questions for one gap."""
    long_sleep = Gap(AT, AT + timedelta(minutes=45), slept=True)
    assert not asks(long_sleep, WORK, [], ON)
    assert asks(Gap(AT, AT + timedelta(minutes=20), slept=True), WORK, [], ON)
    assert asks(Gap(AT, AT + timedelta(minutes=45)), WORK, [], ON)  # idle, not asleep
