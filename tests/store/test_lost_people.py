"""A person's lost edit, and a lost settings change, are kept as versions (issue 23), as an
entry's are (tests/store/test_lost_edits.py): a person edited on two devices, or merged on one
and edited on the other, shows the winner and the other version is found (store/lost.py),
still in its writer's people file and, once that device writes the person again, in its
lost-edits.json under "people". Settings likewise, under "settings"."""

from __future__ import annotations

import json

from tests.two_devices import LAPTOP, synced, two_devices
from tracker.kernel.model import Person
from tracker.store.journal import Journal
from tracker.store.lost import KEPT_FILE, lost_edits, lost_person_edits, lost_settings


def person(journal: Journal, name: str) -> Person:
    return next(p for p in journal.people(include_deleted=True) if p.name == name)


def test_a_person_edited_on_both_devices_keeps_the_edit_that_lost(tmp_path, now):
    laptop, desktop = two_devices(tmp_path, now)
    anna = laptop.add_person(Person(name="Anna", circle="team"))
    synced(laptop, tmp_path / "b")
    laptop.clock.advance(minutes=10)
    laptop.update_person(person(laptop, "Anna").with_changes(team="Sales"))
    desktop.clock.advance(hours=1)
    desktop.update_person(person(desktop, "Anna").with_changes(team="Product"))
    synced(laptop, tmp_path / "b")
    synced(desktop, tmp_path / "a")
    for journal in (laptop, desktop):
        assert person(journal, "Anna").team == "Product"  # the rule: the later one shows
        [lost] = lost_person_edits(journal)
        assert (lost["id"], lost["team"], lost["device"]) == (anna.id, "Sales", LAPTOP)
        assert lost_edits(journal) == []  # no entry was lost
    laptop.clock.advance(hours=2)
    laptop.update_person(person(laptop, "Anna").with_changes(notes="after"))  # written over
    kept = json.loads((laptop.layout.own_dir / KEPT_FILE).read_text())
    assert [v["team"] for v in kept["people"]] == ["Sales"] and kept["versions"] == []
    synced(laptop, tmp_path / "b")
    for journal in (laptop, desktop):
        assert [v["team"] for v in lost_person_edits(journal)] == ["Sales"]
        assert person(journal, "Anna").notes == "after"
    assert laptop.check() == []


def test_a_merge_on_one_device_lost_to_an_edit_on_the_other_is_kept(tmp_path, now):
    """Merged on the laptop, edited on the desktop later (the desktop's edit wins): the merge
    is the lost edit; the laptop writing Anna again (a merge: put_people) keeps it first."""
    laptop, desktop = two_devices(tmp_path, now)
    laptop.add_person(Person(name="Anna", circle="team"))
    anne = laptop.add_person(Person(name="Anne", circle="team"))
    synced(laptop, tmp_path / "b")
    laptop.update_person(person(laptop, "Anna").with_changes(merged_into=anne.id))
    desktop.clock.advance(minutes=30)
    desktop.update_person(person(desktop, "Anna").with_changes(notes="met at the fair"))
    synced(laptop, tmp_path / "b")
    synced(desktop, tmp_path / "a")
    for journal in (laptop, desktop):
        assert person(journal, "Anna").merged_into is None
        [lost] = lost_person_edits(journal)
        assert (lost["name"], lost["merged_into"], lost["device"]) == ("Anna", anne.id, LAPTOP)
    laptop.clock.advance(hours=1)
    anna = person(laptop, "Anna")
    laptop.put_people([(False, anna.with_changes(merged_into=anne.id)), (False, anne)])
    kept = json.loads((laptop.layout.own_dir / KEPT_FILE).read_text())["people"]
    assert [(v["name"], v["merged_into"]) for v in kept] == [("Anna", anne.id)]


def test_a_person_edited_after_seeing_the_other_edit_loses_nothing(tmp_path, now):
    laptop, desktop = two_devices(tmp_path, now)
    laptop.add_person(Person(name="Bart", circle="team"))
    synced(laptop, tmp_path / "b")
    desktop.update_person(person(desktop, "Bart").with_changes(team="Ops"))
    synced(desktop, tmp_path / "a")
    laptop.clock.advance(minutes=5)
    laptop.update_person(person(laptop, "Bart").with_changes(team="Sales"))
    synced(laptop, tmp_path / "b")
    for journal in (laptop, desktop):
        assert person(journal, "Bart").team == "Sales"
        assert lost_person_edits(journal) == []


def test_a_settings_change_lost_to_another_device_is_kept(tmp_path, now):
    laptop, desktop = two_devices(tmp_path, now)
    laptop.save_settings(laptop.settings().with_changes(own_team="Sales"))
    desktop.clock.advance(hours=1)
    desktop.save_settings(desktop.settings().with_changes(own_team="Product"))
    synced(laptop, tmp_path / "b")
    synced(desktop, tmp_path / "a")
    for journal in (laptop, desktop):
        assert journal.settings().own_team == "Product"
        [lost] = lost_settings(journal)
        assert (lost["own_team"], lost["device"]) == ("Sales", LAPTOP)
    laptop.clock.advance(hours=2)
    laptop.save_settings(laptop.settings().with_changes(nudge_days=(0, 1, 2)))
    kept = json.loads((laptop.layout.own_dir / KEPT_FILE).read_text())["settings"]
    assert [v["own_team"] for v in kept] == ["Sales"]
    synced(laptop, tmp_path / "b")
    for journal in (laptop, desktop):
        assert [v["own_team"] for v in lost_settings(journal)] == ["Sales"]


def test_entries_kept_before_stay_beside_the_people(tmp_path, now):
    """An older lost-edits.json (only "versions") reads the same, and keeping a person's
    edit adds a field beside it, never writes over it."""
    laptop, desktop = two_devices(tmp_path, now)
    old = {"id": "e1", "kind": "contact", "start": "2026-11-23T09:00:00Z", "rev": 2,
           "updated": "2026-11-23T09:00:00.000000Z", "device": LAPTOP}  # fmt: skip
    (laptop.layout.own_dir / KEPT_FILE).write_text(json.dumps({"versions": [old]}))
    assert [v["id"] for v in lost_edits(laptop)] == ["e1"]
    laptop.add_person(Person(name="Anna", circle="team"))
    synced(laptop, tmp_path / "b")
    laptop.update_person(person(laptop, "Anna").with_changes(team="Sales"))
    desktop.clock.advance(hours=1)
    desktop.update_person(person(desktop, "Anna").with_changes(team="Product"))
    synced(desktop, tmp_path / "a")
    laptop.clock.advance(hours=2)
    laptop.update_person(person(laptop, "Anna").with_changes(notes="after"))
    kept = json.loads((laptop.layout.own_dir / KEPT_FILE).read_text())
    assert kept["versions"] == [old] and [v["team"] for v in kept["people"]] == ["Sales"]
    assert [v["id"] for v in lost_edits(laptop)] == ["e1"]
