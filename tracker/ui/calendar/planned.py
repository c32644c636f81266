"""Planned meetings in the running app: this device's calendar files, read when they change
(a file-system watch, no polling), at day change and when the sources change; one single-shot
timer to the next planned start, one to the next planned end minus five minutes."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Signal

from tracker.calendar.agenda import Planned, next_meeting, plan_day
from tracker.calendar.ahead import next_live
from tracker.calendar.files import (
    CalendarFile,
    Problem,
    calendar_files,
    day_bounds,
    meetings_between,
    read_calendar,
)
from tracker.kernel.clock import Clock
from tracker.kernel.logs import logger
from tracker.ui.timers import SingleShot

if TYPE_CHECKING:
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


def _stamp(path: Path) -> Any:
    """What changes when a file is written or replaced; None: read it anyway."""
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_ino, status.st_size, status.st_mtime_ns)


def _nearest(path: Path) -> Path:
    """The nearest folder above a path that is there."""
    for parent in path.parents:
        if parent.is_dir():
            return parent
    return Path(path.anchor or ".")


class PlannedMeetings(QObject):
    changed = Signal()
    starting = Signal(object)  # Planned: its start has come
    closing = Signal(object)  # Planned: five minutes before its planned end

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
        self.files: list[CalendarFile] = []
        self._stamps: list[Any] = []  # each file's (inode, size, mtime) when it was read
        self.today: list[Planned] = []
        self.problems: list[Problem] = []
        self.next_live: datetime | None = None
        self._week: tuple[Any, list[Any]] = (None, [])  # (key, meetings) of the week shown
        self._generation = 0  # bumped at every read, so the week's cache knows it is old
        self._day: Any = None  # the local day `today` is of
        self._opened: set[tuple[str, datetime]] = set()
        self._closed: set[tuple[str, datetime]] = set()
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

    def reload(self) -> None:
        """Read every source again (the files that changed) and watch its files and folders."""
        sources = [Path(s) for s in self.journal.calendar_sources()]
        paths = [p for s in sources if s.exists() for p in calendar_files(s)]
        known = {(f.path, key): f for f, key in zip(self.files, self._stamps, strict=True)}
        self._stamps = [_stamp(p) for p in paths]
        self.files = [
            (known.get((p, key)) if key is not None else None) or read_calendar(p)
            for p, key in zip(paths, self._stamps, strict=True)
        ]
        self._generation += 1
        kept = {id(f) for f in known.values()}
        read = sum(1 for f in self.files if id(f) not in kept)
        log.info("calendars: %d sources, %d files, %d read again", len(sources), len(paths), read)
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
        self.replan()

    def replan(self, ahead: bool = True) -> None:
        """Today's meetings matched to people, the timers; with `ahead`, the next live meeting
        in the weeks ahead too (only when the files, the day or the settings change)."""
        now = self.clock.now()
        day = self._day = now.astimezone(self.zone).date()
        own = self.journal.settings().own_emails
        start, end = day_bounds(day, self.zone)
        meetings, self.problems = meetings_between(self.files, start, end, self.zone, own)
        self.today = plan_day(meetings, self.journal.people(include_deleted=True))
        if ahead:
            self.next_live = next_live(self.files, now, self.zone, own)
        self._set_timers(now, end)
        log.debug("today: %d planned meetings, %d problems", len(self.today), len(self.problems))
        self.changed.emit()

    def _set_timers(self, now: datetime, day_end: datetime) -> None:
        starts = [p.meeting.start for p in self.today if p.meeting.start > now]
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
        """The planned meetings of the days the week window shows (cached until a re-read)."""
        key = (days[0].start, days[-1].end, self._generation)
        if self._week[0] != key:
            own = self.journal.settings().own_emails
            found, _ = meetings_between(self.files, days[0].start, days[-1].end, self.zone, own)
            self._week = (key, found)
        return self._week[1]

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
