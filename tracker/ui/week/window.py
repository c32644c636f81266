"""The week window: navigation, the painted week beside its day list, the summary, details and
edits of one entry (picked in either view, selected in both).

one job: wiring the week's parts to one selection and one door; the parts themselves (the
painted week, the day list, the sidebar, the panes' room, the editor) live beside it."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

import tracker.features  # noqa: F401 - registers every feature's handlers with the door
from tracker.commands import Commands, DeleteEntry, EditEntry, Request, Result, Undo
from tracker.kernel.clock import Clock
from tracker.kernel.days import first_weekday as week_first_day
from tracker.kernel.days import week_days, week_start
from tracker.kernel.model import Entry
from tracker.store.journal import Journal
from tracker.store.private import write_private
from tracker.timeline.patterns import find_pattern
from tracker.timeline.summary import WeekSummary, summarize_week
from tracker.timeline.weekreport import week_to_json
from tracker.ui.errors import error_text
from tracker.ui.folders import suggested_path
from tracker.ui.texts import quick_entry_message
from tracker.ui.timeline.said import logged_text, made_room_text
from tracker.ui.week.colours import is_dark
from tracker.ui.week.datebox import use_long_dates
from tracker.ui.week.daylist import DayList, WeekViews
from tracker.ui.week.details import details_text
from tracker.ui.week.gaps import WeekGaps
from tracker.ui.week.intention import IntentionLine
from tracker.ui.week.room import PaneToggles, restore_geometry, room_for, save_geometry, scrolled
from tracker.ui.week.summary import SummaryPanel
from tracker.ui.week.timeline import WeekTimeline

__all__ = ["WeekWindow", "weekday_names"]


def weekday_names(long: bool = False) -> list[str]:
    """Monday first, in the UI's language."""
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return [QLocale().dayName(day, form) for day in range(1, 8)]


