"""What a sync tool does to the files of a data folder (issue 23; issue 25, breaks 3 and 6):
its temp files are never read, its conflict copies are versions of their file (merged by the
same rule, never counted twice, never damage, removed by the folder's own device once merged),
and another device's half-arrived file is "not yet", never damage."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from tracker.kernel.model import Entry, Person
from tracker.kernel.settings import Settings
from tracker.store.journal import Journal

LAPTOP, DESKTOP = "laptop-aaaaaa", "desktop-bbbbbb"
STAMP = "20261126-101010-ABCDEFG"


def conflict_name(name: str, stamp: str = STAMP) -> str:
    base, ext = os.path.splitext(name)
    return f"{base}.sync-conflict-{stamp}{ext}"


def hour_around(clock):
    return clock.now() - timedelta(hours=1), clock.now() + timedelta(hours=1)


def two_machines_one_id(tmp_path, clock):
    """Two machines with one device id (a copied home folder): both wrote the same day file,
    and the sync tool kept one and renamed the other as its conflict copy."""
    first = Journal(tmp_path / "first", LAPTOP, clock).open()
    shared = first.add(Entry(kind="work", start=clock.now() - timedelta(minutes=30)))
    first.close()
    second_root = tmp_path / "second"
    shutil.copytree(tmp_path / "first", second_root)
    second = Journal(second_root, LAPTOP, clock).open()
    clock.advance(timedelta(minutes=1))
    edited = second.update_fields(shared, title="edited on the second machine")
    only_there = second.add(Entry(kind="contact", start=clock.now()))
    second.close()
    clock.advance(timedelta(minutes=1))
    first = Journal(tmp_path / "first", LAPTOP, clock).open()
    only_here = first.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    first.close()
    name = f"entries-{clock.now():%Y-%m-%d}.json"
    copy = first.layout.own_dir / conflict_name(name)
    shutil.copy2(second.layout.own_dir / name, copy)
    return (
        tmp_path / "first",
        copy,
        {shared.id: edited, only_there.id: only_there, only_here.id: only_here},
    )


def test_a_conflict_copy_is_read_as_versions_counted_once_and_not_damage(tmp_path, clock):
    data, copy, expected = two_machines_one_id(tmp_path, clock)
    reader = Journal(data, DESKTOP, clock).open()  # another device reads: never removes it
    seen = reader.entries_between(*hour_around(clock))
    assert sorted(e.id for e in seen) == sorted(expected)  # each once, none lost
    assert {e.id: e.title for e in seen}[next(iter(expected))] == "edited on the second machine"
    assert reader.damage == [] and reader.check() == []
    reader.add(Entry(kind="contact", start=clock.now()))  # a write of its own
    assert copy.exists()  # not its folder: only the owner merges and removes
    assert reader.entry_days() == [f"{clock.now():%Y-%m-%d}"]


def test_the_owner_merges_a_conflict_copy_into_its_file_then_removes_it(tmp_path, clock):
    data, copy, expected = two_machines_one_id(tmp_path, clock)
    owner = Journal(data, LAPTOP, clock).open()
    later = owner.add(Entry(kind="contact", start=clock.now()))  # its first write merges
    assert not copy.exists()
    day = json.loads(
        (owner.layout.own_dir / copy.name.split(".sync-conflict-")[0])
        .with_suffix(".json")
        .read_text()
    )
    ids = [r["id"] for r in day["_default"].values()]
    assert sorted(ids) == sorted([*expected, later.id])  # each id once in the file
    titles = {r["id"]: r["title"] for r in day["_default"].values()}
    assert titles[next(iter(expected))] == "edited on the second machine"
    assert not any("sync-conflict" in p.name for p in owner.backups.snapshots()[0].iterdir())


def test_the_app_merges_conflict_copies_when_it_opens_the_folder(tmp_path, clock):
    data, copy, expected = two_machines_one_id(tmp_path, clock)
    app = Journal(data, LAPTOP, clock, hold_lock=True).open()
    try:
        assert not copy.exists()
        assert sorted(e.id for e in app.entries_between(*hour_around(clock))) == sorted(expected)
    finally:
        app.close()


def test_conflict_copies_of_people_and_settings_are_versions_too(tmp_path, clock):
    data = tmp_path / "data"
    other = Journal(data, DESKTOP, clock).open()
    anna = other.add_person(Person(name="Anna Jansen", circle="team"))
    other.save_settings(Settings(own_team="Product"))
    folder = other.layout.own_dir
    keep = {n: (folder / n).read_bytes() for n in ("people.json", "settings.json")}
    clock.advance(timedelta(minutes=5))
    other.update_person(anna.with_changes(team="Sales"))
    other.save_settings(Settings(own_team="Sales"))
    other.close()
    # The newer versions sit in the conflict copies; the files hold the older ones.
    for name, raw in keep.items():
        (folder / name).replace(folder / conflict_name(name))
        (folder / name).write_bytes(raw)
    reader = Journal(data, LAPTOP, clock).open()
    assert [(p.name, p.team) for p in reader.people()] == [("Anna Jansen", "Sales")]
    assert reader.settings().own_team == "Sales"
    assert reader.damage == [] and reader.check() == []
    assert (folder / conflict_name("people.json")).exists()


def test_a_conflict_copy_cut_short_is_never_damage_nor_restored(tmp_path, clock, caplog):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    logged = journal.add(Entry(kind="contact", start=clock.now()))
    name = f"entries-{clock.now():%Y-%m-%d}.json"
    copy = journal.layout.own_dir / conflict_name(name)
    copy.write_bytes((journal.layout.own_dir / name).read_bytes()[:25])
    copy.chmod(0o600)  # as the sync tool leaves it: private, only cut short
    caplog.set_level("INFO", logger="dayweave.store")
    assert [e.id for e in journal.entries_between(*hour_around(clock))] == [logged.id]
    journal.add(Entry(kind="contact", start=clock.now()))
    # Not damage; only named as a sign of two machines writing as this device (break 3).
    assert journal.damage == [] and [r.code for r in journal.check()] == ["twin"]
    assert copy.exists()  # not readable yet: left for a later write, never deleted unread
    assert "not readable yet" in caplog.text
    assert not list(journal.layout.own_dir.glob("*.damaged-*"))


def test_a_sync_tools_temp_files_are_never_read(tmp_path, clock):
    """`.syncthing.NAME.tmp` (and `~syncthing~NAME.tmp` on Windows) hold a file in flight:
    even whole, they are not the file yet, and reading them would count it twice."""
    data = tmp_path / "data"
    other = Journal(data, DESKTOP, clock).open()
    other.add(Entry(kind="contact", start=clock.now()))
    other.add_person(Person(name="Anna Jansen", circle="team"))
    other.close()
    folder = other.layout.own_dir
    for name in (f"entries-{clock.now():%Y-%m-%d}.json", "people.json", "settings.json"):
        for temp in (f".syncthing.{name}.tmp", f"~syncthing~{name}.tmp"):
            shutil.copy2(
                folder / name if (folder / name).exists() else folder / "meta.json", folder / temp
            )
    reader = Journal(data, LAPTOP, clock).open()
    assert len(reader.entries_between(*hour_around(clock))) == 1
    assert len(reader.people()) == 1
    assert reader.check() == [] and reader.damage == []


def test_a_half_arrived_people_file_is_not_damage_in_a_new_process(tmp_path, clock):
    """A command started while another device's people.json is cut short by a copy in flight
    says nothing of damage and restores nothing (break 6): the file is that device's."""
    data = tmp_path / "data"
    other = Journal(data, DESKTOP, clock).open()
    other.add_person(Person(name="Anna Jansen", circle="team"))
    other.close()
    people = other.layout.own_dir / "people.json"
    whole = people.read_bytes()
    people.write_bytes(whole[: len(whole) // 2])
    env = dict(os.environ, DAYWEAVE_CONFIG_DIR=str(tmp_path / "config"))
    shown = subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data), "people", "list", "--json"],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert "damaged" not in shown.stderr + shown.stdout
    assert people.read_bytes() == whole[: len(whole) // 2]
    assert not list(Path(data).glob("devices/*/*.damaged-*"))
    # Anna may be in the part still arriving: no second Anna is made meanwhile.
    words = ["log", "contact", "--with", "Anna Jansen"]
    refused = subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data), *words],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert refused.returncode == 1, refused.stderr
    assert "still arriving" in refused.stderr and len(refused.stderr.splitlines()) == 1
    people.write_bytes(whole)  # arrived
    logged = subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data), *words, "--json"],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert logged.returncode == 0, logged.stderr
    everyone = Journal(data, LAPTOP, clock).open().people()
    assert [p.name for p in everyone] == ["Anna Jansen"]
    assert json.loads(logged.stdout)[0]["people"] == [everyone[0].id]


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_another_devices_folder_is_never_written_here(tmp_path, clock):
    """Whatever this device does (writes, edits, deletes, opening as the app, check and
    repair), another device's folder, with its conflict copies, a damaged file and a sync
    tool's temp file, stays exactly as the sync tool left it; backups are this device's."""
    data = tmp_path / "data"
    other = Journal(data, DESKTOP, clock).open()
    theirs = other.add(Entry(kind="contact", start=clock.now()))
    other.add_person(Person(name="Anna Jansen", circle="team"))
    other.close()
    folder = other.layout.own_dir
    name = f"entries-{clock.now():%Y-%m-%d}.json"
    shutil.copy2(folder / name, folder / conflict_name(name))
    (folder / "people.json").write_bytes(b'{"_default": {"1": {"id"')  # arriving
    (folder / f".syncthing.{name}.tmp").write_bytes(b"in flight")
    for path in folder.iterdir():
        path.chmod(0o600)
    before = _snapshot(folder), _snapshot(data / "backups" / DESKTOP)
    app = Journal(data, LAPTOP, clock, hold_lock=True).open()
    mine = app.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    app.update_fields(mine, title="edited")
    app.delete(app.get(theirs.id, clock.now()))
    app.add_person(Person(name="Bart de Boer", circle="peer"))
    app.save_settings(Settings(own_team="Product"))
    app.tidy()
    app.check()
    app.close()
    assert (_snapshot(folder), _snapshot(data / "backups" / DESKTOP)) == before
    assert list((data / "backups" / LAPTOP).iterdir())  # this device's backups: its own


def test_a_people_file_broken_for_long_is_damage_and_never_stops_adding_people(
    tmp_path, clock, monkeypatch
):
    """Only a file changed in the last minutes may be in flight: one broken for longer (a
    device gone for good) must not stop this device adding people forever; check names it."""
    import pytest

    from tracker.store import files
    from tracker.store.people import PeopleStillArriving

    theirs = tmp_path / "data" / "devices" / DESKTOP / "people.json"
    theirs.parent.mkdir(parents=True, mode=0o700)
    theirs.write_bytes(b'{"_default": {"1": {"id": "a1", "name": "Anna')  # never read whole
    theirs.chmod(0o600)
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    with pytest.raises(PeopleStillArriving):
        journal.add_person(Person(name="Anna Jansen", circle="team"))
    monkeypatch.setattr(files, "ARRIVING_FOR", 0.0)  # as if it changed long ago
    journal.repairs.arriving.clear()
    journal.people_store.forget()
    journal.add_person(Person(name="Anna Jansen", circle="team"))
    assert [p.name for p in journal.people()] == ["Anna Jansen"]
    assert [r.path for r in journal.check()] == [theirs]
