"""Setting the one intention for next week (issue 22), the way the review window and
`dayweave review --intention TEXT` both do it: kept as a note per week (store/intentions.py),
which every device reads and merges like settings."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tracker.commands.door import Commands, handles
from tracker.commands.errors import ValidationError
from tracker.commands.requests import SetIntention
from tracker.commands.results import Result

if TYPE_CHECKING:
    from tracker.store.journal import Journal

__all__ = ["set_intention"]


def _week(door: Commands, request: SetIntention) -> date:
    """A day of the week the intention is for (see SetIntention)."""
    if request.day:
        try:
            return date.fromisoformat(request.day)
        except ValueError:
            raise ValidationError("day", f"{request.day!r} is not a date", "not_a_time") from None
    from tracker.nudges.moment import intention_week  # the settings: not on `dayweave log`

    try:
        zone = ZoneInfo(request.tz or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        text = f"{request.tz!r} is not a known time zone"
        raise ValidationError("tz", text, "unknown_zone", {"zone": request.tz}) from None
    now = request.now or door.clock.now()
    return intention_week(door.journal.settings(), now, zone)


@handles(SetIntention)
def set_intention(door: Commands, request: SetIntention) -> Result:
    from tracker.kernel.days import first_weekday  # not on `dayweave log`
    from tracker.kernel.model import MAX_TITLE
    from tracker.kernel.textrules import check_text
    from tracker.store import intentions

    text = " ".join(request.text.split())  # one line: it is a tooltip's and a heading's line
    check_text("intention", text, MAX_TITLE)
    journal = cast("Journal", door.journal)  # the notes live beside the folders, in the store
    first = first_weekday(journal.settings().first_weekday)  # the user's week, on every device
    try:
        week = intentions.week_of(_week(door, request), first)
    except OverflowError:  # year 1's first days, in a week from Sunday: it starts in year 0
        raise ValidationError("day", f"{request.day!r} is not a date", "not_a_time") from None
    if intentions.intention_for(journal, week, first) == text:
        return Result(request.NAME).note("unchanged")
    intentions.note_intention(journal, week, text, first)
    result = Result(request.NAME)
    result.intention = (week.isoformat(), text)  # the change notice: the tray and week show it
    return result