class WeekWindow(QWidget):
    changed = Signal()  # the window edited the data: the tray refreshes
    review_requested = Signal()  # the Review button: the weeks and months around this one

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        zone: ZoneInfo,
        *,
        first_weekday: int | None = None,
        quicklog=None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.journal = journal
        self.clock = clock
        self.zone = zone
        self.quicklog = quicklog
        self._commands = quicklog.commands if quicklog is not None else None
        self.first_weekday = week_first_day(first_weekday)  # the same rule as `dayweave week`
        self.first_day = week_start(clock.now().astimezone(zone).date(), self.first_weekday)
        self.summary: WeekSummary | None = None
        self.setWindowTitle(self.tr("Dayweave: this week"))
        self.setAccessibleName(self.tr("Dayweave: this week"))
        layout = QVBoxLayout(self)
        header = self._header()
        top = QVBoxLayout()  # one item, so what goes under the header goes under both rows
        top.addLayout(header)
        top.addLayout(self.tools)
        layout.addLayout(top)
        self.intention = IntentionLine()  # the week's intention (issue 22)
        layout.addWidget(self.intention)
        self.error = QLabel()
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addLayout(self._body(), 1)
        self.pane_toggles = PaneToggles(self, self.day_list, self.sidebar)
        self.tools.insertWidget(self.tools.count() - 3, self.pane_toggles.button)
        self.review_button = QPushButton(self.tr("Review..."))
        self.review_button.setToolTip(self.tr("What the last weeks and months show"))
        self.review_button.clicked.connect(self.review_requested)
        self.tools.addWidget(self.review_button)
        self._connect()
        from tracker.ui.week.search import WeekSearch  # its field in the header, results below

        self.finder = WeekSearch(self, header, layout)
        self.resize(1340, 720)
        restore_geometry(self)
        self.reload()

    def _header(self) -> QHBoxLayout:
        """Two rows: moving between weeks under the week's title, and below them the quick
        entry line and saving the week (`tools`). One row left the title 60 px at 1366 px
        wide, cut mid-word."""
        self.previous = QPushButton("<")
        self.previous.setAccessibleName(self.tr("Previous week"))
        self.previous.setToolTip(self.tr("Previous week (Page Up)"))
        self.today = QPushButton(self.tr("Today"))
        self.today.setToolTip(self.tr("This week (T)"))
        self.next = QPushButton(">")
        self.next.setAccessibleName(self.tr("Next week"))
        self.next.setToolTip(self.tr("Next week (Page Down)"))
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        # The title gives way first when the window is narrow (the date box names the week too).
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.picker = QDateEdit()
        self.picker.setCalendarPopup(True)
        use_long_dates(self.picker)
        self.picker.setAccessibleName(self.tr("Go to date"))
        self.quick = QLineEdit()
        self.quick.setPlaceholderText(self.tr("Quick entry, e.g. 9:00-10:30 work plan"))
        self.quick.setAccessibleName(self.tr("Quick entry"))
        self.quick.setMinimumWidth(240)
        self.export_png = QPushButton(self.tr("Image..."))
        self.export_png.setToolTip(self.tr("Save the week as a PNG image"))
        self.export_json = QPushButton(self.tr("JSON..."))
        self.export_json.setToolTip(
            self.tr("Save the week as JSON, as dayweave week --json prints it")
        )
        header = QHBoxLayout()
        for arrow in (self.previous, self.next):  # an arrow needs no button-wide room
            arrow.setFixedWidth(arrow.fontMetrics().height() * 2 + 8)
        for widget in (self.previous, self.today, self.next):
            header.addWidget(widget)
        header.addWidget(self.title, 1)
        header.addWidget(self.picker)  # the search field goes before it (search.py)
        self.tools = QHBoxLayout()
        self.tools.addWidget(self.quick, 1)
        self.tools.addWidget(self.export_png)
        self.tools.addWidget(self.export_json)
        from tracker.ui.exchange.exporting import ExportButton  # Export...: CSV, iCalendar, backup

        self.export_button = ExportButton(self)
        self.tools.addWidget(self.export_button)
        return header

    def _body(self) -> QHBoxLayout:
        """The week (timeline or day list) and beside it the summary and the selected entry."""
        self.timeline = WeekTimeline()
        self.day_list = DayList()
        self.summary_panel = SummaryPanel()
        self.details = QLabel(
            self.tr("Select an entry to see it; double-click empty space to add one.")
        )
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit..."))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.undo_button = QPushButton(self.tr("Undo delete"))
        side = QVBoxLayout()
        side.addWidget(scrolled(self.summary_panel), 1)
        self.details_area = scrolled(self.details, lines=(5, 8))
        side.addWidget(self.details_area)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.undo_button):
            buttons.addWidget(button)
        side.addLayout(buttons)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(room_for(buttons, side))
        self.sidebar = side_widget
        self.views = WeekViews(self.timeline, self.day_list)
        body = QHBoxLayout()
        body.addWidget(self.views, 1)
        body.addWidget(side_widget)
        return body

    def _connect(self) -> None:
        self.previous.clicked.connect(lambda: self.go(-7))
        self.next.clicked.connect(lambda: self.go(7))
        self.today.clicked.connect(self.go_today)
        self.picker.dateChanged.connect(self._picked)
        self.quick.returnPressed.connect(self._quick_entry)
        self.export_png.clicked.connect(self._ask_png)
        self.export_json.clicked.connect(self._ask_json)
        self.views.picked.connect(self._show_details)
        self.day_list.edit_requested.connect(self.edit_selected)
        self.day_list.delete_requested.connect(self.delete_selected)
        self.week_gaps = WeekGaps(self)
        self.timeline.times_changed.connect(self.change_times)
        self.timeline.add_requested.connect(self.add_at)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_last)
        if self.quicklog is not None:
            self.quicklog.undo_expired.connect(self._show_undo)
        QShortcut(QKeySequence.StandardKey.Delete, self, self.delete_selected)

    # -- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the shown week (and only it) and redraw."""
        days = week_days(self.first_day, self.zone)
        now = self.clock.now()
        entries = self.journal.entries_between(days[0].start, days[-1].end)
        people = self.journal.people_by_id()
        self.people = people
        self._named = {person for e in entries for person in e.people}  # whose names it shows
        self.summary = summarize_week(entries, people, self.first_day, self.zone, now)
        names = weekday_names()
        labels = [f"{names[d.date.weekday()]} {d.date.day}" for d in days]
        self.timeline.set_week(days, entries, self.zone, now, labels, people)
        self.week_gaps.show(days)  # time away not answered yet: hatched, and rows in the list
        self.views.show_entries(people, self.zone, is_dark(self.palette()), self.width())
        pattern = find_pattern(entries, self.zone)
        self.summary_panel.show_week(self.summary, pattern, names, weekday_names(long=True))
        last = days[-1].date
        locale = QLocale()
        first_text = locale.toString(
            QDate(self.first_day.year, self.first_day.month, self.first_day.day), "d MMMM"
        )
        last_text = locale.toString(QDate(last.year, last.month, last.day), "d MMMM yyyy")
        self.title.setText(f"{first_text} – {last_text}")
        self.intention.show_week(self.journal, self.first_day)
        self.picker.blockSignals(True)
        self.picker.setDate(QDate(self.first_day.year, self.first_day.month, self.first_day.day))
        self.picker.blockSignals(False)
        self._show_details(self.timeline.selected)
        self._show_undo()

    def go(self, days: int) -> None:
        self.first_day += timedelta(days=days)
        self.timeline.select(None)
        self.reload()

    def go_today(self) -> None:
        self.show_week_of(self.clock.now().astimezone(self.zone).date())

    def show_week_of(self, day: date) -> None:
        self.first_day = week_start(day, self.first_weekday)
        self.reload()

    def _picked(self, qdate: QDate) -> None:
        self.show_week_of(date(qdate.year(), qdate.month(), qdate.day()))

    # -- details and edits ---------------------------------------------------------------

    def _show_details(self, entry: Entry | None) -> None:
        self.edit_button.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None)
        self.details.setText(details_text(entry, self.zone, self.people))

    @property
    def commands(self) -> Commands:
        """The app's door; a window opened alone (an export, a test) makes its own."""
        if self._commands is None:
            self._commands = Commands(self.journal, self.clock)
        return self._commands

    def _run(self, request: Request) -> Result | None:
        try:
            result = self.commands.run(request, initiator=self)
        except (ValueError, OSError) as error:
            self.reload()  # a drag that was refused is undone on screen
            self.error.setText(error_text(error))
            return None
        self._after_edit(made_room_text(result, self.zone))  # a neighbour trimmed: said
        return result

    def change_times(self, entry: Entry, start: datetime, end: datetime | None) -> None:
        """A dragged edge: store the new times (snapped to five minutes by the timeline)."""
        changes = {"start": start, "end": end}
        self._run(EditEntry(entry_id=entry.id, changes=changes, near=entry.start,
                            end_day_given=True))  # fmt: skip

    def edit_selected(self) -> None:
        entry = self.timeline.selected
        if entry is None:
            return
        from tracker.ui.week.editor import EntryEditor

        editor = EntryEditor(entry, self.journal.people(), self.zone, self)
        self.open_editor = editor
        if editor.exec() == EntryEditor.DialogCode.Accepted:
            try:
                changes, new_names = editor.changes()
            except ValueError as error:
                self.error.setText(error_text(error))
            else:
                changes["people"] = tuple(changes.pop("people_ids"))
                names = tuple((name, None) for name in new_names)
                self._run(EditEntry(entry_id=entry.id, changes=changes, names=names,
                                    near=entry.start, end_day_given=True))  # fmt: skip
        self.open_editor = None

    def delete_selected(self) -> None:
        entry = self.timeline.selected
        if entry is None:
            return
        # The id selected now, and nothing selected after: a second Delete (a repeated key)
        # must not take the next row too, as only the last delete can be undone.
        self._run(DeleteEntry(entry_id=entry.id, near=entry.start))

    def _show_undo(self) -> None:  # also when undo runs out: never a button doing nothing
        self.undo_button.setVisible(self._undoable_delete())

    def _undoable_delete(self, names: tuple[str, ...] = (DeleteEntry.NAME,)) -> bool:
        pending = self._commands.undoable() if self._commands is not None else None
        return pending is not None and pending.request in names

    def undo_delete(self) -> None:
        if self._undoable_delete():
            self._undo()

    def undo_last(self) -> None:
        """Ctrl+Z: a delete, or an edit (a dragged edge, the editor), for as long as it can."""
        if self._undoable_delete((DeleteEntry.NAME, EditEntry.NAME)):
            self._undo()

    def _undo(self) -> None:
        """Undo also after paging away (the button stays while undo lasts): the entry comes
        back in sight, its week shown and the entry selected, never restored unseen."""
        result = self._run(Undo())
        if result is None or not result.stored:
            return
        back = result.stored[0]
        day = back.start.astimezone(self.zone).date()
        if week_start(day, self.first_weekday) != self.first_day:
            self.show_week_of(day)
        self.timeline.select(next((e for e in self.timeline.entries if e.id == back.id), None))

    def on_notice(self, result: Result, initiator: object) -> None:
        """Logged from the tray or the command line: an open week shows it at once, when it
        lies in the week or changes someone the week names. An edit made here has reloaded
        it already."""
        if initiator is self or not self.isVisible():
            return
        changes = result.changes
        days = week_days(self.first_day, self.zone)
        # Gaps: time away noted or answered, its hatch comes or goes ("still working" logs no
        # entry); rare enough to read the week again.
        touched = changes.touches(days[0].start, days[-1].end) or changes.persons & self._named
        if touched or changes.gaps:
            self.reload()

    def add_at(self, moment: datetime) -> None:
        """Double-click on empty space: a quick entry that starts there."""
        local = moment.astimezone(self.zone)
        self.quick.setText(
            f"{local.date().isoformat()} {local:%H:%M}-{(local + timedelta(hours=1)):%H:%M} work "
        )
        self.quick.setFocus()
        self.quick.end(False)

    def _quick_entry(self) -> None:
        from tracker.timeline.quickentry import QuickEntryError

        text = self.quick.text().strip()
        if not text or self.quicklog is None:
            return
        try:
            entry = self.quicklog.quick_entry(text)
        except QuickEntryError as error:
            self.error.setText(quick_entry_message(error))
            if error.part:
                self.quick.setSelection(error.position, len(error.part))
            return
        if entry is not None:
            self.quick.clear()
            self.show_week_of(entry.start.astimezone(self.zone).date())
            said = logged_text(entry, self.quicklog.last_result, self.people, self.zone)
            self.error.setText(said)

    def _after_edit(self, said: str = "") -> None:
        self.error.setText(said)
        self.reload()
        self.changed.emit()

    # -- export --------------------------------------------------------------------------

    def render_png(self, path: Path) -> bool:
        """Encoded in memory, written by the one private writer: a regular file, 0600, never
        through a link another user planted where the dialog points."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        encoded = self.grab().save(buffer, "PNG")
        buffer.close()
        if not encoded:
            return False
        try:
            write_private(path, bytes(data))
        except OSError:
            return False
        return True

    def json_text(self) -> str:
        return json.dumps(week_to_json(self.summary, self.people), ensure_ascii=False, indent=2)

    def _ask_png(self) -> None:
        suggested = f"dayweave-{self.first_day.isoformat()}.png"
        title = self.tr("Save the week as an image")
        name, _ = QFileDialog.getSaveFileName(self, title, suggested_path(suggested), "PNG (*.png)")
        if name and not self.render_png(Path(name)):
            self.error.setText(self.tr("Could not save %1").replace("%1", name))

    def _ask_json(self) -> None:
        suggested = f"dayweave-{self.first_day.isoformat()}.json"
        title = self.tr("Save the week as JSON")
        name, _ = QFileDialog.getSaveFileName(
            self, title, suggested_path(suggested), "JSON (*.json)"
        )
        if name:
            try:
                write_private(Path(name), self.json_text().encode("utf-8"))
            except OSError as error:
                self.error.setText(error_text(error))

    # -- keys, wheel, geometry -----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.quick.hasFocus():
            return super().keyPressEvent(event)
        key = event.key()
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left):
            self.go(-7)
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right):
            self.go(7)
        elif key == Qt.Key.Key_T:
            self.go_today()
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y()
        if steps:
            self.go(-7 if steps > 0 else 7)

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self)
        super().closeEvent(event)
