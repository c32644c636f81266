"""Gaps made of the desktop's signals, and the question asked once on return.

`AwayWatch` joins its sources: a gap starts at the first "away" any source says (idle since,
locked, going to sleep) and ends at the first "back" after it. `AwayQuestions` asks about a
gap only when tracker/away's rule says so, after the return, never during: the gap is noted
unanswered first (so `dayweave away` lists it), and the answer goes through the door.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QRect, Signal

from tracker.away.gaps import Gap, asks
from tracker.commands.requests import AnswerGap
from tracker.kernel.clock import Clock
from tracker.kernel.logs import logger
from tracker.ui.away.question import GapQuestion
from tracker.ui.away.sources import AwaySource
from tracker.ui.timeline.quicklog import QuickLog

__all__ = ["AwayQuestions", "AwayWatch", "open_sources", "start_away"]

log = logger("dayweave.app")


class AwayWatch(QObject):
    returned = Signal(object)  # a Gap, once, when the user came back

    def __init__(self, sources: Sequence[AwaySource], parent: QObject | None = None):
        super().__init__(parent)
        self.sources = list(sources)
        self.since: datetime | None = None
        self.slept = False  # the machine slept in the gap so far
        for source in self.sources:
            source.setParent(self)
            source.away.connect(self._away)
            source.back.connect(self._back)
            source.sleeping.connect(self._sleeping)

    @property
    def names(self) -> list[str]:
        return [source.name for source in self.sources]

    def start(self, threshold: timedelta) -> None:
        for source in self.sources:
            source.start(threshold)

    def stop(self) -> None:
        for source in self.sources:
            source.stop()

    def _away(self, since: datetime) -> None:
        if self.since is None:
            log.info("away: noticed")  # never when: the log keeps no personal data
        if self.since is None or since < self.since:
            self.since = since

    def _sleeping(self) -> None:
        self.slept = True

    def _back(self, at: datetime) -> None:
        since, self.since = self.since, None
        slept, self.slept = self.slept, False
        if since is not None and at > since:
            self.returned.emit(Gap(since, at, slept))


def open_sources(clock: Clock) -> list[AwaySource]:
    """What this desktop offers, chosen once at start by tracker/away/desktop.py's order
    (what `dayweave check` says too); logind beside any of them."""
    from tracker.away.desktop import LOGIND, has_bus_name, idle_source

    sources: list[AwaySource] = []
    idle = _idle_source(idle_source(), clock)
    if idle is not None:
        sources.append(idle)
    if has_bus_name("SYSTEM", LOGIND):
        from tracker.ui.away.bus import Logind

        sources.append(Logind(clock))
    log.info("away sources: %s", ", ".join(s.name for s in sources) or "none")
    return sources


def _idle_source(name: str | None, clock: Clock) -> AwaySource | None:
    """The source of idle time desktop.idle_source named; only its own modules load."""
    if name == "GNOME":
        from tracker.ui.away.bus import MutterIdle

        return MutterIdle(clock)
    if name == "Wayland":
        from tracker.ui.away.wayland import WaylandIdle

        return WaylandIdle(clock)
    if name == "ScreenSaver":
        from tracker.ui.away.screensaver import ScreenSaverIdle

        return ScreenSaverIdle(clock)
    if name == "X11":
        from tracker.away.xss import XIdle

        reader = XIdle.open()
        if reader is not None:
            from tracker.ui.away.sources import X11Idle

            return X11Idle(reader, clock)
    return None


class AwayQuestions(QObject):
    """Asks what a gap was, once, on return; the answer is run as an AnswerGap request."""

    asked = Signal(object)  # the GapQuestion shown

    def __init__(
        self,
        watch: AwayWatch,
        quicklog: QuickLog,
        clock: Clock,
        zone: ZoneInfo,
        anchor: Callable[[], QRect | None] = lambda: None,
        parent: QObject | None = None,
        notices: Callable[[], Any] = lambda: None,
    ):
        """`notices`: the notification server's bus, opened when a gap first asks (None:
        there is no session bus), so the question can go as a notification."""
        super().__init__(parent)
        self.watch = watch
        watch.setParent(self)  # owned by Qt, deleted on the GUI thread with the questions
        self.quicklog = quicklog
        self.journal = quicklog.journal
        self.clock = clock
        self.zone = zone
        self.anchor = anchor
        self.question: GapQuestion | None = None
        self.splitting: Any = None  # the Split... window, while it is open
        self.open_notices = notices
        self._notice: Any = None  # a GapNotice; False: none on this desktop
        self.threshold: timedelta | None = None  # replaces the setting: end-to-end test only
        watch.returned.connect(self.on_return)
        quicklog.notice.connect(self._heard)

    @property
    def names(self) -> list[str]:
        """What tells the app about time away, as Settings says it."""
        return self.watch.names

    def start(self) -> None:
        settings = self.journal.settings()
        if settings.away_questions:
            self.watch.start(self.threshold or timedelta(minutes=settings.away_minutes))

    def _heard(self, result: object, initiator: object) -> None:
        if getattr(result, "settings", None) is not None:  # a new threshold, or switched off
            self.watch.stop()
            self.start()
        # Answered (the week, a command); a gap this noted unanswered on return answers none.
        if getattr(result, "request", "") == AnswerGap.NAME and initiator is not self:
            if self._notice:
                self._notice.withdraw()  # its actions would only be stale
            if self.question is not None:
                self.question.hide()

    def on_return(self, gap: Gap) -> GapQuestion | None:
        try:
            settings = self.journal.settings()
            running = self.journal.running()
            spans = self.journal.entries_between(gap.start, gap.end)
        except OSError:
            return None
        block = next((e for e in reversed(running) if e.is_block), None)
        calls = [e for e in [*running, *spans] if not e.deleted]
        if block is not None and block.start > gap.start:
            block = None  # started during the gap: not what ran through it
        if not asks(gap, block, calls, settings, self.threshold):
            log.info("away: back, nothing to ask")
            return None
        log.info("away: back, asking")
        with contextlib.suppress(OSError):  # noted so `dayweave away` lists it unanswered
            self.quicklog.commands.run(self._request(gap, ""), initiator=self)
        notice = self.notice(settings.nudge_delivery)
        if notice is not None and notice.ask(gap, self.zone):
            self.asked.emit(notice)
            return None
        return self.panel(gap)

    def notice(self, choice: str) -> Any:
        """The notifications that can ask (tracker/ui/away/notice.py), or None: the panel."""
        if choice == "popup":
            return None
        if self._notice is None:
            bus = self.open_notices()
            self._notice = False
            if bus is not None:
                from tracker.ui.away.notice import GapNotice

                self._notice = GapNotice(bus, self)
                self._notice.chosen.connect(self.chosen)
        if not self._notice:
            return None
        from tracker.ui.away.notice import by_notification

        return self._notice if by_notification(choice, self._notice.bus) else None

    def stop(self) -> None:
        """At quit: no signal source, timer nor bus connection outlives the journal."""
        self.watch.stop()
        if self._notice:
            self._notice.close()

    def chosen(self, gap: Gap, action: str) -> None:
        """An action on the notification: a break or still working is the answer; the rest
        needs more, asked in the panel (the cause, whom) or the Split... window."""
        if action in ("break", "working"):
            self.answer(gap, action)
        elif action == "split":
            self.split(gap)
        else:
            question = self.panel(gap)
            if action == "meeting":
                question.ask_whom()

    def panel(self, gap: Gap) -> GapQuestion:
        """The quiet panel beside the tray, asking about `gap`."""
        if self.question is not None:
            # An older gap left unanswered stays noted as such. Deleted here, on the GUI
            # thread: left to Python's cycle collector, a window may be destroyed on whatever
            # thread runs it (the calendar's), which Qt does not survive.
            self.question.hide()
            self.question.deleteLater()
        self.question = GapQuestion(gap, self.zone)
        # A bound method, not a lambda holding self: no reference cycle for Python's collector
        # to break on another thread.
        self.question.answered.connect(self._answered)
        self.question.present(self.anchor())
        self.asked.emit(self.question)
        return self.question

    def split(self, gap: Gap) -> Any:
        """Split...: the parts asked in a window of their own, answered as one."""
        from tracker.ui.away.split import GapSplit

        if self.splitting is not None:
            self.splitting.deleteLater()
        self.splitting = GapSplit(gap, self.zone)
        self.splitting.split.connect(self._split)
        self.splitting.show()
        return self.splitting

    def _request(self, gap: Gap, answer: str, detail: object = None) -> AnswerGap:
        fields: dict[str, object] = {}
        if answer == "split":
            fields["parts"] = detail
        elif answer == "disruption":
            fields["cause"] = detail
        elif answer == "meeting" and isinstance(detail, list):
            fields["names"] = tuple((name, None) for name in detail)
        return AnswerGap(
            start=gap.start, end=gap.end, answer=answer, tz=self.zone.key,
            now=self.clock.now(), **fields,
        )  # fmt: skip

    def _answered(self, answer: str, detail: object) -> None:
        if self.question is not None:
            if answer == "split":
                self.split(self.question.gap)
            else:
                self.answer(self.question.gap, answer, detail)

    def _split(self, parts: list) -> None:
        if self.splitting is not None:
            self.answer(self.splitting.gap, "split", parts)

    def answer(self, gap: Gap, answer: str, detail: object = None) -> None:
        if self._notice:
            self._notice.withdraw()  # answered: the notification's actions would be stale
        self.quicklog.run(self._request(gap, answer, detail))


def _shorten_for_tests(questions: AwayQuestions, sources: Sequence[AwaySource]) -> None:
    """DAYWEAVE_AWAY_TEST_SECONDS: the threshold in seconds, and the X11 reading as often,
    so the end-to-end test idles seconds, not minutes, on a real reading (never set in use:
    under it the X11 source would look more often than once a minute)."""
    text = os.environ.get("DAYWEAVE_AWAY_TEST_SECONDS")
    try:
        seconds = float(text) if text else 0.0
    except ValueError:
        seconds = 0.0
    if seconds <= 0:
        return
    questions.threshold = timedelta(seconds=seconds)
    for source in sources:
        if hasattr(source, "poll_seconds"):
            source.poll_seconds = min(1.0, seconds)


def _notification_bus() -> Any:
    try:
        from tracker.ui.nudges.desktop_bus import NotificationBus
    except ImportError:  # jeepney is installed where there is D-Bus (Linux) only
        return None
    return NotificationBus.open()


def start_away(shell: Any) -> AwayQuestions:
    """The shell's away signals and question on return, chosen once, after the icon shows;
    at quit no bus connection nor timer outlives the journal."""
    from PySide6.QtWidgets import QApplication

    sources = open_sources(shell.clock)
    questions = AwayQuestions(
        AwayWatch(sources), shell.quicklog, shell.clock, shell.zone,
        anchor=lambda: None if shell.fallback else shell.tray.icon.geometry(), parent=shell,
        notices=_notification_bus,
    )  # fmt: skip
    _shorten_for_tests(questions, sources)
    questions.start()
    QApplication.instance().aboutToQuit.connect(questions.stop)
    return questions
