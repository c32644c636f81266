"""The intention for the shown week (issue 22), a line at the top of the week window; hidden
when the week has none. Its own widget, so the week window only places and feeds it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

__all__ = ["IntentionLine"]


class IntentionLine(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)  # the user's words, never markup
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("The week's intention"))
        self.hide()

    def show_week(self, journal: Any, first_day: date) -> None:
        """The intention of the week starting `first_day` (its weekday is the user's first)."""
        from tracker.store.intentions import intention_for

        text = ""
        if hasattr(journal, "files"):  # the data folder's, not the PNG's summary of one week
            try:
                text = intention_for(journal, first_day, first_day.weekday())
            except OSError:
                text = ""
        self.setText(self.tr("Intention for the week: %1").replace("%1", text) if text else "")
        self.setVisible(bool(text))
