"""Esc and Ctrl+W close Dayweave's windows (the week, People, Settings, the dialogs), as they
do in most desktop programs. Each window gets the two keys when it first becomes the active
window: one hook on the application instead of keys written into every window, and no Python
call per event (an application-wide event filter would see every mouse move)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # PySide6 builds a class on first use: these with the first window shown
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QWidget

__all__ = ["CLOSES_ITSELF", "give_close_keys", "install_close_keys"]

# A window with this property set handles its own keys (the quick-log panel: Esc hides it, and
# without a tray closing it would quit the app).
CLOSES_ITSELF = "dayweaveClosesItself"
_GIVEN = "dayweaveCloseKeys"


def give_close_keys(window: QWidget) -> None:
    """Ctrl+W closes `window`; so does Esc, unless it is a dialog (there Esc is Cancel)."""
    if window.property(CLOSES_ITSELF) or window.property(_GIVEN):
        return
    from PySide6.QtCore import Qt  # its ~90 enums cost ~40 ms: after the icon, not before
    from PySide6.QtGui import QKeySequence, QShortcut  # built when a window first shows
    from PySide6.QtWidgets import QDialog

    window.setProperty(_GIVEN, True)
    keys = [QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_W)]
    if not isinstance(window, QDialog):
        keys.append(QKeySequence(Qt.Key.Key_Escape))
    for key in keys:
        QShortcut(key, window, window.close)


def _window_activated(_window: QWindow | None) -> None:
    from PySide6.QtCore import Qt

    active = QApplication.activeWindow()
    if active is not None and active.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
        give_close_keys(active)


def install_close_keys(app: QApplication) -> None:
    app.focusWindowChanged.connect(_window_activated)
