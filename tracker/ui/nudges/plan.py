""" "Plan it..." on a live-meeting nudge: the people due, by circle, to tick; a slot the user can
change; and an .ics invitation written for their own calendar to open and send
(tracker/nudges/invite.py)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.kernel.model import Person
from tracker.kernel.vocabulary import circle_label
from tracker.nudges.invite import DEFAULT_MINUTES

__all__ = ["PlanLiveDialog"]

_PERSON = Qt.ItemDataRole.UserRole


class PlanLiveDialog(QDialog):
    def __init__(
        self,
        groups: list[tuple[str, list[Person]]],
        slot: datetime,
        zone: ZoneInfo,
        chosen: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setWindowTitle(self.tr("Plan a live meeting"))
        intro = QLabel(self.tr("Whom to meet in person: the people due, by circle."))
        intro.setWordWrap(True)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People to invite"))
        first = None
        for circle, members in groups:
            heading = QListWidgetItem(circle_label(circle))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # a circle's name, not a choice
            self.people.addItem(heading)
            for person in members:
                item = QListWidgetItem(person.name)
                item.setData(_PERSON, person)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                tick = person.id == chosen
                item.setCheckState(Qt.CheckState.Checked if tick else Qt.CheckState.Unchecked)
                first = first or item
                self.people.addItem(item)
        if first is not None and not self.chosen():
            first.setCheckState(Qt.CheckState.Checked)  # the most important one due
        self.start = QDateTimeEdit(QDateTime(slot.astimezone(zone).replace(tzinfo=None)))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        form = QFormLayout()
        form.addRow(self.tr("Starts"), self.start)
        form.addRow(self.tr("Length"), self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Write invitation"))
        ok.setToolTip(self.tr("An .ics file your calendar opens; it sends the invitations"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.people, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> list[Person]:
        items = (self.people.item(row) for row in range(self.people.count()))
        return [
            item.data(_PERSON)
            for item in items
            if item.data(_PERSON) is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def starts(self) -> datetime:
        return self.start.dateTime().toPython().replace(tzinfo=self.zone)
