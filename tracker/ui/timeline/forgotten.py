"""Asking once when a block left running ended (docs/ARCHITECTURE.md: never silently log a 14-hour
block).

The rules are in tracker/timeline/forgotten.py; this module remembers what was asked and
when the machine was last seen in use (devices/<id>/session.json), and shows the question.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.kernel.clock import Clock
from tracker.kernel.timefmt import parse_utc, to_utc_text
from tracker.store.journal import Journal
from tracker.timeline.forgotten import ForgottenBlock, forgotten_block
from tracker.ui.texts import kind_label
from tracker.ui.timeline.quicklog import QuickLog

__all__ = ["ForgottenBlockDialog", "ForgottenBlocks"]

_KEEP_ASKED = 20  # remembered question keys; older ones can no longer come up


def _local(moment: datetime, zone: ZoneInfo, pattern: str) -> str:
    local = moment.astimezone(zone)
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(stamp, pattern)


class ForgottenBlockDialog(QDialog):
    """Not modal. Closing it keeps the block running: asked once, never nagging."""

    answered = Signal(object)  # the end chosen (a datetime), or None: still running

    def __init__(
        self, question: ForgottenBlock, zone: ZoneInfo, now: datetime, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.question = question
        self.now = now
        block = question.block
        self.setWindowTitle(self.tr("Still running?"))
        self.setModal(False)
        heading = QLabel(
            self.tr("%1 has been running since %2. When did it end?")
            .replace("%1", kind_label(block.kind))
            .replace("%2", _local(block.start, zone, "ddd d MMM HH:mm"))
        )
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        suggested = question.suggested_end
        if suggested is not None:
            text = (
                self.tr("The computer went to sleep at %1.")
                if question.reason == "slept"
                else self.tr("Dayweave last saw the computer in use at %1.")
            )
            layout.addWidget(QLabel(text.replace("%1", _local(suggested, zone, "ddd HH:mm"))))
        self.at_suggested = None
        if suggested is not None:
            self.at_suggested = QPushButton(
                self.tr("&Ended at %1").replace("%1", _local(suggested, zone, "HH:mm"))
            )
            self.at_suggested.clicked.connect(lambda: self._answer(suggested))
            layout.addWidget(self.at_suggested)
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setTimeZone(QTimeZone(zone.key.encode()))
        first_guess = suggested or min(now, block.start + timedelta(hours=8))
        self.when.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(first_guess.timestamp()), QTimeZone(zone.key.encode()))
        )
        self.at_chosen = QPushButton(self.tr("End at &this time"))
        self.at_chosen.clicked.connect(self._answer_chosen)
        row = QHBoxLayout()
        row.addWidget(self.when, 1)
        row.addWidget(self.at_chosen)
        layout.addLayout(row)
        self.problem = QLabel()  # as in the other dialogs: plain text, read by screen readers
        self.problem.hide()  # no gap until there is something to say
        layout.addWidget(self.problem)
        self.still_running = QPushButton(self.tr("&Still running"))
        self.still_running.clicked.connect(lambda: self._answer(None))
        layout.addWidget(self.still_running)
        (self.at_suggested or self.at_chosen).setDefault(True)
        (self.at_suggested or self.when).setFocus()

    def chosen(self) -> datetime:
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)

    def _answer_chosen(self) -> None:
        end = self.chosen()
        if end < self.question.block.start:
            self._refuse(self.tr("That is before the block began."))
        elif end > self.now:
            self._refuse(self.tr("That is still to come."))
        else:
            self._answer(end)

    def _refuse(self, why: str) -> None:
        self.problem.setText(why)
        self.problem.show()

    def _answer(self, end: datetime | None) -> None:
        self.answered.emit(end)
        self.accept()


class ForgottenBlocks(QObject):
    """Checks at start-up and on waking; remembers the last moment the machine was in use."""

    def __init__(
        self,
        journal: Journal,
        quicklog: QuickLog,
        clock: Clock,
        zone: ZoneInfo,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.journal = journal
        self.quicklog = quicklog
        self.clock = clock
        self.zone = zone
        self.dialog: ForgottenBlockDialog | None = None

    def check(self, slept_from: datetime | None = None) -> ForgottenBlockDialog | None:
        """Ask about the running block if it is due; the question shows once."""
        if self.dialog is not None and self.dialog.isVisible():
            return None
        session = self.journal.session()
        now = self.clock.now()
        try:
            block = self.journal.running_block()
        except OSError:
            return None
        question = forgotten_block(
            block,
            now,
            self.zone,
            slept_from=slept_from,
            last_seen=_moment(session.get("last_seen")),
            asked=set(session.get("asked") or ()),
        )
        if question is None:
            return None
        asked = [k for k in session.get("asked") or () if isinstance(k, str)]
        self._save(session, asked=[*asked, *question.keys][-_KEEP_ASKED:])
        self.dialog = ForgottenBlockDialog(question, self.zone, now)
        self.dialog.answered.connect(lambda end: self._answered(question, end))
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def note_last_seen(self) -> None:
        """At quit and before sleep: the moment a later start-up offers as the block's end."""
        self._save(self.journal.session(), last_seen=to_utc_text(self.clock.now()))

    def _answered(self, question: ForgottenBlock, end: datetime | None) -> None:
        if end is not None:
            self.quicklog.end_block(question.block, end)

    def _save(self, session: dict, **changes: object) -> None:
        with contextlib.suppress(OSError):  # asked again next time rather than failing here
            self.journal.save_session({**session, **changes})


def _moment(text: object) -> datetime | None:
    try:
        return parse_utc(text) if isinstance(text, str) else None
    except ValueError:
        return None
