"""A hostile reader's review of the per-device notes of issue 22 (prompts.json,
intentions.json): what a newer Dayweave wrote in them is kept when this one rewrites them,
their merge does not depend on which device reads, a damaged note stops no reader or writer,
and a day at the ends of the calendar is refused, not a crash."""

from __future__ import annotations

import json
import os
from datetime import date
from itertools import permutations

import pytest

from tracker.commands import ChangeSettings, Commands, SetIntention
from tracker.kernel.model import MAX_TITLE, ValidationError
from tracker.store import devices, intentions, prompts
from tracker.store.journal import Journal

LAPTOP, DESKTOP, PHONE = "laptop-aaaaaa", "desktop-bbbbbb", "phone-cccccc"
MONDAY = date(2026, 12, 7)


def write(journal: Journal, name: str, record: object) -> None:
    path = journal.layout.own_dir / name
    path.write_text(json.dumps(record))
    path.chmod(0o600)


def read(journal: Journal, name: str) -> dict:
    return json.loads((journal.layout.own_dir / name).read_text())


def test_a_newer_versions_fields_in_the_prompts_note_survive_a_rewrite(tmp_path, clock):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    call = {"agreed": "2026-12-01T10:00:00.000000Z", "action": "A", "with": [], "mood": 3}
    write(journal, prompts.NOTE_FILE, {"calls": {"call-1": call}, "future": {"x": 1}})
    prompts.note_prompt(journal, "call-2", "open", clock.now())
    assert read(journal, prompts.NOTE_FILE)["future"] == {"x": 1}
    copy = journal.layout.own_dir / "prompts.sync-conflict-20261207-100000-ABCDEFG.json"
    copy.write_text(json.dumps({"calls": {"call-3": {"close": "2026-12-02T10:00:00.000000Z"}}}))
    assert prompts.merge_prompts_copy(journal, journal.layout.own_dir / prompts.NOTE_FILE, copy)
    merged = read(journal, prompts.NOTE_FILE)
    assert merged["future"] == {"x": 1}
    assert merged["calls"]["call-1"]["mood"] == 3
    assert set(merged["calls"]) == {"call-1", "call-2", "call-3"}


def test_a_newer_versions_fields_in_the_intentions_note_survive_a_rewrite(tmp_path, clock):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    write(journal, intentions.NOTE_FILE, {"intentions": {}, "future": [1, 2]})
    intentions.note_intention(journal, MONDAY, "One thing")
    assert read(journal, intentions.NOTE_FILE)["future"] == [1, 2]
    intentions.note_reviewed(journal, "2026-12-04")
    assert read(journal, intentions.NOTE_FILE)["future"] == [1, 2]
    path = journal.layout.own_dir / intentions.NOTE_FILE
    copy = journal.layout.own_dir / "intentions.sync-conflict-20261207-100000-ABCDEFG.json"
    copy.write_text(json.dumps({"reviewed": {"2026-11-27": "2026-11-27T16:00:00.000000Z"}}))
    assert intentions.merge_intention_copy(journal, path, copy)
    merged = read(journal, intentions.NOTE_FILE)
    assert merged["future"] == [1, 2]
    assert set(merged["reviewed"]) == {"2026-11-27", "2026-12-04"}


def test_the_action_agreed_is_the_same_whichever_device_reads_and_whatever_holds_it(
    tmp_path, clock
):
    """An older note (agreed, no text) earliest, then two texts: the earliest with a text wins,
    read from any device, whichever folder holds which note."""
    notes = [
        {"agreed": "2026-12-01T08:00:00.000000Z"},
        {"agreed": "2026-12-01T10:00:00.000000Z", "action": "Later", "with": ["p-a"]},
        {"agreed": "2026-12-01T09:00:00.000000Z", "action": "Earlier", "with": ["p-a"]},
    ]
    for order in permutations(notes):
        data = tmp_path / f"data-{len(list(tmp_path.iterdir()))}"
        journals = [Journal(data, d, clock).open() for d in (LAPTOP, DESKTOP, PHONE)]
        for journal, note in zip(journals, order, strict=True):
            write(journal, prompts.NOTE_FILE, {"calls": {"call-1": note}})
        texts = {prompts.agreed_actions(j)["call-1"].text for j in journals}
        assert texts == {"Earlier"}, order


@pytest.mark.parametrize("make", ["nested", "pipe", "list", "text"])
def test_a_damaged_note_stops_no_reader_or_writer_and_is_kept_aside(tmp_path, clock, make):
    """The hostile-files suite's cases for the two notes of issue 22."""
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    for name in (prompts.NOTE_FILE, intentions.NOTE_FILE):
        path = journal.layout.own_dir / name
        if make == "pipe":
            os.mkfifo(path)
        else:
            body = {"nested": b"[" * 100_000, "list": b"[1, 2]", "text": b'"calls"'}[make]
            path.write_bytes(body)
    assert prompts.agreed_actions(journal) == {}
    assert intentions.intention_for(journal, MONDAY) == ""
    assert intentions.reviewed(journal, "2026-12-04") is False
    prompts.note_prompt(journal, "call-1", "agreed", clock.now(), action="A", people=["p"])
    intentions.note_intention(journal, MONDAY, "One thing")
    assert prompts.agreed_actions(journal)["call-1"].text == "A"
    assert intentions.intention_for(journal, MONDAY) == "One thing"
    kept = {r.path.name for r in journal.damage if r.moved_to and os.path.lexists(r.moved_to)}
    assert kept == {prompts.NOTE_FILE, intentions.NOTE_FILE}


