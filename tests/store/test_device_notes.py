"""Device names and retirements (issue 23): a note each device writes in its own folder, merged
per device id by (rev, updated, device), conflict copies included."""

from __future__ import annotations

import json
from datetime import timedelta

from tracker.store.devices import NOTE_FILE, devices_seen, note_device
from tracker.store.journal import Journal

LAPTOP, DESKTOP, HOME = "laptop-aaaaaa", "desktop-bbbbbb", "home-cccccc"


def names(journal: Journal) -> dict[str, tuple[str, bool]]:
    return {d.device: (d.name, d.retired) for d in devices_seen(journal)}


def test_the_newest_note_wins_per_device_whatever_folder_holds_it(tmp_path, clock):
    data = tmp_path / "data"
    laptop = Journal(data, LAPTOP, clock).open()
    desktop = Journal(data, DESKTOP, clock).open()
    note_device(laptop, HOME, name="Home")
    note_device(laptop, DESKTOP, name="Desk")
    clock.advance(timedelta(minutes=1))
    note_device(desktop, HOME, retired=True)  # after seeing the laptop's: keeps its name
    assert names(laptop)[DESKTOP] == ("Desk", False)
    assert set(json.loads((desktop.layout.own_dir / NOTE_FILE).read_text())["devices"]) == {HOME}
    # Home never wrote: it has no folder, so it is not listed; its note waits for it.
    assert HOME not in names(laptop)
    Journal(data, HOME, clock).open()  # it starts: its folder appears
    assert names(desktop)[HOME] == ("Home", True) == names(laptop)[HOME]
    assert json.loads((desktop.layout.own_dir / NOTE_FILE).read_text())["devices"][HOME]["rev"] == 2


def test_a_conflict_copy_of_the_note_is_a_version_and_the_owner_keeps_the_newest(tmp_path, clock):
    data = tmp_path / "data"
    laptop = Journal(data, LAPTOP, clock).open()
    Journal(data, DESKTOP, clock).open()
    note_device(laptop, DESKTOP, name="Old")
    path = laptop.layout.own_dir / NOTE_FILE
    older = path.read_bytes()
    clock.advance(timedelta(minutes=1))
    note_device(laptop, DESKTOP, name="New")
    path.replace(path.with_name("devices.sync-conflict-20261126-101010-ABCDEFG.json"))
    path.write_bytes(older)
    path.chmod(0o600)  # as Dayweave writes it
    assert names(Journal(data, DESKTOP, clock).open())[DESKTOP] == ("New", False)
    # Not damage; named only as a sign of two machines writing as one device (issue 25).
    assert laptop.damage == [] and [r.code for r in laptop.check()] == ["twin"]
    laptop = Journal(data, LAPTOP, clock).open()  # started again: its first write merges copies
    note_device(laptop, HOME, name="Home")
    assert not any("sync-conflict" in p.name for p in laptop.layout.own_dir.iterdir())
    assert json.loads(path.read_text())["devices"][DESKTOP]["name"] == "New"
