"""Export and import benchmark: a year (or five, --years 5) of history out as CSV, iCalendar
and the JSON backup, and the backup into an empty folder and again, beside a baseline.

    python tests/bench/exchange_bench.py [--years N]

The baseline, run in the same process, is the least any export must do: read every day file
through the journal and `json.dumps` its records. Printed: seconds, the ratio to the baseline,
and the peak memory of each run (a separate process each, so one's memory is not another's).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from history import DEVICE, generate_history, write_day_files

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)

_RUN = """
import io, resource, sys, time
from pathlib import Path
from datetime import datetime, UTC
from tracker.kernel.clock import FakeClock
from tracker.store.journal import Journal
journal = Journal(Path(sys.argv[1]), sys.argv[2], FakeClock(datetime(2026, 11, 26, 15, tzinfo=UTC)))
journal.open()
started = time.perf_counter()
if sys.argv[3] == "baseline":
    import json
    from tracker.kernel.codec import entry_to_record
    days = journal.entry_days()
    for i in range(0, len(days), 31):
        json.dumps([entry_to_record(e) for e in journal.entries_on_days(days[i:i + 31])])
else:
    from tracker.exchange.exporting import Export
    Export(journal, sys.argv[3], io.StringIO(newline=""), now=journal.clock.now()).run()
seconds = time.perf_counter() - started
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def measure(data: Path, what: str) -> tuple[float, int]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(data), DEVICE, what],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    seconds, megabytes = done.stdout.split()
    return float(seconds), int(megabytes)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=1)
    years = parser.parse_args().years
    entries, people = generate_history(NOW, years=years)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        write_day_files(data, entries, people)
        print(f"{len(entries)} entries, {years} year(s)")
        base, base_mb = measure(data, "baseline")
        print(f"baseline (read + json.dumps): {base:.2f} s, {base_mb} MB")
        for what in ("json", "csv", "ics"):
            seconds, megabytes = measure(data, what)
            print(f"export {what}: {seconds:.2f} s ({seconds / base:.1f}x), {megabytes} MB")
        backup = Path(folder) / "backup.json"
        subprocess.run(
            [sys.executable, "-m", "tracker", "--data-dir", str(data), "export", "--format",
             "json", "-o", str(backup)], check=True, capture_output=True,
        )  # fmt: skip
        for label in ("import into an empty folder", "the same import again"):
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "tracker", "--data-dir", str(Path(folder) / "new"),
                 "import", str(backup)], check=True, capture_output=True,
            )  # fmt: skip
            seconds = time.perf_counter() - started
            print(f"{label}: {seconds:.2f} s ({seconds / base:.1f}x)")


if __name__ == "__main__":
    main()
