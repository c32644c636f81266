"""What the tray, the panel and the socket do when the user logs something.

One object, so the menu, the big buttons and `dayweave log` all share the same rules: a block
ends the other block, a disruption asks nothing, and the last log can be undone for a while.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from tracker.core.clock import Clock
from tracker.core.days import local_day
from tracker.core.model import INSTANT_KINDS, Entry, Person, ValidationError
from tracker.core.summary import summarize_week
from tracker.core.undo import UndoSlot
from tracker.store.journal import Journal
from tracker.ui.errors import error_text

__all__ = ["QuickLog", "TrayStatus"]

UNDO_SECONDS = 10
DISRUPTION_MARK = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class TrayStatus:
    """What the tray shows: the running block or span, today's numbers, a recent disruption."""

    running: Entry | None
    block: Entry | None
    work_min: float
    life_min: float
    disruptions: int
    disrupted_until: datetime | None

    @property
    def state(self) -> str:
        return self.running.kind if self.running is not None else "idle"


@dataclass(slots=True)
class _Undo:
    created: Entry
    ended: list[Entry]


class QuickLog(QObject):
    changed = Signal()  # anything logged, undone or stopped: refresh what is shown
    calls_ended = Signal(list)  # calls and meetings with people that were just stopped
    failed = Signal(str)  # a message for the user: nothing was saved

    def __init__(
        self, journal: Journal, clock: Clock, zone: ZoneInfo, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.journal = journal
        self.clock = clock
        self.zone = zone
        self._undo: UndoSlot[_Undo] = UndoSlot(clock, UNDO_SECONDS)

    # -- reading -------------------------------------------------------------------------

    def status(self) -> TrayStatus:
        now = self.clock.now()
        today = local_day(now.astimezone(self.zone).date(), self.zone)
        entries = self.journal.entries_between(today.start, today.end)
        running = [e for e in entries if e.running]
        spans = [e for e in running if not e.is_block]
        blocks = [e for e in running if e.is_block]
        week = summarize_week(entries, {}, today.date, self.zone, now)
        day = week.days[0]
        last_disruption = max((e.start for e in entries if e.kind == "disruption"), default=None)
        mark_until = None
        if last_disruption is not None and now - last_disruption < DISRUPTION_MARK:
            mark_until = last_disruption + DISRUPTION_MARK
        shown = spans[-1] if spans else (blocks[-1] if blocks else None)
        return TrayStatus(
            running=shown,
            block=blocks[-1] if blocks else None,
            work_min=day.work_min,
            life_min=day.life_min,
            disruptions=day.disruptions,
            disrupted_until=mark_until,
        )

    def people(self) -> list[Person]:
        return self.journal.people()

    def undoable(self) -> Entry | None:
        """What Undo would take back, while it still can."""
        undo = self._undo.available()
        return undo.created if undo is not None else None

    # -- logging -------------------------------------------------------------------------

    def log_entry(self, entry: Entry) -> Entry | None:
        return self._log(entry)

    def new_entry(self, kind: str, **fields) -> Entry:
        return self._entry(kind, **fields)

    def _log(self, entry: Entry) -> Entry | None:
        try:
            stored, ended = self.journal.log(entry)
        except ValidationError as error:
            self.failed.emit(error_text(error))
            return None
        except OSError as error:  # a full disk, a read-only folder, a lock held too long
            self.failed.emit(self.tr("Nothing was saved: %1").replace("%1", error_text(error)))
            return None
        self._undo.keep(_Undo(stored, ended))
        self.changed.emit()
        return stored

    def _entry(self, kind: str, **fields) -> Entry:
        return Entry(kind=kind, start=self.clock.now(), tz=self.zone.key, **fields)

    def switch(self, kind: str, title: str = "") -> Entry | None:
        """Start a work or life block; the other one ends at this minute."""
        running = self.journal.running_block()
        if running is not None and running.kind == kind and not title:
            return running  # already doing that: one click must not split a block in two
        return self._log(self._entry(kind, title=title))

    def disruption(self, cause: str, title: str = "") -> Entry | None:
        return self._log(self._entry("disruption", cause=cause.strip() or None, title=title))

    def with_people(
        self,
        kind: str,
        names: Sequence[str],
        title: str = "",
        circle_for_new: str = "peer",
    ) -> Entry | None:
        """A call, live meeting or contact with people; unknown names become people."""
        try:
            ids = self._person_ids(names, circle_for_new)
        except (ValidationError, OSError) as error:
            self.failed.emit(error_text(error))
            return None
        return self._log(self._entry(kind, title=title, people=tuple(ids)))

    def _person_ids(self, names: Sequence[str], circle: str) -> list[str]:
        ids = []
        for name in (n.strip() for n in names):
            if not name:
                continue
            person = self.journal.find_person(name)
            if person is None:
                person = self.journal.add_person(Person(name=name, circle=circle))
            ids.append(person.id)
        return ids

    def quick_entry(self, line: str) -> Entry | None:
        """Log a quick-entry line; a QuickEntryError propagates so the dialog can mark the part."""
        from tracker.core.quickentry import parse_quick_entry, resolve_times

        parsed = parse_quick_entry(line)
        start, end = resolve_times(parsed, self.clock.now(), self.zone)
        try:
            ids = []
            for ref in parsed.people:
                ids += self._person_ids([ref.name], ref.circle or "peer")
        except (ValidationError, OSError) as error:
            self.failed.emit(error_text(error))
            return None
        entry = Entry(
            kind=parsed.kind,
            start=start,
            end=None if parsed.kind in INSTANT_KINDS else end,
            tz=self.zone.key,
            title=parsed.title,
            tags=tuple(parsed.tags),
            people=tuple(ids),
            cause=parsed.cause,
        )
        return self._log(entry)

    def stop(self) -> list[Entry]:
        try:
            stopped = self.journal.stop()
        except OSError as error:
            self.failed.emit(error_text(error))
            return []
        if stopped:
            self._undo.clear()
            self.changed.emit()
            with_people = [e for e in stopped if e.kind in ("call", "meeting") and e.people]
            if with_people:
                self.calls_ended.emit(with_people)
        return stopped

    def end_block(self, block: Entry, at: datetime) -> Entry | None:
        """End a block left running at a moment the user chose (the forgotten-block question)."""
        try:
            ended = self.journal.update_fields(block, end=at)
        except ValidationError as error:
            self.failed.emit(error_text(error))
            return None
        except OSError as error:
            self.failed.emit(self.tr("Nothing was saved: %1").replace("%1", error_text(error)))
            return None
        self.changed.emit()
        return ended

    def undo(self) -> bool:
        """Take back the last log: delete it and let the blocks it ended run on."""
        undo = self._undo.take()
        if undo is None:
            return False
        try:
            self.journal.delete(undo.created)
            for ended in undo.ended:
                self.journal.update_fields(ended, end=None)
        except OSError as error:
            self.failed.emit(error_text(error))
            return False
        self.changed.emit()
        return True

    def refresh(self) -> None:
        """Something outside (the command line through the socket) changed the data."""
        self.changed.emit()
