"""Store benchmark: logging and reading with five years of data, beside their baselines.

    python tests/bench/store_bench.py [--quick]

Everything is measured side by side in one run (this machine is shared and noisy) and printed
as ratios. Budgets (docs/ARCHITECTURE.md): logging with 5 years <= 1.5x an empty store and >= 100x
faster than one TinyDB file holding the same data; `dayweave log` as a process <= 1.5x a bare
`python -c "import tinydb, json, zoneinfo, uuid, argparse, socket"`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from history import DEVICE, generate_history, write_day_files, write_single_file
from installed import compile_bytecode
from tinydb import Query, TinyDB

from tracker.kernel.clock import FakeClock
from tracker.kernel.codec import entry_to_record
from tracker.kernel.model import Entry
from tracker.kernel.timefmt import to_utc_text
from tracker.store import storage
from tracker.store.journal import Journal

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def row(name: str, values: list[float]) -> tuple[float, float]:
    median = statistics.median(values)
    print(f"  {name:<44} median {median * 1000:9.2f} ms   p99 {p99(values) * 1000:9.2f} ms")
    return median, p99(values)


def disruption(offset: int) -> Entry:
    return Entry(kind="disruption", start=NOW + timedelta(seconds=offset), cause="tech", tz="UTC")


def timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main() -> None:
    quick = "--quick" in sys.argv
    rounds = 15 if quick else 60
    work = Path(tempfile.mkdtemp(prefix="dayweave-bench-"))
    print("generating five years of heavy use ...")
    entries, people = generate_history(NOW)
    print(f"  {len(entries):,} entries, {len(people)} people")
    write_day_files(work / "full", entries, people)
    write_single_file(work / "single" / "db.json", entries)
    today = [e for e in entries if e.start >= NOW.replace(hour=0, minute=0)]
    print(f"  {len(today):,} of them today (the day file a log rewrites)")

    clock = FakeClock(NOW)
    journals = {
        name: Journal(work / name, DEVICE, clock, hold_lock=True).open()
        for name in ("empty", "full")
    }
    for journal in journals.values():
        journal.add(disruption(0))  # warm-up, and the first backup

    print(f"\nlogging one entry ({rounds} rounds, interleaved):")
    times: dict[str, list[float]] = {name: [] for name in journals}
    for n in range(1, rounds + 1):
        for name, journal in journals.items():
            times[name].append(timed(lambda j=journal, n=n: j.add(disruption(n))))
    empty = row("empty store", times["empty"])
    full = row("5 years in day files", times["full"])
    single_times = []
    with TinyDB(work / "single" / "db.json") as single:  # TinyDB's own storage, as shipped
        for n in range(3 if quick else 5):
            single_times.append(timed(lambda n=n: single.insert(entry_to_record(disruption(n)))))
    single = row("5 years in one TinyDB file", single_times)

    print("\nreading the current week (cold: nothing parsed yet):")
    week_start = NOW - timedelta(days=3)
    week_end = week_start + timedelta(days=7)
    read_times: dict[str, list[float]] = {"empty": [], "full": []}
    counts = {}
    for _ in range(rounds // 2):
        for name in read_times:
            storage._cache.clear()
            read_times[name].append(
                timed(
                    lambda name=name: counts.__setitem__(
                        name, len(journals[name].entries_between(week_start, week_end))
                    )
                )
            )
    read_empty = row(f"empty store ({counts['empty']} entries)", read_times["empty"])
    read_full = row(f"5 years ({counts['full']} entries)", read_times["full"])
    low, high = to_utc_text(week_start), to_utc_text(week_end)
    single_reads, found = [], 0
    for _ in range(2 if quick else 3):
        with TinyDB(work / "single" / "db.json") as single_db:  # opened cold, as a start would
            started = time.perf_counter()
            found = len(single_db.search(Query().start.test(lambda s: low <= s < high)))
            single_reads.append(time.perf_counter() - started)
    read_single = row(f"5 years in one TinyDB file ({found} starting in it)", single_reads)
    old_start = NOW - timedelta(days=4 * 365)
    old = journals["full"].entries_between(old_start, old_start + timedelta(days=7))
    print(f"  a week four years ago holds {len(old)} entries (the history is really there)")
    assert len(old) > 300, "the benchmark must be timing a store that holds the history"

    for journal in journals.values():
        journal.close()

    print("\n`dayweave log` as a process, beside the import baseline:")
    compile_bytecode()
    baseline_cmd = [sys.executable, "-c", "import tinydb, json, zoneinfo, uuid, argparse, socket"]
    log_cmd = [sys.executable, "-m", "tracker", "--data-dir", str(work / "full"), "log",
               "disruption", "--cause", "tech", "bench"]  # fmt: skip
    env = dict(os.environ, DAYWEAVE_CONFIG_DIR=str(work / "config"))
    (work / "config").mkdir()
    (work / "config" / "device-id").write_text(DEVICE)
    process_times: dict[str, list[float]] = {"baseline": [], "log": []}
    for _ in range(8 if quick else 20):
        for name, cmd in (("baseline", baseline_cmd), ("log", log_cmd)):
            process_times[name].append(
                timed(lambda cmd=cmd: subprocess.run(cmd, env=env, check=True, capture_output=True))
            )
    base_proc = row("python -c 'import tinydb, json, ...'", process_times["baseline"])
    log_proc = row("dayweave log disruption (5 years of data)", process_times["log"])

    print("\nratios (budget in brackets):")
    print(f"  log, 5 years / empty store            {full[0] / empty[0]:6.2f}x  [<= 1.5x]")
    print(f"  log, one TinyDB file / day files      {single[0] / full[0]:6.0f}x  [>= 100x]")
    print(f"  week read, 5 years / empty store      {read_full[0] / read_empty[0]:6.2f}x")
    print(f"  week read, one TinyDB file / day files {read_single[0] / read_full[0]:5.0f}x")
    print(f"  dayweave log process / import baseline {log_proc[0] / base_proc[0]:5.2f}x  [<= 1.5x]")


if __name__ == "__main__":
    main()
