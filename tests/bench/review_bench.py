"""The review of 52 weeks and a search with five years of heavy history, beside the same 52
weeks alone on disk, in one run.

    python tests/bench/review_bench.py [--quick]

Budgets (issue 22): open and paint the review of 52 weeks <= 300 ms and <= 1.3x the same review
with only those weeks on disk; opened again (the closed weeks kept by their day files'
versions) much less; search over five years: first results <= 150 ms, all <= 500 ms;
`dayweave review --json` as a process <= 1 s. Each cold round starts with nothing parsed.

Side by side in one run (the machine is noisy, so the ratios are what to compare): the review
with five years on disk and with only its 52 weeks, opened cold and opened with the weeks kept
on disk; search reading every day file (tracker.review.search) and through its index kept in
the cache folder (tracker.review.index), the index built once first.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from history import DEVICE, generate_history, write_day_files
from PySide6.QtWidgets import QApplication

from tracker.kernel.clock import FakeClock
from tracker.review.index import indexed_search
from tracker.review.search import Query, search
from tracker.store import storage
from tracker.store.journal import Journal
from tracker.ui.review.window import ReviewWindow

# Now, to the hour: the app's child process that keeps the weeks ahead runs at the real time.
NOW = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
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


def timed_parts(parts: Iterator[list[Any]]) -> tuple[float, float, int]:
    """Seconds to the first part and to the last, and how many were found."""
    started = time.perf_counter()
    first = next(parts, [])
    took_first = time.perf_counter() - started
    found = len(first) + sum(len(part) for part in parts)
    return took_first, time.perf_counter() - started, found


def search_side_by_side(journal: Journal, index: Path, quick: bool) -> None:
    """Search reading every day file beside search through the index, round by round."""
    people_by_id = journal.people_by_id()
    storage._cache.clear()
    built = timed_parts(indexed_search(journal, Query(text="x"), people_by_id, index))[1]
    print(f"  search index built from nothing over 5 years (once): {built * 1000:.0f} ms")
    for words in ("person 7", "block 12", "lawaai", "oops"):
        rows: dict[str, list[tuple[float, float, int]]] = {"read": [], "indexed": []}
        for _ in range(3 if quick else 5):
            for way, rows_of in rows.items():
                storage._cache.clear()
                if way == "read":
                    parts = search(journal, Query(text=words), people_by_id)
                else:
                    parts = indexed_search(journal, Query(text=words), people_by_id, index)
                rows_of.append(timed_parts(parts))
        for way, rows_of in rows.items():
            print(f"  search {words!r} over 5 years, {way:<7} ({rows_of[0][2]} found): first"
                  f" results {ms([r[0] for r in rows_of])}, all {ms([r[1] for r in rows_of])}"
                  "  [<= 150 ms, <= 500 ms]")  # fmt: skip
        indexed = statistics.median(r[1] for r in rows["indexed"])
        ratio = indexed / statistics.median(r[1] for r in rows["read"])
        print(f"ratio, search {words!r} all results, indexed / read: {ratio:.2f}x")


def process_env(work: Path, cache: str) -> dict[str, str]:
    """As an installed app runs: its modules compiled once (a fresh checkout, or a shell with
    PYTHONDONTWRITEBYTECODE, would compile some 70 of them in every process)."""
    env = dict(os.environ, XDG_CACHE_HOME=str(work / cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env


def run(work: Path, cache: str, *args: str) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(work / args[0]), *args[1:]],
        capture_output=True, text=True, check=True,
        env=process_env(work, cache),
    )  # fmt: skip
    assert done.stdout.startswith(("{", "["))
    return time.perf_counter() - started


def processes(work: Path, quick: bool) -> None:
    """Each command twice per round, on a cache folder of its own: nothing kept yet, then with
    what the first run kept (the review's weeks, the search index)."""
    review = ("review", "--weeks", "52", "--json")
    run(work, "cache-compile", "52-weeks", *review)  # the modules compiled, nothing timed
    for name in ("52-weeks", "full"):
        cold, kept = [], []
        for round_ in range(2 if quick else 3):
            cache = f"cache-{name}-{round_}"
            cold.append(run(work, cache, name, *review))
            kept.append(run(work, cache, name, *review))
        print(f"  dayweave review --weeks 52 --json, {name:<8}, a process: nothing kept"
              f" {ms(cold)}, weeks kept {ms(kept)}  [<= 1 s]")  # fmt: skip
    cache = "cache-search"
    built = run(work, cache, "full", "search", "person", "7", "--json")
    again = [run(work, cache, "full", "search", "person", "7", "--json") for _ in range(3)]
    print(f"  dayweave search person 7 --json, 5 years, a process: index built {built * 1000:.0f}"
          f" ms, index kept {ms(again)}")  # fmt: skip


def prepared(work: Path, name: str) -> Path:
    """The weeks kept by the app's child process, `dayweave review --weeks 52 --json`, run as
    this benchmark's device and zone (a device of its own would be a new folder: every week's
    files changed), timed; the file it kept."""
    from tracker.review.keptfile import cache_file
    from tracker.ui.review.prepare import prepare_command

    config = work / f"config-{name}"
    config.mkdir(exist_ok=True)
    (config / "device-id").write_text(DEVICE + "\n")
    env = dict(process_env(work, f"cache-prepared-{name}"), TZ=ZONE.key)
    env["DAYWEAVE_CONFIG_DIR"] = str(config)
    started = time.perf_counter()
    subprocess.run(prepare_command(work / name, ZONE.key), env=env, capture_output=True, check=True)
    took = time.perf_counter() - started
    print(f"  the weeks summed ahead, {name:<8}, by the app's child process: {took * 1000:.0f} ms")
    saved = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = env["XDG_CACHE_HOME"]
    try:
        return cache_file(work / name)
    finally:
        if saved is None:
            os.environ.pop("XDG_CACHE_HOME")
        else:
            os.environ["XDG_CACHE_HOME"] = saved


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
    # The app's first review after a start, the weeks kept ahead by the process the app starts
    # at the user's first write (tracker/ui/review/prepare.py), its file read at the open.
    opened: dict[str, list[float]] = {name: [] for name in journals}
    for name, journal in journals.items():
        kept_file = prepared(work, name)
        for _ in range(3 if quick else 10):
            took, window = open_and_paint(journal, clock, app, kept=kept_file)
            opened[name].append(took)
            window.deleteLater()
            app.processEvents()
        print(f"  review of 52 weeks, {name:<8}: first open with the weeks kept {ms(opened[name])}")
    ratio = statistics.median(cold["full"]) / statistics.median(cold["52-weeks"])
    print(f"ratio, 5 years / the 52 weeks alone, cold: {ratio:.2f}x  [<= 1.3x; cold <= 300 ms]")
    ratio = statistics.median(opened["full"]) / statistics.median(opened["52-weeks"])
    print(f"ratio, 5 years / the 52 weeks alone, weeks kept: {ratio:.2f}x  [<= 1.3x; <= 300 ms]")
    search_side_by_side(journals["full"], work / "search.sqlite", quick)
    processes(work, quick)
    for journal in journals.values():
        journal.close()
    app.processEvents()


if __name__ == "__main__":
    main()
