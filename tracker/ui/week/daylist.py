"""The day list beside the painted week: one row per entry (time, kind, title, people, cause),
sortable, and the keyboard's way to select, edit (Enter) and delete (Delete) an entry. Time
away not answered yet has a row too: Enter or the context menu answers it (week/gaps.py).

It only shows and reports: the window runs the edits through the commands, as it does for the
painted week, and keeps the two views on the same entry.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QContextMenuEvent, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QSplitter,
    QTableView,
    QWidget,
)

from tracker.kernel.model import KINDS, Entry, Person
from tracker.ui.people.headers import keep_headers_readable
from tracker.ui.texts import cause_label, kind_label
from tracker.ui.week.colours import kind_colour
from tracker.ui.week.gaps import GapRow, answer_menu
from tracker.ui.week.painting import GAP_COLOURS
from tracker.ui.week.selection import RowsInSight
from tracker.ui.week.timeline import WeekTimeline

__all__ = ["DayList", "DayListModel", "WeekViews"]


def time_text(entry: Entry, zone: ZoneInfo, day_names: list[str]) -> str:
    """ "Tue 24 09:00–12:00": the day in the UI's language, the times on the wall clock."""
    # Formatted by hand: strftime imports a module on every call, and a week has hundreds.
    start = entry.start.astimezone(zone)
    text = f"{day_names[start.weekday()]} {start.day} {start.hour:02d}:{start.minute:02d}"
    if entry.end is not None:
        end = entry.end.astimezone(zone)
        text += f"–{end.hour:02d}:{end.minute:02d}"
    elif not entry.is_instant:
        text += "–…"
    return text


