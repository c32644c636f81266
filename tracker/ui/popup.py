"""The nudge popup: small, frameless, in the tray's corner, never taking keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from tracker.core.model import Person
from tracker.core.nudges import Nudge
from tracker.ui.timers import SingleShot

__all__ = ["NudgePopup"]

HIDE_AFTER_SECONDS = 90


class NudgePopup(QWidget):
    done = Signal(object)  # the Nudge
    snoozed = Signal(object, object)  # the Nudge, minutes (int) or "tomorrow"
    skipped = Signal(object)
    opened = Signal(object)

    def __init__(self) -> None:
        flags = (
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        super().__init__(None, flags)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("Dayweave nudge"))
        self.setAccessibleName(self.tr("Dayweave nudge"))
        self.nudge: Nudge | None = None
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.reason = QLabel()
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        italic = self.notes.font()
        italic.setItalic(True)
        self.notes.setFont(italic)
        self.done_button = QPushButton(self.tr("Done"))
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.open_button = QPushButton(self.tr("Open"))
        self.snooze_menu = QMenu(self)
        for label, value in (
            (self.tr("15 minutes"), 15),
            (self.tr("1 hour"), 60),
            (self.tr("Tomorrow"), "tomorrow"),
        ):
            self.snooze_menu.addAction(label, lambda v=value: self._snooze(v))
        self.snooze_button.setMenu(self.snooze_menu)
        for button in (self.done_button, self.snooze_button, self.skip_button, self.open_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_button.clicked.connect(lambda: self._answer(self.done))
        self.skip_button.clicked.connect(lambda: self._answer(self.skipped))
        self.open_button.clicked.connect(lambda: self._answer(self.opened))
        buttons = QHBoxLayout()
        for button in (self.done_button, self.snooze_button, self.skip_button, self.open_button):
            buttons.addWidget(button)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setMinimumWidth(380)
        self.hide_timer = SingleShot("nudge-popup-hide", self.hide, self)

    def present(self, nudge: Nudge, person: Person | None, reason: str) -> None:
        """Show a nudge in the screen's corner without taking focus; it hides after a while."""
        self.nudge = nudge
        name = person.name if person else ""
        where = f" ({person.team})" if person and person.team else ""
        headings = {
            "reach_out": self.tr("Reach out: %1").replace("%1", name + where),
            "plan_live": self.tr("Plan a live meeting") + (f": {name}" if name else ""),
            "call_open": self.tr("First minutes: connect with %1").replace("%1", name),
            "call_close": self.tr("Last minutes: agree a concrete action"),
        }
        self.heading.setText(headings.get(nudge.kind, nudge.kind))
        self.reason.setText(reason)
        self.notes.setText(f"“{person.notes}”" if person and person.notes else "")
        self.notes.setVisible(bool(person and person.notes))
        prompt = nudge.kind in ("call_open", "call_close")
        self.done_button.setText(self.tr("OK") if prompt else self.tr("Done"))
        for button in (self.snooze_button, self.skip_button, self.open_button):
            button.setVisible(not prompt)
        self.adjustSize()
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.move(QPoint(screen.right() - self.width() - 16, screen.bottom() - self.height() - 16))
        self.show()
        self.hide_timer.start_in(HIDE_AFTER_SECONDS)

    def _answer(self, signal) -> None:
        nudge = self.nudge
        self.hide()
        if nudge is not None:
            signal.emit(nudge)

    def _snooze(self, value) -> None:
        nudge = self.nudge
        self.hide()
        if nudge is not None:
            self.snoozed.emit(nudge, value)
