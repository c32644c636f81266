"""A backup of a million entries imported into an empty folder by `dayweave import` (issue 25,
"what held still holds"): too long for the test suites, so measured here, and checked: every
record on disk once.

    python tests/bench/import_million.py [--count N]

Half are 10-minute work blocks and half disruptions, one every 15 minutes (a million reach
28 years back). Printed: the seconds and peak memory of the import process, and the records on
disk.

Measured on 7 December 2026 (2 cores shared with eight other jobs): 1,000,000 entries (a 335 MB
backup) in 647 s at a peak of 2,274 MB, all on disk once. The import holds every record in
memory at once: that, not the time, is what a larger history would run into.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tracker.exchange.backup import BackupWriter
from tracker.kernel.codec import entry_to_record
from tracker.kernel.model import Entry

DEVICE = "bench-aaaaaa"


def records(count: int) -> Iterator[dict]:
    first = datetime(2026, 11, 1, tzinfo=UTC) - timedelta(minutes=15 * count)
    for number in range(count):
        start = first + timedelta(minutes=15 * number)
        block = number % 2 == 0
        yield entry_to_record(
            Entry(id=f"{number:032x}", kind="work" if block else "disruption",
                  start=start, end=start + timedelta(minutes=10) if block else None,
                  cause=None if block else "tech", title=f"n{number}", rev=1,
                  updated="2026-11-01T00:00:00.000000Z", device="source-cccccc")
        )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1_000_000)
    count = parser.parse_args().count
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        backup = root / "backup.json"
        with backup.open("w", encoding="utf-8") as stream:
            writer = BackupWriter(stream, {}, {}, [])
            writer.entries(records(count))
            writer.finish()
        (root / "config").mkdir(mode=0o700)
        (root / "config" / "device-id").write_text(DEVICE + "\n")
        env = dict(os.environ, DAYWEAVE_CONFIG_DIR=str(root / "config"), TZ="UTC")
        command = [sys.executable, "-m", "tracker", "--data-dir", str(root / "data"), "import"]
        started = time.perf_counter()
        done = subprocess.run([*command, str(backup)], env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(done.stdout.strip(), *done.stderr.splitlines()[:5], sep="\n")
        found: Counter[str] = Counter()
        for path in (root / "data" / "devices" / DEVICE).glob("entries-*.json"):
            found.update(r["id"] for r in json.loads(path.read_bytes())["_default"].values())
        doubled = sum(1 for n in found.values() if n > 1)
        size = backup.stat().st_size / 1e6
        print(
            f"{count} entries ({size:.0f} MB backup): exit {done.returncode}, {seconds:.1f} s, "
            f"peak {peak:.0f} MB; on disk {len(found)}, doubled {doubled}"
        )


if __name__ == "__main__":
    main()
