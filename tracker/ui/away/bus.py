"""GNOME's idle monitor and logind's lock and sleep, as away sources; nothing polls.

Spoken with jeepney, as the notifications are (tracker/ui/nudges/desktop_bus.py): AddIdleWatch
takes a uint64 ('t'), which PySide6's QtDBus cannot be made to send from a Python int. The
connection (tracker/ui/dbus.py, the shortcut's too) reads a signal when it comes.

- org.gnome.Mutter.IdleMonitor (session bus, /org/gnome/Mutter/IdleMonitor/Core): an idle
  watch fires WatchFired once idleness reaches the threshold; a user-active watch fires once
  at the next input (and is gone). Safe Eyes' smartpause plugin uses the same pair on GNOME.
- org.freedesktop.login1 (system bus): the Manager's PrepareForSleep(true/false), and this
  session's Lock and Unlock (plain i3lock sets no hint; that is the screensaver's to say).
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject

from tracker.kernel.clock import Clock
from tracker.ui.away.sources import AwaySource
from tracker.ui.dbus import BusConnection

__all__ = ["BusSource", "Logind", "MutterIdle"]

MUTTER = "org.gnome.Mutter.IdleMonitor"
MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"


class BusSource(AwaySource):
    """An away source on a bus connection of its own (tracker/ui/dbus.py); its signals arrive
    at `received` when they come."""

    bus = "SESSION"

    def __init__(self, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self.clock = clock
        self.link = BusConnection(self, bus=self.bus, who=self.name, heard=self.received)

    @property
    def connection(self) -> Any:
        """The open jeepney connection; None before `start` or after `stop`."""
        return self.link.connection

    def _connect(self) -> bool:
        return self.link.connect_bus()

    def _listen(self, **rule: str) -> None:
        self.link.listen(**rule)

    def call(self, message: Any) -> tuple | None:
        """The reply's body; None after an error reply or a lost bus."""
        return self.link.call(message)

    def received(self, member: str, path: str, body: tuple) -> None:
        """One signal from the bus."""

    def stop(self) -> None:
        self.link.stop()


class MutterIdle(BusSource):
    name = "GNOME"

    def __init__(self, clock: Clock, parent: QObject | None = None):
        super().__init__(clock, parent)
        self.threshold = timedelta(minutes=10)
        self.idle_watch: int | None = None
        self.active_watch: int | None = None

    def _method(self, member: str, signature: str | None = None, body: tuple = ()) -> Any:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(MUTTER_PATH, bus_name=MUTTER, interface=MUTTER)
        return self.call(new_method_call(address, member, signature, body))

    def start(self, threshold: timedelta) -> None:
        self.threshold = threshold
        if self.connection is None and not self._connect():
            return
        self._listen(interface=MUTTER, member="WatchFired", path=MUTTER_PATH)
        reply = self._method("AddIdleWatch", "t", (int(threshold.total_seconds() * 1000),))
        self.idle_watch = int(reply[0]) if reply else None

    def received(self, member: str, path: str, body: tuple) -> None:
        if member != "WatchFired" or not body:
            return
        watch = int(body[0])
        now = self.clock.now()
        if watch == self.idle_watch and self.active_watch is None:
            reply = self._method("AddUserActiveWatch")  # fires once, at the next input
            self.active_watch = int(reply[0]) if reply else None
            self.away.emit(now - self.threshold)
        elif watch == self.active_watch:
            self.active_watch = None
            self.back.emit(now)


class Logind(BusSource):
    name = "logind"
    bus = "SYSTEM"

    def _manager(self, member: str, signature: str, body: tuple) -> Any:
        from jeepney import DBusAddress, new_method_call

        interface = f"{LOGIND}.Manager"
        address = DBusAddress(LOGIND_PATH, bus_name=LOGIND, interface=interface)
        return self.call(new_method_call(address, member, signature, body))

    def start(self, threshold: timedelta) -> None:
        if self.connection is None and not self._connect():
            return
        self._listen(interface=f"{LOGIND}.Manager", member="PrepareForSleep")
        session = self._manager("GetSessionByPID", "u", (os.getpid(),))
        if session is None and os.environ.get("XDG_SESSION_ID"):
            session = self._manager("GetSession", "s", (os.environ["XDG_SESSION_ID"],))
        if session:
            self._listen(interface=f"{LOGIND}.Session", path=str(session[0]))

    def received(self, member: str, path: str, body: tuple) -> None:
        now = self.clock.now()
        if member == "PrepareForSleep" and body and body[0]:
            self.sleeping.emit()
        if member == "Lock" or (member == "PrepareForSleep" and body and body[0]):
            self.away.emit(now)
        elif member == "Unlock" or (member == "PrepareForSleep" and body and not body[0]):
            self.back.emit(now)
