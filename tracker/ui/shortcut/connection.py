"""A session bus connection of the shortcut's own, spoken with jeepney as the away sources and
notifications are (PySide6's QtDBus cannot send every type the portal and kglobalaccel take);
its socket is watched with a QSocketNotifier, so a signal is read when it comes, never polled."""

from __future__ import annotations

import contextlib
from collections import deque
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

from tracker.kernel.logs import logger, safe

__all__ = ["BusListener"]

log = logger("dayweave.app")
_TIMEOUT = 2.0


class BusListener(QObject):
    """Calls with `call`, signals matched with `listen` arrive at `received`."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.connection: Any = None
        self.notifier: QSocketNotifier | None = None
        self._signals: deque = deque()

    def connect_bus(self) -> bool:
        if self.connection is not None:
            return True
        from jeepney.io.blocking import open_dbus_connection

        try:
            self.connection = open_dbus_connection(bus="SESSION", auth_timeout=_TIMEOUT)
        except (OSError, KeyError, ValueError, RuntimeError, TimeoutError) as error:
            log.info("shortcut: no session bus (%s)", safe(error))
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
            log.warning("shortcut: the bus went away (%s)", safe(error))
            self.stop()
            return None
        if reply.header.message_type == MessageType.error:
            return None
        # A signal that came with the reply (the portal's Response follows it at once) may sit
        # in jeepney's buffer, where the socket notifier never sees it: read it after this.
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
