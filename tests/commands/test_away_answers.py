"""A gap's answers through the door (issue 21): each is the log it stands for, at the gap's
real times, and the running block stays as it was unless the answer says otherwise."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tracker.away.gaps import gap_from_record
from tracker.away.handlers import noted_gaps
from tracker.commands import Log, Refused
from tracker.commands.requests import AnswerGap, request_from_json

WORK_START = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
GAP_START = WORK_START + timedelta(hours=1)
GAP_END = GAP_START + timedelta(minutes=12)
NOW = GAP_END + timedelta(minutes=1)


@pytest.fixture
def work(door, clock):
    clock.set(WORK_START)
    block = door.run(Log(kind="work", at=WORK_START, tz="UTC")).stored[0]
    clock.set(NOW)
    return block


def answer(door, what, **fields):
    request = AnswerGap(start=GAP_START, end=GAP_END, answer=what, tz="UTC", now=NOW, **fields)
    return door.run(request_from_json(request.NAME, request.to_json()))  # as over the socket


def day(journal):
    return [e for e in journal.entries_between(WORK_START, NOW) if not e.deleted]


def test_a_disruption_is_logged_at_the_gaps_start_with_its_length_block_unchanged(
    door, journal, work
):
    answer(door, "disruption", cause="family")
    entries = day(journal)
    disruption = next(e for e in entries if e.kind == "disruption")
    assert (disruption.start, disruption.until, disruption.cause) == (GAP_START, GAP_END, "family")
    assert [e for e in entries if e.kind == "work"] == [work]  # the block as it was
    [note] = noted_gaps(door)
    assert gap_from_record(note)[1:] == ("disruption", "family", disruption.id)


def test_a_cause_in_dutch_is_stored_as_the_word_it_stands_for(door, journal, work):
    answer(door, "disruption", cause="gezin")
    assert [e.cause for e in day(journal) if e.kind == "disruption"] == ["family"]


def test_a_break_is_life_over_the_gap_and_work_goes_on_after_it(door, journal, work):
    answer(door, "break")
    blocks = sorted((e for e in day(journal) if e.is_block), key=lambda e: e.start)
    assert [(e.kind, e.start, e.end) for e in blocks] == [
        ("work", WORK_START, GAP_START),
        ("life", GAP_START, GAP_END),
        ("work", GAP_END, None),
    ]


def test_a_live_meeting_is_logged_with_whom_over_the_gap(door, journal, work):
    answer(door, "meeting", names=(("Anna Visser", None),))
    meeting = next(e for e in day(journal) if e.kind == "meeting")
    assert (meeting.start, meeting.end, len(meeting.people)) == (GAP_START, GAP_END, 1)
    assert [e for e in day(journal) if e.kind == "work"] == [work]


def test_still_working_keeps_everything_and_notes_the_answer(door, journal, work):
    result = answer(door, "working")
    assert not result.changes.entries
    assert day(journal) == [work]
    assert gap_from_record(noted_gaps(door)[0])[1] == "working"


def test_a_gap_is_noted_unanswered_then_answered_once(door, journal, work):
    answer(door, "")
    assert gap_from_record(noted_gaps(door)[0])[1] == ""
    answer(door, "disruption", cause="tech")
    again = answer(door, "disruption", cause="tech")
    assert again.has_note("unchanged")
    assert len([e for e in day(journal) if e.kind == "disruption"]) == 1
    assert len(noted_gaps(door)) == 1


def test_an_answer_that_is_none_of_them_is_refused(door, work):
    with pytest.raises(Refused) as refused:
        answer(door, "nap")
    assert refused.value.code == "not_a_choice"
    assert noted_gaps(door) == []
