"""A vCard import in the People window, in the background: the file is read in a worker
thread (the slow part), then written through the app's door on the GUI thread in parts, so
the window stays usable, a progress bar moves and Cancel stops it. Each part is one command
(the one-writer rule holds: only the GUI thread writes)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from tracker.commands import ImportPeople
from tracker.kernel.words import fill
from tracker.people.vcardtext import problem_text, reading_lines
from tracker.ui.quietgc import worker_ended, worker_started

if TYPE_CHECKING:
    from tracker.commands import Commands

__all__ = ["ImportBar", "Importer", "import_problem_text", "import_summary"]

CHUNK = 500  # cards per write: small enough that each keeps the window responsive


def import_problem_text(problem: dict[str, Any]) -> str:
    """One card skipped or line left out, in the user's language (as the command line says it)."""
    return problem_text(problem)


def import_summary(reading: Any, counts: dict[str, int]) -> str:
    """What the import did, in one paragraph (how it was read, the counts, who was named how)."""
    return " ".join(reading_lines(reading, counts))


class _Reader(QObject):
    """Reads the file in the worker thread; `cancel` is a flag the reader checks."""

    progress = Signal(int, int)
    done = Signal(object, str)  # the Reading (None on failure), the error

    def __init__(self, path: str, legacy: str) -> None:
        super().__init__()
        self.path = path
        self.legacy = legacy
        self.cancel = threading.Event()

    def run(self) -> None:
        from tracker.people.vcard import read_vcards

        try:
            with open(self.path, "rb") as handle:
                data = handle.read()
            reading = read_vcards(data, self.legacy, self._progress)
        except OSError as error:
            self.done.emit(None, error.strerror or str(error))
            return
        except Exception as error:  # a thread that never says done would hang the import
            self.done.emit(None, type(error).__name__)
            return
        self.done.emit(reading, "")

    def _progress(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self.cancel.is_set()


class ImportBar(QWidget):
    """The progress bar and its Cancel button, shown while an import runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(QCoreApplication.translate("Vcard", "Import progress"))
        self.cancel_button = QPushButton(QCoreApplication.translate("Vcard", "Cancel import"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()


class Importer(QObject):
    """One import: read in a thread, then written in parts through `commands` on this thread.
    `finished` carries the summary and the problem texts."""

    finished = Signal(str, list)
    written = Signal(int)  # cards written so far, after each part

    def __init__(
        self, commands: Commands, path: str, circle: str | None, bar: ImportBar, initiator: object
    ) -> None:
        super().__init__()
        from tracker.people.vcard import platform_legacy

        self.commands = commands
        self.circle = circle
        self.bar = bar
        self.initiator = initiator
        self.source = path
        self.cancelled = False
        self.chunk = CHUNK
        self.reading: Any = None
        self.cards: list[dict[str, Any]] = []
        self.position = 0
        self.counts = {"added": 0, "merged": 0, "skipped": 0}
        self.problems: list[dict[str, Any]] = []
        self.thread = QThread()
        self._running = False  # the reader's thread started and not yet waited for
        self.reader = _Reader(path, platform_legacy())
        self.reader.moveToThread(self.thread)
        self.thread.started.connect(self.reader.run)
        self.reader.progress.connect(self._read_progress)
        self.reader.done.connect(self._read_done)
        bar.cancel_button.clicked.connect(self.cancel)
        # Quitting mid-read: the thread must end before Qt destroys it (else an abort).
        QCoreApplication.instance().aboutToQuit.connect(self.stop)

    def start(self) -> None:
        self.bar.bar.setRange(0, 0)
        self.bar.show()
        worker_started()  # no cycle collection on the reader's thread (quietgc.py)
        self._running = True
        self.thread.start()

    def _thread_done(self) -> None:
        self.thread.quit()
        self.thread.wait()
        if self._running:
            self._running = False
            worker_ended()

    def cancel(self) -> None:
        self.cancelled = True
        self.reader.cancel.set()

    def stop(self) -> None:
        """Cancel and wait for the reader's thread: nothing is written after this."""
        self.cancel()
        self._thread_done()

    def _read_progress(self, done: int, total: int) -> None:
        # Reading is the first half of the bar, writing the second.
        self.bar.bar.setRange(0, 200)
        self.bar.bar.setValue(done * 100 // max(total, 1))

    def _read_done(self, reading: Any, error: str) -> None:
        self._thread_done()
        if reading is None:
            self._finish(
                fill(QCoreApplication.translate("Vcard", "The file could not be read: %1"), error)
            )
            return
        self.reading = reading
        self.cards = [card.to_record() for card in reading.cards]
        self.problems = [p.to_record() for p in reading.problems]
        self._write_next()

    def _write_next(self) -> None:
        if self.cancelled:
            self._finish(
                fill(
                    QCoreApplication.translate(
                        "Vcard", "Import cancelled: %1 of %2 cards written."
                    ),
                    self.position,
                    len(self.cards),
                )
            )
            return
        part = self.cards[self.position : self.position + self.chunk]
        if part:
            request = ImportPeople(  # `follows`: Undo takes back all the parts as one
                cards=part, circle=self.circle, source=self.source, follows=self.position > 0
            )
            try:
                result = self.commands.run(request, initiator=self.initiator)
            except (ValueError, OSError) as error:
                from tracker.ui.errors import error_text

                self._finish(error_text(error))
                return
            for code, values in result.notes:
                if code == "imported":
                    for key in self.counts:
                        self.counts[key] += values.get(key, 0)
                elif code == "import_problem":
                    self.problems.append(values)
            self.position += len(part)
            self.bar.bar.setValue(100 + self.position * 100 // max(len(self.cards), 1))
            self.written.emit(self.position)
        if self.position < len(self.cards):
            QTimer.singleShot(0, self._write_next)  # the window handles its events in between
            return
        self._finish(import_summary(self.reading, self.counts))

    def _finish(self, summary: str) -> None:
        QCoreApplication.instance().aboutToQuit.disconnect(self.stop)
        self.bar.hide()
        problems = sorted(self.problems, key=lambda p: p.get("line", 0))
        self.finished.emit(summary, [import_problem_text(p) for p in problems])
