"""A call noticed (issue 21): the microphone in use while no call runs offers "Log a call" at
once, beside the tray, never taking focus; logged with someone, the call's own first-minutes
prompt follows (the nudges' call_open, lesson 5) as for any call logged as it starts. The
microphone released while a call runs offers to end it. The offers follow the microphone: one
that no longer fits is put away (tracker/away/microphone.py CallOffers).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QPushButton, QVBoxLayout

from tracker.away.microphone import CallOffers
from tracker.commands.requests import EndEntry, Log
from tracker.kernel.clock import Clock
from tracker.kernel.logs import logger
from tracker.ui.away.microphone import Microphone, open_microphone
from tracker.ui.placement import beside_icon, can_place_windows
from tracker.ui.quiet import QuietWindow
from tracker.ui.timeline.quicklog import QuickLog
from tracker.ui.whom import ask_whom, names_in

__all__ = ["CallOffer", "MicrophoneCalls", "start_microphone_calls"]

log = logger("dayweave.app")


class CallOffer(QuietWindow):
    """One window for both offers: `mode` "call" (Log a call, with someone, not now) or "end"
    (End the call, not now). `taken(mode, names)` on a click that logs or ends."""

    taken = Signal(str, object)
    put_away = Signal()

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("CallOffer", "Dayweave: a call?"))
        self.setAccessibleName(self.tr("Dayweave: a call?"))
        self.mode = "call"
        self.heading.setWordWrap(True)
        self.log_button = QPushButton(self.tr("Log a call"))
        self.with_button = QPushButton(self.tr("A call with..."))
        self.end_button = QPushButton(self.tr("End the call"))
        self.later_button = QPushButton(self.tr("Not now"))
        buttons = (self.log_button, self.with_button, self.end_button, self.later_button)
        row = QHBoxLayout()
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
        # Bound methods, not lambdas holding self (a window in a cycle is freed off-thread).
        self.log_button.clicked.connect(self._log)
        self.with_button.clicked.connect(self._ask_whom)
        self.end_button.clicked.connect(self._end)
        self.later_button.clicked.connect(self._later)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.whom: QInputDialog | None = None

    def offer(self, mode: str, anchor: QRect | None = None) -> None:
        """Beside the tray icon, without taking focus; placed by the platform on Wayland."""
        self.mode = mode
        if mode == "call":
            self.heading.setText(self.tr("Your microphone is in use. Log it as a call?"))
        else:
            self.heading.setText(self.tr("Your microphone is free again. End the call?"))
        for button in (self.log_button, self.with_button):
            button.setVisible(mode == "call")
        self.end_button.setVisible(mode == "end")
        self.adjustSize()
        if can_place_windows():
            self.move(beside_icon(self.size(), anchor))
        self.show()

    def _log(self) -> None:
        self._take([])

    def _end(self) -> None:
        self._take([])

    def _ask_whom(self) -> None:
        """Typing names needs the keyboard: asked in a window of its own, after the click."""
        label = self.tr("With whom? (names separated by commas)")
        self.whom = ask_whom(self.tr("A call"), label, self._named)

    def _named(self, text: str) -> None:
        if names := names_in(text):
            self._take(names)

    def _take(self, names: list[str]) -> None:
        self.hide()
        self.taken.emit(self.mode, names)

    def _later(self) -> None:
        self.hide()
        self.put_away.emit()


class MicrophoneCalls(QObject):
    """Ties the microphone to the offers and the offers to the door."""

    offered = Signal(str)  # "call" or "end", as the offer shows

    def __init__(
        self,
        microphone: Microphone,
        quicklog: QuickLog,
        clock: Clock,
        zone: ZoneInfo,
        anchor: Callable[[], QRect | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.microphone = microphone
        microphone.setParent(self)
        self.quicklog = quicklog
        self.journal = quicklog.journal
        self.clock = clock
        self.zone = zone
        self.anchor = anchor
        self.rule = CallOffers()
        self.since: datetime | None = None  # when the microphone's use last changed
        self.window: CallOffer | None = None
        self.listening = False
        microphone.changed.connect(self.heard)
        quicklog.notice.connect(self._settings_heard)

    @property
    def name(self) -> str:
        """What tells of the microphone's use, as Settings says it ("" for nothing)."""
        return self.microphone.name

    def start(self) -> None:
        wanted = self.journal.settings().microphone_calls
        if wanted and not self.listening:
            self.microphone.start()
        elif not wanted and self.listening:
            self.microphone.stop()
            self.rule = CallOffers()
            self._withdraw()
        self.listening = wanted

    def _settings_heard(self, result: object, _initiator: object) -> None:
        if getattr(result, "settings", None) is not None:  # switched on or off
            self.start()

    def _running(self, kinds: tuple[str, ...]) -> list[Any]:
        try:
            return [e for e in self.journal.running() if e.kind in kinds and not e.deleted]
        except OSError:
            return []

    def heard(self, using: bool) -> None:
        self.since = self.clock.now()
        # No call is offered while a call or a meeting runs; an end only for a call: a live
        # meeting does not end with the microphone.
        running = self._running(("call", "meeting") if using else ("call",))
        what = self.rule.heard(using, bool(running))
        if what == "withdraw":
            self._withdraw()
        elif what is not None:
            log.info("microphone: offering %s", what)
            if self.window is None:
                self.window = CallOffer()
                self.window.taken.connect(self._taken)
                self.window.put_away.connect(self._put_away)
            self.window.offer(what, self.anchor())
            self.offered.emit(what)

    def _put_away(self) -> None:
        self.rule.answered()

    def _withdraw(self) -> None:
        if self.window is not None:
            self.window.hide()

    def _taken(self, mode: str, names: list[str]) -> None:
        self.rule.answered()
        at = self.since or self.clock.now()
        if mode == "call":
            self.quicklog.run(
                Log(
                    kind="call", at=at, tz=self.zone.key, now=self.clock.now(),
                    names=tuple((name, None) for name in names),
                )
            )  # fmt: skip
            return
        for call in self._running(("call",)):
            self.quicklog.run(EndEntry(entry_id=call.id, at=max(at, call.start)))


def start_microphone_calls(shell: Any) -> MicrophoneCalls:
    """After the icon shows, with the away signals: the microphone's offers, unless switched
    off; at quit no child process outlives the app."""
    from PySide6.QtWidgets import QApplication

    calls = MicrophoneCalls(
        open_microphone(), shell.quicklog, shell.clock, shell.zone,
        anchor=lambda: None if shell.fallback else shell.tray.icon.geometry(), parent=shell,
    )  # fmt: skip
    calls.start()
    QApplication.instance().aboutToQuit.connect(calls.microphone.stop)
    return calls
