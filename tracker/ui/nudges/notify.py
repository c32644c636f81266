"""Nudges as desktop notifications, where the desktop has a notification service: the person,
why, what matters to them, and I reached out (Plan it... on a live meeting) / Snooze / Skip /
Open, which run what the popup's buttons run. "Do not disturb" is respected: a nudge not shown
waits in the tray. The popup is the fallback, and Settings chooses (automatic, notifications,
popup)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal

from tracker.nudges.policy import Nudge

__all__ = ["ACTIONS", "INHIBITION", "DesktopNotifier", "route"]

ACTIONS = ("done", "plan", "snooze", "skip", "open")
# Where a server says "do not disturb": the property KDE Plasma has,
# then dunst's own (`dunstctl set-paused true`). GNOME keeps banners back by itself.
INHIBITION = (("org.freedesktop.Notifications", "Inhibited"), ("org.dunstproject.cmd0", "paused"))
SNOOZE_MINUTES = 60  # the notification's one Snooze; the popup offers a choice


def route(choice: str, bus) -> str:
    """How a nudge goes out: "notify", "wait" (the server is in do not disturb) or "popup".

    `choice` is the setting; `bus` the NotificationBus, or None without a session bus. With
    "automatic" a server that cannot show actions gets the popup instead, where Done is a
    click away; with "notifications" it still gets the notification.
    """
    if choice == "popup" or bus is None or bus.broken or not bus.has_server():
        return "popup"
    if bus.inhibited():
        return "wait"
    if choice == "automatic" and "actions" not in bus.capabilities():
        return "popup"
    return "notify"


def _labels() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "done": translate("Notifications", "I reached out"),
        "ok": translate("Notifications", "OK"),
        "plan": translate("Notifications", "Plan it..."),
        "snooze": translate("Notifications", "Snooze 1 hour"),
        "skip": translate("Notifications", "Skip today"),
        "open": translate("Notifications", "Open"),
        "review": translate("Notifications", "Open the review"),
    }


class DesktopNotifier(QObject):
    answered = Signal(object, str, object)  # the Nudge, an action of ACTIONS, snooze minutes
    resumed = Signal()  # the server left do not disturb: what it held back may show

    def __init__(self, bus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.shown: dict[int, Nudge] = {}
        self._reader = QSocketNotifier(bus.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self.read_signals)

    def deliver(self, nudge: Nudge, title: str, lines: list[str], notes: str = "") -> bool:
        """Show `nudge` as a notification; False when the server refused it (use the popup)."""
        capabilities = self.bus.capabilities()
        markup = "body-markup" in capabilities
        text = [html.escape(line, quote=False) if markup else line for line in lines if line]
        if notes:
            quoted = f"“{notes}”"
            text.append(f"<i>{html.escape(quoted, quote=False)}</i>" if markup else quoted)
        actions = []
        if "actions" in capabilities:
            labels = _labels()
            actions = [("default", labels["open"]), *_buttons(nudge.kind, labels)]
        notification = self.bus.notify(title, "\n".join(text), actions, icon="dayweave")
        # Signals that came in while the call waited for its reply sit in the queue already.
        QTimer.singleShot(0, self.read_signals)
        if notification is None:
            return False
        self.shown[notification] = nudge
        return True

    def withdraw(self, pending: set[str]) -> None:
        """Close the notifications of nudges answered elsewhere (the popup, a log): their
        actions would only be stale."""
        for notification, nudge in list(self.shown.items()):
            if nudge.key not in pending:
                del self.shown[notification]
                self.bus.close(notification)

    def read_signals(self) -> None:
        for member, body in self.bus.signals():
            if member == "ActionInvoked" and len(body) == 2:
                notification, key = body
                nudge = self.shown.pop(int(notification), None)
                if nudge is None:
                    continue  # another application's notification
                action = "open" if key == "default" else str(key)
                if action in ACTIONS:
                    minutes = SNOOZE_MINUTES if action == "snooze" else None
                    self.answered.emit(nudge, action, minutes)
            elif member == "NotificationClosed" and body:
                # Expired or dismissed without an answer: the nudge keeps waiting in the tray.
                self.shown.pop(int(body[0]), None)
            elif member == "PropertiesChanged" and len(body) >= 2 and _resumed(*body[:2]):
                self.resumed.emit()
        if self.bus.broken:
            self._reader.setEnabled(False)


def _buttons(kind: str, labels: dict[str, str]) -> list[tuple[str, str]]:
    """Each says what it does: a call prompt's OK, a reach-out's I reached out (it logs a
    contact), a live meeting's Plan it..., and then Snooze, Skip and Open."""
    if kind in ("call_open", "call_close"):
        return [("done", labels["ok"])]
    if kind == "review":  # the weekly review moment: one thing to do, open it
        return [("open", labels["review"])]
    first = ("plan", labels["plan"]) if kind == "plan_live" else ("done", labels["done"])
    return [first, *((key, labels[key]) for key in ("snooze", "skip", "open"))]


def _resumed(interface, changed) -> bool:
    """A PropertiesChanged body that says do not disturb ended."""
    return any(
        interface == where and name in changed and not changed[name][1]
        for where, name in INHIBITION
    )
