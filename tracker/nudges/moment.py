"""When the weekly review moment is due (issue 22): at the day and hour Settings name, in the
user's zone, once a week; a moment missed (the app not running, or no pause came) stays due
for a while, not into the next week's work. Here, below the nudge policy, which offers it at a
pause like any nudge (tracker/nudges/policy.py); tracker/review/moment.py passes it on."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.days import first_weekday, week_start
from tracker.kernel.settings import Settings

__all__ = [
    "GRACE",
    "intention_week",
    "last_moment",
    "moment_key",
    "next_moment",
    "review_due",
]

GRACE = timedelta(days=3)  # Friday's moment still shows over the weekend, not on Tuesday


def last_moment(settings: Settings, now: datetime, zone: ZoneInfo) -> datetime:
    """The latest review moment at or before `now` (UTC). In an hour a clock change skips,
    the moment is an hour later; in one it repeats, the first of them (fold 0)."""
    today = now.astimezone(zone).date()
    back = (today.weekday() - settings.review_day) % 7
    for weeks in (0, 1):
        day = today - timedelta(days=back + 7 * weeks)
        local = datetime.combine(day, time(settings.review_hour), tzinfo=zone)
        moment = local.astimezone(UTC)
        if moment <= now:
            return moment
    raise AssertionError("a week back is always before now")  # pragma: no cover


def next_moment(settings: Settings, now: datetime, zone: ZoneInfo) -> datetime:
    """The first review moment after `now` (UTC): when the plan next needs to look."""
    today = now.astimezone(zone).date()
    ahead = (settings.review_day - today.weekday()) % 7
    for weeks in (0, 1):
        day = today + timedelta(days=ahead + 7 * weeks)
        moment = datetime.combine(day, time(settings.review_hour), tzinfo=zone).astimezone(UTC)
        if moment > now:
            return moment
    raise AssertionError("a week ahead is always after now")  # pragma: no cover


def moment_key(moment: datetime, zone: ZoneInfo) -> str:
    """The nudge key of one week's moment: "review:2026-12-04", its day in the user's zone."""
    return f"review:{moment.astimezone(zone).date().isoformat()}"


def intention_week(settings: Settings, now: datetime, zone: ZoneInfo) -> date:
    """The first day (by Settings' first weekday) of the week an intention typed now is for:
    the user's week after the one of the latest review moment. Friday after the moment, the
    weekend, and the first morning of the week that finds the moment still waiting all mean
    the week from that first day."""
    day = last_moment(settings, now, zone).astimezone(zone).date()
    return week_start(day, first_weekday(settings.first_weekday)) + timedelta(days=7)


def review_due(
    settings: Settings,
    now: datetime,
    zone: ZoneInfo,
    last_shown: datetime | None,
    first_use: datetime | None = None,
) -> bool:
    """Whether to offer the review now: switched on, this week's moment has come and is at
    most GRACE old, it was not offered since, and Dayweave was in use before it (a new user
    starting on Monday has no week behind the Friday moment to review: never on day one)."""
    if not settings.review_moment:
        return False
    moment = last_moment(settings, now, zone)
    if now - moment > GRACE or (first_use is not None and first_use > moment):
        return False
    return last_shown is None or last_shown < moment
