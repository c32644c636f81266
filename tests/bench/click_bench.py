"""Click benchmark: one click through the app's whole command path, 5 years against 45 days.

    python tests/bench/click_bench.py [--quick]

A disruption clicked in the tray goes through the commands, and its change notice updates the
tray, an open week window, an open People window and the nudge plan before the click is done.
Both stores run side by side in one process, click for click (this machine is shared and
noisy). Budget (docs/ARCHITECTURE.md): 5 years / 45 days <= 1.2x, and <= 50 ms a click. It also
counts the files looked at (a stat, mostly answered from the parse cache) and parsed per click.
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
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="click-bench-")  # the bench's own socket
sys.path.insert(0, str(Path(__file__).parent))

from history import generate_history, write_day_files

from tracker.kernel.clock import FakeClock
from tracker.store import files as journal_module
from tracker.store.journal import Journal

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
ZONE = ZoneInfo("Europe/Amsterdam")


class FileCounter:
    """Counts what the store reads: files looked at, and files parsed (cache misses)."""

    def __init__(self) -> None:
        self.looked = 0
        self.parsed = 0
        original_read = journal_module.read_json_file
        original_bytes = Path.read_bytes

        def counted_read(path):
            self.looked += 1
            return original_read(path)

        def counted_bytes(path):
            self.parsed += 1
            return original_bytes(path)

        journal_module.read_json_file = counted_read
        Path.read_bytes = counted_bytes


class App:
    def __init__(self, name: str, data_dir: Path) -> None:
        from tracker.ui.shell import Shell

        self.name = name
        self.clock = FakeClock(NOW)
        self.journal = Journal(data_dir, "bench-aaaaaa", self.clock, hold_lock=True).open()
        self.shell = Shell(self.journal, self.clock, ZONE, data_dir, tray_available=lambda: True)
        self.shell.nudges.replan()  # the first plan reads history once, as two s after start
        self.shell.show_week()
        self.shell.show_people()
        self.shell.quicklog.switch("work")
        self.times: list[float] = []
        self.socket_times: list[float] = []
        self.shell.start_server()
        self.looked: list[int] = []
        self.parsed: list[int] = []

    def click(self, counter: FileCounter) -> None:
        self.clock.advance(seconds=7)
        looked, parsed = counter.looked, counter.parsed
        started = time.perf_counter()
        self.shell.actions.disruption("tech")
        self.times.append(time.perf_counter() - started)
        self.looked.append(counter.looked - looked)
        self.parsed.append(counter.parsed - parsed)

    def click_over_the_socket(self, data_dir: Path) -> None:
        """`dayweave log` as the app sees it: a request on its socket, answered once the whole
        click path (commands, tray, week, People, nudge plan) has run."""
        import threading

        from PySide6.QtWidgets import QApplication

        from tracker.commands.remote import ask_app

        self.clock.advance(seconds=7)
        answer: list = []
        fields = {"kind": "disruption", "cause": "tech", "tz": "UTC"}
        worker = threading.Thread(target=lambda: answer.append(ask_app(data_dir, "log", fields)))
        started = time.perf_counter()
        worker.start()
        while worker.is_alive():
            QApplication.processEvents()
        self.socket_times.append(time.perf_counter() - started)
        assert answer and answer[0]["ok"], answer

    def report(self) -> float:
        median = statistics.median(self.times)
        print(
            f"  {self.name:<10} median {median * 1000:7.2f} ms   max {max(self.times) * 1000:7.2f}"
            f" ms   files looked at {statistics.median(self.looked):5.0f}"
            f"   parsed {statistics.median(self.parsed):4.0f}   history reads"
            f" {self.shell.quicklog.history.reads}"
        )
        return median


def main() -> None:
    from PySide6.QtWidgets import QApplication

    quick = "--quick" in sys.argv
    clicks = 20 if quick else 80
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    print("generating five years of history ...", flush=True)
    entries, people = generate_history(NOW, years=5)
    recent = [e for e in entries if e.start >= NOW - timedelta(days=45)]
    with tempfile.TemporaryDirectory() as tmp:
        write_day_files(Path(tmp) / "years", entries, people)
        write_day_files(Path(tmp) / "days", recent, people)
        years, days = App("5 years", Path(tmp) / "years"), App("45 days", Path(tmp) / "days")
        long_ago = NOW - timedelta(days=4 * 365)
        seen = years.journal.entries_between(long_ago, long_ago + timedelta(days=7))
        print(f"{len(entries)} entries; a week four years ago holds {len(seen)} of them")
        counter = FileCounter()
        for _ in range(clicks):  # side by side, click for click
            years.click(counter)
            days.click(counter)
        print(f"one click, {clicks} each:")
        slow, fast = years.report(), days.report()
        print(f"  5 years / 45 days: {slow / fast:.2f}x (budget <= 1.2x; <= 50 ms a click)")
        for _ in range(clicks // 2):
            years.click_over_the_socket(Path(tmp) / "years")
            days.click_over_the_socket(Path(tmp) / "days")
        slow, fast = (statistics.median(a.socket_times) for a in (years, days))
        print(f"over the socket ({clicks // 2} each), from the request until the answer:")
        print(f"  5 years median {slow * 1000:.2f} ms   45 days median {fast * 1000:.2f} ms")
        print(f"  5 years / 45 days: {slow / fast:.2f}x")
        for each in (years, days):
            each.shell.shutdown()


if __name__ == "__main__":
    main()
