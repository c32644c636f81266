"""Real processes: SIGKILL at random moments of a write, two writers at once, a stale lock."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tracker.kernel.clock import SystemClock
from tracker.kernel.codec import entry_to_record
from tracker.kernel.model import Entry
from tracker.store.atomic import atomic_write
from tracker.store.journal import Journal
from tracker.store.lock import DataLock

CHILD = Path(__file__).with_name("writer_child.py")
DEVICE = "laptop-aaaaaa"
START = datetime(2026, 11, 3, 8, 0, tzinfo=UTC)
DAY_FILE = "entries-2026-11-03.json"  # the UTC day of START

pytestmark = pytest.mark.slow


def spawn(data_dir: Path, count: int, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), DEVICE, str(count), START.isoformat(), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def prefill(data_dir: Path, entries: int) -> None:
    """A day of thousands of entries, so that a write takes milliseconds, not microseconds."""
    folder = data_dir / "devices" / DEVICE
    folder.mkdir(parents=True)
    docs = {}
    for number in range(entries):
        moment = START - timedelta(hours=8) + timedelta(seconds=number)
        entry = Entry(kind="work", start=moment, end=moment, title=f"filler {number} " * 4,
                      rev=1, updated="2026-11-01T00:00:00.000000Z", device=DEVICE)  # fmt: skip
        docs[str(number + 1)] = entry_to_record(entry)
    atomic_write(folder / DAY_FILE, json.dumps({"_default": docs}).encode())


def stored_ids(data_dir: Path) -> list[str]:
    journal = Journal(data_dir, DEVICE, SystemClock()).open()
    try:
        entries = journal.entries_between(START, START + timedelta(days=2))
        assert journal.damage == []
        return [e.id for e in entries if e.kind == "disruption"]
    finally:
        journal.close()


def test_sigkill_during_writes_never_loses_a_confirmed_entry(tmp_path):
    data_dir = tmp_path / "data"
    prefill(data_dir, 3000)
    rng = random.Random(20261126)
    confirmed: list[str] = []
    kills_during_run = 0
    for _ in range(200):
        child = spawn(data_dir, 1000)
        assert child.stdout.readline().strip() == "ready"
        # Let a few writes finish (whatever the machine's load), then kill within the next
        # one's few milliseconds: the kills land inside writes, not only between them.
        before = [child.stdout.readline().strip() for _ in range(rng.randint(0, 3))]
        time.sleep(rng.uniform(0.0, 0.015))
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate()
        confirmed.extend(before)
        kills_during_run += child.returncode == -signal.SIGKILL
        confirmed.extend(output.split())
    assert kills_during_run == 200
    assert len(confirmed) > 50, "the kills must land between writes too, not only before them"
    for path in (data_dir / "devices" / DEVICE).glob("*.json"):
        json.loads(path.read_bytes())  # every file parses
    present = set(stored_ids(data_dir))
    missing = [entry_id for entry_id in confirmed if entry_id not in present]
    assert missing == []
    print(f"{len(confirmed)} confirmed writes across 200 kills, all present")


def test_two_processes_writing_one_folder_lose_and_double_nothing(tmp_path):
    data_dir = tmp_path / "data"
    children = [spawn(data_dir, 60), spawn(data_dir, 60)]
    outputs = [child.communicate(timeout=120)[0].split() for child in children]
    assert all(child.returncode == 0 for child in children)
    written = [line for output in outputs for line in output if line != "ready"]
    assert len(written) == 120
    raw = json.loads((data_dir / "devices" / DEVICE / DAY_FILE).read_bytes())["_default"]
    assert sorted(doc["id"] for doc in raw.values()) == sorted(written)


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path):
    data_dir = tmp_path / "data"
    holder = spawn(data_dir, 1, "--hold")
    assert holder.stdout.readline().strip() == "ready"
    assert len(holder.stdout.readline().strip()) == 32
    lock = DataLock(data_dir / "devices" / DEVICE / "lock")
    assert f"pid {holder.pid}" in lock.holder()
    os.kill(holder.pid, signal.SIGKILL)
    holder.communicate()
    lock.acquire(timeout=2)
    assert lock.held
    lock.release()
