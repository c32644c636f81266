"""A synced data folder may hold anything another machine, a sync tool or an attacker put there:
links are never followed, and what looks empty but is not Dayweave's is damage (issue 11)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import timedelta

import pytest

from tracker.kernel.model import Entry, Person
from tracker.store.devices import devices_seen
from tracker.store.intentions import intention_for, reviewed
from tracker.store.journal import Journal
from tracker.store.lock import UnsafeLock
from tracker.store.prompts import agreed_actions


def dayweave(data_dir, *words, env=None):
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data_dir), *words],
        capture_output=True, text=True, timeout=60, env=dict(os.environ, **(env or {})),
    )  # fmt: skip


def own_dir(data_dir):
    [folder] = (data_dir / "devices").iterdir()
    return folder


def test_a_linked_lock_is_never_written_through(data_dir, tmp_path):
    assert dayweave(data_dir, "log", "disruption").returncode == 0
    notes = tmp_path / "notes.txt"
    notes.write_text("my own notes\n")
    lock = own_dir(data_dir) / "lock"
    lock.unlink(missing_ok=True)
    lock.symlink_to(notes)
    week = dayweave(data_dir, "week", "--json")
    assert week.returncode == 0, week.stderr  # reading needs no lock
    logged = dayweave(data_dir, "log", "disruption")
    assert logged.returncode == 1 and "is a link" in logged.stderr
    assert "Traceback" not in logged.stderr and len(logged.stderr.splitlines()) == 1
    assert notes.read_text() == "my own notes\n"


def test_the_lock_refuses_a_link_in_process(tmp_path, clock):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    target = tmp_path / "elsewhere"
    target.write_text("keep")
    journal.layout.lock_file.unlink(missing_ok=True)
    journal.layout.lock_file.symlink_to(target)
    with pytest.raises(UnsafeLock):
        journal.add(Entry(kind="contact", start=clock.now()))
    assert target.read_text() == "keep"


def _logged_and_backed_up(journal, clock):
    entry = journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    path = journal.layout.day_file(journal.layout.own_dir, entry.start.strftime("%Y-%m-%d"))
    return entry, path


@pytest.mark.parametrize("content", ["{}", '{"other": {}}'])
def test_a_day_file_without_dayweaves_table_is_damage_not_emptiness(tmp_path, clock, content):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    entry, path = _logged_and_backed_up(journal, clock)
    path.write_text(content)
    found = journal.entries_between(clock.now() - timedelta(hours=1), clock.now() + timedelta(1))
    assert [e.id for e in found] == [entry.id]  # restored from the backup
    [report] = journal.damage
    assert report.path == path and "no Dayweave table" in report.reason
    assert report.moved_to.read_text() == content


def test_a_linked_day_file_is_set_aside_and_its_target_left_alone(tmp_path, clock):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    entry, path = _logged_and_backed_up(journal, clock)
    outside = tmp_path / "outside.json"
    outside.write_text(json.dumps({"_default": {}}))
    path.unlink()
    path.symlink_to(outside)
    found = journal.entries_between(clock.now() - timedelta(hours=1), clock.now() + timedelta(1))
    assert [e.id for e in found] == [entry.id]
    assert journal.damage[0].code == "link" and not path.is_symlink()
    journal.add(Entry(kind="contact", start=clock.now()))
    assert json.loads(outside.read_text()) == {"_default": {}}  # never written through


def test_a_dangling_people_link_is_damage_and_people_come_back(tmp_path, clock):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    anna = journal.add_person(Person(name="Anna", circle="peer"))
    people = journal.layout.people_file(journal.layout.own_dir)
    people.unlink()
    people.symlink_to(tmp_path / "nowhere.json")
    assert [p.id for p in journal.people()] == [anna.id]
    assert journal.damage[0].path == people


def test_check_lists_a_link_and_an_empty_looking_file(data_dir):
    assert dayweave(data_dir, "log", "disruption").returncode == 0
    folder = own_dir(data_dir)
    (folder / "entries-2026-01-01.json").write_text("{}")
    (folder / "entries-2026-01-02.json").symlink_to(folder / "nowhere")
    checked = dayweave(data_dir, "check")
    assert checked.returncode == 1
    assert (
        "entries-2026-01-01.json" in checked.stdout and "entries-2026-01-02.json" in checked.stdout
    )


def test_a_linked_file_is_never_backed_up_nor_restored_into_the_folder(tmp_path, clock):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    outside = tmp_path / "outside.json"
    outside.write_text(json.dumps({"_default": {}, "secret": {"1": {"token": "hunter2"}}}))
    day = journal.layout.day_file(journal.layout.own_dir, "2026-03-03")
    day.symlink_to(outside)
    journal.add(Entry(kind="contact", start=clock.now()))  # the first write takes a backup
    copies = [
        p for p in (tmp_path / "data" / "backups").rglob("*.json") if "hunter2" in p.read_text()
    ]
    assert copies == []
    journal.entries_between(clock.now() - timedelta(days=300), clock.now())
    regular = [p for p in journal.layout.own_dir.glob("entries-*") if not p.is_symlink()]
    assert not any("hunter2" in p.read_text() for p in regular)


def test_a_linked_device_folder_is_not_merged_and_an_own_one_is_refused(tmp_path, clock):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    journal.add(Entry(kind="contact", start=clock.now()))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o755)
    (journal.layout.devices_dir / "planted-cccccc").symlink_to(elsewhere)
    assert journal.files.device_dirs(journal.layout) == [journal.layout.own_dir]
    journal.close()
    own = journal.layout.own_dir
    own.rename(tmp_path / "moved")
    own.symlink_to(tmp_path / "moved")
    with pytest.raises(OSError, match="is a link"):
        Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    assert (elsewhere.stat().st_mode & 0o777) == 0o755  # never chmod-ed through a link


def test_a_linked_lock_and_a_damaged_file_say_so_without_a_traceback(data_dir, tmp_path):
    assert dayweave(data_dir, "log", "disruption").returncode == 0
    folder = own_dir(data_dir)
    [day] = folder.glob("entries-*.json")
    day.write_text("{broken")
    (folder / "lock").unlink(missing_ok=True)
    (folder / "lock").symlink_to(tmp_path / "notes.txt")
    for words in (("week", "--json"), ("check", "--repair")):
        result = dayweave(data_dir, *words)
        assert "Traceback" not in result.stderr, result.stderr
    assert not (tmp_path / "notes.txt").exists()


@pytest.mark.parametrize("make", ["nested", "pipe"])
def test_a_nested_or_piped_own_file_is_set_aside_and_restored(tmp_path, clock, make):
    """Issue 25: "[" * 100000 or a named pipe is damage like any other: moved aside, the
    backup put back; the settings' file too, its defaults taking its place."""
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    entry, path = _logged_and_backed_up(journal, clock)
    settings = journal.layout.own_dir / "settings.json"
    for damaged in (path, settings):
        damaged.unlink(missing_ok=True)
        if make == "pipe":
            os.mkfifo(damaged)
        else:
            damaged.write_bytes(b"[" * 100_000)
    found = journal.entries_between(clock.now() - timedelta(hours=1), clock.now() + timedelta(1))
    assert [e.id for e in found] == [entry.id]
    journal.settings()
    assert {r.path for r in journal.damage} == {path, settings}
    assert all(r.moved_to is not None and os.path.lexists(r.moved_to) for r in journal.damage)
    assert not os.path.lexists(settings)


