"""Edit one entry: kind, title, times, cause, people and note."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tracker.kernel.model import CAUSES, INSTANT_KINDS, KINDS, Entry, Person, normalise_name
from tracker.ui.formdialog import lay_out_form
from tracker.ui.people.completer import attach_names_completer
from tracker.ui.texts import cause_label, kind_label

__all__ = ["EntryEditor"]


class EntryEditor(QDialog):
    def __init__(
        self, entry: Entry, people: list[Person], zone: ZoneInfo, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.entry = entry
        self.zone = zone
        self.people = people
        self.setWindowTitle(self.tr("Edit entry"))
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(KINDS.index(entry.kind))
        self.title = QLineEdit(entry.title)
        self.start = self._time_edit(entry.start)
        self.running = QCheckBox(self.tr("Still running"))
        self.running.setChecked(entry.end is None and not entry.is_instant)
        self.end = self._time_edit(entry.end or entry.start)
        self.cause = QComboBox()
        self.cause.setEditable(True)
        for cause in CAUSES:
            self.cause.addItem(cause_label(cause), cause)
        if entry.cause in CAUSES:
            self.cause.setCurrentIndex(CAUSES.index(entry.cause))
        elif entry.cause:
            self.cause.setEditText(entry.cause)
        names = {p.id: p.name for p in people}
        self.with_people = QLineEdit(", ".join(names[p] for p in entry.people if p in names))
        self.completer = attach_names_completer(self.with_people, people)
        self.note = QPlainTextEdit(entry.note)
        self.note.setFixedHeight(80)
        self.problem = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("&End:"), self.end)
        form.addRow("", self.running)
        form.addRow(self.tr("&Cause:"), self.cause)
        self._form = form  # the cause's row shows for a disruption only
        form.addRow(self.tr("&With:"), self.with_people)
        form.addRow(self.tr("&Note:"), self.note)
        lay_out_form(self, form, on_save=self._try_accept, below=self.problem)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.running.toggled.connect(self._kind_changed)
        self._kind_changed()

    def _time_edit(self, moment: datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setTimeZone(QTimeZone(self.zone.key.encode()))
        edit.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone(self.zone.key.encode()))
        )
        return edit

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        instant = kind in INSTANT_KINDS
        self.running.setVisible(not instant)
        self.end.setEnabled(not instant and not self.running.isChecked())
        self._form.setRowVisible(self.cause, kind == "disruption")

    def _moment(self, edit: QDateTimeEdit) -> datetime:
        return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch(), UTC)

    def _try_accept(self) -> None:
        kind = self.kind.currentData()
        spans = kind not in INSTANT_KINDS and not self.running.isChecked()
        if spans and self._moment(self.end) < self._moment(self.start):
            self.problem.setText(self.tr("The end is before the start."))
            return
        self.accept()

    def changes(self) -> tuple[dict[str, Any], list[str]]:
        """The edited fields, and the names that are not people yet."""
        kind = self.kind.currentData()
        instant = kind in INSTANT_KINDS
        cause = None
        if kind == "disruption":
            index = self.cause.currentIndex()
            text = self.cause.currentText().strip()
            cause = (
                self.cause.itemData(index)
                if index >= 0 and self.cause.itemText(index) == text
                else text or None
            )
        known = {normalise_name(p.name): p.id for p in self.people}
        ids, new = [], []
        for name in (n.strip() for n in self.with_people.text().split(",")):
            if not name:
                continue
            if normalise_name(name) in known:
                ids.append(known[normalise_name(name)])
            else:
                new.append(name)
        changes = {
            "kind": kind,
            "title": self.title.text().strip(),
            "start": self._moment(self.start),
            "end": None if instant or self.running.isChecked() else self._moment(self.end),
            "cause": cause,
            "lost_min": self.entry.lost_min if kind == "disruption" else None,
            "note": self.note.toPlainText(),
            "people_ids": ids,
        }
        return changes, new
