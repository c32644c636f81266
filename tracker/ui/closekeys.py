"""Esc and Ctrl+W close Dayweave's windows (the week, People, Settings, the dialogs), as they
do in most desktop programs: one filter on the application instead of keys in every window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

__all__ = ["CLOSES_ITSELF", "CloseKeys", "install_close_keys"]

# A window with this property set handles its own keys (the quick-log panel: Esc hides it, and
# without a tray closing it would quit the app).
CLOSES_ITSELF = "dayweaveClosesItself"


class CloseKeys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if QApplication.activePopupWidget() is not None:  # Esc closes the open menu first
            return False
        window = watched.window()
        if window.property(CLOSES_ITSELF) or not isinstance(event, QKeyEvent):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl_w = event.key() == Qt.Key.Key_W and modifiers == Qt.KeyboardModifier.ControlModifier
        # A dialog's Esc is its Cancel already.
        escape = (
            event.key() == Qt.Key.Key_Escape
            and modifiers == Qt.KeyboardModifier.NoModifier
            and not isinstance(window, QDialog)
        )
        if ctrl_w or escape:
            window.close()
            return True
        return False


def install_close_keys(app: QApplication) -> CloseKeys:
    """Installed once by the app; the filter is kept as the application's child."""
    keys = CloseKeys(app)
    app.installEventFilter(keys)
    return keys
