"""One jeepney connection to the session or system bus, shared by the away sources
(tracker/ui/away/bus.py) and the global shortcut (tracker/ui/shortcut/): calls wait for their
reply; signals matched with `listen` arrive at `received` when the socket is readable (a
QSocketNotifier), never polled.

Spoken with jeepney rather than QtDBus, as the notifications are (ui/nudges/desktop_bus.py):
PySide6's QtDBus cannot send every type these services take (Mutter's AddIdleWatch a uint64,
the portal's and kglobalaccel's arguments). jeepney is imported when a bus is first used, not
at start (tests/gui/test_startup_imports.py).
"""

from __future__ import annotations

import contextlib
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

from tracker.kernel.logs import logger, safe

__all__ = ["BusConnection", "read_waiting"]

log = logger("dayweave.bus")
_TIMEOUT = 2.0


def read_waiting(connection: Any) -> bool:
    """Read all the socket holds into the connection's queues, without waiting (the signals
    land in their filters' queues); False when the bus broke."""
    try:
        while True:
            connection.recv_messages(timeout=0)
    except TimeoutError:
        return True
    except (OSError, ValueError):
        return False


class BusConnection(QObject):
    """Calls with `call`; signals matched with `listen` arrive at `received`, which passes them
    to `heard` when given (an owner that is a QObject of another kind) or is overridden.

    `heard`, a bound method of the owner, is held weakly: the owner holds this connection, and
    a cycle between Qt objects left to the collector may be freed on another thread."""

    bus = "SESSION"
    who = "bus"  # names the owner in the log

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        bus: str | None = None,
        who: str | None = None,
        heard: Callable[[str, str, tuple], None] | None = None,
    ):
        super().__init__(parent)
        self.bus = bus or self.bus
        self.who = who or self.who
        self.heard = weakref.WeakMethod(heard) if heard is not None else None
        self.connection: Any = None
        self.notifier: QSocketNotifier | None = None
        self._signals: deque = deque()

    def connect_bus(self) -> bool:
        """Open the bus once; False when there is none (or it did not answer)."""
        if self.connection is not None:
            return True
        from jeepney.io.blocking import open_dbus_connection

        try:
            self.connection = open_dbus_connection(bus=self.bus, auth_timeout=_TIMEOUT)
        except (OSError, KeyError, ValueError, RuntimeError, TimeoutError) as error:
            log.info("%s: no %s bus (%s)", self.who, self.bus.lower(), safe(error))
            return False
        self.notifier = QSocketNotifier(
            self.connection.sock.fileno(), QSocketNotifier.Type.Read, self
        )
        self.notifier.activated.connect(self._readable)
        return True

    def listen(self, **rule: str) -> None:
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
            log.warning("%s: the bus went away (%s)", self.who, safe(error))
            self.stop()
            return None
        if reply.header.message_type == MessageType.error:
            return None
        # A signal that came in the same read as the reply (ScreenSaver's ActiveChanged beside
        # GetSessionIdleTime's answer, the portal's Response right after its Request) sits in
        # jeepney's buffer, where the socket notifier never sees it: read it after this.
        if self.notifier is not None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._readable)
        return tuple(reply.body)

    def unique_name(self) -> str:
        return str(self.connection.unique_name) if self.connection is not None else ""

    def _readable(self) -> None:
        from jeepney import HeaderFields

        if self.connection is None:
            return
        if not read_waiting(self.connection):
            self.stop()
        while self._signals:
            message = self._signals.popleft()
            member = message.header.fields.get(HeaderFields.member, "")
            path = message.header.fields.get(HeaderFields.path, "")
            self.received(member, path, tuple(message.body))

    def received(self, member: str, path: str, body: tuple) -> None:
        """One signal from the bus."""
        heard = self.heard() if self.heard is not None else None
        if heard is not None:
            heard(member, path, body)

    def stop(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier = None
        if self.connection is not None:
            with contextlib.suppress(OSError):
                self.connection.close()
            self.connection = None
