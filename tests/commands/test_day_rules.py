"""The interwoven day's rules, decided once in `commands` (docs/ARCHITECTURE.md, The rules of the
day)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tracker.commands import EditEntry, EndEntry, Log, Stop, Undo
from tracker.kernel.model import ValidationError
from tracker.timeline.summary import summarize_week

AMS = "Europe/Amsterdam"


def at(hour: int, minute: int = 0, day: int = 26) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def line(text: str, **fields) -> Log:
    return Log(line=text, tz="UTC", **fields)


def blocks(journal, day: int = 26):
    found = journal.entries_between(at(0, day=day), at(0, day=day) + timedelta(days=1))
    return sorted(
        ((e.kind, e.title, e.start, e.end) for e in found if e.is_block), key=lambda b: b[2]
    )


def test_a_block_logged_over_another_trims_it_and_the_day_counts_each_minute_once(
    door, journal, clock
):
    clock.set(at(12))
    door.run(line("9:00-10:30 work A"))
    result = door.run(line("10:00-11:00 work B"))
    assert [(e.title, e.end) for e in result.trimmed] == [("A", at(10))]
    assert blocks(journal) == [("work", "A", at(9), at(10)), ("work", "B", at(10), at(11))]
    from zoneinfo import ZoneInfo

    from tracker.kernel.days import week_start

    zone = ZoneInfo("UTC")
    entries = journal.entries_between(at(0, day=23), at(0, day=30))
    week = summarize_week(entries, {}, week_start(at(9).date()), zone, clock.now())
    assert week.work_min == 120


def test_a_block_inside_another_splits_it_and_undo_puts_it_back(door, journal, clock):
    clock.set(at(18))
    door.run(line("9:00-17:00 work day"))
    result = door.run(line("12:00-13:00 life lunch"))
    assert len(result.split) == 1 and result.split[0].start == at(13)
    assert blocks(journal) == [
        ("work", "day", at(9), at(12)),
        ("life", "lunch", at(12), at(13)),
        ("work", "day", at(13), at(17)),
    ]
    door.run(Undo())
    assert blocks(journal) == [("work", "day", at(9), at(17))]


def test_a_block_covering_another_whole_removes_it(door, journal, clock):
    clock.set(at(18))
    door.run(line("10:00-11:00 life errand"))
    result = door.run(line("9:00-12:00 work"))
    assert [e.title for e in result.removed] == ["errand"]
    assert blocks(journal) == [("work", "", at(9), at(12))]


def test_a_past_block_moves_the_start_of_the_running_one(door, journal, clock):
    clock.set(at(9))
    door.run(Log(kind="work", tz="UTC"))
    clock.set(at(12))
    door.run(line("8:00-10:00 life school run"))
    assert blocks(journal) == [("life", "school run", at(8), at(10)), ("work", "", at(10), None)]


def test_starting_the_block_that_runs_changes_nothing_and_says_so(door, journal, clock):
    door.run(Log(kind="work", tz="UTC"))
    clock.advance(minutes=30)
    result = door.run(Log(kind="work", tz="UTC"))
    assert result.has_note("already_running") and not result.entries
    assert blocks(journal) == [("work", "", clock.now() - timedelta(minutes=30), None)]


def test_starting_the_other_block_ends_this_one_at_the_same_minute(door, journal, clock):
    door.run(Log(kind="work", tz="UTC"))
    clock.advance(hours=1)
    result = door.run(Log(kind="life", tz="UTC"))
    assert [(e.kind, e.end) for e in result.ended] == [("work", clock.now())]


@pytest.mark.parametrize(
    "text",
    [
        "work 10:00-9:00",
        "work 9:00-1:30",
        "yesterday 10:00-9:00 work",
        "2026-11-25 10:00-9:00 work",
    ],
)
def test_a_span_over_sixteen_hours_is_refused_unless_its_day_is_given(door, journal, text):
    with pytest.raises(ValidationError) as refused:
        door.run(line(text))
    assert refused.value.code == "span_too_long"
    assert not journal.entries_between(at(0), at(0, day=28))


def test_a_long_span_with_its_end_day_given_is_kept(door, journal, clock):
    clock.set(at(12, day=28))
    result = door.run(Log(kind="life", at=at(18), until=at(12, day=27), end_day_given=True))
    assert result.stored[0].end == at(12, day=27)


def test_one_running_call_per_person(door, journal, clock):
    first = door.run(Log(kind="call", names=[("Anna", None)], tz="UTC")).stored[0]
    clock.advance(minutes=20)
    result = door.run(Log(kind="call", names=[("Anna", None)], tz="UTC"))
    assert [(e.id, e.end) for e in result.ended] == [(first.id, clock.now())]
    running = [e for e in journal.running() if e.kind == "call"]
    assert len(running) == 1


def test_stop_ends_the_block_and_leaves_calls_running(door, journal, clock):
    door.run(Log(kind="work", tz="UTC"))
    door.run(Log(kind="call", names=[("Anna", None)], tz="UTC"))
    clock.advance(minutes=10)
    result = door.run(Stop())
    assert [e.kind for e in result.ended] == ["work"]
    assert [e.kind for e in journal.running()] == ["call"]
    assert door.undoable() is result  # an ending can be undone too
    door.run(Undo())
    assert sorted(e.kind for e in journal.running()) == ["call", "work"]


def test_a_call_ends_on_its_own(door, journal, clock):
    call = door.run(Log(kind="call", names=[("Anna", None)], tz="UTC")).stored[0]
    clock.advance(minutes=25)
    result = door.run(EndEntry(entry_id=call.id))
    assert result.ended[0].end == clock.now()
    assert door.run(Stop(what="calls")).has_note("nothing_running")


def test_a_running_block_cannot_be_started_before_the_one_that_runs(door, journal, clock):
    door.run(Log(kind="work", tz="UTC"))
    with pytest.raises(ValidationError) as refused:
        door.run(Log(kind="life", at=clock.now() - timedelta(minutes=5), names=[("Zoe", None)]))
    assert refused.value.code == "runs_since"
    assert journal.people() == []  # exit 2 writes nothing: not even the new person


def test_an_edit_that_makes_a_block_overlap_trims_the_other(door, journal, clock):
    clock.set(at(18))
    door.run(line("9:00-10:00 work A"))
    b = door.run(line("11:00-12:00 work B")).stored[0]
    result = door.run(EditEntry(entry_id=b.id, changes={"start": at(9, 30)}, near=b.start))
    assert [(e.title, e.end) for e in result.trimmed] == [("A", at(9, 30))]
    assert blocks(journal) == [("work", "A", at(9), at(9, 30)), ("work", "B", at(9, 30), at(12))]


def test_undo_of_a_log_takes_the_entry_and_its_new_person_back(door, journal, clock):
    door.run(Log(kind="work", tz="UTC"))
    clock.advance(minutes=5)
    door.run(line("call with Joost (customer)"))
    door.run(Undo())
    assert [e.kind for e in journal.running()] == ["work"]
    assert journal.people() == []
    assert door.run(Undo()).has_note("nothing_to_undo")


def test_undo_lasts_ten_seconds(door, clock):
    door.run(Log(kind="disruption", cause="tech", tz="UTC"))
    assert door.undo_expires() == clock.now() + timedelta(seconds=10)  # views set a timer
    clock.advance(seconds=11)
    assert door.undoable() is None
    assert door.undo_expires() is None


def test_every_change_is_told_once_with_who_asked(door):
    heard = []
    door.subscribe(lambda result, initiator: heard.append((result.request, initiator)))
    door.run(Log(kind="disruption", cause="tech", tz="UTC"), initiator="tray")
    door.run(Stop(), initiator="cli")  # nothing to stop: nothing changed, nothing told
    assert heard == [("log", "tray")]


def test_a_disruption_in_the_clients_zone(door, clock):
    result = door.run(Log(line="disruption tech 9:15 wifi", tz=AMS, now=clock.now()))
    assert result.stored[0].start == at(8, 15) and result.stored[0].tz == AMS


def test_a_write_that_fails_takes_back_the_new_person_too(door, journal, monkeypatch):
    from tracker.store.atomic import StoreWriteError

    def full(entry):
        raise StoreWriteError(28, "could not save entries-2026-11-26.json: the disk is full")

    monkeypatch.setattr(journal, "add", full)
    with pytest.raises(StoreWriteError):
        door.run(line("call with Zoe (customer)"))
    assert journal.people() == []  # the person written first was taken back
    assert door.undoable() is None


def test_a_span_over_the_running_block_never_pushes_it_into_the_future(door, journal, clock):
    clock.set(at(9, 15))
    door.run(Log(kind="life", tz="UTC"))
    clock.set(at(9, 30))
    door.run(line("9:00-10:30 work plan"))  # reaches past now: life is covered up to now
    assert blocks(journal) == [("work", "plan", at(9), at(10, 30))]
    assert door.run(Stop()).has_note("nothing_running")


def test_a_span_in_the_past_splits_the_running_block_and_it_runs_on(door, journal, clock):
    clock.set(at(8))
    door.run(Log(kind="work", tz="UTC"))
    clock.set(at(12))
    door.run(line("9:00-10:00 life dentist"))
    assert blocks(journal) == [
        ("work", "", at(8), at(9)),
        ("life", "dentist", at(9), at(10)),
        ("work", "", at(10), None),
    ]
    assert [e.end for e in door.run(Stop()).ended] == [at(12)]


def test_starting_a_block_leaves_blocks_planned_later_today_alone(door, journal, clock):
    clock.set(at(12))
    door.run(line("18:00-20:00 life dinner"))
    result = door.run(Log(kind="work", tz="UTC"))
    assert not result.removed and not result.trimmed
    door.run(line("18:30-19:00 work call notes"))  # a span ahead leaves the running work alone
    assert [e.kind for e in journal.running()] == ["work"]