def test_a_day_whose_week_starts_before_the_calendar_is_refused_not_a_crash(tmp_path, clock):
    """Year 1's first day is a Monday: with weeks from Sunday its week starts in year 0."""
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    door = Commands(journal, clock)
    door.run(ChangeSettings(changes={"first_weekday": 6}))
    with pytest.raises(ValidationError) as refused:
        door.run(SetIntention(text="One thing", day="0001-01-01"))
    assert refused.value.field == "day"
    assert not (journal.layout.own_dir / intentions.NOTE_FILE).exists()
    door.run(SetIntention(text="The last week", day="9999-12-31"))  # its week fits: kept
    assert intentions.intention_for(journal, date(9999, 12, 27), 6) == "The last week"


@pytest.mark.parametrize(
    "at", ["0001-01-01T00:00:00+01:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"]
)
def test_a_moment_at_the_ends_of_the_calendar_is_no_time_not_a_crash(tmp_path, clock, at):
    """Read as no time (the marks still count): else the reader, or every page showing it in a
    zone either side of UTC, stops on an OverflowError."""
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    note = {"agreed": at, "kept": at, "action": "A", "with": ["p-a"]}
    write(journal, prompts.NOTE_FILE, {"calls": {"call-1": note}})
    [action] = prompts.agreed_actions(journal).values()
    assert (action.text, action.agreed_at, action.kept, action.kept_at) == ("A", None, True, None)


@pytest.mark.parametrize("body", [b"{not json", b'{"devices": [1, 2]}', b'{"devices": "ab"}'])
def test_a_damaged_devices_note_is_kept_aside_not_written_over_nor_a_crash(tmp_path, clock, body):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    path = journal.layout.own_dir / devices.NOTE_FILE
    path.write_bytes(body)
    devices.note_device(journal, LAPTOP, name="Work laptop")
    assert read(journal, devices.NOTE_FILE)["devices"][LAPTOP]["name"] == "Work laptop"
    [kept] = [r for r in journal.damage if r.path == path]
    assert kept.moved_to is not None and kept.moved_to.read_bytes() == body


def test_a_newer_versions_fields_in_the_devices_note_survive_a_rewrite(tmp_path, clock):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    write(journal, devices.NOTE_FILE, {"devices": {}, "future": {"x": 1}})
    devices.note_device(journal, LAPTOP, name="Work laptop")
    assert read(journal, devices.NOTE_FILE)["future"] == {"x": 1}


def test_a_newer_versions_fields_of_a_weeks_intention_are_carried_to_its_next_version(
    tmp_path, clock
):
    data = tmp_path / "data"
    laptop = Journal(data, LAPTOP, clock).open()
    desktop = Journal(data, DESKTOP, clock).open()
    note = {"text": "One", "rev": 3, "updated": "2026-12-01T10:00:00.000000Z",
            "device": DESKTOP, "done": True}  # fmt: skip
    write(desktop, intentions.NOTE_FILE, {"intentions": {MONDAY.isoformat(): note}})
    intentions.note_intention(laptop, MONDAY, "Two")
    mine = read(laptop, intentions.NOTE_FILE)["intentions"][MONDAY.isoformat()]
    assert (mine["text"], mine["rev"], mine["done"]) == ("Two", 4, True)


def test_a_newer_versions_fields_of_a_devices_note_are_carried_to_its_next_version(tmp_path, clock):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    note = {"name": "Old", "retired": False, "rev": 2, "updated": "2026-12-01T10:00:00.000000Z",
            "device": LAPTOP, "colour": "teal"}  # fmt: skip
    write(journal, devices.NOTE_FILE, {"devices": {DESKTOP: note}})
    devices.note_device(journal, DESKTOP, retired=True)
    mine = read(journal, devices.NOTE_FILE)["devices"][DESKTOP]
    assert (mine["name"], mine["retired"], mine["rev"], mine["colour"]) == ("Old", True, 3, "teal")


def test_a_hostile_intention_is_read_as_one_line_of_a_titles_length(tmp_path, clock):
    """The tray's tooltip and the week's heading show it: never megabytes, never many lines."""
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    note = {"text": "Call\nAnna " + "x" * 1_000_000, "rev": 1, "device": DESKTOP}
    write(journal, intentions.NOTE_FILE, {"intentions": {MONDAY.isoformat(): note}})
    text = intentions.intention_for(journal, MONDAY)
    assert text.startswith("Call Anna x") and len(text) == MAX_TITLE


@pytest.mark.parametrize(
    ("first", "inside", "outside"),
    [
        (1, date(2026, 12, 16), date(2026, 12, 14)),  # Tuesday's weeks: Dec 15-21, not 8-14
        (3, date(2026, 12, 17), date(2026, 12, 14)),  # Thursday's: Dec 17-23, not 10-16
        (6, date(2026, 12, 14), date(2026, 12, 20)),  # Sunday's: Dec 13-19, not 20-26
    ],
)
def test_an_older_notes_monday_week_is_read_as_the_users_week_it_mostly_is(
    tmp_path, clock, first, inside, outside
):
    """An older Dayweave (or one still on another device) keys the week Dec 14-20 by its
    Monday: it is the user's week sharing most of its days, never the one before."""
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    note = {"text": "Older", "rev": 1, "updated": "2026-12-10T10:00:00.000000Z", "device": PHONE}
    write(journal, intentions.NOTE_FILE, {"intentions": {"2026-12-14": note}})
    assert intentions.intention_for(journal, inside, first) == "Older"
    assert intentions.intention_for(journal, outside, first) == ""


def test_the_calendars_last_week_from_a_friday_is_read_and_written(tmp_path, clock):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    last = date(9999, 12, 31)  # a Friday: its Monday-to-Sunday week runs past the calendar
    intentions.note_intention(journal, last, "The very last", 4)
    assert intentions.intention_for(journal, last, 4) == "The very last"
