"""Search over all history from the week window: a field in its header (Ctrl+F; Escape clears
it) and, while it holds words, a list of what was found under the header, newest first.
Enter or a double-click on a result opens the week there with the entry selected.

The search is tracker.review.search's, as `dayweave search` runs it, a month of history per
turn of the event loop, newest first (tracker.ui.searching): the window stays usable while
it reads."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tracker.kernel.model import Entry, Person
from tracker.review.report import who_stays
from tracker.review.search import Query
from tracker.ui.searching import MonthlySearch
from tracker.ui.texts import entry_label
from tracker.ui.week.colours import is_dark, kind_colour
from tracker.ui.week.details import local_text

if TYPE_CHECKING:
    from tracker.ui.week.window import WeekWindow

__all__ = ["ResultList", "SearchField", "SearchResults", "WeekSearch"]

PAUSE_MS = 300  # typing stops this long before a search starts: not one per key
_ROWS_SHOWN = 7  # the list's height, in rows: the week stays in sight beneath it

_Index = QModelIndex | QPersistentModelIndex


class SearchResults(QAbstractTableModel):
    """The entries found, newest first; a search's parts are added as they come."""

    COLUMNS = ("when", "kind", "title", "people")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.people: Mapping[str, Person] = {}
        self.zone: Any = None
        self.dark = False

    def clear(self) -> None:
        self.beginResetModel()
        self.entries = []
        self.endResetModel()

    def add(self, part: list[Entry]) -> None:
        """A month's entries, newest first, older than the months before it: below them."""
        if not part:
            return
        self.beginInsertRows(QModelIndex(), len(self.entries), len(self.entries) + len(part) - 1)
        self.entries.extend(part)
        self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Kind"), self.tr("Title"), self.tr("With"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and column == "kind":
            return kind_colour(entry.kind, self.dark)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title" and entry.note:
            return entry.note
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "when":
            when = local_text(entry.start, self.zone, "ddd d MMM yyyy HH:mm")
            if entry.end is not None:
                when += " – " + local_text(entry.end, self.zone, "HH:mm")
            return when
        if column == "kind":
            return entry_label(entry)
        if column == "title":  # no title: the note's start, so the row still says something
            return entry.title or " ".join(entry.note.split())[:80]
        names = [p.name for i in entry.people if (p := who_stays(i, self.people)) is not None]
        return ", ".join(names)


class SearchField(QLineEdit):
    """Escape clears it (while it holds words; an empty field leaves Escape to the window,
    which closes); Down and Enter go to the results."""

    to_results = Signal()
    submitted = Signal()

    def event(self, event: QEvent) -> bool:
        # The window's Escape is a shortcut: claimed here first while there is a search.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.text()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
        elif key == Qt.Key.Key_Down:
            self.to_results.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
        else:
            super().keyPressEvent(event)


class ResultList(QTreeView):
    """Enter opens the current result; Escape ends the search; Up from the first row goes
    back to the field. Left and Right stay here (in the window they page the weeks)."""

    open_requested = Signal()
    escaped = Signal()
    to_field = Signal()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
        elif key == Qt.Key.Key_Escape:
            self.escaped.emit()
        elif key == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.to_field.emit()
        else:
            super().keyPressEvent(event)
        event.accept()


