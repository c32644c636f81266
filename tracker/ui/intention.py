"""The week's intention in the tray's tooltip (issue 22): from the first day of the user's week
(Settings' first weekday), through the week it is for, one line "This week: ..."; a
single-shot timer wakes the tooltip when the next week begins, so the line turns over with
the week even when nothing is logged (never more often: at rest the timer waits for that day,
or a day at most, SingleShot's longest wait)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Signal

from tracker.kernel.clock import Clock
from tracker.kernel.days import first_weekday, week_start
from tracker.ui.timers import SingleShot

__all__ = ["IntentionTooltip", "next_week_start"]


def next_week_start(now: datetime, zone: ZoneInfo, first: int) -> datetime:
    """Midnight at the start of the next week (its first weekday `first`) in `zone`."""
    begins = week_start(now.astimezone(zone).date(), first) + timedelta(days=7)
    return datetime.combine(begins, time(0), tzinfo=zone)


class IntentionTooltip(QObject):
    new_week = Signal()  # the user's week began: the tooltip's line may change

    def __init__(self, journal: Any, clock: Clock, zone: ZoneInfo, parent: QObject | None = None):
        super().__init__(parent)
        self.journal, self.clock, self.zone = journal, clock, zone
        self.timer = SingleShot("intention-week", self.new_week.emit, self)

    def line(self) -> str:
        """The tooltip's line for this week's intention; "" when there is none."""
        from tracker.store.intentions import intention_for

        now = self.clock.now()
        if not hasattr(self.journal, "files"):
            self.timer.start_in((next_week_start(now, self.zone, 0) - now).total_seconds())
            return ""  # not a data folder's journal (a stand-in): no intentions kept
        try:
            first = first_weekday(self.journal.settings().first_weekday)
            self.timer.start_in((next_week_start(now, self.zone, first) - now).total_seconds())
            text = intention_for(self.journal, now.astimezone(self.zone).date(), first)
        except OSError:
            return ""  # the tooltip never fails for want of it; check names a damaged file
        if not text:
            return ""
        return QCoreApplication.translate("Tray", "This week: %1").replace("%1", text)
