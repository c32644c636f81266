"""org.freedesktop.ScreenSaver as an away source: what KDE's KWin (and ksmserver before it)
answers on the session bus, where GNOME answers nothing (the issue's survey of peers).

- ActiveChanged(true/false) is an event: the screen saver or lock came on (away from now) or
  went off (back now). Nothing polls for it.
- GetSessionIdleTime has no event: it is read by the same rule as X11's reading
  (tracker/ui/away/sources.py X11Idle): while active, when idleness could first reach the
  threshold; while away, once a minute. Never sooner than 60 s (docs/ARCHITECTURE.md, Budgets).
  KDE answers in milliseconds (the freedesktop draft said seconds; KWin, kscreenlocker and
  the peers that read it, such as ActivityWatch's KDE watchers, divide by 60000 for minutes).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject

from tracker.kernel.clock import Clock
from tracker.ui.away.bus import BusSource
from tracker.ui.away.sources import X11Idle

__all__ = ["SCREENSAVER", "SCREENSAVER_PATH", "ScreenSaverIdle"]

SCREENSAVER = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATH = "/org/freedesktop/ScreenSaver"


class ScreenSaverIdle(BusSource):
    name = "ScreenSaver"

    def __init__(self, clock: Clock, parent: QObject | None = None):
        super().__init__(clock, parent)
        # The X11 source's reading rule, with this bus as its reader (idle_ms below).
        self.poller = X11Idle(self, clock, self)
        self.poller.away.connect(self.away)
        self.poller.back.connect(self.back)

    def _method(self, member: str) -> Any:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(SCREENSAVER_PATH, bus_name=SCREENSAVER, interface=SCREENSAVER)
        return self.call(new_method_call(address, member))

    def idle_ms(self) -> int | None:
        """The session's idle time (the reader X11Idle asks); None when not answered."""
        reply = self._method("GetSessionIdleTime")
        return int(reply[0]) if reply else None

    def close(self) -> None:
        """Nothing to close for the reader: the connection is the source's (stop)."""

    def start(self, threshold: timedelta) -> None:
        if self.connection is None and not self._connect():
            return
        self._listen(interface=SCREENSAVER, member="ActiveChanged")
        self.poller.start(threshold)

    def stop(self) -> None:
        self.poller.stop()
        super().stop()

    def received(self, member: str, path: str, body: tuple) -> None:
        if member != "ActiveChanged" or not body:
            return
        (self.away if body[0] else self.back).emit(self.clock.now())
