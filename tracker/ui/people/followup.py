"""After a call or live meeting: the next action agreed, and something personal to remember."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from tracker.kernel.model import Person
from tracker.ui.formdialog import lay_out_form

__all__ = ["FollowUpDialog"]


class FollowUpDialog(QDialog):
    """Optional and not modal: closing it stores nothing."""

    saved = Signal(object)  # the updated Person

    def __init__(self, person: Person, parent: QWidget | None = None):
        super().__init__(parent)
        self.person = person
        self.setWindowTitle(self.tr("After the call with %1").replace("%1", person.name))
        self.setModal(False)
        self.next_action = QLineEdit(person.next_action)
        self.next_action.setPlaceholderText(self.tr("Who does what, by when"))
        self.personal = QLineEdit()
        self.personal.setPlaceholderText(self.tr("e.g. back from holiday in Portugal"))
        form = QFormLayout()
        form.addRow(self.tr("Next &action agreed:"), self.next_action)
        form.addRow(self.tr("Something &personal:"), self.personal)
        hint = QLabel(self.tr("Both are optional; they show when you next call."))
        lay_out_form(
            self, form, on_save=self._save, above=hint, cancel=QDialogButtonBox.StandardButton.Close
        )
        self.next_action.setMinimumWidth(320)

    def updated_person(self) -> Person:
        notes = self.person.notes
        personal = self.personal.text().strip()
        if personal:
            notes = f"{notes}\n{personal}".strip()
        return self.person.with_changes(next_action=self.next_action.text().strip(), notes=notes)

    def _save(self) -> None:
        self.saved.emit(self.updated_person())
        self.accept()
