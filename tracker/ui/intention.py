"""The week's intention in the tray's tooltip (issue 22): from Monday, through the week it is
for, one line "This week: ..."; a single-shot timer wakes the tooltip at the next Monday, so
the line turns over with the week even when nothing is logged (never more often: at rest
the timer waits for that Monday, or a day at most, SingleShot's longest wait)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Signal

from tracker.kernel.clock import Clock
from tracker.ui.timers import SingleShot

__all__ = ["IntentionTooltip", "next_monday"]


def next_monday(now: datetime, zone: ZoneInfo) -> datetime:
    """Midnight at the start of the next Monday in `zone`, after `now`."""
    today = now.astimezone(zone).date()
    monday = today + timedelta(days=7 - today.weekday())
    return datetime.combine(monday, time(0), tzinfo=zone)


class IntentionTooltip(QObject):
    new_week = Signal()  # Monday came: the tooltip's line may change

    def __init__(self, journal: Any, clock: Clock, zone: ZoneInfo, parent: QObject | None = None):
        super().__init__(parent)
        self.journal, self.clock, self.zone = journal, clock, zone
        self.timer = SingleShot("intention-week", self.new_week.emit, self)

    def line(self) -> str:
        """The tooltip's line for this week's intention; "" when there is none."""
        from tracker.store.intentions import intention_for

        now = self.clock.now()
        self.timer.start_in((next_monday(now, self.zone) - now).total_seconds())
        if not hasattr(self.journal, "files"):
            return ""  # not a data folder's journal (a stand-in): no intentions kept
        try:
            text = intention_for(self.journal, now.astimezone(self.zone).date())
        except OSError:
            return ""  # the tooltip never fails for want of it; check names a damaged file
        if not text:
            return ""
        return QCoreApplication.translate("Tray", "This week: %1").replace("%1", text)
