"""The nudge popup (where the desktop has no notifications, or the user chose it): small,
frameless, beside the tray icon and never over it, never taking keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout

from tracker.kernel.model import Person
from tracker.kernel.vocabulary import circle_label
from tracker.nudges.policy import Nudge
from tracker.nudges.texts import nudge_title, pause_text
from tracker.ui.placement import beside_icon, can_place_windows
from tracker.ui.quiet import QuietWindow
from tracker.ui.timers import SingleShot

__all__ = ["NudgePopup", "heading"]

HIDE_AFTER_SECONDS = 90


def heading(nudge: Nudge, person: Person | None) -> str:
    """The heading with the circle, as the compass has it: "Reach out: Anna · Other team"."""
    name = person.name if person else ""
    if nudge.kind == "reach_out" and person is not None and person.circle:
        name = f"{name} · {circle_label(person.circle)}"
    return nudge_title(nudge.kind, name)


class NudgePopup(QuietWindow):
    done = Signal(object)  # the Nudge: a reach-out's "I reached out", a prompt's OK
    planned = Signal(object)  # "Plan it..." on a live-meeting nudge
    snoozed = Signal(object, object)  # the Nudge, minutes (int) or "tomorrow"
    skipped = Signal(object)
    opened = Signal(object)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("NudgePopup", "Dayweave nudge"))
        self.setAccessibleName(self.tr("Dayweave nudge"))
        self.nudge: Nudge | None = None
        self.reason = QLabel()
        self.pause = QLabel()  # "a break after a long stretch of focus", when it is one
        self.pause.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        italic = self.notes.font()
        italic.setItalic(True)
        self.notes.setFont(italic)
        self.done_button = QPushButton(self.tr("I reached out"))  # present() says what it does
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
        self.done_button.clicked.connect(self._done_or_plan)
        self.skip_button.clicked.connect(lambda: self._answer(self.skipped))
        self.open_button.clicked.connect(lambda: self._answer(self.opened))
        buttons = QHBoxLayout()
        for button in (self.done_button, self.snooze_button, self.skip_button, self.open_button):
            buttons.addWidget(button)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.addWidget(self.heading)
        layout.addWidget(self.pause)
        layout.addWidget(self.reason)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setMinimumWidth(380)
        self.hide_timer = SingleShot("nudge-popup-hide", self.hide, self)

    def present(
        self, nudge: Nudge, person: Person | None, reason: str, anchor: QRect | None = None
    ) -> None:
        """Show a nudge beside the tray icon (`anchor`) without taking focus; it hides after a
        while. Where the platform places windows itself (Wayland), it is not moved."""
        self.nudge = nudge
        self.heading.setText(heading(nudge, person))
        self.pause.setText(pause_text(nudge.pause))
        self.pause.setVisible(bool(self.pause.text()))
        self.reason.setText(reason)
        self.notes.setText(f"“{person.notes}”" if person and person.notes else "")
        self.notes.setVisible(bool(person and person.notes))
        prompt = nudge.kind in ("call_open", "call_close", "review")
        # Buttons say what they do: a reach-out's logs a contact now, a live meeting's plans one.
        if nudge.kind == "review":
            self.done_button.setText(self.tr("Open the review"))
        elif prompt:
            self.done_button.setText(self.tr("OK"))
        elif nudge.kind == "plan_live":
            self.done_button.setText(self.tr("Plan it..."))
        else:
            self.done_button.setText(self.tr("I reached out"))
        self.done_button.setToolTip(
            self.tr("Log a contact with them now") if nudge.kind == "reach_out" else ""
        )
        for button in (self.snooze_button, self.skip_button, self.open_button):
            button.setVisible(not prompt)
        self.adjustSize()
        if can_place_windows():
            self.move(self.position_for(anchor))
        self.show()
        self.hide_timer.start_in(HIDE_AFTER_SECONDS)

    def position_for(self, anchor: QRect | None):
        return beside_icon(self.size(), anchor)

    def _done_or_plan(self) -> None:
        planning = self.nudge is not None and self.nudge.kind == "plan_live"
        self._answer(self.planned if planning else self.done)

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
