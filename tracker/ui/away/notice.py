"""The question on return as a desktop notification, where the desktop's notification server
shows actions and "Show nudges as" does not say popup: the gap's real times and one action per
answer. A notification never takes focus and is never modal; answers that need more (the
cause, with whom, the parts of a split) open the quiet panel, so one click says which.

Its own session-bus connection (tracker/ui/nudges/desktop_bus.py), opened on the first gap
that asks: the nudges' connection reads its signals itself, and a server may send a
notification's ActionInvoked to its sender only.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal

from tracker.away.gaps import Gap
from tracker.ui.texts import duration

__all__ = ["GAP_ACTIONS", "GapNotice", "by_notification"]

# An action's key: what it answers ("open": the panel, as a click on the notification does).
GAP_ACTIONS = ("break", "disruption", "meeting", "working", "split", "open")


def by_notification(choice: str, bus) -> bool:
    """Whether a gap asks by notification: `choice` is "Show nudges as", `bus` the
    NotificationBus or None. A server without actions cannot take the answer in one click,
    so the panel asks instead; in "do not disturb" the notification still goes, and the
    server holds it (the gap is in the week meanwhile, to answer there)."""
    from tracker.ui.nudges.notify import route

    if route(choice, bus) == "popup":
        return False
    return "actions" in bus.capabilities()


def _labels() -> list[tuple[str, str]]:
    translate = QCoreApplication.translate
    return [
        ("default", translate("GapNotice", "Open")),
        ("break", translate("GapNotice", "A break")),
        ("disruption", translate("GapNotice", "A disruption…")),
        ("meeting", translate("GapNotice", "A live meeting…")),
        ("working", translate("GapNotice", "Still working")),
        ("split", translate("GapNotice", "Split…")),
    ]


def _clock(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")


class GapNotice(QObject):
    """`chosen(gap, action)`: an action of GAP_ACTIONS picked on a gap's notification."""

    chosen = Signal(object, str)

    def __init__(self, bus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.shown: dict[int, Gap] = {}
        self._reader = QSocketNotifier(bus.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self.read_signals)

    def ask(self, gap: Gap, zone: ZoneInfo) -> bool:
        """Show the question about `gap`; False when the server refused it (ask in the panel)."""
        translate = QCoreApplication.translate
        title = translate("GapNotice", "Dayweave: time away")
        body = (
            translate("GapNotice", "You were away %1–%2 (%3). What was it?")
            .replace("%1", _clock(gap.start, zone))
            .replace("%2", _clock(gap.end, zone))
            .replace("%3", duration(gap.minutes))
        )
        notification = self.bus.notify(title, body, _labels(), icon="dayweave")
        QTimer.singleShot(0, self.read_signals)  # signals that came while the call waited
        if notification is None:
            return False
        self.shown[notification] = gap
        return True

    def withdraw(self) -> None:
        """Close the questions still shown: answered in the panel or the week, their actions
        would only be stale."""
        for notification in list(self.shown):
            del self.shown[notification]
            self.bus.close(notification)

    def close(self) -> None:
        """Stop reading and close the connection (at quit; a test's end): never left to
        Python's collector, which Qt's socket notifier would outlive."""
        self._reader.setEnabled(False)
        connection = getattr(self.bus, "connection", None)
        if connection is not None:
            connection.close()

    def read_signals(self) -> None:
        for member, body in self.bus.signals():
            if member == "ActionInvoked" and len(body) == 2:
                gap = self.shown.pop(int(body[0]), None)
                action = "open" if body[1] == "default" else str(body[1])
                if gap is not None and action in GAP_ACTIONS:
                    self.chosen.emit(gap, action)
            elif member == "NotificationClosed" and body:
                # Dismissed or expired unanswered: the block stays, the gap waits in the week.
                self.shown.pop(int(body[0]), None)
        if self.bus.broken:
            self._reader.setEnabled(False)
