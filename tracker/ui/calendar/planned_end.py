"""A planned meeting logged with "Log it" runs as it happens, like any call: ended from the tray
early or late, and kept as it was. One nobody ends is ended at its planned end once that end is
`OVERRUN_GRACE` past (an overrun ended within it is kept), and the user is told.

Which running calls came from the calendar is read from the data, not remembered: a call or
meeting that started at a planned meeting's start under its title. So a restart forgets none."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from tracker.kernel.model import Entry
from tracker.kernel.vocabulary import SPAN_KINDS
from tracker.ui.timers import SingleShot

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from tracker.store.journal import Journal
    from tracker.ui.calendar.planned import PlannedMeetings
    from tracker.ui.timeline.quicklog import QuickLog

__all__ = ["OVERRUN_GRACE", "PlannedEnds"]

# How long past its planned end a logged meeting may run before it is taken as forgotten.
OVERRUN_GRACE = timedelta(minutes=30)
# One that could not be ended (a read-only folder, a refusal) is tried again after this, not at
# once: its moment has passed, and a timer set for it would fire every 50 ms.
_RETRY_SECONDS = 60.0


class PlannedEnds(QObject):
    ended = Signal(str)  # what was ended at its planned end, in the user's words

    def __init__(
        self,
        journal: Journal,
        quicklog: QuickLog,
        planned: PlannedMeetings,
        zone: ZoneInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.quicklog = quicklog
        self.planned = planned
        self.zone = zone
        self.timer = SingleShot("planned-end", self.end_forgotten, self)
        quicklog.notice.connect(self._heard)
        planned.changed.connect(self.rearm)

    def _heard(self, result: Any, _initiator: object) -> None:
        if result.changes.entries:
            self.rearm()

    def running(self) -> list[tuple[Entry, datetime]]:
        """Running calls and meetings logged from today's calendar, with their planned end."""
        ends = {
            (p.meeting.start, p.meeting.title): p.meeting.end
            for p in self.planned.today
            if p.meeting.end > p.meeting.start
        }
        if not ends:
            return []
        running = [e for e in self.journal.running() if e.kind in SPAN_KINDS]
        return [(e, ends[(e.start, e.title)]) for e in running if (e.start, e.title) in ends]

    def rearm(self, retry: bool = False) -> None:
        found = self.running()
        if not found:
            self.timer.stop()
            return
        due = min(end for _, end in found) + OVERRUN_GRACE
        # A little after: a coarse Qt timer may fire early, and then sets itself again.
        seconds = (due - self.quicklog.clock.now()).total_seconds() + 0.05
        self.timer.start_in(max(seconds, _RETRY_SECONDS) if retry else seconds)

    def end_forgotten(self) -> None:
        now = self.quicklog.clock.now()
        failed = False
        for entry, end in self.running():
            if end + OVERRUN_GRACE > now:
                continue
            if self.quicklog.end_entry(entry, end) is None:
                failed = True
            else:
                self.ended.emit(self._said(entry, end))
        self.rearm(retry=failed)

    def _said(self, entry: Entry, end: datetime) -> str:
        people = self.journal.people_by_id()
        names = ", ".join(people[p].name for p in entry.people if p in people)
        names = names or entry.title or "?"  # a meeting with nobody known: its title
        if entry.kind == "meeting":
            text = self.tr("Ended the live meeting with %1 at its planned end %2")
        else:
            text = self.tr("Ended the call with %1 at its planned end %2")
        return text.replace("%1", names).replace("%2", end.astimezone(self.zone).strftime("%H:%M"))
