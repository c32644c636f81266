"""The People window: whom you stay in touch with, when you last spoke, when they are next due.
Many rows can be selected, to give them a circle or remove them at once (after an import).

one job: the People window's table and its actions on the selected people; the editor, the
import, the follow-up and the many-people actions (many.py) live beside it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import tracker.features  # noqa: F401 - registers every feature's handlers with the door
from tracker.commands import (
    AddPerson,
    Commands,
    DeletePeople,
    DeletePerson,
    EditPerson,
    MergePeople,
    Request,
    Result,
    Undo,
)
from tracker.kernel.clock import Clock
from tracker.kernel.model import CIRCLES, Person
from tracker.kernel.vocabulary import circle_label
from tracker.nudges.inputs import first_use
from tracker.nudges.policy import due_moment, in_own_silo
from tracker.store.journal import Journal
from tracker.ui.errors import error_text
from tracker.ui.folders import suggested_path
from tracker.ui.people.drifting import DriftingToggle, PeopleFilter
from tracker.ui.people.headers import keep_headers_readable
from tracker.ui.people.many import ManyPeople
from tracker.ui.people.page import PersonPages

__all__ = ["PeopleWindow"]

_EDITABLE = ("name", "circle", "team", "every_days", "notes", "emails", "next_action")


class PeopleModel(QAbstractTableModel):
    COLUMNS = ("name", "circle", "team", "every", "last", "due", "action", "notes")

    def __init__(self, zone: ZoneInfo):
        super().__init__()
        self.zone = zone
        self.default_every = 14
        self.own_team: set[str] = set()  # ids of people in the user's own team: never nudged
        self.rows: list[tuple[Person, datetime | None, datetime | None]] = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Circle"),
            self.tr("Team"),
            self.tr("Every"),
            self.tr("Last contact"),
            self.tr("Next due"),
            self.tr("Next action"),
            self.tr("What matters"),
        )
        return titles[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        person, last, due = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            return {
                "name": person.name.casefold(),
                "circle": -1 if person.circle is None else CIRCLES.index(person.circle),
                "team": person.team.casefold(),
                "every": person.every_days or 0,
                "last": last.timestamp() if last else 0,
                # Not sorted yet comes first: giving them a circle is what is due.
                "due": -1
                if person.circle is None
                else (
                    float("inf") if person.id in self.own_team else (due.timestamp() if due else 0)
                ),
                "action": person.next_action.casefold(),
                "notes": person.notes,
            }[column]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "name":
            return person.name
        if column == "circle":
            return circle_label(person.circle)
        if column == "team":
            return person.team
        if column == "every":
            every = person.every_days or self.default_every
            return self.tr("%1 days").replace("%1", str(every))
        if column == "last":
            return last.astimezone(self.zone).strftime("%Y-%m-%d") if last else self.tr("never")
        if column == "due":
            if person.id in self.own_team:
                return self.tr("not nudged (own team)")
            return due.astimezone(self.zone).strftime("%Y-%m-%d") if due else self.tr("now")
        if column == "action":  # what was agreed last time, on one line
            return " ".join(person.next_action.split())[:80]
        return " ".join(person.notes.split())[:80]


class PeopleTable(QTableView):
    """Enter opens the selected person's page and Delete removes them, straight from the list."""

    open_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
        elif event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)


