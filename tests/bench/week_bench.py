"""Opening and painting a week with five years of data, beside the same week alone and an empty
store, in one run.

    python tests/bench/week_bench.py [--quick]

Budget (docs/ARCHITECTURE.md): <= 1.5x the same week in a store without the older history (the
empty store paints no entries: beside it the ratio measures the week's own entries, not the
history). Each round opens a fresh window on a cold cache (nothing parsed yet), reads the week and
paints it offscreen.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from history import DEVICE, generate_history, write_day_files
from PySide6.QtWidgets import QApplication

from tracker.kernel.clock import FakeClock
from tracker.store import storage
from tracker.store.journal import Journal
from tracker.ui.week.window import WeekWindow

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
ZONE = ZoneInfo("Europe/Amsterdam")


def main() -> None:
    quick = "--quick" in sys.argv
    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="dayweave-week-"))
    entries, people = generate_history(NOW)
    write_day_files(work / "full", entries, people)
    (work / "empty").mkdir()
    # The same week with no history around it: what the month files should make history cost.
    week_from = NOW - timedelta(days=10)
    write_day_files(work / "week-only", [e for e in entries if e.start >= week_from], people)
    clock = FakeClock(NOW)
    journals = {
        name: Journal(work / name, DEVICE, clock).open() for name in ("empty", "week-only", "full")
    }
    times: dict[str, list[float]] = {name: [] for name in journals}
    shown: dict[str, int] = {}
    for _ in range(5 if quick else 20):
        for name, journal in journals.items():
            storage._cache.clear()
            started = time.perf_counter()
            window = WeekWindow(journal, clock, ZONE, first_weekday=0)
            window.resize(1200, 760)
            image = window.grab()  # lays out and paints everything
            times[name].append(time.perf_counter() - started)
            shown[name] = len(window.timeline.entries)
            assert not image.isNull()
            window.deleteLater()
            app.processEvents()
    old = journals["full"].entries_between(
        NOW - timedelta(days=4 * 365), NOW - timedelta(days=4 * 365 - 7)
    )
    assert len(old) > 300, "the benchmark must time a store that holds the history"
    print(f"a week four years ago holds {len(old)} entries (the history is really there)")
    for name, values in times.items():
        median = statistics.median(values) * 1000
        print(f"  {name:<6} ({shown[name]:4d} entries shown) median {median:7.1f} ms")
    full = statistics.median(times["full"])
    print(f"ratio, 5 years / empty store: {full / statistics.median(times['empty']):.2f}x")
    alone = full / statistics.median(times["week-only"])
    print(f"ratio, 5 years / the same week alone: {alone:.2f}x  [<= 1.5x]")
    for journal in journals.values():
        journal.close()
    app.processEvents()  # let deleteLater finish before Python tears Qt down


if __name__ == "__main__":
    main()
