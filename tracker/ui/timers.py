"""A named single-shot timer that tests can fire by hand instead of waiting (after qutebrowser).

Qt holds an interval as an int32 of milliseconds (24.8 days); a nudge 60 days away would
overflow it. So a wait is capped at one day, and a capped timer that runs out only sets itself
again for what is left: the callback comes at the moment asked for, and never early.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

__all__ = ["MAX_WAIT_SECONDS", "SingleShot"]

MAX_WAIT_SECONDS = 24 * 60 * 60


class SingleShot(QObject):
    def __init__(self, name: str, callback: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._callback = callback
        self._left_after = 0.0  # seconds still to wait once the running interval ends
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._ran_out)

    def start_in(self, seconds: float) -> None:
        seconds = max(0.0, seconds)
        now = min(seconds, MAX_WAIT_SECONDS)
        self._left_after = seconds - now
        self._timer.start(round(now * 1000))

    def stop(self) -> None:
        self._timer.stop()
        self._left_after = 0.0

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def interval_seconds(self) -> float:
        """What Qt was asked to wait this time (at most a day)."""
        return self._timer.interval() / 1000

    @property
    def remaining_seconds(self) -> float:
        if not self._timer.isActive():
            return 0.0
        return self._timer.remainingTime() / 1000 + self._left_after

    def _ran_out(self) -> None:
        if self._left_after > 0:
            self.start_in(self._left_after)
            return
        self._callback()

    def fire(self) -> None:
        """Run the callback now (tests, and callers that know the moment has come)."""
        self.stop()
        self._callback()
