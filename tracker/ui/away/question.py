"""The question on return: what was the time away? Beside the tray, never modal, never taking
focus (a question that steals the keyboard is a disruption of its own), with the gap's real
times and one click for each answer. Closing it answers nothing: the block stays as it was.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from tracker.away.gaps import Gap
from tracker.kernel.vocabulary import CAUSES
from tracker.ui.placement import beside_icon, can_place_windows
from tracker.ui.quiet import QuietWindow
from tracker.ui.texts import cause_label, duration
from tracker.ui.whom import ask_whom, names_in

__all__ = ["GapQuestion"]


def _clock(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")


class GapQuestion(QuietWindow):
    """`answered(answer, detail)`: "break", "disruption" with its cause, "meeting" with the
    names typed, "working", "split" (its parts asked next); `closed()` when put away
    unanswered."""

    answered = Signal(str, object)
    closed = Signal()

    def __init__(self, gap: Gap, zone: ZoneInfo) -> None:
        super().__init__(QCoreApplication.translate("GapQuestion", "Dayweave: time away"))
        self.setAccessibleName(self.tr("Dayweave: time away"))
        self.gap = gap
        self.heading.setText(
            self.tr("You were away %1–%2 (%3). What was it?")
            .replace("%1", _clock(gap.start, zone))
            .replace("%2", _clock(gap.end, zone))
            .replace("%3", duration(gap.minutes))
        )
        self.heading.setWordWrap(True)
        self.break_button = QPushButton(self.tr("A break"))
        self.meeting_button = QPushButton(self.tr("A live meeting with..."))
        self.working_button = QPushButton(self.tr("Still working"))
        self.split_button = QPushButton(self.tr("Split..."))
        self.later_button = QPushButton(self.tr("Not now"))
        self.cause_buttons: dict[str, QPushButton] = {}
        causes = QGridLayout()
        for index, cause in enumerate(CAUSES):
            button = QPushButton(cause_label(cause))
            button.setProperty("cause", cause)
            button.clicked.connect(self._cause_clicked)
            causes.addWidget(button, index // 4, index % 4)
            self.cause_buttons[cause] = button
        # Bound methods, never lambdas holding self: a window in a reference cycle is freed by
        # Python's collector on whatever thread runs it, which Qt does not survive.
        self.break_button.clicked.connect(self._break)
        self.working_button.clicked.connect(self._working)
        self.meeting_button.clicked.connect(self.ask_whom)
        self.later_button.clicked.connect(self._put_away)
        self.split_button.clicked.connect(self._split)
        for button in (
            self.break_button, self.meeting_button, self.working_button, self.later_button,
            self.split_button,
            *self.cause_buttons.values(),
        ):  # fmt: skip
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        for button in (self.break_button, self.meeting_button, self.working_button):
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("A disruption:")))
        layout.addLayout(causes)
        last = QHBoxLayout()
        last.addWidget(self.split_button)
        last.addStretch()
        last.addWidget(self.later_button)
        layout.addLayout(last)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.whom: QInputDialog | None = None

    def present(self, anchor: QRect | None = None) -> None:
        """Beside the tray icon, without taking focus; placed by the platform on Wayland."""
        self.adjustSize()
        if can_place_windows():
            self.move(beside_icon(self.size(), anchor))
        self.show()

    def _cause_clicked(self) -> None:
        button = self.sender()
        if button is not None:
            self._answer("disruption", button.property("cause"))

    def _break(self) -> None:
        self._answer("break", None)

    def _working(self) -> None:
        self._answer("working", None)

    def _split(self) -> None:
        self._answer("split", None)  # the parts are asked in a window of their own

    def ask_whom(self) -> None:
        """Typing names needs the keyboard: asked in a window of its own, after the click."""
        label = self.tr("With whom? (names separated by commas)")
        self.whom = ask_whom(self.tr("A live meeting"), label, self._met)

    def _met(self, text: str) -> None:
        if names := names_in(text):
            self._answer("meeting", names)

    def _answer(self, answer: str, detail: object) -> None:
        self.hide()
        self.answered.emit(answer, detail)

    def _put_away(self) -> None:
        self.hide()
        self.closed.emit()
