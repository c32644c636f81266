"""The desktop's notification service (freedesktop Notifications, spec 1.2) on the session bus.

Spoken with jeepney rather than QtDBus: PySide6 turns a Python int into an int32 ('i') or, in
QDBusArgument, a uint16 ('q'), and Notify and CloseNotification take a uint32 ('u'), so every
server refuses the call ("does not match expected type (susssasa{sv}i)"). jeepney writes each
argument by the method's signature. One connection sends Notify and receives ActionInvoked and
NotificationClosed, since a server may send those to the notification's sender only.

Calls block for at most CALL_TIMEOUT seconds; incoming signals are read by the caller when the
connection's socket is readable (`fileno`, `signals`), so nothing polls.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from jeepney import (
    DBusAddress,
    HeaderFields,
    MatchRule,
    MessageType,
    Properties,
    new_method_call,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from tracker.kernel.logs import logger, safe
from tracker.ui.dbus import read_waiting
from tracker.ui.nudges.notify import INHIBITION

__all__ = ["NAME", "NotificationBus"]

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT = 2.0
log = logger("dayweave.bus")


class NotificationBus:
    """One session-bus connection to the notification server; None from `open` without a bus."""

    def __init__(self, connection) -> None:
        self.connection = connection
        self.address = DBusAddress(PATH, bus_name=NAME, interface=NAME)
        self._signals: deque = deque()
        self.broken = False
        self._found: bool | None = None  # the server was there when last asked
        # The server's own signals, and its property changes: the end of do not disturb.
        properties = "org.freedesktop.DBus.Properties"
        self._filters = []
        for interface in (NAME, properties):
            rule = MatchRule(type="signal", interface=interface, path=PATH)
            self._filters.append(connection.filter(rule, queue=self._signals))
            self._call(message_bus.AddMatch(rule))  # servers that broadcast their signals

    @classmethod
    def open(cls) -> NotificationBus | None:
        try:
            return cls(open_dbus_connection(bus="SESSION", auth_timeout=CALL_TIMEOUT))
        except (OSError, KeyError, ValueError, RuntimeError) as error:
            log.info("no session bus (%s): nudges use the popup", safe(error))
            return None  # no session bus (KeyError: no address), or it did not answer

    def fileno(self) -> int:
        return self.connection.sock.fileno()

    def _call(self, message):
        """The reply's body, or None when the call failed (an error reply, a lost bus)."""
        if self.broken:
            return None
        try:
            reply = self.connection.send_and_get_reply(message, timeout=CALL_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as error:
            log.warning("the session bus went away (%s): nudges use the popup", safe(error))
            self.broken = True  # the bus went away: the popup takes over from here
            return None
        if reply.header.message_type == MessageType.error:
            log.debug("refused: %s", reply.header.fields.get(HeaderFields.error_name))
            return None
        return reply.body

    def has_server(self) -> bool:
        body = self._call(message_bus.NameHasOwner(NAME))
        found = bool(body and body[0])
        if found != self._found:
            self._found = found
            log.info("notification service %s", "found" if found else "missing: popup instead")
        return found

    def capabilities(self) -> frozenset[str]:
        body = self._call(new_method_call(self.address, "GetCapabilities"))
        return frozenset(body[0]) if body else frozenset()

    def inhibited(self) -> bool:
        """True while the server is in "do not disturb", where it says so."""
        for interface, name in INHIBITION:
            address = DBusAddress(PATH, bus_name=NAME, interface=interface)
            body = self._call(Properties(address).get(name))
            if body:
                _signature, value = body[0]
                return bool(value)
        return False

    def notify(
        self, summary: str, body: str, actions: Sequence[tuple[str, str]], icon: str = ""
    ) -> int | None:
        """Show a notification; its id, or None when the server refused it."""
        flat = [text for pair in actions for text in pair]
        hints = {"desktop-entry": ("s", "dayweave"), "urgency": ("y", 1)}
        message = new_method_call(
            self.address,
            "Notify",
            "susssasa{sv}i",
            ("Dayweave", 0, icon, summary, body, flat, hints, -1),
        )
        reply = self._call(message)
        log.debug("notification %s", int(reply[0]) if reply else "refused")
        return int(reply[0]) if reply else None

    def close(self, notification: int) -> None:
        self._call(new_method_call(self.address, "CloseNotification", "u", (notification,)))

    def signals(self) -> list[tuple[str, tuple]]:
        """The Notifications signals received so far: (member, body), oldest first."""
        if not self.broken and not read_waiting(self.connection):
            self.broken = True
        received = [(m.header.fields.get(HeaderFields.member, ""), m.body) for m in self._signals]
        self._signals.clear()
        return received
