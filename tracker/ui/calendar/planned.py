"""Planned meetings in the running app: this device's calendar files, read when they change
(a file-system watch, no polling), at day change and when the sources change; one single-shot
timer to the next planned start, one to the next planned end minus five minutes.

A calendar is whatever landed in a synced folder: reading and expanding it happen on one worker
thread, never on the GUI thread (issue 25: a 56 MB file froze the app 26 s at every change), and
the result comes back by a queued signal. What is read goes into the calendar cache
(tracker/calendar/cache.py, issue 24): only changed files are read again, and the app keeps in
memory only what it shows (today, the week shown, the next live meeting), never the parsed
files. Only that thread touches the cache (opened there at the first read, after the icon)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Signal

from tracker.calendar.agenda import Planned, next_meeting, plan_day
from tracker.calendar.ahead import LIVE_LOOKAHEAD_DAYS
from tracker.calendar.cache import CalendarCache
from tracker.calendar.files import Problem, calendar_files, day_bounds
from tracker.calendar.refresh import refresh_elsewhere
from tracker.kernel.clock import Clock
from tracker.kernel.logs import logger
from tracker.ui.quietgc import worker_ended, worker_started
from tracker.ui.timers import SingleShot

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from tracker.commands.results import Result
    from tracker.store.faces import ReadingFace
    from tracker.ui.timeline.quicklog import QuickLog

__all__ = ["CLOSE_BEFORE_END", "PlannedMeetings", "next_text"]

CLOSE_BEFORE_END = timedelta(minutes=5)
LATE_START = timedelta(minutes=10)  # a start prompt this late (after sleep) still helps
_SETTLE_SECONDS = 0.5  # an editor saves in several writes: read once they are done
log = logger("dayweave.calendar")


def next_text(planned: Planned, zone: ZoneInfo) -> str:
    """ "Next: 14:00 Renewal · Joost Bakker" """
    start = planned.meeting.start.astimezone(zone).strftime("%H:%M")
    title = planned.meeting.title or QCoreApplication.translate("Planned", "(no title)")
    text = QCoreApplication.translate("Planned", "Next: %1 %2").replace("%1", start)
    text = text.replace("%2", title)
    names = ", ".join(person.name for person, _how in planned.people)
    return f"{text} · {names}" if names else text


def _nearest(path: Path) -> Path:
    """The nearest folder above a path that is there."""
    for parent in path.parents:
        if parent.is_dir():
            return parent
    return Path(path.anchor or ".")


class PlannedMeetings(QObject):
    changed = Signal()
    live_changed = Signal()  # the next live meeting ahead, which the nudge plan counts
    starting = Signal(object)  # Planned: its start has come
    closing = Signal(object)  # Planned: five minutes before its planned end
    _done = Signal(object)  # (what to do on the GUI thread, the worker's future)
    background = True  # False: read and expand on the caller's thread (tests that step a clock)
    # True in the running app (run_app): calendars are parsed in a child process (refresh.py);
    # shells made by tests read in this one, where their stand-in readers and counters are.
    read_in_child = False

    def __init__(
        self,
        journal: ReadingFace,
        clock: Clock,
        zone: ZoneInfo,
        quicklog: QuickLog | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.journal = journal
        self.clock = clock
        self.zone = zone
        self.cache = CalendarCache()  # opened on the calendar thread, at the first read
        self._sources: tuple[str, ...] = ()  # as they were at the last read
        self.today: list[Planned] = []
        self.problems: list[Problem] = []
        self.next_live: datetime | None = None
        self._week: tuple[Any, list[Any]] = (None, [])  # (key, meetings) of the week shown
        self._generation = 0  # bumped at every read, so the week's cache knows it is old
        self._asked: Any = None  # the key of the week last asked of the calendar thread
        self._day: Any = None  # the local day `today` is of
        self._opened: set[tuple[str, datetime]] = set()
        self._closed: set[tuple[str, datetime]] = set()
        self._worker: ThreadPoolExecutor | None = None
        self._in_flight = 0  # works asked of the thread and not yet finished here
        self._stopped = False  # after stop(): nothing more is read, no result is taken
        self._done.connect(self._finish)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._files_changed)
        self.watcher.directoryChanged.connect(self._files_changed)
        self.settle = SingleShot("calendar-settle", self.reload, self)
        self.start_timer = SingleShot("planned-start", self._start_came, self)
        self.close_timer = SingleShot("planned-close", self._close_came, self)
        self.day_timer = SingleShot("planned-day", self.reload, self)
        if quicklog is not None:
            quicklog.notice.connect(self._heard)

    def _heard(self, result: Result, _initiator: object) -> None:
        changes = result.changes
        if changes.calendars:
            self.reload()
        elif changes.settings:
            self._generation += 1  # declines follow own_emails: the week's cache is old
            self.replan()
        elif changes.people:
            self.replan(ahead=False)  # attendees may be someone now; the days ahead stay

    def woke(self, _asleep_from: Any = None) -> None:
        """After sleep (or a wall-clock jump): Qt's timers stood still while the machine slept,
        so the day change and any start or close that passed meanwhile are seen to now."""
        if self.clock.now().astimezone(self.zone).date() != self._day:
            self.reload()
        self._start_came()
        self._close_came()

    def _files_changed(self, _path: str) -> None:
        self.settle.start_in(_SETTLE_SECONDS)

    def _off_thread(
        self,
        work: Callable[[], Any],
        then: Callable[[Any], None],
        failed: Callable[[], None],
        nothing_to_read: bool = False,
    ) -> None:
        """`work()` on the calendar thread, then `then(its result)` back on this one (or
        `failed()` when it raised). One thread: the works run in the order asked, so the last
        result is the newest. With no calendar file to read, and no thread yet (so nothing
        asked before can come after), the work is done here: a tray without calendars never
        starts the thread."""
        if self._stopped:
            return
        if not self.background or (nothing_to_read and self._worker is None):
            then(work())
            return
        if self._worker is None:
            # Imported here: a tray with no calendar never pays for the pool (1.1 MiB at rest).
            from concurrent.futures import ThreadPoolExecutor

            self._worker = ThreadPoolExecutor(1, thread_name_prefix="dayweave-calendar")
        worker_started()  # no cycle collection on the calendar's thread (ui/quietgc.py)
        self._in_flight += 1
        future = self._worker.submit(work)
        future.add_done_callback(lambda done: self._send((then, failed, done)))

    def _send(self, what: tuple[Callable[[Any], None], Callable[[], None], Future]) -> None:
        if self._stopped:  # a read cancelled, or ended, after stop(): the journal may be closed
            return
        with contextlib.suppress(RuntimeError):  # the app is closing and this object is gone
            self._done.emit(what)  # queued: it runs on the GUI thread

    def _finish(self, what: tuple[Callable[[Any], None], Callable[[], None], Future]) -> None:
        then, failed, done = what
        if self._stopped:
            return
        self._in_flight -= 1
        worker_ended()
        try:
            result = done.result()
        except Exception as error:  # never the app's end: the calendar stays as it was
            log.error("reading the calendars failed: %s", type(error).__name__)
            failed()
            return
        then(result)

    def stop(self) -> None:
        """No more reading: what is queued is dropped, what runs ends on its own and is not
        taken. Stopped first: a cancelled read calls back under the pool's shutdown lock, and
        a new read asked from there would wait for that lock for ever (the app hung at quit)."""
        self._stopped = True
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.shutdown(wait=False, cancel_futures=True)
        for _work in range(self._in_flight):  # never finished now: collection may run again
            worker_ended()
        self._in_flight = 0

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Bring the cache up to date with every source (the files that changed are read) and
        watch its files and folders; `then()` once today's meetings are planned from it."""
        sources = [Path(s) for s in self.journal.calendar_sources()]
        paths = [p for s in sources if s.exists() for p in calendar_files(s)]
        # A source not there now is left out, as before: its folder is watched for its return.
        names = tuple(str(s) for s in sources if s.exists())
        own, zone, cache = self.journal.settings().own_emails, self.zone, self.cache
        start, end = day_bounds(self.clock.now().astimezone(zone).date(), zone)

        in_child = self.background and self.read_in_child

        def read() -> tuple[str, ...]:
            # In a child: parsing leaves its memory with the process (refresh.py says why).
            if not (in_child and refresh_elsewhere(cache, names, start, end, zone, own)):
                cache.meetings(names, start, end, zone, own, refresh=True)
            return names

        def done(read_from: tuple[str, ...]) -> None:
            self._sources = read_from
            self._generation += 1
            log.info("calendars: %d sources, %d files", len(sources), len(paths))
            self.replan(then=then)

        self._watch(sources, paths)
        self._off_thread(read, done, lambda: self.replan(then=then), nothing_to_read=not paths)

    def _watch(self, sources: list[Path], paths: list[Path]) -> None:
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        folders = {str(s) for s in sources if s.is_dir()}
        # A source not there now (deleted before a sync writes it again, a drive not yet
        # mounted): its folder's changes tell when it comes back.
        folders |= {str(_nearest(s)) for s in sources if not s.exists()}
        wanted = sorted({str(p) for p in paths} | folders)
        if wanted:
            self.watcher.addPaths(wanted)

    def replan(self, ahead: bool = True, then: Callable[[], None] | None = None) -> None:
        """Today's meetings matched to people, the timers; with `ahead`, the next live meeting
        in the weeks ahead too (only when the files, the day or the settings change)."""
        now = self.clock.now()
        day = self._day = now.astimezone(self.zone).date()
        own = self.journal.settings().own_emails
        start, end = day_bounds(day, self.zone)
        # The calendar files and folders read last: none, and the cache is not even opened.
        files, zone, cache = self._sources, self.zone, self.cache

        def expand() -> tuple[list[Any], list[Problem], datetime | None]:
            meetings, problems = cache.meetings(files, start, end, zone, own, refresh=False)
            if not ahead:
                return meetings, problems, None
            later = now + timedelta(days=LIVE_LOOKAHEAD_DAYS)
            soon, _problems = cache.meetings(files, now, later, zone, own, day, refresh=False)
            return meetings, problems, next((m.start for m in soon if m.live), None)

        def done(found: tuple[list[Any], list[Problem], datetime | None]) -> None:
            meetings, self.problems, live = found
            self.today = plan_day(meetings, self.journal.people(include_deleted=True))
            if ahead and live != self.next_live:
                self.next_live = live
                if self.background and then is None:  # else the caller goes on knowing it
                    self.live_changed.emit()
            self._set_timers(now, end)
            log.debug("today: %d planned meetings, %d problems", len(self.today),
                      len(self.problems))  # fmt: skip
            self.changed.emit()
            if then is not None:
                then()

        self._off_thread(expand, done, then or (lambda: None), nothing_to_read=not files)

    def _set_timers(self, now: datetime, day_end: datetime) -> None:
        # A start not yet prompted, ahead or within its first minutes: the app may have
        # started (or read the file) just after it began.
        starts = [
            max(p.meeting.start, now)
            for p in self.today
            if now - p.meeting.start <= LATE_START
            and (p.meeting.uid, p.meeting.start) not in self._opened
        ]
        if starts:
            self.start_timer.start_in((min(starts) - now).total_seconds())
        else:
            self.start_timer.stop()
        closes = [
            p.meeting.end - CLOSE_BEFORE_END
            for p in self.today
            if p.meeting.end - CLOSE_BEFORE_END > max(now, p.meeting.start)
        ]
        if closes:
            self.close_timer.start_in((min(closes) - now).total_seconds())
        else:
            self.close_timer.stop()
        self.day_timer.start_in((day_end - now).total_seconds() + 1)

    def week(self, days: list[Any]) -> list[Any]:
        """The planned meetings of the days the week window shows (cached until a re-read).
        Asked while painting: a week not yet expanded is asked of the calendar thread, and
        shown (`changed`) when it comes; meanwhile the week shown before is painted."""
        key = (days[0].start, days[-1].end, self._generation)
        if self._week[0] != key and self._asked != key:
            self._asked = key
            own = self.journal.settings().own_emails
            files, zone, start, end = self._sources, self.zone, days[0].start, days[-1].end
            cache, today = self.cache, self.clock.now().astimezone(self.zone).date()

            def expand() -> list[Any]:
                return cache.meetings(files, start, end, zone, own, today, refresh=False)[0]

            def done(found: list[Any]) -> None:
                if self._asked == key:
                    self._week = (key, found)
                    if self.background:  # painted again, now with them
                        self.changed.emit()

            self._off_thread(expand, done, lambda: None, nothing_to_read=not files)
        shown = self._week[0]
        # Until the new ones come: the same days' meetings as last read, never another week's.
        return self._week[1] if shown is not None and shown[:2] == key[:2] else []

    def next_planned(self) -> Planned | None:
        return next_meeting(self.today, self.clock.now())

    def next_text(self) -> str | None:
        planned = self.next_planned()
        return next_text(planned, self.zone) if planned is not None else None

    def _start_came(self) -> None:
        now = self.clock.now()
        for planned in self.today:
            key = (planned.meeting.uid, planned.meeting.start)
            if planned.meeting.start <= now and key not in self._opened:
                self._opened.add(key)
                if now - planned.meeting.start <= LATE_START:
                    self.starting.emit(planned)
        self.replan(ahead=False)

    def _close_came(self) -> None:
        now = self.clock.now()
        for planned in self.today:
            key = (planned.meeting.uid, planned.meeting.start)
            close_at = planned.meeting.end - CLOSE_BEFORE_END
            if planned.meeting.start < close_at <= now and key not in self._closed:
                self._closed.add(key)
                # Not for a meeting already over: the app started, or woke, after its end.
                if now < planned.meeting.end:
                    self.closing.emit(planned)
        self.replan(ahead=False)
