"""A person's page, opened from People (History..., Enter, a double-click): every call, live
meeting and contact with them on a line of time and in a list by date, the gaps between kept
or slipped against their cadence, whether they are drifting, the next action agreed, and every
action agreed after a call with its date, kept or not, one marked done with Mark done (Alt+D).
All numbers come from tracker.review.person and tracker.review.drifting (as `dayweave people
show` prints them); this module only lays them out."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.kernel.clock import Clock
from tracker.kernel.model import Entry, Person
from tracker.kernel.vocabulary import circle_label
from tracker.review.drifting import drifting
from tracker.review.person import PersonHistory, actions_of, contact_query, history_from, tally
from tracker.review.report import who_stays
from tracker.store.journal import Journal
from tracker.store.prompts import agreed_actions
from tracker.ui.people.strip import SLIPPED, ContactStrip
from tracker.ui.searching import MonthlySearch
from tracker.ui.texts import entry_label
from tracker.ui.week.colours import is_dark, kind_colour
from tracker.ui.week.details import local_text

if TYPE_CHECKING:
    from tracker.ui.people.window import PeopleWindow

__all__ = ["PersonPage", "PersonPages"]

_DAY = "ddd d MMM yyyy"


class PersonPage(QWidget):
    """One person over time. `edit_requested` carries their id (Edit... on the page);
    `week_requested` the day of a contact opened in the list (Enter, a double-click);
    `done_requested` (their id, the call) an action agreed after that call marked done."""

    edit_requested = Signal(str)
    done_requested = Signal(str, str)
    week_requested = Signal(object)
    ready = Signal()  # their whole history is read and shown

    def __init__(
        self, journal: Journal, clock: Clock, zone: ZoneInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.journal, self.clock, self.zone = journal, clock, zone
        self.person: Person | None = None
        self.history: PersonHistory | None = None
        self.reading: MonthlySearch | None = None
        self._found: list[Entry] = []
        self.name = QLabel()
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.name.setFont(font)
        self.about = QLabel()
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.strip = ContactStrip()
        self.legend = QLabel()
        self.contacts = self._list()
        self.actions = self._action_list()
        actions_label = QLabel(self.tr("Next &actions agreed after calls:"))
        actions_label.setBuddy(self.actions)
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setToolTip(self.tr("The action chosen above was done"))
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self._mark_done)
        self.edit_button = QPushButton(self.tr("Edit..."))
        self.edit_button.clicked.connect(self._edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        for widget in (self.name, self.about, self.facts, self.strip, self.legend):
            layout.addWidget(widget)
        layout.addWidget(self.contacts, 1)
        layout.addWidget(actions_label)
        layout.addWidget(self.actions)
        layout.addLayout(buttons)
        self.resize(900, 600)

    def _list(self) -> QTreeWidget:
        contacts = QTreeWidget()
        contacts.setRootIsDecorated(False)
        contacts.setUniformRowHeights(True)
        contacts.setAllColumnsShowFocus(True)
        contacts.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Also with"),
                self.tr("Gap after"),
            ]
        )
        contacts.setAccessibleName(self.tr("Contacts, newest first"))
        contacts.setAccessibleDescription(self.tr("Enter or a double-click opens the week"))
        contacts.itemActivated.connect(self._activated)
        header = contacts.header()
        header.resizeSection(0, 200)
        header.resizeSection(1, 130)
        header.resizeSection(2, 300)
        header.resizeSection(3, 180)
        return contacts

    def _action_list(self) -> QTreeWidget:
        actions = QTreeWidget()
        actions.setRootIsDecorated(False)
        actions.setUniformRowHeights(True)
        actions.setAllColumnsShowFocus(True)
        actions.setHeaderLabels([self.tr("Agreed"), self.tr("Action"), self.tr("Done")])
        actions.setAccessibleName(self.tr("Next actions agreed, newest first"))
        actions.setAccessibleDescription(self.tr("Mark done (Alt+D) marks the chosen one done"))
        actions.currentItemChanged.connect(self._action_chosen)
        actions.header().resizeSection(0, 200)
        actions.header().resizeSection(1, 480)
        actions.setMaximumHeight(140)
        return actions

    def show_person(self, person_id: str) -> None:
        """Read their history (all of it, a month per turn of the event loop) and show it
        when read (`ready`); a person removed since: nothing."""
        self._stop()
        people = self.journal.people_by_id()
        person = who_stays(person_id, people)
        if person is None:
            self.person = self.history = None
            self.hide()
            return
        self.person, self.people = person, people
        self.every = self.journal.settings().default_every_days
        self.setWindowTitle(self.tr("Dayweave: %1").replace("%1", person.name))
        self.name.setText(person.name)
        about = [circle_label(person.circle)] + ([person.team] if person.team else [])
        about.append(self.tr("every %n day(s)", "", person.every_days or self.every))
        self.about.setText(" · ".join(about))
        self.facts.setText(self.tr("Reading their history…"))
        self.history = self.strip.history = None
        self.strip.update()
        self.contacts.clear()
        self.actions.clear()
        self._found = []
        self.reading = MonthlySearch(self.journal, contact_query(person), people, self)
        self.reading.found.connect(self._found.extend)
        self.reading.done.connect(self._read)
        self.reading.failed.connect(self.facts.setText)

    def _read(self, _count: int = 0) -> None:
        self._stop()
        assert self.person is not None
        now = self.clock.now()
        self.history = history_from(self.person, self._found, self.every, now)
        self.history.actions = actions_of(self.history.touches, agreed_actions(self.journal))
        self._found = []
        self.facts.setText("\n".join(self._facts(self.history, self.people, self.every, now)))
        self.strip.show_history(self.history, self.zone, now)
        self.legend.setText(self._legend())
        self._fill(self.history, self.people)
        self._fill_actions(self.history)
        self.ready.emit()

    def _stop(self) -> None:
        if self.reading is not None:
            self.reading.stop()
            self.reading.deleteLater()
            self.reading = None

    def refresh(self) -> None:
        if self.person is not None and self.isVisible():
            self.show_person(self.person.id)

    def _facts(
        self, history: PersonHistory, people: dict[str, Person], every: int, now: datetime
    ) -> list[str]:
        person = history.person
        agreed = (
            self.tr("Next action agreed: %1").replace("%1", " ".join(person.next_action.split()))
            if person.next_action
            else self.tr("No next action agreed.")
        )
        if history.last is None:
            return [self.tr("No contact with them yet."), agreed]
        counts = tally(history)
        made = ", ".join(
            (
                self.tr("%n call(s)", "", counts.calls),
                self.tr("%n live meeting(s)", "", counts.meetings),
                self.tr("%n other contact(s)", "", counts.contacts),
            )
        )
        since = local_text(history.touches[0].start, self.zone, _DAY)
        lines = [self.tr("%1 since %2.").replace("%1", made).replace("%2", since)]
        rhythm = self.tr(
            "Rhythm kept in %1 of %2 gaps; the longest gap %n day(s).", "", counts.longest_days
        )
        lines.append(rhythm.replace("%1", str(counts.kept)).replace("%2", str(len(history.gaps))))
        last = local_text(history.last, self.zone, _DAY)
        ago = (now - history.last).days
        if history.due is not None and history.due > now:
            text = self.tr("Last contact %1 (%n day(s) ago); next due %2.", "", ago)
            due = local_text(history.due, self.zone, _DAY)
            lines.append(text.replace("%1", last).replace("%2", due))
        else:
            text = self.tr("Last contact %1 (%n day(s) ago): due now.", "", ago)
            lines.append(text.replace("%1", last))
        starts = {person.id: [entry.start for entry in history.touches]}
        for drift in drifting(starts, people, every, now):
            text = self.tr(
                "Drifting: %1 days since the last contact, usually %n day(s) apart.",
                "",
                round(drift.median_days),
            )
            lines.append(text.replace("%1", str(drift.days_since)))
        if history.actions:
            text = self.tr("Next actions agreed after calls: %1, kept %2.")
            kept = str(counts.actions_kept)
            lines.append(text.replace("%1", str(counts.actions_agreed)).replace("%2", kept))
        lines.append(agreed)
        return lines

    def _legend(self) -> str:
        """The strip's colours, in words: one line of coloured marks."""
        dark = is_dark(self.palette())
        parts = [
            f'<span style="color:{kind_colour(kind, dark).name()}">●</span> {label}'
            for kind, label in (
                ("call", self.tr("call")),
                ("meeting", self.tr("live meeting")),
                ("contact", self.tr("contact")),
            )
        ]
        kept, slipped = self.tr("rhythm kept"), self.tr("slipped")  # not in an f-string: lupdate
        faint = self.palette().color(self.palette().ColorRole.WindowText).name()
        parts.append(f'<span style="color:{faint}">—</span> {kept}')
        parts.append(f'<span style="color:{SLIPPED[dark]}">▬</span> {slipped}')
        return "&nbsp;&nbsp;&nbsp;".join(parts)

    def _fill(self, history: PersonHistory, people: dict[str, Person]) -> None:
        """Newest first; each contact with the gap that followed it (the last one: to now)."""
        self.contacts.clear()
        slipped = QBrush(QColor(SLIPPED[is_dark(self.palette())]))
        rows = list(zip(history.touches, history.gaps, strict=True))
        for index, (entry, gap) in enumerate(reversed(rows)):
            when = local_text(entry.start, self.zone, f"{_DAY} HH:mm")
            others = [
                p.name
                for i in entry.people
                if (p := who_stays(i, people)) is not None and p.id != history.person.id
            ]
            days = self.tr("%n day(s)", "", gap.days)
            if index == 0:
                days = self.tr("%1 so far").replace("%1", days)
            if not gap.kept:
                days = self.tr("%1, slipped").replace("%1", days)
            title = entry.title or " ".join(entry.note.split())[:80]
            item = QTreeWidgetItem([when, entry_label(entry), title, ", ".join(others), days])
            item.setData(
                1, Qt.ItemDataRole.DecorationRole, kind_colour(entry.kind, is_dark(self.palette()))
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry.start.astimezone(self.zone).date())
            if entry.note:
                item.setToolTip(2, entry.note)
            if not gap.kept:
                item.setForeground(4, slipped)
            self.contacts.addTopLevelItem(item)

    def _fill_actions(self, history: PersonHistory) -> None:
        """Newest first: when each was agreed, its words, and when it was done."""
        self.actions.clear()
        for action in reversed(history.actions):
            agreed = local_text(action.agreed_at, self.zone, _DAY) if action.agreed_at else "?"
            text = action.text or self.tr("the next action (its words were not kept)")
            if not action.kept:
                done = self.tr("not yet")
            elif action.kept_at is None:  # a moment that is no time: done, when unknown
                done = self.tr("yes")
            else:
                done = local_text(action.kept_at, self.zone, _DAY)
            item = QTreeWidgetItem([agreed, text, done])
            item.setData(0, Qt.ItemDataRole.UserRole, action.call_id)
            item.setData(2, Qt.ItemDataRole.UserRole, action.kept)
            item.setToolTip(1, text)
            self.actions.addTopLevelItem(item)
        self.done_button.setEnabled(False)
        if self.actions.topLevelItemCount():
            self.actions.setCurrentItem(self.actions.topLevelItem(0))

    def _action_chosen(self, item: QTreeWidgetItem | None, _before: object = None) -> None:
        kept = item is None or bool(item.data(2, Qt.ItemDataRole.UserRole))
        self.done_button.setEnabled(not kept)

    def _mark_done(self) -> None:
        item = self.actions.currentItem()
        if self.person is not None and item is not None and self.done_button.isEnabled():
            self.done_requested.emit(self.person.id, item.data(0, Qt.ItemDataRole.UserRole))

    def _activated(self, item: QTreeWidgetItem) -> None:
        self.week_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def _edit(self) -> None:
        if self.person is not None:
            self.edit_requested.emit(self.person.id)


