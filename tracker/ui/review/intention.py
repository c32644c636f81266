"""One intention for next week, typed in the review (issue 22): a line the user fills in and
leaves (Enter, or focus elsewhere); the window's owner stores it through the door
(SetIntention), so the command line, undo-free notes and other devices see the same."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from tracker.kernel.model import MAX_TITLE

__all__ = ["IntentionBox"]


class IntentionBox(QWidget):
    chosen = Signal(str, object)  # the text ("" takes it back), the first day of its week

    def __init__(self) -> None:
        super().__init__()
        self.week: date | None = None
        self.label = QLabel()
        self.edit = QLineEdit()
        self.edit.setMaxLength(MAX_TITLE)
        self.edit.setPlaceholderText(self.tr("e.g. call Anna before Wednesday"))
        self.label.setBuddy(self.edit)
        self.edit.editingFinished.connect(self._finished)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        self._shown = ""
        self._kept = ""  # the intention last shown as kept (not_kept goes back to it)

    def show_intention(self, week: date, text: str) -> None:
        """The intention kept for the week starting `week` (its first day by the setting)."""
        self.week = week
        when = QLocale().toString(QDate(week.year, week.month, week.day), "d MMMM")
        self.label.setText(self.tr("&Intention for the week of %1:").replace("%1", when))
        self._shown = self._kept = text
        if not self.edit.hasFocus():  # never overwrite what the user is typing
            self.edit.setText(text)

    def not_kept(self) -> None:
        """What was entered was refused (another device's intentions still arriving): the
        same words entered again are asked for again."""
        self._shown = self._kept

    def _finished(self) -> None:
        text = " ".join(self.edit.text().split())
        if self.week is not None and text != self._shown:
            self._shown = text
            self.chosen.emit(text, self.week)
