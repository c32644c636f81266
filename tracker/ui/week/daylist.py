"""The day list beside the painted week: one row per entry (time, kind, title, people, cause),
sortable, and the keyboard's way to select, edit (Enter) and delete (Delete) an entry.

It only shows and reports: the window runs the edits through the commands, as it does for the
painted week, and keeps the two views on the same entry.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

from tracker.core.model import Entry, Person
from tracker.ui.people.headers import keep_headers_readable
from tracker.ui.texts import cause_label, kind_label
from tracker.ui.week.colours import kind_colour
from tracker.ui.week.details import local_text
from tracker.ui.week.timeline import WeekTimeline

__all__ = ["DayList", "DayListModel", "WeekViews"]


class DayListModel(QAbstractTableModel):
    COLUMNS = ("time", "kind", "title", "people", "cause")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.people: dict[str, Person] = {}
        self.zone = ZoneInfo("UTC")
        self.dark = False

    def set_entries(
        self, entries: list[Entry], people: dict[str, Person], zone: ZoneInfo, dark: bool
    ) -> None:
        self.beginResetModel()
        self.entries = sorted(entries, key=lambda e: (e.start, e.id))
        self.people, self.zone, self.dark = people, zone, dark
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("Kind"), self.tr("Title"), self.tr("People"),
                self.tr("Cause"))[section]  # fmt: skip

    def time_text(self, entry: Entry) -> str:
        text = local_text(entry.start, self.zone, "ddd d HH:mm")
        if entry.end is not None:
            text += "–" + local_text(entry.end, self.zone, "HH:mm")
        elif not entry.is_instant:
            text += "–…"
        return text

    def names(self, entry: Entry) -> str:
        return ", ".join(self.people[p].name for p in entry.people if p in self.people)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        entry = self.entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            return {
                "time": entry.start.timestamp(),
                "kind": kind_label(entry.kind).casefold(),
                "title": entry.title.casefold(),
                "people": self.names(entry).casefold(),
                "cause": cause_label(entry.cause).casefold() if entry.cause else "",
            }[column]
        if role == Qt.ItemDataRole.DecorationRole and column == "kind":
            return kind_colour(entry.kind, self.dark)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == "time":
            return self.time_text(entry)
        if column == "kind":
            return kind_label(entry.kind)
        if column == "title":
            return entry.title
        if column == "people":
            return self.names(entry)
        return cause_label(entry.cause) if entry.cause else ""


class DayList(QTableView):
    """Enter edits the selected entry and Delete removes it; Tab goes back to the week."""

    entry_picked = Signal(object)  # Entry or None
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list_model = DayListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.list_model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the list (to the week), not to a cell
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Time and kind always whole; title, people and cause share the rest, elided (the
        # tooltip has them whole): a sideways scrollbar would hide them instead.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        keep_headers_readable(header)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.setAccessibleName(self.tr("Day list"))
        self._quiet = False
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    def comfortable_width(self) -> int:
        """Room for every column: time and kind whole, the others at their header's room."""
        header = self.horizontalHeader()
        shown = [header.sectionSize(c) for c in (0, 1)] + [header.minimumSectionSize()] * 3
        return sum(shown) + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def set_entries(
        self, entries: list[Entry], people: dict[str, Person], zone: ZoneInfo, dark: bool
    ) -> None:
        self._quiet = True
        try:
            self.list_model.set_entries(entries, people, zone, dark)
        finally:
            self._quiet = False

    def row_of(self, entry_id: str) -> int | None:
        for row, entry in enumerate(self.list_model.entries):
            if entry.id == entry_id:
                return self.proxy.mapFromSource(self.list_model.index(row, 0)).row()
        return None

    def entry_at_row(self, row: int | None) -> Entry | None:
        """The entry shown at `row` (or the last row, after the last one was deleted)."""
        count = self.proxy.rowCount()
        if row is None or count == 0:
            return None
        index = self.proxy.mapToSource(self.proxy.index(min(row, count - 1), 0))
        return self.list_model.entries[index.row()]

    def selected_entry(self) -> Entry | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return self.list_model.entries[self.proxy.mapToSource(rows[0]).row()]

    def show_entry(self, entry_id: str | None) -> None:
        """Select the entry's row (picked in the week) without reporting it back."""
        row = None if entry_id is None else self.row_of(entry_id)
        self._quiet = True
        try:
            if row is None:
                self.clearSelection()
            else:
                self.selectRow(row)
                self.scrollTo(self.proxy.index(row, 0))
        finally:
            self._quiet = False

    def _selection_changed(self, *_args) -> None:
        if not self._quiet:
            self.entry_picked.emit(self.selected_entry())

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Coming to the list by keyboard picks a row at once, so Enter and Delete act."""
        super().focusInEvent(event)
        if self.selected_entry() is None and self.proxy.rowCount():
            current = self.currentIndex()
            self.selectRow(current.row() if current.isValid() else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
        elif event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)


class WeekViews(QSplitter):
    """The painted week and the day list side by side: Tab switches between them, and an entry
    picked in either is selected in the other."""

    picked = Signal(object)  # Entry or None, from either view

    def __init__(self, timeline: WeekTimeline, day_list: DayList):
        super().__init__(Qt.Orientation.Horizontal)
        self.timeline, self.day_list = timeline, day_list
        self.setChildrenCollapsible(False)
        self.addWidget(timeline)
        self.addWidget(day_list)
        self.setStretchFactor(0, 1)  # a wider window widens the week, not the list
        self.setStretchFactor(1, 0)
        self._sized = False
        timeline.selection_changed.connect(self._picked_in_week)
        day_list.entry_picked.connect(self._picked_in_list)

    def show_entries(
        self, people: dict[str, Person], zone: ZoneInfo, dark: bool, window_width: int
    ) -> None:
        """The list shows what the week shows, with the same entry selected."""
        self.day_list.set_entries(self.timeline.entries, people, zone, dark)
        selected = self.timeline.selected
        self.day_list.show_entry(selected.id if selected is not None else None)
        if not self._sized:  # once, by the first week's rows; then the splitter is the user's
            self._sized = True
            room = self.day_list.comfortable_width()
            self.setSizes([max(480, window_width - 300 - room), room])

    def _picked_in_week(self, entry: Entry | None) -> None:
        self.day_list.show_entry(entry.id if entry is not None else None)
        self.picked.emit(entry)

    def _picked_in_list(self, entry: Entry | None) -> None:
        if entry is not None or self.timeline.selected is not None:
            self.timeline.select(entry)  # the week reports it back through _picked_in_week

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab switches between the painted week and the day list."""
        if next and self.timeline.hasFocus():
            self.day_list.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if next and self.day_list.hasFocus():
            self.timeline.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().focusNextPrevChild(next)