class PeopleWindow(QWidget, ManyPeople):
    changed = Signal()
    imported = Signal(str)  # an import's summary, when it has ended

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        zone: ZoneInfo,
        parent: QWidget | None = None,
        *,
        quicklog=None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.journal = journal
        self.clock = clock
        self.zone = zone
        # The app's door (its notice keeps this window fresh); alone, a door of its own.
        self.commands = quicklog.commands if quicklog is not None else Commands(journal, clock)
        self.history = quicklog.history if quicklog is not None else None
        if quicklog is not None:
            quicklog.notice.connect(self.on_notice)
            quicklog.undo_expired.connect(self._show_undo)
        self.setWindowTitle(self.tr("Dayweave: people"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, teams, notes (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.table = self._table(zone)
        buttons = self._buttons()
        self.status = QLabel()
        self.status.setWordWrap(True)
        from tracker.ui.people.importing import ImportBar

        self.import_bar = ImportBar()
        self.importer = None
        self.drifting = DriftingToggle(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.drifting)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.import_bar)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.merge_button.clicked.connect(self._ask_merge)
        self.circle_button.clicked.connect(self.set_circle_selected)
        self.import_button.clicked.connect(self._ask_import)
        self.table.doubleClicked.connect(lambda _index: self.pages.open_selected())
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.add)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)
        self.table.open_requested.connect(self.pages.open_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.resize(1100, 520)
        self.reload()

    def _table(self, zone: ZoneInfo) -> PeopleTable:
        """The people, sorted by who is due first, filtered by the search line."""
        self.model = PeopleModel(zone)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        table = PeopleTable()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Many at once: a thousand imported cards are sorted (or removed) by the screenful.
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        action = PeopleModel.COLUMNS.index("action")
        table.horizontalHeader().resizeSection(action, 200)  # a short sentence, unwrapped
        keep_headers_readable(table.horizontalHeader())
        table.horizontalHeader().setStretchLastSection(True)  # what matters, last
        table.verticalHeader().hide()
        table.setAccessibleName(self.tr("People"))
        return table

    def _buttons(self) -> QHBoxLayout:
        self.pages = PersonPages(self)
        self.add_button = QPushButton(self.tr("Add..."))
        self.edit_button = QPushButton(self.tr("Edit..."))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.undo_button = QPushButton(self.tr("Undo delete"))
        self.merge_button = QPushButton(self.tr("Merge into..."))
        self.merge_button.setToolTip(self.tr("One person, two records: keep the other one"))
        self.circle_button = QPushButton(self.tr("Set circle..."))
        self.circle_button.setToolTip(self.tr("Give every selected person a circle"))
        self.import_button = QPushButton(self.tr("Import vCard..."))
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.pages.button,
            self.edit_button,
            self.circle_button,
            self.delete_button,
            self.undo_button,
            self.merge_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        return buttons

    def reload(self) -> None:
        people = self.journal.people()
        last = self.history.last_contacts() if self.history else self.journal.last_contacts()
        settings = self.journal.settings()
        default_every = settings.default_every_days
        self.model.default_every = default_every
        self.model.own_team = {p.id for p in people if in_own_silo(p, settings)}
        # Due as the nudges have it: a person never contacted a rhythm after they were added
        # (an import's thousand cards are not all "now"); None: due now.
        started = first_use(self.journal.first_use(), self.journal.entry_days())
        now = self.clock.now()
        rows = []
        for person in sorted(people, key=lambda p: p.circle is not None):  # unsorted first
            seen = last.get(person.id)
            due = due_moment(person, seen, settings, started, now)
            rows.append((person, seen, due if due > now else None))
        self.model.set_rows(rows)
        self.undo_button.setVisible(self._undoable_delete())
        unsorted = sum(1 for p in people if p.circle is None)
        text = self.tr("%n person(s)", "", len(rows))
        if unsorted:
            text += " · " + self.tr("sort %n new people: give them a circle", "", unsorted)
        self.status.setText(text)
        if self.drifting.isChecked():  # who drifts may have changed with what was reloaded
            self.drifting.refresh()

    def selected(self) -> Person | None:
        """The person Edit and Merge act on: the current row of the selection."""
        current = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            return self.model.rows[self.proxy.mapToSource(current).row()][0]
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()][0] if rows else None

    def select(self, person_id: str) -> None:
        self.select_many([person_id])

    def _editor(self, person: Person | None):
        from tracker.ui.people.editor import PersonEditor

        editor = PersonEditor(person, self.journal.settings().default_every_days, self)
        self.open_editor = editor
        return editor

    def add(self) -> None:
        editor = self._editor(None)
        if editor.exec() == editor.DialogCode.Accepted:
            person = editor.person()
            fields = {name: getattr(person, name) for name in _EDITABLE}
            self._run(AddPerson(**fields))

    def edit_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        editor = self._editor(person)
        if editor.exec() == editor.DialogCode.Accepted:
            edited = editor.person()
            changes = {name: getattr(edited, name) for name in _EDITABLE}
            self._run(EditPerson(person_id=person.id, changes=changes))

    def _show_undo(self) -> None:  # also when undo runs out: never a button doing nothing
        self.undo_button.setVisible(self._undoable_delete())

    def _undoable_delete(self) -> bool:
        pending = self.commands.undoable()
        return pending is not None and pending.request in (DeletePerson.NAME, DeletePeople.NAME)

    def undo_delete(self) -> None:
        if self._undoable_delete():
            self._run(Undo())

    def merge(self, person: Person, into: Person) -> Result | None:
        """One human, two records: `person`'s entries count for `into` from now on."""
        return self._run(MergePeople(name=person.id, into=into.id))

    def _ask_merge(self) -> None:
        person = self.selected()
        if person is None:
            return
        others = [p for p in self.journal.people() if p.id != person.id]
        if not others:
            return
        labels = [f"{p.name} ({circle_label(p.circle)})" for p in others]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Merge people"),
            self.tr("Merge %1 into:").replace("%1", person.name),
            labels,
            0,
            False,
        )
        if ok:
            self.merge(person, others[labels.index(label)])

    def _run(self, request: Request) -> Result | None:
        try:
            result = self.commands.run(request, initiator=self)
        except (ValueError, OSError) as error:
            self.status.setText(error_text(error))
            return None
        self.reload()
        self.changed.emit()
        return result

    def run(self, request: Request) -> Result | None:
        """A request from a page of this window (a person's: an action done), as its own."""
        return self._run(request)

    def on_notice(self, result: Result, initiator: object) -> None:
        """A change made elsewhere (a nudge's Done, the command line): show it at once."""
        if initiator is self or not self.isVisible():
            return
        changes = result.changes
        # Entries only where they name people (a call moves a last contact); settings hold
        # the default rhythm and the own team.
        if changes.people or changes.named or changes.settings or changes.actions:
            self.reload()

    def import_file(self, path: str, circle: str | None) -> None:
        """Start importing in the background; `imported` says when it has ended."""
        if self.importer is not None:
            return  # one import at a time: the button is off while one runs
        from tracker.ui.people.importing import Importer

        self.importer = Importer(self.commands, path, circle, self.import_bar, self)
        self.importer.finished.connect(self._import_finished)
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing %1...").replace("%1", path))
        self.importer.start()

    def cancel_import(self) -> None:
        if self.importer is not None:
            self.importer.cancel()

    def _import_finished(self, summary: str, problems: list) -> None:
        self.importer = None
        self.import_button.setEnabled(True)
        self.reload()
        self.changed.emit()
        self.status.setText("\n".join([summary, *problems[:20]]))
        if len(problems) > 20:
            self.status.setText(
                self.status.text() + "\n" + self.tr("and %n more", "", len(problems) - 20)
            )
        self.imported.emit(summary)

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import people"), suggested_path(), "vCard (*.vcf)"
        )
        if not path:
            return
        # Not sorted yet first: imported people are not nudged until they have a circle, and
        # many are sorted at once in this window (Set circle...).
        circles: list[str | None] = [None, *CIRCLES]
        labels = [circle_label(c) for c in circles]
        label, ok = QInputDialog.getItem(
            self, self.tr("Import people"), self.tr("Circle for the new people:"), labels, 0, False
        )
        if ok:
            self.import_file(path, circles[labels.index(label)])
