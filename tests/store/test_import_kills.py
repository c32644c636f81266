"""An import killed five times while other writers go on (issue 25, "what held still holds"):
imported again to its end, every record is there once, and every write another process
confirmed is there too."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tracker.exchange.backup import BackupWriter
from tracker.kernel.clock import SystemClock
from tracker.kernel.codec import entry_to_record
from tracker.kernel.model import Entry
from tracker.store.journal import Journal

CHILD = Path(__file__).with_name("writer_child.py")
DEVICE = "laptop-aaaaaa"
IMPORTED = 6000
FIRST = datetime(2026, 6, 1, tzinfo=UTC)  # the import's 63 days; the writers' lie after them
WRITERS_FROM = datetime(2026, 11, 3, 8, 0, tzinfo=UTC)

pytestmark = pytest.mark.slow


def write_backup(path: Path) -> set[str]:
    """A backup of another device's disruptions (instants: no rule of the day trims them)."""
    ids = set()
    with path.open("w") as stream:
        writer = BackupWriter(stream, {}, {}, [])
        records = []
        for number in range(IMPORTED):
            entry = Entry(
                id=f"{number:032x}",
                kind="disruption",
                cause="tech",
                start=FIRST + timedelta(minutes=15 * number),
                rev=1,
                updated="2026-06-01T00:00:00.000000Z",
                device="source-cccccc",
            )
            ids.add(entry.id)
            records.append(entry_to_record(entry))
        writer.entries(records)
        writer.finish()
    return ids


def ids_on_disk(folder: Path) -> Counter[str]:
    """How often each id is in the device folder's day files (each must parse)."""
    found: Counter[str] = Counter()
    for path in folder.glob("entries-*.json"):
        found.update(r["id"] for r in json.loads(path.read_bytes())["_default"].values())
    return found


def import_days(folder: Path) -> int:
    return len(list(folder.glob("entries-2026-0[678]-*.json")))


def test_five_sigkills_during_an_import_with_writers_running_lose_and_double_nothing(tmp_path):
    backup = tmp_path / "backup.json"
    expected = write_backup(backup)
    data, config = tmp_path / "data", tmp_path / "config"
    config.mkdir(mode=0o700)
    (config / "device-id").write_text(DEVICE + "\n")  # the command line writes as the writers
    env = dict(os.environ, DAYWEAVE_CONFIG_DIR=str(config))
    writers = []
    for hour in range(2):
        start = (WRITERS_FROM + timedelta(hours=hour)).isoformat()
        command = [sys.executable, str(CHILD), str(data), DEVICE, "150", start]
        writers.append(subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env))
    try:
        importing = [sys.executable, "-m", "tracker", "--data-dir", str(data), "import"]
        importing.append(str(backup))
        rng = random.Random(20261207)
        folder = data / "devices" / DEVICE
        seen_after_kills = []
        for _kill in range(5):
            days_before = import_days(folder)
            child = subprocess.Popen(importing, env=env, stdout=subprocess.PIPE, text=True)
            # Once it has written a day of its own, within the next few: a quiet machine writes
            # a day in a millisecond or two, and a longer wait let the import end before the kill.
            deadline = time.monotonic() + 120
            while import_days(folder) == days_before and time.monotonic() < deadline:
                time.sleep(0.001)
            time.sleep(rng.uniform(0.0, 0.002))
            child.send_signal(signal.SIGKILL)
            child.communicate()
            assert child.returncode == -signal.SIGKILL, "killed before it ended"
            seen_after_kills.append(len(set(ids_on_disk(folder)) & expected))
        assert 0 < seen_after_kills[-1] < IMPORTED  # the kills landed inside the import
        done = subprocess.run(importing, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        confirmed = []
        for writer in writers:
            output, _ = writer.communicate(timeout=300)
            assert writer.returncode == 0
            confirmed.extend(line for line in output.split() if line != "ready")
        assert len(confirmed) == 300
        on_disk = ids_on_disk(folder)
        assert [i for i, n in on_disk.items() if n > 1] == []  # none doubled
        assert expected - set(on_disk) == set()  # none lost
        assert set(confirmed) - set(on_disk) == set()
        journal = Journal(data, "desktop-bbbbbb", SystemClock()).open()  # read as another device
        read = journal.entries_between(FIRST, WRITERS_FROM + timedelta(days=2))
        assert journal.damage == [] and journal.check() == []
        assert Counter(e.device for e in read) == {"source-cccccc": IMPORTED, DEVICE: 300}
        assert len({e.id for e in read}) == IMPORTED + 300
        journal.close()
    finally:  # a failure above must not leave the writers to a later test's cleanup
        for writer in writers:
            if writer.poll() is None:
                writer.kill()
            writer.communicate()
    print(f"imported records on disk after each kill: {seen_after_kills}")
