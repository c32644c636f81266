"""Wayland's ext-idle-notify-v1 as an away source: event-driven, nothing polls. The
connection (tracker/away/wayland.py) is the app's own beside Qt's; its socket is watched with
a QSocketNotifier, as the bus sources' are (bus.py)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QSocketNotifier

from tracker.away.wayland import IdleNotification
from tracker.kernel.clock import Clock
from tracker.kernel.logs import logger
from tracker.ui.away.sources import AwaySource

__all__ = ["WaylandIdle"]

log = logger("dayweave.app")


class WaylandIdle(AwaySource):
    name = "Wayland"

    def __init__(self, clock: Clock, parent: QObject | None = None, display: str | None = None):
        super().__init__(parent)
        self.clock = clock
        self.display = display  # WAYLAND_DISPLAY's when None
        self.threshold = timedelta(minutes=10)
        self.notification: IdleNotification | None = None
        self.notifier: QSocketNotifier | None = None

    def start(self, threshold: timedelta) -> None:
        self.stop()
        self.threshold = threshold
        milliseconds = int(threshold.total_seconds() * 1000)
        self.notification = IdleNotification.open(
            milliseconds, self._idled, self._resumed, self.display
        )
        if self.notification is None:
            log.info("Wayland: no idle notification offered")
            return
        self.notifier = QSocketNotifier(self.notification.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._readable)

    def _readable(self) -> None:
        if self.notification is not None and not self.notification.dispatch():
            log.warning("Wayland: the compositor went away")
            self.stop()

    def _idled(self) -> None:
        self.away.emit(self.clock.now() - self.threshold)

    def _resumed(self) -> None:
        self.back.emit(self.clock.now())

    def stop(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.notification is not None:
            self.notification.close()
            self.notification = None
