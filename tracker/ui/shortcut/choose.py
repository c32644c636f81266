"""Which way this desktop offers a global shortcut, chosen once when first needed, and the
shortcut Settings shows and binds: the portal's GlobalShortcuts where the desktop has it, else
KDE's kglobalaccel, else GNOME's custom keybinding (the desktop runs the command itself).

The portal and kglobalaccel listen only once the user bound the shortcut in Settings (a
marker in the config folder says so): an app that never asked opens no desktop dialog at
start. Nothing here polls; the bus is read when it speaks.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from tracker.kernel.logs import logger

__all__ = ["GlobalShortcut", "shortcut_way", "start_shortcut"]

log = logger("dayweave.app")
MARKER = "global-shortcut"


def _portal_has_shortcuts() -> bool:
    from tracker.away.desktop import ask_bus, has_bus_name
    from tracker.ui.shortcut.portal import PORTAL, PORTAL_PATH, SHORTCUTS

    def version() -> Any:
        from jeepney import DBusAddress, Properties

        return Properties(DBusAddress(PORTAL_PATH, PORTAL, SHORTCUTS)).get("version")

    return has_bus_name("SESSION", PORTAL) and ask_bus("SESSION", version) is not None


def shortcut_way() -> str:
    """ "portal", "kde" or "gnome"; "" when this desktop offers none Dayweave knows."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        from tracker.away.desktop import has_bus_name

        if _portal_has_shortcuts():
            return "portal"
        if has_bus_name("SESSION", "org.kde.kglobalaccel"):
            return "kde"
    if "GNOME" in os.environ.get("XDG_CURRENT_DESKTOP", "").upper().split(":"):
        from tracker.ui.shortcut import gnome

        if gnome.offered():
            return "gnome"
    return ""


def description() -> str:
    """The shortcut's name where the desktop lists it."""
    return QCoreApplication.translate("GlobalShortcut", "Dayweave: log a disruption")


class GlobalShortcut(QObject):
    """The one shortcut: `keys` is what is bound ("" when nothing), `changed` says when that
    changed, `pressed` when the portal or kglobalaccel heard the keys. The desktop is asked
    which way it offers only when needed: at start when the user bound it before, else when
    Settings shows it."""

    changed = Signal()
    pressed = Signal()

    def __init__(self, config_dir: Path, way: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._way = way
        self.marker = config_dir / MARKER
        self.keys = ""
        self.listener: Any = None

    @property
    def way(self) -> str:
        if self._way is None:
            self._way = shortcut_way()
            log.info("global shortcut: %s", self._way or "none")
        return self._way

    def _listening(self) -> Any:
        """The portal's or kglobalaccel's listener, made on first use."""
        if self.listener is None and self.way in ("portal", "kde"):
            if self.way == "portal":
                from tracker.ui.shortcut.portal import PortalShortcut as Listener
            else:
                from tracker.ui.shortcut.kde import KdeShortcut as Listener  # type: ignore[assignment]
            self.listener = Listener(description(), self)
            self.listener.pressed.connect(self.pressed)
            self.listener.bound.connect(self._bound)
        return self.listener

    def start(self) -> None:
        """At the app's start: bound again (and listened to) only if the user bound it before;
        GNOME's needs nothing, the desktop runs the command itself."""
        if self.marker.exists() and self._listening() is not None:
            self.listener.bind()

    def refresh(self) -> None:
        """What is bound now, as Settings shows it: GNOME's list is read again."""
        if self.way == "gnome":
            from tracker.ui.shortcut import gnome

            self.keys = gnome.bound() or ""

    def bind(self) -> None:
        """Bind it, as the user asked in Settings; `changed` follows (at once, or when the
        desktop answered its own question)."""
        if self.way == "gnome":
            from tracker.ui.shortcut import gnome
            from tracker.ui.shortcut.keys import GNOME_BINDING

            gnome.bind(description(), GNOME_BINDING)
            self.refresh()
            self.changed.emit()
        elif self._listening() is not None:
            self.listener.bind()

    def _bound(self, keys: str) -> None:
        self.keys = keys
        if keys:
            try:
                self.marker.parent.mkdir(parents=True, exist_ok=True)
                self.marker.write_text(self.way + "\n", encoding="utf-8")
            except OSError as error:
                log.warning("shortcut: not remembered (%s)", type(error).__name__)
        self.changed.emit()

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()


def start_shortcut(shell: Any) -> GlobalShortcut:
    """The shell's global shortcut, made after the icon shows (and nothing asked of the
    desktop unless the user bound it before); a press logs a disruption as `dayweave log
    disruption` would (tracker/ui/shortcut/keys.py says why)."""
    from functools import partial

    from PySide6.QtWidgets import QApplication

    from tracker.store.layout import default_config_dir

    shortcut = GlobalShortcut(default_config_dir(), parent=shell)
    shortcut.pressed.connect(partial(shell.actions.disruption, ""))
    shortcut.start()
    QApplication.instance().aboutToQuit.connect(shortcut.stop)
    return shortcut
