"""What the tray, the panel and the dialogs do when the user logs something: each click
becomes a request to `tracker.commands`, where the rules of the day are decided once.

The change notice of every command (from a click, a window or the socket) comes back here as
Qt signals, so every view refreshes at once and nobody re-reads history to find out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from tracker.commands import (
    AmbiguousName,
    Commands,
    EditEntry,
    EndEntry,
    Log,
    Request,
    Result,
    Stop,
    Undo,
)
from tracker.commands.door import load_handlers_with
from tracker.kernel.clock import Clock
from tracker.kernel.days import local_day
from tracker.kernel.model import Entry, Person, ValidationError
from tracker.nudges.history import ContactHistory
from tracker.store.journal import Journal
from tracker.timeline.summary import summarize_week
from tracker.ui.errors import error_text
from tracker.ui.timers import SingleShot

__all__ = ["QuickLog", "TrayStatus"]

DISRUPTION_MARK = timedelta(minutes=5)


def _register_handlers() -> None:
    import tracker.features  # noqa: F401 - every feature's handlers, with the first request


# The app draws its icon before it imports every feature's handlers (~8 ms); the first request
# (a click, the socket, the first plan) brings them.
load_handlers_with(_register_handlers)


@dataclass(frozen=True, slots=True)
class TrayStatus:
    """What the tray shows: the running block or span, today's numbers, a recent disruption."""

    running: Entry | None
    block: Entry | None
    work_min: float
    life_min: float
    disruptions: int
    disrupted_until: datetime | None
    calls: tuple[Entry, ...] = ()  # running calls and meetings, each with its own End item
    arrival: tuple[str, datetime] | None = None  # (device name, when): another device's news
    partial: bool = False  # read before the icon showed: no arrival yet (the tray reads it next)

    @property
    def state(self) -> str:
        return self.running.kind if self.running is not None else "idle"


