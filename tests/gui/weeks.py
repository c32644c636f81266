"""What the week window's tests share: Amsterdam's week of Monday 23 November 2026, seen on its
Thursday at 15:00 (a module's `clock`: FakeClock(at(THURSDAY, 15))); a time in it, an entry
added to it, and the window opened on it. The journal is tests/journal_fixtures.py's, on the
module's clock."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry
from tracker.ui.timeline.quicklog import QuickLog
from tracker.ui.week.window import WeekWindow

__all__ = ["AMS", "MONDAY", "THURSDAY", "TUESDAY", "add", "at", "open_week"]

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY, TUESDAY, THURSDAY = date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 26)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A wall-clock time in Amsterdam, as stored (UTC)."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=AMS).astimezone(UTC)


def add(journal, kind, start, end=None, **fields) -> Entry:
    return journal.add(Entry(kind=kind, start=start, end=end, tz="Europe/Amsterdam", **fields))


def open_week(qtbot, journal, clock, size: tuple[int, int] = (1280, 760)) -> WeekWindow:
    """The week window with its quick log, shown at SIZE and exposed."""
    window = WeekWindow(
        journal, clock, AMS, first_weekday=0, quicklog=QuickLog(journal, clock, AMS)
    )
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window
