"""The calendar cache brought up to date in a short-lived process of its own (issue 24: the
tray at rest with a heavy calendar <= 1.25x the same tray without one).

Parsing a calendar leaves its memory with the process that parsed it: CPython keeps the arenas
the parser's objects were freed from, ~57 MB after a 13 MB export, until the app quits. So the
running app asks a child to read the files that changed into the cache (and to work out the
window around today), waits on its calendar thread, and then only queries the cache. The child
is `python -m tracker.calendar.refresh`, told what to read in one JSON line on stdin; it answers
with the problems of the files it could not read, in one JSON line. Where there is no Python to
run (a frozen build) or the child fails, the caller reads in its own process, as before.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.kernel.logs import logger, safe

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from tracker.calendar.cache import CalendarCache

__all__ = ["main", "refresh_elsewhere"]

log = logger("dayweave.calendar")
# A first read of a heavy export takes seconds; one of a 15,000-file vdir, ten or so. Past this
# the child is stopped and the app reads as before.
TIMEOUT_SECONDS = 300


def refresh_elsewhere(
    cache: CalendarCache,
    sources: Sequence[str],
    start: datetime,
    end: datetime,
    zone: ZoneInfo,
    own_emails: tuple[str, ...],
) -> bool:
    """The cache brought up to date by a child process; False where it could not be (the
    caller then reads in its own process). The problems of unreadable files come back."""
    from tracker.kernel.words import current_language

    key = getattr(zone, "key", None)
    if getattr(sys, "frozen", False) or not key or not sources:
        return False
    asked = {
        "sources": list(sources),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "zone": key,
        "own": list(own_emails),
        "language": current_language(),
        "folder": str(cache.folder) if cache.folder else None,
    }
    package_root = str(Path(__file__).resolve().parents[2])  # where `tracker/` is
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    import subprocess  # here: a tray without a calendar never runs the reader (~0.8 MiB)

    try:
        child = subprocess.run(
            [sys.executable, "-m", "tracker.calendar.refresh"],
            input=json.dumps(asked) + "\n",
            capture_output=True,
            text=True,
            env=env,
            timeout=TIMEOUT_SECONDS,
        )
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("the calendar reader could not run on its own: %s", safe(error))
        return False
    if child.returncode != 0:
        log.warning("the calendar reader on its own ended with %d", child.returncode)
        return False
    try:
        answered = json.loads(child.stdout.strip().splitlines()[-1])
        problems = [(str(where), str(text)) for where, text in answered["unreadable"]]
    except (ValueError, IndexError, KeyError, TypeError):
        log.warning("the calendar reader on its own gave no answer")
        return False
    cache.note_unreadable(problems)
    return True


def main() -> int:
    from zoneinfo import ZoneInfo

    from tracker.calendar.cache import CalendarCache
    from tracker.kernel.words import set_language

    asked = json.loads(sys.stdin.readline())
    set_language(asked["language"])
    cache = CalendarCache(Path(asked["folder"]) if asked["folder"] else None)
    try:
        cache.meetings(
            asked["sources"],
            datetime.fromisoformat(asked["start"]),
            datetime.fromisoformat(asked["end"]),
            ZoneInfo(asked["zone"]),
            tuple(asked["own"]),
            refresh=True,
        )
        unreadable = [[p.where, p.text] for p in cache.unreadable()]
    finally:
        cache.close()
    print(json.dumps({"unreadable": unreadable}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