class QuickLog(QObject):
    changed = Signal()  # anything changed, by anyone: refresh what is shown
    notice = Signal(object, object)  # (Result, initiator): what changed and who asked
    calls_ended = Signal(list)  # calls and meetings with people that just ended
    failed = Signal(str)  # a message for the user: nothing was saved
    undo_expired = Signal()  # what Undo would take back can no longer be: hide its controls

    def __init__(
        self,
        journal: Journal,
        clock: Clock,
        zone: ZoneInfo,
        parent: QObject | None = None,
        commands: Commands | None = None,
    ):
        super().__init__(parent)
        self.journal = journal
        self.clock = clock
        self.zone = zone
        self.commands = commands or Commands(journal, clock)
        self.history = ContactHistory(journal, clock)
        # Asks which person a name means when several match (set by the GUI; None: refuse).
        self.choose: Callable[[str, Sequence[Person]], Person | None] | None = None
        # Asks whether a span over 16 hours is meant (set by the GUI; None: refuse it).
        self.confirm_long: Callable[[float], bool] | None = None
        # Asks whether a typed time the clocks pass twice meant the second (set by the GUI;
        # None: the first, as the command line takes it).
        self.choose_overlap: Callable[[dict[str, str]], bool] | None = None
        # Whether the last switch found its block already running (nothing changed).
        self.already_running = False
        # What the last log from a click or a line did, for the words that say so.
        self.last_result: Result | None = None
        self.commands.subscribe(self._heard)
        # Set to the moment undo runs out after each change, so Undo controls leave then.
        self.undo_timer = SingleShot("undo-expiry", self._undo_ran_out, self)

    def _heard(self, result: Result, initiator: Any) -> None:
        self.history.apply(result)  # first: the nudge plan that follows reads it
        self._watch_undo()
        self.notice.emit(result, initiator)
        self.changed.emit()
        calls = [e for e in result.ended if e.kind in ("call", "meeting") and e.people]
        if calls and not result.undone:
            self.calls_ended.emit(calls)

    def _watch_undo(self) -> None:
        expires = self.commands.undo_expires()
        if expires is None:
            self.undo_timer.stop()
        else:
            # A little after: a coarse Qt timer may fire early, and then sets itself again.
            self.undo_timer.start_in((expires - self.clock.now()).total_seconds() + 0.05)

    def _undo_ran_out(self) -> None:
        if self.commands.undo_expires() is not None:
            self._watch_undo()  # fired early, or another change came: wait for its expiry
            return
        self.undo_expired.emit()

    # -- reading -------------------------------------------------------------------------

    def status(self, *, partial: bool = False) -> TrayStatus:
        """What the tray shows; `partial`: without which other device's changes arrived last
        (a listing of every device folder), for the icon's first drawing at start-up."""
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
            calls=tuple(spans),
            arrival=None if partial else self._arrival(),
            partial=partial,
        )

    def _arrival(self) -> tuple[str, datetime] | None:
        """Which other device's change arrived here last, and when: one listing and a stat
        of each device folder's files, cheap beside reading the day."""
        from tracker.store.devices import last_arrival

        device = last_arrival(self.journal)
        if device is None or device.arrived is None:
            return None
        return device.name, device.arrived

    def people(self) -> list[Person]:
        return self.journal.people()

    def undoable(self) -> Entry | None:
        """The entry Undo would take back (for its label), while it still can."""
        result = self.commands.undoable()
        if result is None:
            return None
        return next(iter([*result.stored, *result.ended, *result.entries]), None)

    # -- changing ------------------------------------------------------------------------

    def run(self, request: Request) -> Result | None:
        """Run one request; say why in `failed` when nothing could be saved.

        A QuickEntryError propagates, so the dialog that sent the line can mark the part.
        """
        from tracker.timeline.quickentry import QuickEntryError

        for _ in range(10):  # one question per ambiguous name, then the request runs
            try:
                return self.commands.run(request, initiator=self)
            except AmbiguousName as error:
                person = self.choose(error.name, error.candidates) if self.choose else None
                if person is None:
                    if self.choose is None:
                        self.failed.emit(error_text(error))
                    return None  # the user closed the question: nothing is logged
                request = request.with_fields(chosen={**request.chosen, error.name: person.id})
            except QuickEntryError:
                raise
            except ValidationError as error:
                long_span = error.code == "span_too_long" and "end_day_given" in request.FIELDS
                # A block started so long ago it would replace every block since: asked alike.
                runs_long = error.code == "runs_too_long" and "long_ok" in request.FIELDS
                if (long_span or runs_long) and self.confirm_long is not None:
                    if not self.confirm_long(error.values.get("hours", 0)):
                        return None
                    confirmed = {"long_ok": True} if runs_long else {"end_day_given": True}
                    request = request.with_fields(**confirmed)
                    continue
                self.failed.emit(error_text(error))
                return None
            except OSError as error:  # a full disk, a read-only folder, a lock held too long
                self.failed.emit(self.tr("Nothing was saved: %1").replace("%1", error_text(error)))
                return None
        return None

    def _log(self, **fields: Any) -> Entry | None:
        result = self.last_result = self.run(Log(tz=self.zone.key, **fields))
        if result is None:
            return None
        if result.stored:
            return self._settle_overlaps(result.stored[0], result)
        return self.journal.running_block()

    def _settle_overlaps(self, entry: Entry, result: Result) -> Entry:
        """A typed time the clocks pass twice was taken as the first: ask, and move that end
        to the second when that is what was meant."""
        changes: dict[str, str] = {}
        for code, values in result.notes:
            if code != "dst_overlap" or self.choose_overlap is None:
                continue
            first = datetime.fromisoformat(values["first"])
            end = "start" if entry.start == first else "end" if entry.end == first else None
            if end is not None and self.choose_overlap(values):
                changes[end] = values["second"]
        if not changes:
            return entry
        moved = self.run(EditEntry(entry_id=entry.id, changes=changes, near=entry.start))
        return moved.stored[0] if moved is not None and moved.stored else entry

    def switch(self, kind: str, title: str = "") -> Entry | None:
        """Start a work or life block; the other one ends at this minute. Starting the one
        that runs changes nothing: `already_running` says so, and the running block returns."""
        result = self.last_result = self.run(Log(tz=self.zone.key, kind=kind, title=title))
        self.already_running = result is not None and result.has_note("already_running")
        if result is None:
            return None
        return result.stored[0] if result.stored else self.journal.running_block()

    def disruption(self, cause: str, title: str = "") -> Entry | None:
        return self._log(kind="disruption", cause=cause.strip() or None, title=title)

    def with_people(
        self,
        kind: str,
        names: Sequence[str],
        title: str = "",
        circle_for_new: str | None = None,
        person_ids: Sequence[str] = (),
    ) -> Entry | None:
        """A call, live meeting or contact; names nobody has yet become people."""
        pairs = tuple((n.strip(), circle_for_new) for n in names if n.strip())
        return self._log(kind=kind, title=title, names=pairs, person_ids=tuple(person_ids))

    def contact_with(self, person_id: str) -> Entry | None:
        """A contact with one person, by id: two people may share a name (a nudge's Done)."""
        return self._log(kind="contact", person_ids=(person_id,))

    def quick_entry(self, line: str) -> Entry | None:
        """Log a quick-entry line; a QuickEntryError propagates so the dialog can mark the part."""
        return self._log(line=line, now=self.clock.now())

    def stop(self) -> list[Entry]:
        """End the running block; calls end on their own (end_entry)."""
        result = self.run(Stop())
        return [] if result is None else result.ended

    def end_entry(self, entry: Entry, at: datetime | None = None) -> Entry | None:
        """End one running thing: a call ("End call with Anna"), or a block left running at a
        moment the user chose (the forgotten-block question)."""
        result = self.run(EndEntry(entry_id=entry.id, at=at, near=entry.start))
        return result.ended[0] if result is not None and result.ended else None

    def end_block(self, block: Entry, at: datetime) -> Entry | None:
        return self.end_entry(block, at)

    def undo(self) -> bool:
        """Take back the last change (a log, a stop, an edit) while undo lasts."""
        result = self.run(Undo())
        if result is not None and not result.changes:
            self.undo_expired.emit()  # nothing was left to undo: the controls say so now
        return result is not None and result.undone
