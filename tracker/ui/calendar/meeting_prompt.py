"""When a planned meeting starts: the call-open prompt ("first minutes: connect", what matters
to them, the action agreed last time) with "Log it" and "Not now"; attendees nobody is yet can
be added to People with a circle; "Log it" starts it running. Meetings that start at once each
get a prompt of their own, side by side. Five minutes before its planned end: the call-close
prompt.
`PlannedPrompts` ties the calendar to the tray, the prompts and the live-meeting nudge."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.calendar.agenda import Planned, match_attendees
from tracker.commands import AddPerson, Log
from tracker.kernel.model import CIRCLES
from tracker.kernel.vocabulary import circle_label
from tracker.nudges.policy import Nudge
from tracker.ui.calendar.planned import PlannedMeetings
from tracker.ui.calendar.planned_end import PlannedEnds
from tracker.ui.quiet import QuietWindow
from tracker.ui.turns import turns

__all__ = ["MeetingPrompt", "PlannedPrompts"]


class MeetingPrompt(QuietWindow):
    log_requested = Signal(object)  # Planned
    add_requested = Signal(object, object)  # Attendee, circle (None: not sorted yet)

    def __init__(self) -> None:
        title = QCoreApplication.translate("MeetingPrompt", "Dayweave: a planned meeting starts")
        super().__init__(title)
        self.planned: Planned | None = None
        self.connect_line = QLabel()
        self.connect_line.setWordWrap(True)
        for label in (self.heading, self.connect_line):  # an invitation's words, never HTML
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.unmatched_box = QVBoxLayout()
        self.log_button = QPushButton(self.tr("Log it"))
        self.not_now_button = QPushButton(self.tr("Not now"))
        for button in (self.log_button, self.not_now_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.log_button.clicked.connect(self._log)
        self.not_now_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.not_now_button)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.addWidget(self.heading)
        layout.addWidget(self.connect_line)
        layout.addLayout(self.unmatched_box)
        layout.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setMinimumWidth(400)
        self.add_buttons: dict[str, QPushButton] = {}

    def present(self, planned: Planned, zone: Any) -> None:
        self.planned = planned
        meeting = planned.meeting
        start = meeting.start.astimezone(zone).strftime("%H:%M")
        end = meeting.end.astimezone(zone).strftime("%H:%M")
        self.heading.setText(f"{start}-{end} {meeting.title}")
        lines = []
        for person, _how in planned.people:
            lines.append(self.tr("First minutes: connect with %1").replace("%1", person.name))
            if person.notes:
                lines.append(self.tr("What matters to them: %1").replace("%1", person.notes))
            if person.next_action:
                agreed = self.tr("Last time you agreed: %1").replace("%1", person.next_action)
                lines.append(agreed)
        if not lines:
            lines.append(self.tr("First minutes: connect. Ask how they are before the agenda."))
        self.connect_line.setText("\n".join(lines))
        self._show_unmatched(planned)
        kind = self.tr("Log it as a live meeting") if meeting.live else self.tr("Log it as a call")
        self.log_button.setToolTip(kind)
        self.adjustSize()
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.move(QPoint(screen.right() - self.width() - 16, screen.bottom() - self.height() - 16))
        self.show()

    def _show_unmatched(self, planned: Planned) -> None:
        while self.unmatched_box.count():
            item = self.unmatched_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.add_buttons = {}
        for attendee in planned.unmatched:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            shown = attendee.name or attendee.email
            label = QLabel(self.tr("%1 is not in your people").replace("%1", shown))
            label.setTextFormat(Qt.TextFormat.PlainText)
            line.addWidget(label)
            circle = QComboBox()
            for name in (None, *CIRCLES):  # unsorted unless the user says: not all are customers
                circle.addItem(circle_label(name), name)
            add = QPushButton(self.tr("Add to People"))
            add.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            add.clicked.connect(
                lambda _c=False, a=attendee, box=circle: self.add_requested.emit(
                    a, box.currentData()
                )
            )
            line.addWidget(circle)
            line.addWidget(add)
            self.add_buttons[attendee.email or attendee.name] = add
            self.unmatched_box.addWidget(row)

    def _log(self) -> None:
        planned = self.planned
        self.hide()
        if planned is not None:
            self.log_requested.emit(planned)


class PlannedPrompts(QObject):
    """The calendar in the running app: reads it, keeps the tray's "Next:" line current, shows
    the prompts, and lets a planned live meeting count for the live-meeting nudge."""

    def __init__(self, shell: Any) -> None:
        super().__init__(shell)
        self.shell = shell
        self.planned = PlannedMeetings(
            shell.journal, shell.clock, shell.zone, shell.quicklog, parent=self
        )
        self.ends = PlannedEnds(shell.journal, shell.quicklog, self.planned, shell.zone, self)
        self.ends.ended.connect(shell.confirm)
        self.prompts: list[MeetingPrompt] = []  # one per meeting asking at once
        self.prompt = self._new_prompt()  # the first, which a lone meeting uses
        self.planned.changed.connect(self._show_next)
        self.planned.starting.connect(self.open_prompt)
        self.planned.closing.connect(self.close_prompt)
        shell.nudges.woke.connect(self.planned.woke)  # logind's word, or a wall-clock jump
        # Read on the calendar thread: the live meeting ahead counts once it is known.
        self.planned.live_changed.connect(shell.nudges.replan)

    def start(self, then: Callable[[], None] | None = None) -> None:
        """Read the calendars; `then()` once today's meetings are known."""
        self.planned.reload(then)

    def _show_next(self) -> None:
        self.shell.tray.set_next(self.planned.next_text())

    def _new_prompt(self) -> MeetingPrompt:
        prompt = MeetingPrompt()
        prompt.log_requested.connect(self.log)
        prompt.add_requested.connect(lambda a, c, p=prompt: self.add_person(a, c, p))
        self.prompts.append(prompt)
        return prompt

    def _prompt_for(self, planned: Planned) -> MeetingPrompt:
        """The prompt showing this meeting, else one not in use (neither shown nor waiting
        for its turn), else a new one: two meetings starting at once each get theirs."""
        waiting = turns().waiting
        used = [p for p in self.prompts if p.isVisible() or p in waiting]
        key = (planned.meeting.uid, planned.meeting.start)
        for prompt in used:
            shown = prompt.planned
            if shown is not None and (shown.meeting.uid, shown.meeting.start) == key:
                return prompt
        free = [p for p in self.prompts if p not in used]
        return free[0] if free else self._new_prompt()

    def open_prompt(self, planned: Planned) -> None:
        if not self.shell.journal.settings().call_prompts:
            return
        # Already running (logged from this prompt before the app restarted, or by hand just
        # before): the logged call had its own first-minutes prompt.
        since = planned.meeting.start - timedelta(minutes=10)
        running = self.shell.journal.running()
        if any(e.kind in ("call", "meeting") and e.start >= since for e in running):
            return
        self._prompt_for(planned).present(planned, self.shell.zone)

    def close_prompt(self, planned: Planned) -> None:
        """The last minutes: unless it was logged (the logged call has its own prompt)."""
        now = self.shell.clock.now()
        since = planned.meeting.start - timedelta(minutes=10)
        logged = self.shell.journal.entries_between(since, now)
        if any(e.kind in ("call", "meeting") and since <= e.start <= now for e in logged):
            return
        if not self.shell.journal.settings().call_prompts:
            return
        person = planned.people[0][0].id if planned.people else None
        key = f"planned_close:{planned.meeting.uid}:{planned.meeting.start.isoformat()}"
        self.shell.present_nudge(Nudge("call_close", person, key), None)

    def log(self, planned: Planned) -> Any:
        # This prompt was the first-minutes prompt: the logged call's own must not follow it.
        with QSignalBlocker(self.shell.nudges):
            result = self._log(planned)
        stored = {e.id for e in result.stored} if result is not None else set()
        for nudge in list(self.shell.nudges.pending):
            if nudge.kind == "call_open" and nudge.entry in stored:
                self.shell.nudges.done(nudge)
        self._note_opened(stored)
        return result

    def _note_opened(self, stored: set[str]) -> None:
        """This prompt was the call's first-minutes prompt: the review counts it as used."""
        from tracker.store.prompts import note_prompt

        for entry_id in stored:
            with contextlib.suppress(OSError):  # a note that cannot be written costs a count
                note_prompt(self.shell.journal, entry_id, "open", self.shell.clock.now())

    def _log(self, planned: Planned) -> Any:
        """Running, as it happens: its end is when someone ends it (`PlannedEnds` ends one
        nobody ends at its planned end)."""
        meeting = planned.meeting
        return self.shell.quicklog.run(
            Log(
                kind="meeting" if meeting.live else "call",
                title=meeting.title,
                person_ids=tuple(person.id for person, _how in planned.people),
                at=min(meeting.start, self.shell.clock.now()),
                tz=self.shell.zone.key,
            )
        )

    def add_person(
        self, attendee: Any, circle: str | None, prompt: MeetingPrompt | None = None
    ) -> None:
        """Add the attendee; the prompt that asked (else the first) shows them as people."""
        prompt = prompt or self.prompt
        name = attendee.name or attendee.email
        emails = (attendee.email,) if attendee.email else ()
        result = self.shell.quicklog.run(AddPerson(name=name, circle=circle, emails=emails))
        if result is None or prompt.planned is None:
            return
        shown = prompt.planned
        people, unmatched = match_attendees(
            shown.meeting.attendees, self.shell.journal.people(include_deleted=True)
        )
        prompt.planned = Planned(shown.meeting, people, unmatched)
        prompt.present(prompt.planned, self.shell.zone)
