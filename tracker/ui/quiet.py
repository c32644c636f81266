"""Windows that speak without interrupting: a nudge's popup and a planned meeting's prompt.

They stay on top beside the tray, have no frame and never take the keyboard: a reminder that
steals focus is a disruption of its own (docs/ARCHITECTURE.md, Nudges).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

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
