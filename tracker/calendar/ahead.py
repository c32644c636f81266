"""The live meeting planned next in this device's calendars: what the nudge plan counts as a live
meeting already arranged, for the app (which keeps its files read and watched) and for the
command line (which reads them once) alike."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from tracker.calendar.files import CalendarFile, calendar_files, meetings_between, read_calendar

__all__ = ["LIVE_LOOKAHEAD_DAYS", "next_live", "read_sources"]

LIVE_LOOKAHEAD_DAYS = 60  # a live meeting planned this far ahead still counts for the nudge


def read_sources(sources: Iterable[str]) -> list[CalendarFile]:
    """Every calendar file of these sources (files or folders), read: one that cannot be read
    is a problem in its CalendarFile, never an exception."""
    return [read_calendar(path) for source in sources for path in calendar_files(Path(source))]


def next_live(
    files: Sequence[CalendarFile], now: datetime, zone: tzinfo, own_emails: tuple[str, ...] = ()
) -> datetime | None:
    """The start of the first live (in person) meeting planned from `now` on, None: none in the
    weeks ahead. Declined and cancelled ones are no meetings (tracker/calendar/files.py)."""
    ahead = now + timedelta(days=LIVE_LOOKAHEAD_DAYS)
    later, _problems = meetings_between(list(files), now, ahead, zone, own_emails)
    return next((m.start for m in later if m.live), None)
