"""Settings' calendar files: the .ics files and folders this device reads planned meetings
from, added with a file chooser and removed again. Each change is a request to the one door
(the same as `dayweave calendar add/remove`); this only lays out and asks."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.commands import AddCalendar, RemoveCalendar
from tracker.ui.folders import suggested_path

__all__ = ["CalendarSources", "ask_own_emails"]

_GUESS_FILES = 500


def ask_own_emails(parent: QWidget | None, path: str) -> str | None:
    """Once, when the first calendar is added: which addresses are the user's, prefilled with
    the organizer who sent the most of its invitations (mostly the user). None: not answered.
    Found by a line scan, not a parse (on the GUI thread: a heavy export parses for seconds),
    of at most _GUESS_FILES files of a vdir: enough to tell who sends the most."""
    from collections import Counter

    from tracker.calendar.bounds import read_regular
    from tracker.calendar.files import calendar_files
    from tracker.calendar.pieces import organizers_in

    counts: Counter[str] = Counter()
    for file in calendar_files(Path(path))[:_GUESS_FILES]:
        with contextlib.suppress(OSError):  # not read: the calendar thread says why
            counts += organizers_in(read_regular(file))
    guess = [address for address, _count in counts.most_common(1)]
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("CalendarSources", "Your e-mail addresses"),
        QCoreApplication.translate(
            "CalendarSources",
            "Which e-mail addresses are yours (separated by commas)? Planned meetings never "
            "offer them as people, and a meeting you declined is left out.",
        ),
        QLineEdit.EchoMode.Normal,
        ", ".join(guess),
    )
    return text.strip() if ok else None


class CalendarSources(QWidget):
    first_added = Signal(str)  # the first calendar source: time to ask for own e-mails

    def __init__(
        self,
        sources: Callable[[], tuple[str, ...]],
        run: Callable[[Any], Any],
        parent: QWidget | None = None,
    ) -> None:
        """`sources` reads the current list; `run` sends a request (the app's quick log)."""
        super().__init__(parent)
        self._sources = sources
        self._run = run
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Calendar files"))
        self.list.setMaximumHeight(90)
        self.add_file = QPushButton(self.tr("Add file..."))
        self.add_folder = QPushButton(self.tr("Add folder..."))
        self.remove = QPushButton(self.tr("Remove"))
        self.add_file.clicked.connect(self._choose_file)
        self.add_folder.clicked.connect(self._choose_folder)
        self.remove.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_file, self.add_folder, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.list.addItems(list(self._sources()))
        self.remove.setEnabled(self.list.count() > 0)

    def add_path(self, path: str) -> None:
        if path:
            first = not self._sources()
            self._run(AddCalendar(path=path))
            self.refresh()
            if first and self._sources():
                self.first_added.emit(path)

    def remove_path(self, path: str) -> None:
        self._run(RemoveCalendar(path=path))
        self.refresh()

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("A calendar file"), suggested_path(), self.tr("Calendars (*.ics)")
        )
        self.add_path(path)

    def _choose_folder(self) -> None:
        self.add_path(
            QFileDialog.getExistingDirectory(
                self, self.tr("A folder of calendars"), suggested_path()
            )
        )

    def _remove_selected(self) -> None:
        item = self.list.currentItem() or self.list.item(0)
        if item is not None:
            self.remove_path(item.text())
