"""A child process for the crash and contention tests: logs entries, prints each id once stored.

python writer_child.py DATA_DIR DEVICE COUNT START_ISO [--hold]
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from tracker.kernel.clock import SystemClock
from tracker.kernel.model import Entry
from tracker.kernel.timefmt import parse_utc
from tracker.store.journal import Journal


def main() -> None:
    data_dir, device, count, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    hold = "--hold" in sys.argv
    first = parse_utc(start)
    journal = Journal(Path(data_dir), device, SystemClock(), hold_lock=hold, lock_timeout=30).open()
    print("ready", flush=True)
    for number in range(count):
        moment = first + timedelta(seconds=number)
        entry = journal.add(
            Entry(kind="disruption", start=moment, cause="tech", title=f"n{number}")
        )
        print(entry.id, flush=True)
    if hold:
        sys.stdin.read()  # keep the lock until killed


if __name__ == "__main__":
    main()
