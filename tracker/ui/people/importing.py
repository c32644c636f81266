"""A vCard import in the People window, in the background: the file is read in a worker
thread (the slow part), then written through the app's door on the GUI thread in parts, so
the window stays usable, a progress bar moves and Cancel stops it. Each part is one command
(the one-writer rule holds: only the GUI thread writes)."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from tracker.commands import ImportPeople

__all__ = ["ImportBar", "Importer", "Vcard", "import_problem_text", "import_summary"]

CHUNK = 500  # cards per write: small enough that each keeps the window responsive


def _fill(text: str, *values: Any) -> str:
    for number, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{number}", str(value))
    return text


class Vcard(QObject):
    """The import's words (context "Vcard", shared with the command line's
    tracker/cli/vcard_text.py: the same texts, translated once)."""

    def problem(self, problem: dict[str, Any]) -> str:
        """One card skipped or line left out, in the user's language (the same texts as
        tracker/cli/vcard_text.py says them on the command line)."""
        code, line = problem.get("code", ""), problem.get("line", 0)
        card = problem.get("card") or _fill(self.tr("The card at line %1"), line)
        if code == "no_cards":
            return self.tr("The file holds no vCard (no BEGIN:VCARD line).")
        if code == "no_name":
            return _fill(
                self.tr("The card at line %1 has no name, company or e-mail address: skipped."),
                line,
            )
        if code == "name_unreadable":
            return _fill(
                self.tr(
                    "The card at line %1 is skipped: its name on line %2 is not UTF-8 or %3 text.",
                ),
                line,
                problem.get("name_line", ""),
                problem.get("legacy", ""),
            )
        if code == "name_too_long":
            return _fill(
                self.tr(
                    "The card at line %1 is skipped: its name is longer than %2 characters.",
                ),
                line,
                problem.get("limit", ""),
            )
        if code == "name_unstorable":
            return _fill(
                self.tr("The card at line %1 is skipped: its name holds control characters."),
                line,
            )
        if code == "line_unreadable":
            return _fill(
                self.tr("%1: line %2 is not a vCard property; left out."),
                card,
                line,
            )
        if code == "unreadable_text":
            return _fill(
                self.tr("%1: line %2 (%3) is not text in any character set tried; left out."),
                card,
                line,
                problem.get("property", ""),
            )
        if code == "unknown_charset":
            return _fill(
                self.tr("%1: line %2 names an unknown character set, %3; read as %4."),
                card,
                line,
                problem.get("charset", ""),
                problem.get("used", ""),
            )
        if code == "not_an_email":
            return _fill(
                self.tr("%1: line %2: %3 is not an e-mail address; left out."),
                card,
                line,
                problem.get("email", ""),
            )
        if code == "too_many_emails":
            return _fill(
                self.tr("%1: more than 20 e-mail addresses; the first 20 are kept."),
                card,
            )
        if code == "unstorable_text":
            return _fill(
                self.tr("%1: line %2 (%3) holds characters that cannot be stored; left out."),
                card,
                line,
                problem.get("property", ""),
            )
        if code == "team_left_out":
            return _fill(
                self.tr("%1: the company is too long or holds control characters; left out."),
                card,
            )
        if code == "notes_left_out":
            return _fill(
                self.tr("%1: the notes are longer than %2 characters; left out."),
                card,
                problem.get("limit", ""),
            )
        if code == "invalid":
            return _fill(
                self.tr("%1 is skipped: %2"),
                card,
                problem.get("message", ""),
            )
        return f"{card}: {code}"

    def summary(self, reading: Any, added: int, merged: int, skipped: int) -> str:
        """What the import did: how it was read, the counts, who was named how."""
        parts = []
        if reading.bom:
            parts.append(
                _fill(
                    self.tr("Read as %1 (the file's byte order mark says so)."),
                    reading.bom,
                )
            )
        elif getattr(reading, "unmarked", None):
            parts.append(
                _fill(
                    self.tr("Read as %1 (no byte order mark; its zero bytes say so)."),
                    reading.unmarked,
                )
            )
        elif not reading.guessed:
            parts.append(self.tr("Read as UTF-8."))
        if reading.declared:
            parts.append(
                _fill(
                    self.tr("Read in the character sets the cards name: %1."),
                    ", ".join(sorted(reading.declared)),
                )
            )
        for label, count in sorted(reading.guessed.items()):
            parts.append(
                _fill(
                    self.tr("%n card(s) not in UTF-8 read as %1: check the names.", "", count),
                    label,
                )
            )
        parts.append(
            _fill(
                self.tr("Added %1, merged %2, skipped %3."),
                added,
                merged,
                skipped,
            )
        )
        by_org = sum(1 for c in reading.cards if c.named_by == "org")
        by_email = sum(1 for c in reading.cards if c.named_by == "email")
        if by_org:
            parts.append(self.tr("%n card(s) without a name named after the company.", "", by_org))
        if by_email:
            parts.append(
                self.tr(
                    "%n card(s) without a name named after the e-mail address.",
                    "",
                    by_email,
                )
            )
        return " ".join(parts)


_WORDS: list[Vcard] = []


def _words() -> Vcard:
    if not _WORDS:
        _WORDS.append(Vcard())
    return _WORDS[0]


def import_problem_text(problem: dict[str, Any]) -> str:
    """One card skipped or line left out, in the user's language."""
    return _words().problem(problem)


def import_summary(reading: Any, added: int, merged: int, skipped: int) -> str:
    """What the import did, in one paragraph (how it was read, the counts, who was named how)."""
    return _words().summary(reading, added, merged, skipped)


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
        from tracker.core.vcard import read_vcards

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
        self, commands: Any, path: str, circle: str | None, bar: ImportBar, initiator: Any
    ) -> None:
        super().__init__()
        from tracker.core.vcard import platform_legacy

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
        self.thread.start()

    def cancel(self) -> None:
        self.cancelled = True
        self.reader.cancel.set()

    def stop(self) -> None:
        """Cancel and wait for the reader's thread: nothing is written after this."""
        self.cancel()
        self.thread.quit()
        self.thread.wait()

    def _read_progress(self, done: int, total: int) -> None:
        # Reading is the first half of the bar, writing the second.
        self.bar.bar.setRange(0, 200)
        self.bar.bar.setValue(done * 100 // max(total, 1))

    def _read_done(self, reading: Any, error: str) -> None:
        self.thread.quit()
        self.thread.wait()
        if reading is None:
            self._finish(
                _fill(QCoreApplication.translate("Vcard", "The file could not be read: %1"), error)
            )
            return
        self.reading = reading
        self.cards = [card.to_record() for card in reading.cards]
        self.problems = [p.to_record() for p in reading.problems]
        self._write_next()

    def _write_next(self) -> None:
        if self.cancelled:
            self._finish(
                _fill(
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
        from tracker.core.vcard import SKIPS

        skipped = self.counts["skipped"] + sum(1 for p in self.problems if p["code"] in SKIPS)
        summary = import_summary(self.reading, self.counts["added"], self.counts["merged"], skipped)
        self._finish(summary)

    def _finish(self, summary: str) -> None:
        QCoreApplication.instance().aboutToQuit.disconnect(self.stop)
        self.bar.hide()
        problems = sorted(self.problems, key=lambda p: p.get("line", 0))
        self.finished.emit(summary, [import_problem_text(p) for p in problems])
