"""Export... in the week window (the shown week or a chosen range, in each format) and Export
everything... in Settings. The export itself is `tracker.exchange.exporting`, run a chunk of
days at a time under a progress dialog that can cancel it: the window never freezes."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from tracker.exchange.exporting import Export, ExportSource
from tracker.kernel.clock import Clock
from tracker.kernel.days import local_day
from tracker.store.private import private_file
from tracker.ui.folders import suggested_path

__all__ = ["ExportButton", "RangeDialog", "ask_and_export", "export_everything", "export_to"]


class _Cancelled(Exception):
    """Cancel pressed in the progress dialog."""


_SUFFIX = {"csv": "csv", "ics": "ics", "json": "json"}


def format_names() -> dict[str, str]:
    return {
        "csv": QCoreApplication.translate("ExportMenu", "Spreadsheet (CSV)"),
        "ics": QCoreApplication.translate("ExportMenu", "Calendar (iCalendar)"),
        "json": QCoreApplication.translate("ExportMenu", "Full backup (JSON)"),
    }


def export_to(
    parent: QWidget | None,
    journal: ExportSource,
    clock: Clock,
    format_name: str,
    path: Path,
    first: date | None = None,
    last: date | None = None,
    zone: Any = None,
) -> bool:
    """Write the export to `path` under a progress dialog; False when cancelled or failed
    (then no file is left behind, not even half of one)."""
    start = local_day(first, zone).start if first is not None else None
    end = local_day(last + timedelta(days=1), zone).start if last is not None else None
    progress = QProgressDialog(
        QCoreApplication.translate("ExportMenu", "Exporting..."),
        QCoreApplication.translate("ExportMenu", "Cancel"),
        0,
        1,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("ExportMenu", "Export"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)  # a week's export is done before it would show
    try:
        with private_file(path) as stream:
            export = Export(journal, format_name, stream, now=clock.now(), start=start, end=end)
            progress.setMaximum(export.total)
            for done in export.steps():
                progress.setValue(done)
                QCoreApplication.processEvents()
                if progress.wasCanceled():
                    raise _Cancelled  # private_file leaves no file
        return True
    except _Cancelled:
        pass
    except OSError as error:
        from tracker.ui.errors import error_text

        QMessageBox.warning(
            parent, QCoreApplication.translate("ExportMenu", "Export"), error_text(error)
        )
    finally:
        progress.close()
    return False


def ask_and_export(
    parent: QWidget | None,
    journal: ExportSource,
    clock: Clock,
    format_name: str,
    suggested: str,
    first: date | None = None,
    last: date | None = None,
    zone: Any = None,
) -> Path | None:
    """Ask where, then export; the file written, or None."""
    name = format_names()[format_name]
    file_filter = f"{name} (*.{_SUFFIX[format_name]})"
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportMenu", "Export"),
        suggested_path(suggested),
        file_filter,
    )
    if not chosen:
        return None
    path = Path(chosen)
    if export_to(parent, journal, clock, format_name, path, first, last, zone):
        return path
    return None


def export_everything(parent: QWidget | None, journal: ExportSource, clock: Clock) -> Path | None:
    """Settings' Export everything...: the full JSON backup, which `dayweave import` restores."""
    today = clock.now().date().isoformat()
    return ask_and_export(parent, journal, clock, "json", f"dayweave-backup-{today}.json")


class RangeDialog(QDialog):
    """From, to (both included) and a format."""

    def __init__(self, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ExportMenu", "Export a range of days"))
        self.first = QDateEdit(QDate(first.year, first.month, first.day))
        self.last = QDateEdit(QDate(last.year, last.month, last.day))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
        self.format = QComboBox()
        for code, label in format_names().items():
            self.format.addItem(label, code)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("ExportMenu", "&From:"), self.first)
        form.addRow(QCoreApplication.translate("ExportMenu", "&To:"), self.last)
        form.addRow(QCoreApplication.translate("ExportMenu", "F&ormat:"), self.format)
        form.addRow(buttons)

    def chosen(self) -> tuple[date, date, str]:
        first, last = self.first.date(), self.last.date()
        days = [date(d.year(), d.month(), d.day()) for d in (first, last)]
        return min(days), max(days), self.format.currentData()


class ExportButton(QPushButton):
    """Export... beside the week: this week in each format, or a range of days."""

    def __init__(self, window: Any) -> None:
        super().__init__(QCoreApplication.translate("ExportMenu", "Export..."))
        self.window_shown = window
        self.setToolTip(
            QCoreApplication.translate(
                "ExportMenu", "Save this week or a range of days as CSV, iCalendar or JSON"
            )
        )
        menu = QMenu(self)
        self.week_actions = {}
        for code, label in format_names().items():
            action = menu.addAction(
                QCoreApplication.translate("ExportMenu", "This week: %1...").replace("%1", label)
            )
            action.triggered.connect(lambda _=False, c=code: self.export_week(c))
            self.week_actions[code] = action
        menu.addSeparator()
        self.range_action = menu.addAction(
            QCoreApplication.translate("ExportMenu", "A range of days...")
        )
        self.range_action.triggered.connect(self.export_range)
        self.setMenu(menu)

    def _export(self, format_name: str, first: date, last: date) -> Path | None:
        window = self.window_shown
        suggested = f"dayweave-{first.isoformat()}-{last.isoformat()}.{_SUFFIX[format_name]}"
        return ask_and_export(window, window.journal, window.clock, format_name, suggested,
                              first, last, window.zone)  # fmt: skip

    def export_week(self, format_name: str) -> Path | None:
        first = self.window_shown.first_day
        return self._export(format_name, first, first + timedelta(days=6))

    def export_range(self) -> Path | None:
        first = self.window_shown.first_day
        dialog = RangeDialog(first, first + timedelta(days=6), self.window_shown)
        self.range_dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return self._export(*_order(dialog.chosen()))
        finally:
            self.range_dialog = None


def _order(chosen: tuple[date, date, str]) -> tuple[str, date, date]:
    first, last, format_name = chosen
    return format_name, first, last
