"""A named single-shot timer that tests can fire by hand instead of waiting (after qutebrowser)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

__all__ = ["SingleShot"]


class SingleShot(QObject):
    def __init__(self, name: str, callback: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._callback = callback
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.fire)

    def start_in(self, seconds: float) -> None:
        self._timer.start(max(0, round(seconds * 1000)))

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def remaining_seconds(self) -> float:
        return self._timer.remainingTime() / 1000 if self._timer.isActive() else 0.0

    def fire(self) -> None:
        self._timer.stop()
        self._callback()
