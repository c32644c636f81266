"""Next actions agreed and kept (issue 22): each action's text kept with the call it was agreed
after in the per-device note prompts.json, and a "kept" mark once done; merged as a union across
device folders and conflict copies; older notes (an "agreed" mark without text) still read;
a hostile note bounded."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tracker.kernel.model import MAX_TITLE
from tracker.store.journal import Journal
from tracker.store.prompts import NOTE_FILE, agreed_actions, last_agreed, note_prompt, prompts_used

LAPTOP, DESKTOP = "laptop-aaaaaa", "desktop-bbbbbb"


def write_note(journal: Journal, record: object) -> None:
    path = journal.layout.own_dir / NOTE_FILE
    path.write_text(json.dumps(record))
    path.chmod(0o600)


def test_the_text_agreed_is_kept_with_its_call_and_kept_on_another_device(tmp_path, clock):
    data = tmp_path / "data"
    laptop = Journal(data, LAPTOP, clock).open()
    desktop = Journal(data, DESKTOP, clock).open()
    agreed = clock.now()
    note_prompt(laptop, "call-1", "agreed", agreed, action="Send the offer", people=("p-bram",))
    # Agreed again after the same call: the first text stays.
    note_prompt(laptop, "call-1", "agreed", agreed, action="Something else", people=("p-bram",))
    assert agreed_actions(desktop)["call-1"].text == "Send the offer"
    assert agreed_actions(desktop)["call-1"].kept is False
    kept = agreed + timedelta(days=3)
    note_prompt(desktop, "call-1", "kept", kept)
    [action] = agreed_actions(laptop).values()
    assert (action.call_id, action.text, action.people) == (
        "call-1",
        "Send the offer",
        frozenset({"p-bram"}),
    )
    assert action.agreed_at == agreed and action.kept and action.kept_at == kept
    assert prompts_used(laptop) == {"call-1": frozenset({"agreed", "kept"})}
    assert laptop.check() == []


def test_the_last_agreed_with_someone_is_the_latest_naming_any_of_their_ids(tmp_path, clock):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    now = clock.now()
    note_prompt(journal, "call-1", "agreed", now, action="First", people=("p-bram",))
    note_prompt(journal, "call-2", "agreed", now + timedelta(days=1), action="Second",
                people=("p-old-bram", "p-cas"))  # fmt: skip
    note_prompt(journal, "call-3", "agreed", now + timedelta(days=2), action="Cas's",
                people=("p-cas",))  # fmt: skip
    found = agreed_actions(journal)
    assert last_agreed(found, {"p-bram"}).text == "First"
    assert last_agreed(found, {"p-bram", "p-old-bram"}).text == "Second"
    assert last_agreed(found, {"p-nobody"}) is None


def test_an_older_note_agreed_without_text_counts_as_agreed(tmp_path, clock):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    marks = {"open": "2026-11-20T10:00:00.000000Z", "agreed": "2026-11-20T10:31:00.000000Z"}
    write_note(journal, {"calls": {"call-1": marks}})
    [action] = agreed_actions(journal).values()
    assert (action.text, action.kept, action.people) == ("", False, frozenset())
    assert action.agreed_at is not None and action.agreed_at.minute == 31
    note_prompt(journal, "call-1", "kept", clock.now())
    assert agreed_actions(journal)["call-1"].kept
    assert prompts_used(journal) == {"call-1": frozenset({"open", "agreed", "kept"})}


def test_a_conflict_copy_merged_keeps_the_texts_people_and_kept_marks(tmp_path, clock):
    data = tmp_path / "data"
    laptop = Journal(data, LAPTOP, clock).open()
    now = clock.now()
    note_prompt(laptop, "call-1", "agreed", now, action="Send the offer", people=("p-bram",))
    path = laptop.layout.own_dir / NOTE_FILE
    older = path.read_bytes()
    note_prompt(laptop, "call-1", "kept", now + timedelta(days=1))
    note_prompt(laptop, "call-2", "agreed", now, action="Call back", people=("p-cas",))
    path.replace(path.with_name("prompts.sync-conflict-20261126-101010-ABCDEFG.json"))
    path.write_bytes(older)
    path.chmod(0o600)
    laptop = Journal(data, LAPTOP, clock).open()  # started again: its first write merges copies
    note_prompt(laptop, "call-3", "open", now)
    assert not any("sync-conflict" in p.name for p in laptop.layout.own_dir.iterdir())
    found = agreed_actions(laptop)
    assert (found["call-1"].text, found["call-1"].kept) == ("Send the offer", True)
    assert (found["call-2"].text, found["call-2"].people) == ("Call back", frozenset({"p-cas"}))


def test_two_texts_for_one_call_merge_to_the_earlier_agreed_on_every_device(tmp_path, clock):
    data = tmp_path / "data"
    laptop = Journal(data, LAPTOP, clock).open()
    desktop = Journal(data, DESKTOP, clock).open()
    now = clock.now()
    note_prompt(desktop, "call-1", "agreed", now + timedelta(minutes=1), action="Later",
                people=("p-cas",))  # fmt: skip
    note_prompt(laptop, "call-1", "agreed", now, action="Earlier", people=("p-bram",))
    for journal in (laptop, desktop):
        action = agreed_actions(journal)["call-1"]
        assert (action.text, action.agreed_at) == ("Earlier", now)
        assert action.people == frozenset({"p-bram", "p-cas"})


@pytest.mark.parametrize(
    ("marks", "text", "people"),
    [
        ({"agreed": "x", "action": 5, "with": "p-bram"}, "", frozenset()),
        ({"agreed": 7, "action": ["a"], "with": [1, None, "p-bram"]}, "", {"p-bram"}),
        ({"agreed": "2026", "action": "a" * 100_000, "with": ["p"] * 100_000}, "a" * MAX_TITLE,
         {"p"}),
        ({"agreed": "2026", "action": "  Send\n the\toffer ", "with": ["x" * 10_000]},
         "Send the offer", frozenset()),
    ],
)  # fmt: skip
def test_a_hostile_note_is_bounded(tmp_path, clock, marks, text, people):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    write_note(journal, {"calls": {"call-1": marks, "call-2": {"kept": "never agreed"}}})
    found = agreed_actions(journal)
    assert set(found) == {"call-1"}  # kept without agreed: nothing to have kept
    action = found["call-1"]
    assert (action.text, action.people, action.agreed_at) == (text, frozenset(people), None)
    assert len(action.text) <= MAX_TITLE
    note_prompt(journal, "call-1", "kept", clock.now())
    assert agreed_actions(journal)["call-1"].kept


def test_a_text_from_a_newer_device_wins_over_an_older_devices_agreed_without_one(tmp_path, clock):
    data = tmp_path / "data"
    laptop = Journal(data, LAPTOP, clock).open()
    desktop = Journal(data, DESKTOP, clock).open()
    write_note(laptop, {"calls": {"call-1": {"agreed": "2026-11-20T10:00:00.000000Z"}}})
    note_prompt(desktop, "call-1", "agreed", clock.now(), action="Send it", people=("p-bram",))
    note_prompt(laptop, "call-2", "agreed", clock.now(), action="B", people=("p-bram",))
    note_prompt(desktop, "call-2", "agreed", clock.now(), action="A", people=("p-bram",))
    for journal in (laptop, desktop):
        found = agreed_actions(journal)
        assert found["call-1"].text == "Send it"
        assert found["call-1"].agreed_at is not None and found["call-1"].agreed_at.hour == 10
        assert found["call-2"].text == "A"  # the same moment: the same text on every device
