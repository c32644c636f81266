"""The tray at rest with a heavy calendar beside the same tray with none, in one run (issue 24:
RSS <= 1.25x). The app builds the calendar cache itself at its first plan, as a new user's does.

    python tests/bench/calendar_rest_bench.py [--quick]

Runs a real X session (Xvfb + trayer). The calendar is heavy_calendar.py's export (13 MB,
15,000 events). Each app runs until its cache is built and has been still for a few seconds;
RSS is read then. Printed with the ratio and the budget.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from e2e.xsession import XSession, wait_for  # noqa: E402
from heavy_calendar import write_calendar  # noqa: E402

BUDGET = 1.25


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _cache_bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def at_rest(session: XSession, calendar: Path | None, work: Path) -> float:
    """The app's RSS once it is at rest (its cache, if any, built and unchanged for 3 s)."""
    env = session.env
    cache = work / "cache"
    env.update(DAYWEAVE_DATA_DIR=str(work / "data"), DAYWEAVE_CONFIG_DIR=str(work / "config"),
               XDG_RUNTIME_DIR=str(work), DAYWEAVE_CACHE_DIR=str(cache),
               DAYWEAVE_STATE_DIR=str(work / "state"),
               XDG_CACHE_HOME=str(work / "xdg-cache"))  # fmt: skip
    (work / "config").mkdir(parents=True, exist_ok=True)
    (work / "config" / "autostart-asked").write_text("asked\n")
    dayweave = [sys.executable, "-m", "tracker"]
    if calendar is not None:
        subprocess.run([*dayweave, "calendar", "add", str(calendar)], env=env, check=True,
                       capture_output=True)  # fmt: skip
        shutil.rmtree(cache, ignore_errors=True)  # built by the app, as a new user's is
    app = subprocess.Popen(dayweave, env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_for(lambda: session.tray_icon() is not None, 30, "the icon")
        if calendar is not None:
            wait_for(lambda: cache.exists() and _cache_bytes(cache) > 1_000_000, 120, "the cache")
        seen = [-1]

        def still() -> bool:
            size = _cache_bytes(cache) if cache.exists() else 0
            same, seen[0] = size == seen[0], size
            return same

        wait_for(still, 120, "the cache to be still", step=3.0)
        time.sleep(3)  # the first plan's last work after the read
        return rss_mib(app.pid)
    finally:
        app.kill()
        app.wait()


def main() -> None:
    runs = 1 if "--quick" in sys.argv else 3
    session = XSession(with_tray=True).start()
    root = Path(tempfile.mkdtemp(prefix="dayweave-calendar-rest-"))
    try:
        calendar = root / "heavy.ics"
        write_calendar(calendar, date.today())
        none, heavy = [], []
        for run in range(runs):  # interleaved, so both see the same machine
            none.append(at_rest(session, None, root / f"none-{run}"))
            heavy.append(at_rest(session, calendar, root / f"heavy-{run}"))
        print(f"the tray at rest (RSS, MiB, median of {runs}):")
        print(f"  no calendar          {statistics.median(none):6.1f}")
        print(f"  the heavy export     {statistics.median(heavy):6.1f}")
        ratio = statistics.median(heavy) / statistics.median(none)
        print(f"ratio {ratio:.2f}x  [<= {BUDGET}x]")
    finally:
        session.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
