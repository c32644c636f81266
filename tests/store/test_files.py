"""What only real files can show: atomic writes, full disks, damage, lock, backups, schema."""

from __future__ import annotations

import errno
import json
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from tracker.kernel.model import Entry, Person
from tracker.store import atomic
from tracker.store.atomic import StoreWriteError, atomic_write
from tracker.store.backups import Backups
from tracker.store.journal import SCHEMA_VERSION, Journal, NewerSchemaError
from tracker.store.lock import DataLock, LockTimeout


def day_file(journal: Journal) -> Path:
    return journal.layout.own_dir / "entries-2026-11-26.json"


def test_files_are_private_and_tinydb_can_read_them(file_journal, clock):
    from tinydb import TinyDB

    entry = file_journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    path = day_file(file_journal)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(file_journal.layout.own_dir.stat().st_mode) == 0o700
    with TinyDB(path) as db:
        assert [doc["id"] for doc in db.all()] == [entry.id]


@pytest.mark.parametrize(
    ("code", "words"), [(errno.ENOSPC, "disk is full"), (errno.EROFS, "read-only")]
)
def test_a_failed_write_keeps_the_old_file_and_says_why(
    file_journal, clock, monkeypatch, code, words
):
    first = file_journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    before = day_file(file_journal).read_bytes()
    real_write = os.write

    def failing_write(fd, data):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.os, "write", failing_write)
    with pytest.raises(StoreWriteError, match=words):
        file_journal.add(Entry(kind="disruption", start=clock.now(), cause="noise"))
    assert day_file(file_journal).read_bytes() == before
    assert not list(file_journal.layout.own_dir.glob(".*.tmp"))

    monkeypatch.setattr(atomic.os, "write", real_write)  # space is back
    second = file_journal.add(Entry(kind="disruption", start=clock.now(), cause="noise"))
    ids = {
        e.id
        for e in file_journal.entries_between(
            clock.now() - timedelta(hours=1), clock.now() + timedelta(hours=1)
        )
    }
    assert ids == {first.id, second.id}


def test_a_failed_replace_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "f.json"
    atomic_write(path, b'{"a": 1}')

    def refuse(src, dst):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(StoreWriteError, match="read-only"):
        atomic_write(path, b'{"a": 2}')
    assert path.read_bytes() == b'{"a": 1}'
    assert os.listdir(tmp_path) == ["f.json"]