class DayListModel(QAbstractTableModel):
    COLUMNS = ("time", "kind", "title", "people", "cause")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entries: list[Entry] = []
        # Per row: the texts shown and the keys sorted by, made once (a view asks often).
        self.texts: list[tuple[str, ...]] = []
        self.keys: list[tuple] = []
        self.colours: list[QColor] = []
        self.sorted_by = (0, Qt.SortOrder.AscendingOrder)

    def set_entries(
        self, entries: list[Entry], people: dict[str, Person], zone: ZoneInfo, dark: bool,
        gaps: list = (),  # type: ignore[assignment]
    ) -> None:  # fmt: skip
        self.beginResetModel()
        rows: list = [*entries, *(GapRow(gap) for gap in gaps)]  # an entry or a GapRow
        self.entries = sorted(rows, key=lambda e: (e.start, e.id))
        days = [QLocale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
        self.texts, self.keys, self.colours = [], [], []
        colours = {e.kind: kind_colour(e.kind, dark) for e in entries}
        for entry in self.entries:
            if isinstance(entry, GapRow):  # amber, as the week hatches it
                row = (time_text(entry, zone, days), self.tr("Time away"),  # type: ignore[arg-type]
                       self.tr("not answered yet"), "", "")  # fmt: skip
                self.texts.append(row)
                self.keys.append((entry.start.timestamp(), *(t.casefold() for t in row[1:])))
                self.colours.append(QColor(GAP_COLOURS[dark]))
                continue
            names = ", ".join(people[p].name for p in entry.people if p in people)
            cause = cause_label(entry.cause) if entry.cause else ""
            row = (time_text(entry, zone, days), kind_label(entry.kind), entry.title, names, cause)
            self.texts.append(row)
            self.keys.append((entry.start.timestamp(), *(t.casefold() for t in row[1:])))
            self.colours.append(colours[entry.kind])
        self._order(*self.sorted_by)
        self.endResetModel()

    def _order(self, column: int, order: Qt.SortOrder) -> None:
        # Sorted here, in Python, on keys made once: a proxy asks the model per comparison.
        rows = sorted(range(len(self.entries)), key=lambda r: (self.keys[r][column], self.keys[r]),
                      reverse=order == Qt.SortOrder.DescendingOrder)  # fmt: skip
        for name in ("entries", "texts", "keys", "colours"):
            values = getattr(self, name)
            setattr(self, name, [values[r] for r in rows])
        self.sorted_by = (column, order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        ids = [self.entries[index.row()].id for index in kept]
        self._order(column, order)
        rows = {entry.id: row for row, entry in enumerate(self.entries)}
        moved = [self.index(rows[i], index.column()) for i, index in zip(ids, kept, strict=True)]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("Kind"), self.tr("Title"), self.tr("People"),
                self.tr("Cause"))[section]  # fmt: skip

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            return self.keys[row][column]
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return self.colours[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts[row][column]
        return None


class DayList(QTableView):
    """Enter edits the selected entry and Delete removes it; Tab goes back to the week."""

    entry_picked = Signal(object)  # Entry or None
    edit_requested = Signal()
    delete_requested = Signal()
    gap_answered = Signal(object, str, object)  # a Gap, its answer and the detail (cause)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list_model = DayListModel(self)
        self.setModel(self.list_model)
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
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        # Measured on the longest texts there can be, not on every row (a week can hold 500).
        metrics = self.fontMetrics()
        days = [QLocale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
        widest_day = max(days, key=metrics.horizontalAdvance)
        header.resizeSection(0, metrics.horizontalAdvance(f"{widest_day} 30 00:00–00:00") + 14)
        kinds = [kind_label(kind) for kind in KINDS]
        icon = self.iconSize().width() if self.iconSize().width() > 0 else 16
        header.resizeSection(1, max(map(metrics.horizontalAdvance, kinds)) + icon + 20)
        keep_headers_readable(header)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.setAccessibleName(self.tr("Day list"))
        self._quiet = False
        self.gaps: list = []  # unanswered gaps, shown as rows of their own
        self.menu: QMenu | None = None  # a gap's answers, while open
        self.menu_gap = None  # the gap it answers
        self.selectionModel().selectionChanged.connect(self._selection_changed)

    def comfortable_width(self) -> int:
        """Room for every column: time and kind whole, the others at their header's room."""
        header = self.horizontalHeader()
        shown = [header.sectionSize(c) for c in (0, 1)] + [header.minimumSectionSize()] * 3
        return sum(shown) + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def resizeEvent(self, event) -> None:
        """Too narrow for every column: cause goes first, then people, rather than a header
        cut in half."""
        super().resizeEvent(event)
        header = self.horizontalHeader()
        room = self.viewport().width() - header.sectionSize(0) - header.sectionSize(1)
        fits = room // max(1, header.minimumSectionSize())
        header.setSectionHidden(4, fits < 3)
        header.setSectionHidden(3, fits < 2)

    def set_entries(
        self,
        entries: list[Entry],
        people: dict[str, Person],
        zone: ZoneInfo,
        dark: bool,
        selected: str | None = None,
    ) -> None:
        """Fill the list again with `selected` (an entry id) selected, and the rows that were
        in sight where they were: a reload never moves a row under the pointer."""
        in_sight = RowsInSight(self, [entry.id for entry in self.list_model.entries])
        self._quiet = True
        try:
            self.list_model.set_entries(entries, people, zone, dark, self.gaps)
            self.show_entry(selected, scroll=False)
            in_sight.put_back([entry.id for entry in self.list_model.entries])
        finally:
            self._quiet = False

    def row_of(self, entry_id: str) -> int | None:
        for row, entry in enumerate(self.list_model.entries):
            if entry.id == entry_id:
                return row
        return None

    def selected_entry(self) -> Entry | None:
        rows = self.selectionModel().selectedRows()
        found = self.list_model.entries[rows[0].row()] if rows else None
        return None if isinstance(found, GapRow) else found

    def selected_gap(self) -> GapRow | None:
        rows = self.selectionModel().selectedRows()
        found = self.list_model.entries[rows[0].row()] if rows else None
        return found if isinstance(found, GapRow) else None

    def answer_gap(self, row: GapRow) -> QMenu:
        """The gap's answers, as a menu beside its row."""
        self.menu_gap = row.gap
        self.menu = answer_menu(self, self._menu_answered)
        where = self.visualRect(self.list_model.index(self.row_of(row.id) or 0, 1))
        self.menu.popup(self.viewport().mapToGlobal(where.bottomLeft()))
        return self.menu

    def _menu_answered(self, answer: str, detail: object) -> None:
        self.gap_answered.emit(self.menu_gap, answer, detail)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        found = self.list_model.entries[index.row()] if index.isValid() else None
        if isinstance(found, GapRow):
            self.answer_gap(found)

    def show_entry(self, entry_id: str | None, scroll: bool = True) -> None:
        """Select the entry's row (picked in the week) without reporting it back; scrolled
        into sight when picked, not when a reload keeps it."""
        row = None if entry_id is None else self.row_of(entry_id)
        self._quiet = True
        try:
            if row is None:
                self.clearSelection()
            else:
                self.selectRow(row)
                if scroll:
                    self.scrollTo(self.list_model.index(row, 0))
        finally:
            self._quiet = False

    def _selection_changed(self, *_args) -> None:
        if not self._quiet:
            self.entry_picked.emit(self.selected_entry())

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Coming to the list by keyboard picks a row at once, so Enter and Delete act; by a
        click, the click picks (picking first would scroll a row under the pointer)."""
        super().focusInEvent(event)
        by_mouse = event.reason() == Qt.FocusReason.MouseFocusReason
        picked = self.selectionModel().selectedRows()  # an entry, or a gap's row
        if not picked and self.list_model.entries and not by_mouse:
            current = self.currentIndex()
            self.selectRow(current.row() if current.isValid() else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            gap = self.selected_gap()
            if gap is not None:
                self.answer_gap(gap)
            else:
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
        selected = self.timeline.selected  # kept by id through the reload, or gone: None
        self.day_list.set_entries(self.timeline.entries, people, zone, dark,
                                  selected.id if selected is not None else None)  # fmt: skip
        if not self._sized:  # once, by the first week's rows; then the splitter is the user's
            self._sized = True
            room = self.day_list.comfortable_width()
            self.setSizes([max(480, window_width - 300 - room), room])

    def _picked_in_week(self, entry: Entry | None) -> None:
        if entry is not None or self.day_list.selected_gap() is None:  # a gap's row stays
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