class WeekSearch(QObject):
    """The week window's search: the field, the list and the status line, wired to the
    window (`window.show_week_of`, `window.timeline`). `opened` says which entry Enter
    opened."""

    opened = Signal(object)
    finished = Signal(int)  # a search has read all history: how many it found

    def __init__(self, window: WeekWindow, header: QBoxLayout, layout: QBoxLayout) -> None:
        super().__init__(window)
        self.window = window
        self.field = SearchField()
        self.field.setPlaceholderText(self.tr("Search all history (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Search all history"))
        self.field.setToolTip(
            self.tr("Titles, notes, causes and people, in any case and with or without accents")
        )
        self.field.setClearButtonEnabled(True)
        # Wide enough for its placeholder in the user's language (and the clear button).
        hint = self.field.fontMetrics().horizontalAdvance(self.field.placeholderText())
        self.field.setMinimumWidth(max(170, hint + 40))
        self.results = SearchResults(self)
        self.view = self._view()
        self.status = QLabel()
        self.pane = QWidget()
        column = QVBoxLayout(self.pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.status)
        column.addWidget(self.view)
        self.pane.hide()
        header.insertWidget(header.indexOf(window.picker), self.field)
        layout.insertWidget(1, self.pane)
        self.run: MonthlySearch | None = None
        self.searched = ""  # the words of the search shown (or running)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self.search_now)
        self._connect()

    def _view(self) -> ResultList:
        view = ResultList()
        view.setModel(self.results)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAllColumnsShowFocus(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAccessibleName(self.tr("Search results"))
        header = view.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((
            QHeaderView.ResizeMode.ResizeToContents,
            QHeaderView.ResizeMode.ResizeToContents,
            QHeaderView.ResizeMode.Stretch,
            QHeaderView.ResizeMode.Interactive,
        )):  # fmt: skip
            header.setSectionResizeMode(column, mode)
        header.resizeSection(3, 260)
        rows = view.fontMetrics().height() + 6
        view.setFixedHeight(rows * _ROWS_SHOWN + header.sizeHint().height() + 4)
        return view

    def _connect(self) -> None:
        self.field.textChanged.connect(self._typed)
        self.field.submitted.connect(self._submitted)
        self.field.to_results.connect(self.focus_results)
        self.view.open_requested.connect(self.open_current)
        self.view.doubleClicked.connect(lambda _index: self.open_current())
        self.view.escaped.connect(self.end)
        self.view.to_field.connect(self.field.setFocus)
        self.results.rowsInserted.connect(self._first_row)
        QShortcut(QKeySequence.StandardKey.Find, self.window, self.focus_field)
        self.window.changed.connect(self.refresh)

    # -- searching -------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if not text.strip():
            self._stop()
            self.searched = ""
            self.results.clear()
            self.pane.hide()
            self.pause.stop()
            return
        self.pause.start()  # again: the search waits for a pause in the typing

    def search_now(self) -> None:
        """Search for the field's words now (the pause ended, or Enter, or a change)."""
        self.pause.stop()
        text = self.field.text().strip()
        self._stop()
        self.results.clear()
        self.searched = text
        if not text:
            self.pane.hide()
            return
        journal = self.window.journal
        self.results.people = journal.people_by_id()
        self.results.zone = self.window.zone
        self.results.dark = is_dark(self.window.palette())
        self.status.setText(self.tr("Searching…"))
        self.pane.show()
        self.run = MonthlySearch(journal, Query(text=text), self.results.people, self)
        self.run.found.connect(self.results.add)
        self.run.done.connect(self._done)
        self.run.failed.connect(self._failed)

    def refresh(self) -> None:
        """The data changed (an edit here): a search shown is run again."""
        if self.searched:
            self.search_now()

    def _done(self, count: int) -> None:
        self.run = None
        if count:
            self.status.setText(self.tr("%n found, newest first", "", count))
        else:
            self.status.setText(self.tr("Nothing found for “%1”").replace("%1", self.searched))
        self.finished.emit(count)

    def _failed(self, text: str) -> None:
        self.run = None
        self.status.setText(text)

    def _stop(self) -> None:
        if self.run is not None:
            self.run.stop()
            self.run.deleteLater()
            self.run = None

    def end(self) -> None:
        """Escape in the list: the search is cleared and the week has the keys again."""
        self.field.clear()
        self.window.timeline.setFocus()

    # -- keys and opening ------------------------------------------------------------------

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _submitted(self) -> None:
        if self.field.text().strip() != self.searched or self.pause.isActive():
            self.search_now()
        self.focus_results()

    def focus_results(self) -> None:
        if not self.searched:
            return
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid() and self.results.entries:
            self.view.setCurrentIndex(self.results.index(0, 0))

    def _first_row(self) -> None:
        # Enter pressed before anything was found: the newest is current once it is found.
        if self.view.hasFocus() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.results.index(0, 0))

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.open_entry(self.results.entries[index.row()])

    def open_entry(self, entry: Entry) -> None:
        """The week of the entry's start, with the entry selected (if it is still there)."""
        window = self.window
        window.show_week_of(entry.start.astimezone(window.zone).date())
        shown = next((e for e in window.timeline.entries if e.id == entry.id), None)
        window.timeline.select(shown)
        self.opened.emit(entry)
