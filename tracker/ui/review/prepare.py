"""The review's weeks summed ahead of its first open, in a process of its own.

A review reads its closed weeks from the file they were kept in (tracker.review.keep), so it
opens in a fraction of the time it takes to read a year of day files. Only the very first
review, or one after weeks unopened, would still read them all (issue 22's budget: open and
paint 52 weeks of five years in 300 ms). So once a session, when the user first writes or opens
the week, and only if the kept file is missing or a week old, the app starts
`dayweave review --weeks 52 --json` as a detached child with its output thrown away: it sums
the weeks not kept yet and keeps them, on the other core, while the tray goes on. The app
itself loads nothing of the review for it, and nothing happens at rest or before the icon.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QProcess

from tracker.kernel.logs import logger

__all__ = ["STALE_SECONDS", "ReviewPreparer", "prepare_command"]

log = logger("dayweave.review")

STALE_SECONDS = 7 * 24 * 3600  # a week kept that long has one more closed week to sum


def prepare_command(data_dir: Path, zone: str) -> list[str]:
    """This installation's `dayweave review` for the 52 weeks every span of the window is in,
    in the app's zone (the weeks are kept by zone)."""
    head = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "tracker"]
    review = ["review", "--weeks", "52", "--json", "--tz", zone]
    return [*head, "--data-dir", str(data_dir), *review]


def _start_detached(command: list[str]) -> bool:
    process = QProcess()
    process.setProgram(command[0])
    process.setArguments(command[1:])
    process.setStandardInputFile(QProcess.nullDevice())
    process.setStandardOutputFile(QProcess.nullDevice())
    process.setStandardErrorFile(QProcess.nullDevice())
    return bool(process.startDetached())


class ReviewPreparer:
    # The tests of windows and the shell turn it off: they start no processes of their own.
    ahead = True

    def __init__(
        self,
        data_dir: Path,
        zone: str,
        wall: Callable[[], float] = time.time,
        start: Callable[[list[str]], bool] | None = None,
    ) -> None:
        self.data_dir, self.zone = data_dir, zone
        self.wall = wall
        self.start = start if start is not None else _start_detached
        self.done = False  # once a session

    def needed(self) -> bool:
        """Whether the kept weeks are missing or a week old (a stat, no read)."""
        from tracker.review.keptfile import cache_file

        try:
            kept = cache_file(self.data_dir).stat().st_mtime
        except OSError:
            return True
        return not 0 <= self.wall() - kept < STALE_SECONDS

    def prepare(self, *_notice: object) -> None:
        """At the user's first write or week of a session: sum the weeks ahead if needed."""
        if self.done or not self.ahead:
            return
        self.done = True
        if not self.needed():
            return
        if not self.start(prepare_command(self.data_dir, self.zone)):
            log.info("the review's weeks could not be summed ahead")