def test_a_data_folder_that_is_itself_a_link_is_read_and_written(tmp_path):
    """Issue 25, break 21: `~/.local/share/dayweave -> ~/Sync/dayweave` is the usual way into a
    synced folder; links inside it stay refused (the tests above)."""
    synced = tmp_path / "Sync" / "dayweave"
    synced.mkdir(parents=True)
    link = tmp_path / "dayweave"
    link.symlink_to(synced)
    logged = dayweave(link, "log", "disruption", "--at", "2026-11-24T09:00")
    assert logged.returncode == 0, logged.stderr
    assert list(synced.glob("devices/*/entries-*.json"))
    week = dayweave(link, "week", "2026-11-24", "--json")
    assert week.returncode == 0, week.stderr
    assert [e["kind"] for d in json.loads(week.stdout)["days"] for e in d["entries"]] == [
        "disruption"
    ]
    checked = dayweave(link, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert link.is_symlink()


def _aged(path, seconds=120):
    """A file last written `seconds` ago (a killed writer's, not a live one's)."""
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


SYNC_TEMP = (".syncthing.entries-2026-11-24.json.tmp", "~syncthing~people.json.tmp")


def test_only_dayweaves_own_stale_temp_files_are_cleaned_by_the_next_writer(tmp_path, clock):
    """Issue 25, break 21: a killed writer's temp files go with the next write; a fresh one
    (maybe a live writer's) and a sync tool's in-flight files are left alone."""
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))  # the first backup
    journal.close()
    own = journal.layout.own_dir
    stale = own / ".entries-2026-11-26.json.4242.0a0b0c0d.tmp"
    fresh = own / ".people.json.4243.0a0b0c0e.tmp"
    stale.write_bytes(b"half")
    _aged(stale)
    fresh.write_bytes(b"half")
    theirs = [own / name for name in SYNC_TEMP]
    for path in theirs:
        path.write_bytes(b"x")
        _aged(path, 3600)
    writer = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    writer.add(Entry(kind="contact", start=clock.now()))  # no backup due: just a write
    writer.close()
    assert not stale.exists()
    assert fresh.exists() and all(p.read_bytes() == b"x" for p in theirs)


