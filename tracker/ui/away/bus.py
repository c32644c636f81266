"""GNOME's idle monitor and logind's lock and sleep, as away sources; nothing polls.

Spoken with jeepney, as the notifications are (tracker/ui/nudges/desktop_bus.py): AddIdleWatch
takes a uint64 ('t'), which PySide6's QtDBus cannot be made to send from a Python int. The
connection's socket is watched with a QSocketNotifier, so a signal is read when it comes.

- org.gnome.Mutter.IdleMonitor (session bus, /org/gnome/Mutter/IdleMonitor/Core): an idle
  watch fires WatchFired once idleness reaches the threshold; a user-active watch fires once
  at the next input (and is gone). Safe Eyes' smartpause plugin uses the same pair on GNOME.
- org.freedesktop.login1 (system bus): the Manager's PrepareForSleep(true/false), and this
  session's Lock and Unlock (plain i3lock sets no hint; that is the screensaver's to say).
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

from tracker.kernel.clock import Clock
from tracker.kernel.logs import logger, safe
from tracker.ui.away.sources import AwaySource

__all__ = ["BusSource", "Logind", "MutterIdle"]

log = logger("dayweave.bus")
_TIMEOUT = 2.0
MUTTER = "org.gnome.Mutter.IdleMonitor"
MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"


class BusSource(AwaySource):
    """A jeepney connection whose signals are read when its socket is readable."""

    bus = "SESSION"

    def __init__(self, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self.clock = clock
        self.connection: Any = None
        self.notifier: QSocketNotifier | None = None
        self._signals: deque = deque()

    def _connect(self) -> bool:
        from jeepney.io.blocking import open_dbus_connection

        try:
            self.connection = open_dbus_connection(bus=self.bus, auth_timeout=_TIMEOUT)
        except (OSError, KeyError, ValueError, RuntimeError, TimeoutError) as error:
            log.info("no %s bus for %s (%s)", self.bus.lower(), self.name, safe(error))
            return False
        self.notifier = QSocketNotifier(
            self.connection.sock.fileno(), QSocketNotifier.Type.Read, self
        )
        self.notifier.activated.connect(self._readable)
        return True

    def _listen(self, **rule: str) -> None:
        from jeepney import MatchRule
        from jeepney.bus_messages import message_bus

        match = MatchRule(type="signal", **rule)
        self.connection.filter(match, queue=self._signals)
        self.call(message_bus.AddMatch(match))

    def call(self, message: Any) -> tuple | None:
        """The reply's body; None after an error reply or a lost bus."""
        from jeepney import MessageType

        if self.connection is None:
            return None
        try:
            reply = self.connection.send_and_get_reply(message, timeout=_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as error:
            log.warning("%s: the bus went away (%s)", self.name, safe(error))
            self.stop()
            return None
        if reply.header.message_type == MessageType.error:
            return None
        # A signal that came in the same read as the reply (ScreenSaver's ActiveChanged beside
        # GetSessionIdleTime's answer) sits in jeepney's buffer, where the socket notifier
        # never sees it: read it after this.
        if self.notifier is not None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._readable)
        return tuple(reply.body)

    def _readable(self) -> None:
        from jeepney import HeaderFields

        if self.connection is None:
            return
        try:
            while True:
                self.connection.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except (OSError, ValueError):
            self.stop()
        while self._signals:
            message = self._signals.popleft()
            member = message.header.fields.get(HeaderFields.member, "")
            path = message.header.fields.get(HeaderFields.path, "")
            self.received(member, path, tuple(message.body))

    def received(self, member: str, path: str, body: tuple) -> None:
        """One signal from the bus."""

    def stop(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier = None
        if self.connection is not None:
            with contextlib.suppress(OSError):
                self.connection.close()
            self.connection = None


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
