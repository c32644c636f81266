"""The global shortcut through the XDG desktop portal's org.freedesktop.portal.GlobalShortcuts
(GNOME 48 and later, KDE Plasma, Hyprland's portal): CreateSession, then BindShortcuts (the
desktop asks the user once, and may let them pick other keys), then Activated each time the
keys are pressed. Each call answers with a Request object whose Response signal carries the
result. The session lives as long as the app: bound again, silently, at each start."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Signal

from tracker.ui.dbus import BusConnection
from tracker.ui.shortcut.keys import PORTAL_TRIGGER, SHORTCUT_ID

__all__ = ["PORTAL", "PORTAL_PATH", "SHORTCUTS", "PortalShortcut"]

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
REGISTRY = "org.freedesktop.host.portal.Registry"
APP_ID = "dayweave"  # packaging/linux/dayweave.desktop


class PortalShortcut(BusConnection):
    pressed = Signal()
    bound = Signal(str)  # the keys as the desktop describes them; "" when refused or gone
    way = "portal"
    who = "shortcut"  # names it in the log

    def __init__(self, description: str, parent: QObject | None = None):
        super().__init__(parent)
        self.description = description  # shown by the desktop beside the keys
        self.session = ""
        self.pending: dict[str, str] = {}  # a Request's path: what its Response answers
        self.tokens = 0
        self.listening = False

    def bind(self) -> None:
        """Ask the desktop for the shortcut; `bound` says what it gave."""
        if not self.connect_bus():
            self.bound.emit("")
            return
        if not self.listening:
            self._register()
            self.listen(interface=REQUEST, member="Response")
            self.listen(interface=SHORTCUTS, member="Activated")
            self.listening = True
        if self.session:
            self._bind_shortcuts()
        else:
            self._create_session()

    def _register(self) -> None:
        """Outside a sandbox the portal knows the app only when told, first thing on the
        connection (xdg-desktop-portal 1.19's host registry; GNOME's shortcuts need an app
        id): told the installed desktop file's id. Older portals answer with an error,
        ignored; in Flatpak the sandbox says who the app is."""
        from jeepney import DBusAddress, new_method_call

        if os.path.exists("/.flatpak-info"):
            return
        address = DBusAddress(PORTAL_PATH, bus_name=PORTAL, interface=REGISTRY)
        self.call(new_method_call(address, "Register", "sa{sv}", (APP_ID, {})))

    def _token(self) -> str:
        self.tokens += 1
        return f"dayweave{os.getpid()}_{self.tokens}"

    def _portal(self, member: str, signature: str, body: tuple, answers: str) -> None:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(PORTAL_PATH, bus_name=PORTAL, interface=SHORTCUTS)
        reply = self.call(new_method_call(address, member, signature, body))
        if reply:
            self.pending[str(reply[0])] = answers
        else:
            self.bound.emit("")

    def _create_session(self) -> None:
        token = self._token()
        options = {"handle_token": ("s", token), "session_handle_token": ("s", token)}
        self._portal("CreateSession", "a{sv}", (options,), "session")

    def _bind_shortcuts(self) -> None:
        wanted = {
            "description": ("s", self.description),
            "preferred_trigger": ("s", PORTAL_TRIGGER),
        }
        options = {"handle_token": ("s", self._token())}
        body = (self.session, [(SHORTCUT_ID, wanted)], "", options)
        self._portal("BindShortcuts", "oa(sa{sv})sa{sv}", body, "bind")

    def received(self, member: str, path: str, body: tuple) -> None:
        if member == "Activated" and len(body) >= 2:
            if body[0] == self.session and body[1] == SHORTCUT_ID:
                self.pressed.emit()
            return
        if member != "Response" or path not in self.pending or len(body) < 2:
            return
        answers = self.pending.pop(path)
        code, results = body[0], body[1]
        if code != 0:  # 1: the user cancelled, 2: refused or failed
            self.bound.emit("")
        elif answers == "session" and "session_handle" in results:
            self.session = str(results["session_handle"][1])
            self._bind_shortcuts()
        elif answers == "bind":
            self.bound.emit(_described(results))


def _described(results: dict) -> str:
    """The bound trigger's description from BindShortcuts' results ("" when not said)."""
    for shortcut_id, fields in results.get("shortcuts", ("", []))[1]:
        if shortcut_id == SHORTCUT_ID:
            return str(fields.get("trigger_description", ("s", ""))[1]) or PORTAL_TRIGGER
    return ""
