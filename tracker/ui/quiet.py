"""Windows that speak without interrupting: a nudge's popup and a planned meeting's prompt.

They stay on top beside the tray, have no frame and never take the keyboard: a reminder that
steals focus is a disruption of its own (docs/ARCHITECTURE.md, Nudges).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QLabel, QWidget

from tracker.ui.turns import turns

__all__ = ["QUIET_FLAGS", "QuietWindow"]

QUIET_FLAGS = (
    Qt.WindowType.Tool
    | Qt.WindowType.FramelessWindowHint
    | Qt.WindowType.WindowStaysOnTopHint
    | Qt.WindowType.WindowDoesNotAcceptFocus
)


class QuietWindow(QWidget):
    """A frameless window shown without activating, with a bold `heading` label."""

    def __init__(self, title: str) -> None:
        super().__init__(None, QUIET_FLAGS)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(title)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

    def setVisible(self, visible: bool) -> None:
        """Shown when its turn comes: after a balloon that is up, beside a popup that is open
        (tracker/ui/turns.py)."""
        if visible and not self.isVisible() and not turns().may_show(self):
            return
        if not visible:
            turns().hidden(self)  # also one that waited for its turn and is no longer wanted
        super().setVisible(visible)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        turns().hidden(self)
