"""The change notice's typed flags: what changed, and for entries on which days, so each view
refreshes only for what it shows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.commands import AddPerson, EditEntry, EditPerson, Log, Result, Stop, Undo
from tracker.kernel.days import local_day

AMS = ZoneInfo("Europe/Amsterdam")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def told(door) -> list:
    heard: list = []
    door.subscribe(lambda result, initiator: heard.append((result.changes, initiator)))
    return heard


def test_a_notice_for_a_log_names_its_day(door):
    heard = told(door)
    door.run(Log(kind="work", at=at(24, 10), until=at(24, 11), tz="UTC"), initiator="tray")
    [(changes, who)] = heard
    assert who == "tray"
    assert (changes.entries, changes.people, changes.settings, changes.calendars) == (
        True, False, False, False,
    )  # fmt: skip
    assert changes.day_keys == {"2026-11-24"}
    assert changes.days(AMS) == {date(2026, 11, 24)}
    assert changes.touches(local_day(date(2026, 11, 24), AMS).start, at(25, 0))
    assert not changes.touches(*_day(date(2026, 11, 25)))


def test_an_edit_that_moves_an_entry_to_another_day_names_both_days(door):
    logged = door.run(Log(kind="work", at=at(24, 10), until=at(24, 11), tz="UTC")).stored[0]
    heard = told(door)
    door.run(EditEntry(entry_id=logged.id, changes={"start": at(27, 10), "end": at(27, 11)}))
    door.run(Undo())  # puts it back: both days change again
    assert [changes.day_keys for changes, _ in heard] == [{"2026-11-24", "2026-11-27"}] * 2
    moved = heard[0][0]
    assert moved.days(AMS) == {date(2026, 11, 24), date(2026, 11, 27)}
    assert moved.touches(*_day(date(2026, 11, 24))) and moved.touches(*_day(date(2026, 11, 27)))
    assert not moved.touches(*_day(date(2026, 11, 26)))


def test_a_block_stopped_today_changes_the_days_it_ran_over(door, clock):
    door.run(Log(kind="work", at=at(23, 22), tz="UTC", long_ok=True))  # left running
    clock.set(at(25, 9))
    heard = told(door)
    door.run(Stop())
    [(changes, _)] = heard
    assert changes.day_keys == {"2026-11-23"}  # the file it lives in: its start's UTC day
    assert changes.days(AMS) == {date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25)}
    assert changes.touches(*_day(date(2026, 11, 25)))  # a view of today shows it too


def test_a_person_change_sets_only_people(door):
    heard = told(door)
    anna = door.run(AddPerson(name="Anna de Vries")).people_added[0]
    door.run(EditPerson(person_id=anna.id, changes={"team": "Sales"}))
    assert [
        (c.people, c.entries, c.settings, c.calendars, c.nudge_state, c.persons, c.day_keys)
        for c, _ in heard
    ] == [(True, False, False, False, False, frozenset({anna.id}), frozenset())] * 2


def test_a_call_names_its_people_before_and_after(door):
    anna = door.run(AddPerson(name="Anna de Vries")).people_added[0]
    joost = door.run(AddPerson(name="Joost Bakker")).people_added[0]
    call = door.run(Log(kind="call", at=at(24, 10), until=at(24, 11), person_ids=[anna.id],
                        tz="UTC")).stored[0]  # fmt: skip
    heard = told(door)
    door.run(EditEntry(entry_id=call.id, changes={"people": [joost.id]}))
    [(changes, _)] = heard
    assert changes.named == {anna.id, joost.id} and not changes.people


def test_nothing_changed_is_no_notice(door):
    heard = told(door)
    result = door.run(Stop())
    assert heard == [] and not result.changes


def test_the_answer_on_the_socket_keeps_its_fields(door):
    """The versions an edit replaced stay in the process that made it: the JSON the socket
    sends back has the fields it had."""
    logged = door.run(Log(kind="work", at=at(24, 10), until=at(24, 11), tz="UTC")).stored[0]
    edited = door.run(EditEntry(entry_id=logged.id, changes={"start": at(27, 10),
                                                             "end": at(27, 11)}))  # fmt: skip
    answer = edited.to_json()
    assert set(answer) == {
        "request", "undone", "stored", "ended", "trimmed", "removed", "split", "people_added",
        "people_changed", "notes", "calendars", "settings", "intention", "gap", "action",
    }  # fmt: skip
    back = Result.from_json(answer)
    assert back.changes.entries and back.changes.day_keys == {"2026-11-27"}


def _day(day: date) -> tuple[datetime, datetime]:
    local = local_day(day, AMS)
    return local.start, local.end


def test_a_moment_lies_where_it_happened(door):
    heard = told(door)
    door.run(Log(kind="disruption", cause="tech", at=at(24, 23, 30), tz="UTC"))
    [(changes, _)] = heard
    assert changes.day_keys == {"2026-11-24"}
    assert changes.days(AMS) == {date(2026, 11, 25)}  # 00:30 in Amsterdam
    assert changes.touches(*_day(date(2026, 11, 25)))
    assert not changes.touches(*_day(date(2026, 11, 24)))
    assert not changes.touches(at(24, 23, 30) - timedelta(hours=1), at(24, 23, 30))


def test_a_new_intention_is_a_notice_and_crosses_the_socket(door):
    """Issue 22: the tray and the week show the week's intention; a new one tells them."""
    from tracker.commands import SetIntention

    heard = told(door)
    result = door.run(SetIntention(text="Call Anna", day="2026-12-09"))
    assert result.changes.intentions and not result.changes.entries
    assert [changes.intentions for changes, _by in heard] == [True]
    assert Result.from_json(result.to_json()).intention == ("2026-12-07", "Call Anna")
    assert not door.run(SetIntention(text="Call Anna", day="2026-12-07")).changes  # unchanged


def test_a_gap_noted_or_answered_is_a_notice_and_crosses_the_socket(door, clock):
    """Issue 21: "still working" and a gap noted unanswered write no entry, but the week's
    hatch shows the gaps: each answer tells it."""
    from tracker.commands.requests import AnswerGap

    clock.set(at(24, 12))
    heard = told(door)
    gap = {"start": at(24, 10), "end": at(24, 10, 40), "tz": "UTC", "now": at(24, 12)}
    noted = door.run(AnswerGap(answer="", **gap))
    working = door.run(AnswerGap(answer="working", **gap))
    for result in (noted, working):
        assert result.changes.gaps and not result.changes.entries and result.changes
        assert result.gap == (at(24, 10), at(24, 10, 40))
        assert Result.from_json(result.to_json()).changes.gaps
    assert [changes.gaps for changes, _by in heard] == [True, True]
    again = door.run(AnswerGap(answer="working", **gap))  # asked once: nothing changes
    assert not again.changes and len(heard) == 2
