"""Versions that must hold across devices and versions (found reviewing issue 23's work): a
settings conflict copy and an imported settings file win only by the rule every reader uses,
an odd id in a day file does not stop the app, and a disruption's end that an older Dayweave
left behind does not make its entry vanish."""

from __future__ import annotations

import json
import os
import shutil
from datetime import timedelta

from tracker.kernel.model import Entry
from tracker.kernel.settings import Settings, settings_to_record
from tracker.store.journal import Journal

LAPTOP, DESKTOP = "laptop-aaaaaa", "desktop-bbbbbb"


def _copy_name(name: str) -> str:
    base, ext = os.path.splitext(name)
    return f"{base}.sync-conflict-20261126-101010-ABCDEFG{ext}"


def _settings(team: str, rev: int, updated: str) -> dict:
    record = settings_to_record(Settings(own_team=team))
    record.update(rev=rev, updated=updated, device=LAPTOP)
    return record


def test_a_settings_copy_of_an_older_rev_never_replaces_the_newer(tmp_path, clock):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    folder = journal.layout.own_dir
    journal.close()
    # The file holds rev 4; the copy, from a twin whose clock runs fast, rev 3 at a later hour.
    (folder / "settings.json").write_text(json.dumps(_settings("rev 4", 4, "2026-11-26T09:10:00Z")))
    (folder / _copy_name("settings.json")).write_text(
        json.dumps(_settings("rev 3, fast clock", 3, "2026-11-26T11:00:00Z"))
    )
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    assert journal.settings().own_team == "rev 4"
    journal.add(Entry(kind="contact", start=clock.now()))  # the owner merges its copies
    assert journal.settings().own_team == "rev 4"
    assert not (folder / _copy_name("settings.json")).exists()


def test_imported_settings_newer_by_their_time_win_everywhere(tmp_path, clock):
    data = tmp_path / "data"
    desktop = Journal(data, DESKTOP, clock).open()
    desktop.save_settings(Settings(own_team="desktop's"))
    desktop.close()
    laptop = Journal(data, LAPTOP, clock).open()
    laptop.save_settings(Settings(own_team="laptop's"))  # rev 2: in force
    later = laptop.settings().updated.replace("2026", "2027", 1)  # an export's, no rev
    assert laptop.keep_settings(Settings(own_team="imported", updated=later))
    assert laptop.settings().own_team == "imported"
    laptop.close()
    assert Journal(data, DESKTOP, clock).open().settings().own_team == "imported"


def test_an_odd_id_in_a_day_file_with_a_conflict_copy_does_not_stop_the_app(tmp_path, clock):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    kept = journal.add(Entry(kind="contact", start=clock.now()))
    journal.close()
    name = f"entries-{clock.now():%Y-%m-%d}.json"
    day = journal.layout.own_dir / name
    stored = json.loads(day.read_text())
    stored["_default"]["99"] = {"id": ["not", "an", "id"], "kind": "work"}  # hand-edited
    day.write_text(json.dumps(stored))
    shutil.copy2(day, journal.layout.own_dir / _copy_name(name))
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    added = journal.add(Entry(kind="contact", start=clock.now() + timedelta(minutes=1)))
    shown = {e.id for e in journal.entries_between(clock.now() - timedelta(hours=1),
                                                    clock.now() + timedelta(hours=1))}  # fmt: skip
    assert shown == {kept.id, added.id}


def test_an_end_left_by_an_older_version_does_not_hide_its_entry(tmp_path, clock):
    """An older Dayweave keeps `until` (a field it does not know) while it makes the
    disruption a contact, or moves it past its end: the entry still shows, without the end."""
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    lasted = journal.add(
        Entry(kind="disruption", cause="family", start=clock.now(),
              until=clock.now() + timedelta(minutes=12))
    )  # fmt: skip
    moved = journal.add(
        Entry(kind="disruption", cause="tech", start=clock.now() + timedelta(minutes=1),
              until=clock.now() + timedelta(minutes=5))
    )  # fmt: skip
    journal.close()
    day = journal.layout.own_dir / f"entries-{clock.now():%Y-%m-%d}.json"
    stored = json.loads(day.read_text())
    for record in stored["_default"].values():
        if record["id"] == lasted.id:
            record.update(kind="contact", cause=None)
        if record["id"] == moved.id:
            record["start"] = record["until"].replace(record["until"][-3:], "59Z")
    day.write_text(json.dumps(stored))
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    around = (clock.now() - timedelta(hours=1), clock.now() + timedelta(hours=1))
    shown = {e.id: e for e in journal.entries_between(*around)}
    assert set(shown) == {lasted.id, moved.id}
    assert shown[lasted.id].until is None and shown[moved.id].until is None
