"""Add or edit one person: name, circle, team, how often to stay in touch, what matters to them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from tracker.kernel.model import CIRCLES, Person, ValidationError, validate_person
from tracker.kernel.vocabulary import circle_label
from tracker.ui.formdialog import lay_out_form

__all__ = ["PersonEditor"]


class PersonEditor(QDialog):
    def __init__(self, person: Person | None, default_every: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.original = person
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add person"))
        person = person or Person(name="", circle=None)
        self.name = QLineEdit(person.name)
        self.circle = QComboBox()
        for circle in (None, *CIRCLES):
            self.circle.addItem(circle_label(circle), circle)
        self.circle.setCurrentIndex(
            0 if person.circle is None else 1 + CIRCLES.index(person.circle)
        )
        self.team = QLineEdit(person.team)
        self.every = QSpinBox()
        self.every.setRange(1, 365)
        self.every.setSuffix(self.tr(" days"))
        self.every.setValue(person.every_days or default_every)
        self.emails = QLineEdit(", ".join(person.emails))
        self.notes = QPlainTextEdit(person.notes)
        self.notes.setPlaceholderText(
            self.tr("What matters to them: family, hobbies, what they care about")
        )
        self.notes.setFixedHeight(90)
        self.next_action = QLineEdit(person.next_action)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Circle:"), self.circle)
        form.addRow(self.tr("&Team:"), self.team)
        form.addRow(self.tr("Stay in touch &every:"), self.every)
        form.addRow(self.tr("&E-mail:"), self.emails)
        form.addRow(self.tr("What &matters to them:"), self.notes)
        form.addRow(self.tr("Next &action agreed:"), self.next_action)
        lay_out_form(self, form, on_save=self._try_accept, below=self.problem)
        self.name.setMinimumWidth(280)

    def person(self) -> Person:
        base = self.original or Person(name="", circle=None)
        emails = tuple(e.strip().lower() for e in self.emails.text().split(",") if e.strip())
        return base.with_changes(
            name=self.name.text().strip(),
            circle=self.circle.currentData(),
            team=self.team.text().strip(),
            every_days=self.every.value(),
            emails=emails,
            notes=self.notes.toPlainText(),
            next_action=self.next_action.text().strip(),
        )

    def _try_accept(self) -> None:
        try:
            validate_person(self.person())
        except ValidationError as error:
            self.problem.setText(str(error))
            return
        self.accept()
