"""The global shortcut through KDE's kglobalaccel (org.kde.kglobalaccel on the session bus,
/kglobalaccel): the action is registered as Dayweave's component, its keys set with
SetPresent (kglobalaccel keeps what the user chose in System Settings over the default given
here), and each press arrives as globalShortcutPressed on /component/dayweave. Plasma
without the portal's GlobalShortcuts (before 5.27) has only this."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from tracker.ui.dbus import BusConnection
from tracker.ui.shortcut.keys import KDE_KEYS, SHORTCUT_ID

__all__ = ["COMPONENT_PATH", "KGLOBALACCEL", "KdeShortcut"]

KGLOBALACCEL = "org.kde.kglobalaccel"
COMPONENT = "dayweave"
COMPONENT_PATH = f"/component/{COMPONENT}"
_SET_PRESENT = 2  # KGlobalAccel::SetShortcutFlag: the action is there, load what is stored


class KdeShortcut(BusConnection):
    pressed = Signal()
    bound = Signal(str)
    way = "kde"
    who = "shortcut"  # names it in the log

    def __init__(self, description: str, parent: QObject | None = None):
        super().__init__(parent)
        self.action = [COMPONENT, SHORTCUT_ID, "Dayweave", description]
        self.listening = False

    def _accel(self, member: str, signature: str, body: tuple) -> tuple | None:
        from jeepney import DBusAddress, new_method_call

        interface = "org.kde.KGlobalAccel"
        address = DBusAddress("/kglobalaccel", bus_name=KGLOBALACCEL, interface=interface)
        return self.call(new_method_call(address, member, signature, body))

    def bind(self) -> None:
        if not self.connect_bus():
            self.bound.emit("")
            return
        if not self.listening:
            interface = "org.kde.kglobalaccel.Component"
            self.listen(interface=interface, member="globalShortcutPressed", path=COMPONENT_PATH)
            self.listening = True
        self._accel("doRegister", "as", (self.action,))
        reply = self._accel("setShortcut", "asaiu", (self.action, [KDE_KEYS], _SET_PRESENT))
        keys = list(reply[0]) if reply else []
        self.bound.emit(_described(keys[0]) if keys and keys[0] else "")

    def received(self, member: str, path: str, body: tuple) -> None:
        if member == "globalShortcutPressed" and len(body) >= 2 and body[1] == SHORTCUT_ID:
            self.pressed.emit()


def _described(key: int) -> str:
    from PySide6.QtGui import QKeySequence

    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