DAMAGE = {
    "empty": b"",
    "truncated": b'{"_default": {"1": {"id": "ab',
    "nul-filled": b"\x00" * 4096,
    "trailing garbage": b'{"_default": {}}garbage',
    "wrong shape": b"[1, 2, 3]",
    "wrong records": b'{"_default": {"1": "not a record"}}',
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_month_is_moved_aside_and_its_backup_restored(file_journal, clock, damage):
    kept = file_journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    assert file_journal.backups.snapshots(), "the first write takes a backup"
    day_file(file_journal).write_bytes(DAMAGE[damage])
    found = file_journal.entries_between(
        clock.now() - timedelta(hours=1), clock.now() + timedelta(hours=1)
    )
    assert [e.id for e in found] == [kept.id]
    [report] = file_journal.damage
    assert report.path == day_file(file_journal)
    assert report.restored_from is not None
    assert report.moved_to.read_bytes() == DAMAGE[damage]
    assert "damaged" in report.describe()


def test_an_unreadable_file_is_damage_not_emptiness(file_journal, clock, monkeypatch):
    kept = file_journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    target = day_file(file_journal)
    from tracker.store import storage

    real = storage.read_no_follow
    denied = []

    def no_permission(path):
        if path == target and len(denied) < 2:  # root reads anything, so chmod cannot show this
            denied.append(path)
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(path)

    monkeypatch.setattr(storage, "read_no_follow", no_permission)

    storage._cache.clear()
    found = file_journal.entries_between(
        clock.now() - timedelta(hours=1), clock.now() + timedelta(hours=1)
    )
    assert [e.id for e in found] == [kept.id]
    assert "cannot be read" in file_journal.damage[0].reason


def test_damage_without_a_backup_is_reported_and_never_overwritten(file_journal, clock):
    file_journal.layout.own_dir.joinpath("people.json").write_bytes(b"{broken")
    assert file_journal.people() == []
    [report] = file_journal.damage
    assert report.restored_from is None and report.moved_to.read_bytes() == b"{broken"
    assert "No backup" in report.describe()
    file_journal.add_person(Person(name="Anna", circle="peer"))
    assert report.moved_to.read_bytes() == b"{broken"


def test_check_lists_damage_without_changing_anything(file_journal, clock):
    file_journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    day_file(file_journal).write_bytes(b"")
    [problem] = file_journal.check()
    assert problem.path == day_file(file_journal) and "empty" in problem.reason
    assert day_file(file_journal).read_bytes() == b""


def test_another_devices_unreadable_file_is_not_yet_arrived_and_left_alone(tmp_path, clock, caplog):
    """Issue 25, break 6: another device's file cut short (a copy in flight) is never damage
    here: what this process last read of it stands, nothing is restored over it, the user is
    not told of damage (a quiet log line), and `check` still names it."""
    data = tmp_path / "data"
    other = Journal(data, "desktop-bbbbbb", clock).open()
    logged = other.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    other.close()
    theirs = data / "devices" / "desktop-bbbbbb" / "entries-2026-11-26.json"
    theirs.write_bytes(b"\x00\x00")
    mine = Journal(data, "laptop-aaaaaa", clock).open()
    hour = (clock.now() - timedelta(hours=1), clock.now() + timedelta(hours=1))
    caplog.set_level("INFO", logger="dayweave.store")
    assert [e.id for e in mine.entries_between(*hour)] == [logged.id]  # as last read
    assert mine.damage == []
    assert "not readable yet" in caplog.text
    assert theirs.read_bytes() == b"\x00\x00"
    assert [r.path for r in mine.check()] == [theirs]


def test_the_lock_keeps_a_second_writer_out_until_released(tmp_path):
    first, second = DataLock(tmp_path / "lock"), DataLock(tmp_path / "lock")
    first.acquire()
    with pytest.raises(LockTimeout, match="in use by pid"):
        second.acquire(timeout=0.05)
    first.release()
    second.acquire(timeout=0.05)
    second.release()


def test_a_newer_schema_is_refused(tmp_path, clock):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    journal.close()
    journal.layout.meta_file.write_text(json.dumps({"schema": SCHEMA_VERSION + 1}))
    with pytest.raises(NewerSchemaError, match="newer Dayweave"):
        Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()


def test_migrations_run_in_order_after_a_full_backup(tmp_path, clock, monkeypatch):
    from tracker.store import migrations
    from tracker.store import schema as journal_module

    first = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    first.add(Entry(kind="disruption", start=clock.now(), cause="tech", title="old"))
    first.close()
    seen = []

    def migrate(folder: Path) -> None:
        backups = Backups(folder, tmp_path / "data" / "backups" / "laptop-aaaaaa")
        seen.append([p.name for p in backups.snapshots()[0].iterdir()])

    monkeypatch.setattr(journal_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(migrations, "MIGRATIONS", {SCHEMA_VERSION: migrate})
    clock.advance(minutes=1)
    Journal(tmp_path / "data", "laptop-aaaaaa", clock).open().close()
    assert seen and "entries-2026-11-26.json" in seen[0]
    assert json.loads(first.layout.meta_file.read_text())["schema"] == SCHEMA_VERSION + 1


def test_backups_are_taken_at_most_every_30_minutes(file_journal, clock):
    for _ in range(5):
        file_journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
        clock.advance(minutes=10)
    assert len(file_journal.backups.snapshots()) == 2


def test_thinning_keeps_dailies_weeklies_monthlies_and_every_files_newest_copy(tmp_path, clock):
    source = tmp_path / "device"
    source.mkdir()
    (source / "people.json").write_text('{"_default": {}}')
    backups = Backups(source, tmp_path / "backups")
    for step in range(400):  # 400 days of one change a day, people.json only at the start
        (source / "entries-x.json").write_text(json.dumps({"_default": {}, "step": step}))
        backups.take(clock.now())
        clock.advance(days=1)
    snapshots = backups.snapshots()
    assert len(snapshots) <= 12 + 8 + 12
    assert len(snapshots) >= 20
    assert backups.copies_of("people.json"), "the only copy was carried forward"
    newest = json.loads(backups.copies_of("entries-x.json")[0].read_text())
    assert newest["step"] == 399


def test_a_damaged_file_is_never_backed_up(tmp_path, clock):
    source = tmp_path / "device"
    source.mkdir()
    (source / "people.json").write_text('{"_default": {}}')
    backups = Backups(source, tmp_path / "backups")
    backups.take(clock.now())
    (source / "people.json").write_bytes(b"\\x00\\x00")
    clock.advance(hours=1)
    assert backups.take(clock.now()) is None
    assert [c.read_text() for c in backups.copies_of("people.json")] == ['{"_default": {}}']


def test_a_reader_finding_damage_while_another_holds_the_folder_waits_briefly_and_reports(
    tmp_path, clock
):
    data = tmp_path / "data"
    holder = Journal(data, "laptop-aaaaaa", clock, hold_lock=True).open()
    holder.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    day_file(holder).write_bytes(b"{broken")
    reader = Journal(data, "laptop-aaaaaa", clock, lock_timeout=10).open()
    import time

    started = time.monotonic()
    assert (
        reader.entries_between(clock.now() - timedelta(hours=1), clock.now() + timedelta(hours=1))
        == []
    )
    assert time.monotonic() - started < 5
    assert reader.damage[0].moved_to is None  # the holder repairs it, not the reader
    assert day_file(holder).read_bytes() == b"{broken"
    holder.close()


def test_recovery_leaves_a_file_another_process_has_repaired(file_journal, clock):
    kept = file_journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    path = day_file(file_journal)
    good = path.read_bytes()
    assert file_journal.repairs.recover(path, "seen damaged a moment ago") is True
    assert path.read_bytes() == good and file_journal.damage == []
    assert [
        e.id for e in file_journal.entries_between(clock.now(), clock.now() + timedelta(hours=1))
    ] == [kept.id]


def test_a_refused_open_does_not_keep_the_folder(tmp_path, clock):
    Journal(tmp_path / "data", "laptop-aaaaaa", clock).open().close()
    meta = tmp_path / "data" / "devices" / "laptop-aaaaaa" / "meta.json"
    meta.write_text(json.dumps({"schema": SCHEMA_VERSION + 1}))
    with pytest.raises(NewerSchemaError):
        Journal(tmp_path / "data", "laptop-aaaaaa", clock, hold_lock=True).open()
    lock = DataLock(tmp_path / "data" / "devices" / "laptop-aaaaaa" / "lock")
    lock.acquire(timeout=0.1)
    lock.release()


def test_damaged_settings_and_nudge_state_are_set_aside_not_overwritten(file_journal, clock):
    from tracker.kernel.settings import Settings

    own = file_journal.layout.own_dir
    (own / "settings.json").write_bytes(b"{half")
    (own / "nudges.json").write_bytes(b"[1, 2")
    assert file_journal.settings() == Settings()
    assert file_journal.nudge_state().shown == ()
    aside = sorted(p.name for p in own.glob("*.damaged-*"))
    assert [name.split(".damaged-")[0] for name in aside] == ["nudges.json", "settings.json"]
    assert {r.path.name for r in file_journal.damage} == {"settings.json", "nudges.json"}
    file_journal.save_settings(Settings(own_team="Product"))
    assert (own / aside[1]).read_bytes() == b"{half"


def test_temp_files_left_by_a_killed_writer_are_removed_by_the_app_or_the_next_backup(
    tmp_path, clock
):
    data = tmp_path / "data"
    Journal(data, "laptop-aaaaaa", clock).open().close()
    own = data / "devices" / "laptop-aaaaaa"
    left = own / ".entries-2026-11-26.json.4242.0a0b0c0d.tmp"
    left.write_bytes(b'{"_default": {"1": {"id": "half')
    os.utime(left, (0, 0))  # a killed writer's, long ago: a fresh one may be a live writer's
    app = Journal(data, "laptop-aaaaaa", clock, hold_lock=True).open()
    assert not left.exists()
    app.close()
    left.write_bytes(b"half")
    os.utime(left, (0, 0))
    command = Journal(data, "laptop-aaaaaa", clock).open()
    command.add(Entry(kind="disruption", start=clock.now(), cause="tech"))  # the first backup
    assert not left.exists()
    assert [e.cause for e in command.entries_between(clock.now(), clock.now() + timedelta(1))] == [
        "tech"
    ]


def test_a_failed_edit_is_not_read_back_as_if_it_were_stored(file_journal, clock, monkeypatch):
    entry = file_journal.add(Entry(kind="disruption", start=clock.now(), cause="tech", title="a"))
    week = (clock.now() - timedelta(days=1), clock.now() + timedelta(days=1))
    assert [e.title for e in file_journal.entries_between(*week)] == ["a"]  # read and kept

    def full(fd, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "write", full)
    with pytest.raises(StoreWriteError):
        file_journal.update(entry.with_changes(title="b"))  # TinyDB edits its records in place
    assert [e.title for e in file_journal.entries_between(*week)] == ["a"]


def test_the_notes_kept_nowhere_else_are_backed_up(tmp_path, clock):
    """Lost edits, device names, intentions and the call prompts used exist only in this
    device's folder (and its synced copies): a restore from backup must not lose them."""
    source = tmp_path / "device"
    source.mkdir()
    notes = ("lost-edits.json", "devices.json", "intentions.json", "prompts.json")
    for name in notes:
        (source / name).write_text('{"kept": true}')
    (source / "nudges.json").write_text('{"shown": {}}')  # this device's own state: rebuilt
    backups = Backups(source, tmp_path / "backups")
    backups.take(clock.now())
    assert all(backups.copies_of(name) for name in notes)
    assert not backups.copies_of("nudges.json")
