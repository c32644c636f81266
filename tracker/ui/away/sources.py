"""Idle signals in the app: what every source says (`away` since a moment, `back` at one), and
the X11 source, which asks the X server how long input has been idle.

X11 has no idle event an app can rely on (the extension's notify events follow the screen
saver's own timeout), so the reader is asked on a single-shot timer: while the user is
active, when idleness could first reach the threshold (never sooner than a minute); while
away, once a minute to notice the return. No timer under 60 s (docs/ARCHITECTURE.md, Budgets).
Safe Eyes' smartpause plugin does the same on X11 (xprintidle's reading) and keeps GNOME's
IdleMonitor event-driven, as bus.py does.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from tracker.kernel.clock import Clock
from tracker.ui.timers import SingleShot

__all__ = ["MIN_POLL_SECONDS", "AwaySource", "IdleReader", "X11Idle"]

MIN_POLL_SECONDS = 60.0


class IdleReader(Protocol):
    def idle_ms(self) -> int | None: ...
    def close(self) -> None: ...


class AwaySource(QObject):
    """One desktop signal: `away(since)` when the user left, `back(at)` when they returned
    (each a UTC datetime). `name` is what Settings and `dayweave check` say."""

    away = Signal(object)
    back = Signal(object)
    sleeping = Signal()  # the machine goes to sleep (said just before `away`)
    name = ""

    def start(self, threshold: timedelta) -> None:
        """Begin telling; `threshold` is how long idleness must last to be "away"."""

    def stop(self) -> None:
        """Tell nothing more (at quit, or when the off switch is set)."""


class X11Idle(AwaySource):
    name = "X11"

    def __init__(self, reader: IdleReader, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self.reader = reader
        self.clock = clock
        self.threshold = timedelta(minutes=10)
        self.since: datetime | None = None  # when the user left, while away
        self.poll_seconds = MIN_POLL_SECONDS  # shorter only in the end-to-end test
        self.timer = SingleShot("away.x11", self.check, self)

    def start(self, threshold: timedelta) -> None:
        self.threshold = threshold
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        """Read the idle time once; say away or back when it changed; set the next look."""
        idle_ms = self.reader.idle_ms()
        if idle_ms is None:
            self.timer.start_in(self.poll_seconds)
            return
        now = self.clock.now()
        idle = timedelta(milliseconds=idle_ms)
        last_input = now - idle
        if self.since is None:
            if idle >= self.threshold:
                self.since = last_input
                self.away.emit(last_input)
        elif last_input > self.since:  # input since the user left: they are back
            self.since = None
            self.back.emit(last_input)
        wait = self.poll_seconds
        if self.since is None:
            wait = max(wait, (self.threshold - idle).total_seconds())
        self.timer.start_in(wait)
