"""What each click does: the tray menu and the quick-log panel share these, and their dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from tracker.kernel.model import Entry
from tracker.ui.texts import entry_label
from tracker.ui.timeline.quicklog import QuickLog
from tracker.ui.timeline.said import logged_text

if TYPE_CHECKING:  # PySide6 builds QDialog (and its enums) on first use: with the first dialog
    from PySide6.QtWidgets import QDialog, QWidget

__all__ = ["LogActions"]


class LogActions(QObject):
    quit_requested = Signal()
    week_requested = Signal()
    review_requested = Signal()
    people_requested = Signal()
    settings_requested = Signal()
    # A short "Logged ..." after a click in the menu or the panel, shown without taking focus.
    confirmed = Signal(str)

    def __init__(self, quicklog: QuickLog, parent: QObject | None = None):
        super().__init__(parent)
        self.quicklog = quicklog
        self.dialog_parent: QWidget | None = None
        self.open_dialog: QDialog | None = None  # the one a test or the e2e run can answer
        quicklog.choose = self.choose_person
        quicklog.confirm_long = self.confirm_long
        quicklog.choose_overlap = self.choose_overlap

    def choose_person(self, name: str, candidates) -> object | None:
        """Several people answer to `name`: ask which one (None when the user cancels)."""
        from PySide6.QtWidgets import QInputDialog  # built on first use, not at start-up

        labels = [f"{p.name} · {p.team}" if p.team else p.name for p in candidates]
        label, ok = QInputDialog.getItem(
            self.dialog_parent,
            self.tr("Who is %1?").replace("%1", name),
            self.tr("Several people are called %1. Which one?").replace("%1", name),
            labels,
            0,
            False,
        )
        return candidates[labels.index(label)] if ok else None

    def confirm_long(self, hours: float) -> bool:
        """A span over 16 hours is almost always a typo (10:00-9:00): ask before logging it."""
        from PySide6.QtWidgets import QMessageBox  # built on first use, not at start-up

        answer = QMessageBox.question(
            self.dialog_parent,
            self.tr("Log %1 hours?").replace("%1", f"{hours:g}"),
            self.tr("That is %1 hours, which is usually a typo. Log it anyway?").replace(
                "%1", f"{hours:g}"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_overlap(self, values: dict[str, str]) -> bool:
        """A typed time the clocks pass twice (the night they go back): True for the second."""
        from datetime import datetime
        from zoneinfo import ZoneInfo

        from PySide6.QtWidgets import QMessageBox

        zone = ZoneInfo(values["zone"])
        offsets = [
            datetime.fromisoformat(values[which]).astimezone(zone).strftime("%z")
            for which in ("first", "second")
        ]
        labels = [f"UTC{o[:3]}:{o[3:]}" for o in offsets]
        box = QMessageBox(self.dialog_parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Which %1?").replace("%1", values["time"]))
        box.setText(
            self.tr("%1 on %2 comes twice in %3: the clocks go back. Which one did you mean?")
            .replace("%1", values["time"])
            .replace("%2", values["day"])
            .replace("%3", values["zone"])
        )
        first = box.addButton(
            self.tr("The first (%1)").replace("%1", labels[0]), QMessageBox.ButtonRole.AcceptRole
        )
        second = box.addButton(
            self.tr("The second (%1)").replace("%1", labels[1]), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(first)
        self.open_dialog = box
        box.exec()
        self.open_dialog = None
        return box.clickedButton() is second

    def _logged(self, entry: Entry | None) -> Entry | None:
        """Say what was logged, with whom, who is new, and which blocks made room for it."""
        if entry is not None:
            people = self.quicklog.journal.people_by_id() if entry.people else {}
            said = logged_text(entry, self.quicklog.last_result, people, self.quicklog.zone)
            self.confirmed.emit(said)
        return entry

    def _ended(self, entries: list[Entry]) -> None:
        if entries:
            labels = ", ".join(entry_label(e) for e in entries)
            self.confirmed.emit(self.tr("Ended: %1").replace("%1", labels))

    def _switched(self, kind: str) -> None:
        entry = self.quicklog.switch(kind)
        if entry is not None and self.quicklog.already_running:  # nothing changed: not "Logged"
            self.confirmed.emit(self.tr("Already running: %1").replace("%1", entry_label(entry)))
        else:
            self._logged(entry)

    def work(self) -> None:
        self._switched("work")

    def life(self) -> None:
        self._switched("life")

    def disruption(self, cause: str) -> None:
        self._logged(self.quicklog.disruption(cause))

    def log_line(self, text: str) -> Entry | None:
        """A quick-entry line from the panel; a QuickEntryError propagates to mark the part."""
        return self._logged(self.quicklog.quick_entry(text))

    def end(self, entry: Entry) -> None:
        """End one running call or meeting ("End call with Anna")."""
        ended = self.quicklog.end_entry(entry)
        self._ended([ended] if ended is not None else [])

    def other_disruption(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        cause, ok = QInputDialog.getText(
            self.dialog_parent, self.tr("Disruption"), self.tr("What disrupted you?")
        )
        if ok and cause.strip():
            self._logged(self.quicklog.disruption(cause.strip()))

    def call(self) -> None:
        self._with_people("call")

    def meeting(self) -> None:
        self._with_people("meeting")

    def contact(self) -> None:
        self._with_people("contact")

    def _with_people(self, kind: str) -> None:
        from tracker.ui.timeline.dialogs import PeopleDialog  # loaded on first use, not at start-up

        dialog = PeopleDialog(kind, self.quicklog.people(), self.dialog_parent)
        self.open_dialog = dialog
        try:
            if dialog.exec() == dialog.DialogCode.Accepted:
                answer = dialog.answer()
                self._logged(
                    self.quicklog.with_people(
                        answer.kind, answer.names, answer.title, answer.circle_for_new
                    )
                )
        finally:
            self.open_dialog = None
            dialog.deleteLater()

    def quick_entry(self, text: str = "") -> None:
        from tracker.timeline.quickentry import QuickEntryError
        from tracker.ui.timeline.dialogs import QuickEntryDialog

        dialog = QuickEntryDialog(self.dialog_parent)
        dialog.line.setText(text)
        self.open_dialog = dialog
        try:
            while dialog.exec() == dialog.DialogCode.Accepted:
                try:
                    self._logged(self.quicklog.quick_entry(dialog.line.text()))
                    return
                except QuickEntryError as error:
                    dialog.show_error(error)
        finally:
            self.open_dialog = None
            dialog.deleteLater()

    def stop(self) -> None:
        self._ended(self.quicklog.stop())

    def undo(self) -> None:
        undoable = self.quicklog.undoable()
        if self.quicklog.undo():
            self.confirmed.emit(
                self.tr("Undone: %1").replace("%1", entry_label(undoable))
                if undoable is not None
                else self.tr("Undone")
            )

    def this_week(self) -> None:
        self.week_requested.emit()

    def review(self) -> None:
        self.review_requested.emit()

    def people(self) -> None:
        self.people_requested.emit()

    def settings(self) -> None:
        self.settings_requested.emit()

    def quit(self) -> None:
        self.quit_requested.emit()
