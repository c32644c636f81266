"""Real small file systems (issue 25, "what held still holds"): a full disk, a disk out of
inodes and a read-only disk each refuse a write in a clear line, keep every file whole and every
confirmed entry, and take the next write once there is room again.

A tmpfs of a few hundred kilobytes or a few dozen inodes, mounted for the test: that needs root
(CI runs as root); elsewhere the tests skip, and under CI they fail instead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from tracker.commands.messages import error_text
from tracker.kernel.model import Entry
from tracker.store.atomic import StoreWriteError
from tracker.store.journal import Journal

DEVICE = "laptop-aaaaaa"
# Into the day the test's clock fills (the `now` fixture's), never the wall clock's.
LOG = ("log", "disruption", "tech", "--at", "2026-11-26T09:30")


def all_whole(data: Path) -> None:
    for path in data.rglob("*.json"):
        json.loads(path.read_bytes())  # every file parses


def fill_until_refused(journal: Journal, clock, *, new_day: bool) -> tuple[list[str], Exception]:
    """Log until the disk refuses; the ids confirmed, and the refusal."""
    confirmed = []
    for number in range(5000):
        if new_day:
            clock.advance(timedelta(days=1))
        try:
            entry = journal.add(
                Entry(kind="disruption", start=clock.now(), cause="tech", title=f"{number} " * 40)
            )
        except StoreWriteError as error:
            return confirmed, error
        confirmed.append(entry.id)
    raise AssertionError("the disk never filled")


def stored(data: Path, clock, since) -> set[str]:
    journal = Journal(data, DEVICE, clock).open()
    try:
        assert journal.damage == []
        return {e.id for e in journal.entries_between(since, clock.now() + timedelta(1))}
    finally:
        journal.close()


def cli(data: Path, config: Path, *words: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DAYWEAVE_CONFIG_DIR=str(config), TZ="UTC")
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data), *words],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("options", "new_day", "said"),
    [("size=400k,nr_inodes=1000", False, "full"), ("size=50m,nr_inodes=40", True, "full")],
    ids=["disk full", "no inodes left"],
)
def test_a_full_disk_refuses_in_words_and_keeps_every_confirmed_entry(
    small_disk, tmp_path, clock, options, new_day, said
):
    disk = small_disk(options)
    data = disk / "data"
    since = clock.now()
    journal = Journal(data, DEVICE, clock).open()
    room = disk / "room"  # a file of the user's taking space, removed to make room again
    room.write_bytes(b"x" * 30_000)
    confirmed, refusal = fill_until_refused(journal, clock, new_day=new_day)
    assert len(confirmed) > 3
    assert said in error_text(refusal), error_text(refusal)
    all_whole(data)
    assert not [p for p in data.rglob("*") if p.name.endswith(".tmp")]  # no temp left
    assert stored(data, clock, since) == set(confirmed)
    config = tmp_path / "config"
    config.mkdir(mode=0o700)
    (config / "device-id").write_text(DEVICE + "\n")
    refused = cli(data, config, *LOG)
    assert refused.returncode != 0 and said in refused.stderr, refused.stderr
    assert "nothing was saved" in refused.stderr
    assert "Traceback" not in refused.stderr
    room.unlink()
    clock.advance(timedelta(minutes=1))
    after = journal.add(Entry(kind="contact", start=clock.now()))
    journal.close()
    assert stored(data, clock, since) == {*confirmed, after.id}


def test_a_read_only_disk_is_read_and_refuses_writes_in_words(small_disk, tmp_path, clock):
    disk = small_disk("size=5m")
    data = disk / "data"
    journal = Journal(data, DEVICE, clock).open()
    logged = journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    journal.close()
    config = tmp_path / "config"
    config.mkdir(mode=0o700)
    (config / "device-id").write_text(DEVICE + "\n")
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    shown = cli(data, config, "export", "--format", "json")
    assert shown.returncode == 0, shown.stderr
    assert logged.id in shown.stdout
    refused = cli(data, config, *LOG)
    assert refused.returncode != 0 and "read-only" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr
    checked = cli(data, config, "check")
    assert "Traceback" not in checked.stderr + checked.stdout
    subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
    assert cli(data, config, *LOG).returncode == 0
    assert len(stored(data, clock, clock.now() - timedelta(days=1))) == 2