def test_check_ignores_a_sync_tools_temp_files_and_repair_leaves_them(data_dir):
    assert dayweave(data_dir, "log", "disruption").returncode == 0
    folder = own_dir(data_dir)
    other = data_dir / "devices" / "desktop-bbbbbb"
    other.mkdir(mode=0o700)
    theirs = [f / n for f in (folder, other) for n in SYNC_TEMP]
    for path in theirs:
        path.write_bytes(b"in flight")
        path.chmod(0o600)  # as private as the folder: only their names are in question
        _aged(path, 3600)
    checked = dayweave(data_dir, "check")
    assert checked.returncode == 0, checked.stdout
    repaired = dayweave(data_dir, "check", "--repair")
    assert repaired.returncode == 0, repaired.stdout
    assert all(p.read_bytes() == b"in flight" for p in theirs)


@pytest.mark.parametrize("make", ["nested", "pipe"])
def test_a_nested_or_piped_backup_manifest_never_stops_a_write(tmp_path, clock, make):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    journal.add(Entry(kind="contact", start=clock.now()))  # the first backup, its manifest
    manifest = journal.layout.backups_dir / "manifest.json"
    manifest.unlink(missing_ok=True)
    if make == "pipe":
        os.mkfifo(manifest)
    else:
        manifest.write_bytes(b"[" * 100_000)
    clock.advance(timedelta(days=1))  # the next write takes a backup again
    journal.add(Entry(kind="contact", start=clock.now()))
    week = (clock.now() - timedelta(days=2), clock.now() + timedelta(hours=1))
    assert len(journal.entries_between(*week)) == 2


@pytest.mark.parametrize(
    "name", ["meta.json", "settings.json", "nudges.json", "session.json", "undo.json",
             "calendars.json", "people.json", "entries-2026-11-26.json", "devices.json",
             "intentions.json", "prompts.json"],
)  # fmt: skip
def test_the_app_starts_past_a_nested_file(tmp_path, clock, name):
    """Issue 25, break 10: the app died at start-up; what it reads there, read as it does."""
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    journal.add(Entry(kind="contact", start=clock.now()))
    journal.close()
    (journal.layout.own_dir / name).write_bytes(b"[" * 100_000)
    app = Journal(tmp_path / "data", "laptop-aaaaaa", clock, hold_lock=True).open()
    try:
        app.settings(), app.nudge_state(), app.session(), app.undo_note()
        app.calendar_sources(), app.people(), app.first_use()
        # Issue 22's notes: read by the tray's tooltip, the nudge plan and the person page.
        devices_seen(app), intention_for(app, clock.now().date()), agreed_actions(app)
        reviewed(app, clock.now().date().isoformat())
        app.entries_between(clock.now() - timedelta(days=1), clock.now() + timedelta(days=1))
        app.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    finally:
        app.close()
