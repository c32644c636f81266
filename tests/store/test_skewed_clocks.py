"""Versions that a clock cannot fool (issue 23; issue 25, break 5): a device whose clock runs
ahead never wins over an edit made after its version was seen."""

from __future__ import annotations

import json
from datetime import timedelta

from tests.two_devices import synced
from tracker.kernel.clock import FakeClock
from tracker.kernel.model import Entry, Person
from tracker.kernel.settings import Settings
from tracker.kernel.timefmt import to_updated_text
from tracker.store.journal import Journal

FAST, SLOW = "fast-aaaaaa", "slow-bbbbbb"


def two_devices(tmp_path, now):
    fast = Journal(tmp_path / "a", FAST, FakeClock(now + timedelta(hours=1))).open()
    slow = Journal(tmp_path / "b", SLOW, FakeClock(now)).open()
    return fast, slow


def test_settings_changed_after_a_fast_devices_are_not_ignored(tmp_path, now):
    fast, slow = two_devices(tmp_path, now)
    fast.save_settings(Settings(own_team="Product"))
    synced(fast, tmp_path / "b")
    assert slow.settings().own_team == "Product"
    slow.clock.advance(minutes=10)  # ten minutes later, by every clock
    slow.save_settings(slow.settings().with_changes(own_team="Sales"))
    assert slow.settings().own_team == "Sales"  # exited 0 and was ignored before
    synced(slow, tmp_path / "a")
    assert fast.settings().own_team == "Sales"


def test_old_settings_without_a_rev_still_win_by_updated(tmp_path, now):
    fast, slow = two_devices(tmp_path, now)
    for journal, team in ((fast, "Product"), (slow, "Sales")):
        journal.layout.own_dir.joinpath("settings.json").write_text(
            json.dumps({"own_team": team, "updated": to_updated_text(journal.clock.now())})
        )
    synced(slow, tmp_path / "a")
    assert fast.settings().own_team == "Product"  # as before: the newest updated


def test_an_edit_after_seeing_a_fast_devices_version_sorts_after_it(tmp_path, now):
    fast, slow = two_devices(tmp_path, now)
    entry = fast.add(Entry(kind="contact", start=now, title="first"))
    synced(fast, tmp_path / "b")
    slow.clock.advance(minutes=1)
    edited = slow.update_fields(slow.get(entry.id, now), title="second")
    assert edited.updated > entry.updated  # never back in time for this record
    person = fast.add_person(Person(name="Anna Jansen", circle="team"))
    synced(fast, tmp_path / "b")
    changed = slow.update_person(person.with_changes(team="Sales"))
    assert changed.updated > person.updated
    synced(slow, tmp_path / "a")
    assert fast.get(entry.id, now).title == "second"
    assert [p.team for p in fast.people()] == ["Sales"]


def test_an_entry_moved_on_one_device_and_edited_on_the_other_shows_in_one_day(tmp_path, now):
    """Issue 25, break 4: moved to another month here while edited there (the edit's version
    winning), it showed in both days and was counted twice."""
    moving, editing = two_devices(tmp_path, now)
    entry = editing.add(Entry(kind="contact", start=now, title="first"))
    synced(editing, tmp_path / "a")
    moving.update_fields(moving.get(entry.id, now), start=now + timedelta(days=40))
    editing.clock.advance(hours=2)  # its edit sorts after the move (same rev, later updated)
    editing.update_fields(editing.get(entry.id, now), title="edited")
    synced(moving, tmp_path / "b")
    synced(editing, tmp_path / "a")
    for journal in (moving, editing):
        days = [
            [e.title for e in journal.entries_between(start, start + timedelta(days=1))]
            for start in (now - timedelta(hours=9), now + timedelta(days=40) - timedelta(hours=9))
        ]
        assert days == [["edited"], []]
        assert journal.get(entry.id, now).title == "edited"
        assert journal.get(entry.id, now + timedelta(days=40)).title == "edited"


def test_opposite_merges_on_two_devices_leave_one_person_on_both(tmp_path, now):
    """Issue 25, break 2: B merged Anne into Anna while A merged Anna into Anne; once synced,
    both vanished from People on both devices. The newer merge stands on both."""
    one, two = two_devices(tmp_path, now)
    anna = one.add_person(Person(name="Anna Jansen", circle="team"))
    anne = one.add_person(Person(name="Anne Jansen", circle="team"))
    synced(one, tmp_path / "b")
    one.update_person(anna.with_changes(merged_into=anne.id))
    two.clock.advance(hours=2)  # the later merge, by every clock
    two.update_person(anne.with_changes(merged_into=anna.id))
    synced(one, tmp_path / "b")
    synced(two, tmp_path / "a")
    for journal in (one, two):
        assert [p.name for p in journal.people()] == ["Anna Jansen"]
        by_id = journal.people_by_id()
        assert by_id[anne.id].id == by_id[anna.id].id == anna.id
