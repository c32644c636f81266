"""The review of 52 weeks and a search with five years of heavy history, beside the same 52
weeks alone on disk, in one run.

    python tests/bench/review_bench.py [--quick]

Budgets (issue 22): open and paint the review of 52 weeks <= 300 ms and <= 1.3x the same review
with only those weeks on disk; opened again (the closed weeks kept by their day files'
versions) much less; search over five years: first results <= 150 ms, all <= 500 ms;
`dayweave review --json` as a process <= 1 s. Each cold round starts with nothing parsed.
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
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from history import DEVICE, generate_history, write_day_files
from PySide6.QtWidgets import QApplication

from tracker.kernel.clock import FakeClock
from tracker.review.search import Query, search
from tracker.store import storage
from tracker.store.journal import Journal
from tracker.ui.review.window import ReviewWindow

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
ZONE = ZoneInfo("Europe/Amsterdam")


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:7.1f} ms"


def open_and_paint(
    journal: Journal, clock: FakeClock, app: QApplication, kept: Path | None = None
) -> tuple[float, Any]:
    storage._cache.clear()
    started = time.perf_counter()
    window = ReviewWindow(journal, clock, ZONE, weeks=52, kept=kept)
    window.resize(1366, 768)
    image = window.grab()  # lays out and paints everything shown
    took = time.perf_counter() - started
    assert not image.isNull()
    return took, window


def main() -> None:
    quick = "--quick" in sys.argv
    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="dayweave-review-"))
    entries, people = generate_history(NOW)
    write_day_files(work / "full", entries, people)
    # The same 52 weeks (and the look-back before them) with no older history around them.
    since = NOW - timedelta(weeks=53, days=40)
    write_day_files(work / "52-weeks", [e for e in entries if e.start >= since], people)
    print(f"{len(entries)} entries over five years; {len(people)} people")
    clock = FakeClock(NOW)
    journals = {name: Journal(work / name, DEVICE, clock).open() for name in ("52-weeks", "full")}
    cold: dict[str, list[float]] = {name: [] for name in journals}
    warm: dict[str, list[float]] = {name: [] for name in journals}
    for _ in range(3 if quick else 10):
        for name, journal in journals.items():
            took, window = open_and_paint(journal, clock, app)
            cold[name].append(took)
            started = time.perf_counter()
            window.reload()  # a change notice, or the window opened again
            window.grab()
            warm[name].append(time.perf_counter() - started)
            window.deleteLater()
            app.processEvents()
    for name in journals:
        print(f"  review of 52 weeks, {name:<8}: cold {ms(cold[name])}, again {ms(warm[name])}")
    # The app's first review after a start, the weeks kept by the run before (the file read).
    kept_file, opened = work / "kept.json", []
    open_and_paint(journals["full"], clock, app, kept=kept_file)[1].deleteLater()
    for _ in range(3 if quick else 10):
        took, window = open_and_paint(journals["full"], clock, app, kept=kept_file)
        opened.append(took)
        window.deleteLater()
        app.processEvents()
    print(f"  review of 52 weeks, full, first open with the weeks kept: {ms(opened)}")
    ratio = statistics.median(cold["full"]) / statistics.median(cold["52-weeks"])
    print(f"ratio, 5 years / the 52 weeks alone: {ratio:.2f}x  [<= 1.3x; cold <= 300 ms]")
    full = journals["full"]
    people_by_id = full.people_by_id()
    for words in ("person 7", "oops"):
        firsts, totals, found = [], [], 0
        for _ in range(3 if quick else 5):
            storage._cache.clear()
            started = time.perf_counter()
            parts = search(full, Query(text=words), people_by_id)
            first = next(parts, [])
            firsts.append(time.perf_counter() - started)
            found = len(first) + sum(len(part) for part in parts)
            totals.append(time.perf_counter() - started)
        print(f"  search {words!r} over 5 years ({found} found): first results {ms(firsts)},"
              f" all {ms(totals)}  [<= 150 ms, <= 500 ms]")  # fmt: skip
    # The process twice per round: on a cache folder of its own (nothing kept yet), then again
    # with the weeks the first run kept.
    cold_runs, kept_runs = [], []
    for round_ in range(3):
        env = dict(os.environ, XDG_CACHE_HOME=str(work / f"cache-{round_}"))
        for runs in (cold_runs, kept_runs):
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "tracker", "--data-dir", str(work / "full"), "review",
                 "--weeks", "52", "--json"], capture_output=True, text=True, check=True, env=env,
            )  # fmt: skip
            runs.append(time.perf_counter() - started)
            assert done.stdout.startswith("{")
    print(f"  dayweave review --weeks 52 --json, 5 years, a process: nothing kept {ms(cold_runs)},"
          f" weeks kept {ms(kept_runs)}  [<= 1 s]")  # fmt: skip
    for journal in journals.values():
        journal.close()
    app.processEvents()


if __name__ == "__main__":
    main()
