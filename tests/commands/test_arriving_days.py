"""A block is placed by the rules of the day only when every device's day file those rules read
is whole (issue 25, break 6): while another device's is cut short by a copy in flight, a life
block would land inside its work block unseen (9 hours counted in 8)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from tracker.commands import Commands
from tracker.commands.requests import Log, Stop
from tracker.store import files, storage
from tracker.store.entries import EntriesStillArriving
from tracker.store.journal import Journal

LAPTOP, DESKTOP = "laptop-aaaaaa", "desktop-bbbbbb"
DAY = "2026-11-25"


def at(hour: int) -> datetime:
    return datetime(2026, 11, 25, hour, tzinfo=UTC)


def work_day_elsewhere(data, clock, monkeypatch) -> tuple[bytes, bytes]:
    """The desktop's day file before and after it logged 9-17 work (each whole); what the
    desktop read stays in its own process, as it would on its own machine."""
    desktop = Journal(data, DESKTOP, clock).open()
    Commands(desktop, clock).run(Log(kind="disruption", at=at(8), cause="tech", tz="UTC"))
    path = desktop.layout.own_dir / f"entries-{DAY}.json"
    before = path.read_bytes()
    Commands(desktop, clock).run(Log(kind="work", at=at(9), until=at(17), tz="UTC"))
    desktop.close()
    monkeypatch.setattr(storage, "_cache", {})
    return before, path.read_bytes()


def blocks(journal: Journal) -> list[tuple[str, int, int]]:
    found = journal.entries_between(at(0), at(23))
    return sorted((e.kind, e.start.hour, e.end.hour) for e in found if e.is_block and e.end)


def test_no_block_is_placed_while_another_devices_day_is_half_arrived(tmp_path, clock, monkeypatch):
    data = tmp_path / "data"
    _before, whole = work_day_elsewhere(data, clock, monkeypatch)
    theirs = data / "devices" / DESKTOP / f"entries-{DAY}.json"
    theirs.write_bytes(whole[: len(whole) * 2 // 3])  # a copy in flight
    laptop = Journal(data, LAPTOP, clock).open()
    door = Commands(laptop, clock)
    with pytest.raises(EntriesStillArriving, match="still arriving"):
        door.run(Log(kind="life", at=at(12), until=at(13), tz="UTC"))
    assert not (laptop.layout.own_dir / f"entries-{DAY}.json").exists()
    assert laptop.damage == []
    theirs.write_bytes(whole)  # arrived
    door.run(Log(kind="life", at=at(12), until=at(13), tz="UTC"))
    assert blocks(laptop) == [("life", 12, 13), ("work", 9, 12), ("work", 13, 17)]


def test_a_day_read_whole_before_is_not_enough_while_its_new_version_arrives(
    tmp_path, clock, monkeypatch
):
    """A long-running process (the app) read the day before the block was logged there: what
    it read then is not what the file holds now."""
    data = tmp_path / "data"
    before, whole = work_day_elsewhere(data, clock, monkeypatch)
    theirs = data / "devices" / DESKTOP / f"entries-{DAY}.json"
    theirs.write_bytes(before)
    laptop = Journal(data, LAPTOP, clock).open()
    assert blocks(laptop) == []  # read whole: only the contact
    theirs.write_bytes(whole[: len(whole) * 2 // 3])
    door = Commands(laptop, clock)
    with pytest.raises(EntriesStillArriving):
        door.run(Log(kind="life", at=at(12), until=at(13), tz="UTC"))
    assert blocks(laptop) == []


def test_stopping_waits_for_the_day_too(tmp_path, clock, monkeypatch):
    data = tmp_path / "data"
    _before, whole = work_day_elsewhere(data, clock, monkeypatch)
    laptop = Journal(data, LAPTOP, clock).open()
    door = Commands(laptop, clock)
    door.run(Log(kind="life", at=at(18), tz="UTC", now=at(18)))  # running since 18:00
    theirs = data / "devices" / DESKTOP / f"entries-{DAY}.json"
    theirs.write_bytes(whole[:40])
    with pytest.raises(EntriesStillArriving):
        door.run(Stop(at=at(19)))


def test_a_day_file_broken_for_long_never_stops_logging(tmp_path, clock, monkeypatch):
    """Only a file changed in the last minutes may be in flight: a device gone for good with a
    broken file must not stop this one logging forever; check names the file."""
    data = tmp_path / "data"
    _before, whole = work_day_elsewhere(data, clock, monkeypatch)
    theirs = data / "devices" / DESKTOP / f"entries-{DAY}.json"
    theirs.write_bytes(whole[:40])
    monkeypatch.setattr(files, "ARRIVING_FOR", 0.0)  # as if it changed long ago
    laptop = Journal(data, LAPTOP, clock).open()
    Commands(laptop, clock).run(Log(kind="life", at=at(12), until=at(13), tz="UTC"))
    assert blocks(laptop) == [("life", 12, 13)]
    assert [r.path for r in laptop.check()] == [theirs]


def test_the_command_line_says_to_try_again_in_a_moment(tmp_path, clock, monkeypatch):
    data = tmp_path / "data"
    _before, whole = work_day_elsewhere(data, clock, monkeypatch)
    theirs = data / "devices" / DESKTOP / f"entries-{DAY}.json"
    theirs.write_bytes(whole[: len(whole) // 2])
    env = dict(os.environ, DAYWEAVE_CONFIG_DIR=str(tmp_path / "config"), TZ="UTC")
    words = ["log", "life", "--at", f"{DAY}T12:00", "--until", f"{DAY}T13:00"]
    refused = subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data), *words],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert refused.returncode == 1, refused.stderr
    assert "still arriving" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert DESKTOP in refused.stderr