class PersonPages(QObject):
    """The People window's way to a person's page: the History... button, Enter and a
    double-click open the selected person's; the page follows the window's reloads."""

    week_requested = Signal(object)  # a contact's day on a page: the app opens its week
    shown = Signal()  # the page shows a person's whole history (read a month at a time)

    def __init__(self, window: PeopleWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page: PersonPage | None = None
        self.button = QPushButton(self.tr("History..."))
        self.button.setToolTip(self.tr("Every contact with them, on a line of time (Enter)"))
        self.button.clicked.connect(self.open_selected)
        window.model.modelReset.connect(self._reloaded)

    def open_selected(self) -> None:
        person = self.window.selected()
        if person is None:
            return
        if self.page is None:
            window = self.window
            self.page = PersonPage(window.journal, window.clock, window.zone, window)
            self.page.edit_requested.connect(self._edit)
            self.page.done_requested.connect(self._done)
            self.page.week_requested.connect(self.week_requested)
            self.page.ready.connect(self.shown)
        self.page.show_person(person.id)
        self.page.show()
        self.page.raise_()
        self.page.activateWindow()

    def _edit(self, person_id: str) -> None:
        self.window.select(person_id)
        self.window.edit_selected()

    def _done(self, person_id: str, call_id: str) -> None:
        """Through the door, as `dayweave people done` and the follow-up do it; the window's
        reload that follows shows the page again."""
        from tracker.commands import KeepAction

        self.window.run(KeepAction(person_id=person_id, call_id=call_id))

    def _reloaded(self) -> None:
        """People changed (an edit here, a notice from the tray or the command line)."""
        if self.page is not None:
            self.page.refresh()
