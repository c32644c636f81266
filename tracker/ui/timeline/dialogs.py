"""Small dialogs the quick log needs: who a call was with, a quick-entry line, an own cause."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tracker.commands.errors import needs_someone
from tracker.kernel.model import Person
from tracker.kernel.vocabulary import CIRCLES, SPAN_KINDS, circle_label, kind_label
from tracker.people.identity import resolve_name
from tracker.timeline.quickentry import QuickEntryError, parse_quick_entry
from tracker.ui.people.completer import attach_names_completer
from tracker.ui.texts import quick_entry_message

__all__ = ["PeopleAnswer", "PeopleDialog", "QuickEntryDialog"]


@dataclass(frozen=True, slots=True)
class PeopleAnswer:
    kind: str
    names: list[str]
    title: str
    circle_for_new: str | None


class PeopleDialog(QDialog):
    """Who a call, live meeting or contact was with. Typing a name picks or makes a person."""

    def __init__(self, kind: str, people: Sequence[Person], parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self._people = list(people)
        # A call's or a meeting's label from the one table; a contact says what was done.
        contacted = self.tr("Contacted someone")
        self.setWindowTitle(contacted if kind == "contact" else kind_label(kind))
        self.names = QLineEdit()
        self.names.setPlaceholderText(self.tr("Anna, Joost"))
        self.names.setAccessibleName(self.tr("Who"))
        self.completer = attach_names_completer(self.names, people)
        self.names.setMinimumWidth(280)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What about (optional)"))
        self.title.setAccessibleName(self.tr("What about"))
        self.live = QCheckBox(self.tr("Live, in person"))
        self.live.setChecked(kind == "meeting")
        self.live.setVisible(kind in SPAN_KINDS)
        self.circle = QComboBox()
        for circle in (None, *CIRCLES):
            self.circle.addItem(circle_label(circle), circle)
        self.new_hint = QLabel()
        # One line, always there, never wider than the dialog: the fields and buttons around
        # it stay put while you type (a long list is cut; its tooltip has it whole).
        self.new_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.new_hint.setFixedHeight(self.new_hint.fontMetrics().lineSpacing())
        form = QFormLayout()
        form.addRow(self.tr("&Who:"), self.names)
        form.addRow(self.tr("&About:"), self.title)
        form.addRow("", self.live)
        self._circle_label = QLabel(self.tr("&Circle of new people:"))
        self._circle_label.setBuddy(self.circle)
        form.addRow(self._circle_label, self.circle)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.new_hint)
        layout.addWidget(buttons)
        self.names.textChanged.connect(self._update_hint)
        self._update_hint()

    def entered_names(self) -> list[str]:
        return [n.strip() for n in self.names.text().split(",") if n.strip()]

    def new_names(self) -> list[str]:
        """Names that are nobody yet: a first name or alias of someone you have is not new."""
        return [n for n in self.entered_names() if not resolve_name(n, self._people).candidates]

    def unsorted_names(self) -> list[str]:
        """Names of people who have no circle yet: the circle chosen here sorts them too."""
        found = (resolve_name(n, self._people) for n in self.entered_names())
        return [r.person.name for r in found if r.person is not None and r.person.circle is None]

    def _update_hint(self) -> None:
        new, unsorted = self.new_names(), self.unsorted_names()
        # Greyed rather than hidden: a row that comes and goes moves the fields as you type.
        self.circle.setEnabled(bool(new or unsorted))
        self._circle_label.setEnabled(bool(new or unsorted))
        parts = [self.tr("New to your people: %1").replace("%1", ", ".join(new))] if new else []
        if unsorted:
            parts.append(self.tr("No circle yet: %1").replace("%1", ", ".join(unsorted)))
        hint = " · ".join(parts)
        self.new_hint.setText(hint)
        self.new_hint.setToolTip(hint)
        # A contact is with someone (commands' rule); a call may be logged before you know who.
        self.ok_button.setEnabled(not needs_someone(self.kind) or bool(self.entered_names()))

    def answer(self) -> PeopleAnswer:
        kind = self.kind
        if kind in SPAN_KINDS:
            kind = "meeting" if self.live.isChecked() else "call"
        return PeopleAnswer(
            kind, self.entered_names(), self.title.text().strip(), self.circle.currentData()
        )


class QuickEntryDialog(QDialog):
    """One line of text to one entry; an error marks the part of the line it could not read."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick entry"))
        self.line = QLineEdit()
        self.line.setAccessibleName(self.tr("Quick entry"))
        self.line.setPlaceholderText(self.tr("9:00-10:30 work Quarterly plan #sales"))
        self.line.setMinimumWidth(360)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        hint = QLabel(
            self.tr("e.g. 'disruption tech wifi dropped' or 'call with Anna 14:00-14:30'")
        )
        hint.setEnabled(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log"))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.line.textChanged.connect(lambda _text: self.error.clear())

    def _try_accept(self) -> None:
        if self.check():
            self.accept()

    def check(self) -> bool:
        """Read the line; on an error, say it and select the part at fault."""
        text = self.line.text()
        try:
            parse_quick_entry(text)
        except QuickEntryError as error:
            self.show_error(error)
            return False
        return True

    def show_error(self, error: QuickEntryError) -> None:
        self.error.setText(quick_entry_message(error))
        if error.part:
            self.line.setSelection(error.position, len(error.part))
        self.line.setFocus()
