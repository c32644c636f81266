"""A gap's answers through the door (issue 21): each is the log it stands for, at the gap's
real times, and the running block stays as it was unless the answer says otherwise."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tracker.away.gaps import gap_from_record
from tracker.away.handlers import noted_gaps
from tracker.commands import Log, Refused, Undo
from tracker.commands.requests import AnswerGap, request_from_json
from tracker.kernel.model import ValidationError

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


def shapes(entries):
    return [(e.id, e.kind, e.start, e.end) for e in entries]


def split(door, *parts):
    """A split answer, as the socket carries it: each part (minutes from the gap's start to
    its end, answer, cause, names)."""
    records = [
        {"end": (GAP_START + timedelta(minutes=m)).isoformat(), "answer": a, "cause": c,
         "names": [list(n) for n in names]}
        for m, a, c, names in parts
    ]  # fmt: skip
    return answer(door, "split", parts=records)


def test_a_split_gap_logs_each_part_consecutively_as_one_change(door, journal, work):
    result = split(
        door, (4, "disruption", "family", ()), (9, "meeting", None, (("Anna Visser", None),)),
        (12, "break", None, ()),
    )  # fmt: skip
    entries = day(journal)
    [disruption] = [e for e in entries if e.kind == "disruption"]
    [meeting] = [e for e in entries if e.kind == "meeting"]
    [life] = [e for e in entries if e.kind == "life"]
    minutes = timedelta(minutes=1)
    assert (disruption.start, disruption.until, disruption.cause) == (
        GAP_START, GAP_START + 4 * minutes, "family",
    )  # fmt: skip
    assert (meeting.start, meeting.end) == (GAP_START + 4 * minutes, GAP_START + 9 * minutes)
    assert (life.start, life.end) == (GAP_START + 9 * minutes, GAP_END)
    assert {e.id for e in result.stored} == {disruption.id, meeting.id, life.id}
    notes = [gap_from_record(n) for n in noted_gaps(door)]
    assert [(n.gap.start, n.answer, n.cause) for n in notes] == [
        (GAP_START, "disruption", "family"),
        (GAP_START + 4 * minutes, "meeting", None),
        (GAP_START + 9 * minutes, "break", None),
    ]
    assert split(door, (6, "break", None, ()), (12, "working", None, ())).has_note("unchanged")
    door.run(Undo())  # one change: undo takes every part back, the block as it was
    assert shapes(day(journal)) == shapes([work])


@pytest.mark.parametrize(
    ("parts", "code"),
    [
        (((12, "break", None, ()),), "too_few_parts"),
        (((5, "break", None, ()), (4, "working", None, ())), "parts_out_of_order"),
        (((5, "break", None, ()), (11, "working", None, ())), "parts_out_of_order"),
        (((5, "break", None, ()), (12, "nap", None, ())), "not_a_choice"),
    ],
)
def test_a_split_that_is_not_consecutive_parts_writes_nothing(door, journal, work, parts, code):
    with pytest.raises(Refused if code != "parts_out_of_order" else ValidationError) as refused:
        split(door, *parts)
    assert refused.value.code == code
    assert day(journal) == [work] and noted_gaps(door) == []


def test_a_later_part_refused_takes_back_the_earlier_ones(door, journal, work):
    with pytest.raises(ValidationError):  # a disruption of a cause that is not one
        split(door, (5, "break", None, ()), (12, "disruption", "x" * 500, ()))
    assert shapes(day(journal)) == shapes([work]) and noted_gaps(door) == []


def test_an_undone_answer_leaves_the_gap_open_to_answer_again(door, journal, work):
    from tracker.away.gaps import noted_between, open_gaps

    answer(door, "disruption", cause="family")
    door.run(Undo())
    found = noted_between(noted_gaps(door), GAP_START, GAP_END)
    assert open_gaps(found, journal.entries_between(WORK_START, NOW)) == [
        found[0].gap
    ]  # the week hatches it again
    answer(door, "disruption", cause="tech")  # and a new answer logs, not "unchanged"
    assert [e.cause for e in day(journal) if e.kind == "disruption"] == ["tech"]
