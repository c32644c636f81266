"""A review read from the journal: which weeks a range covers, their facts from the cache,
today's people and settings."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from tracker.kernel.days import first_weekday, week_start
from tracker.kernel.model import Person
from tracker.kernel.settings import Settings
from tracker.review.cache import WeekCache, WeekSource
from tracker.review.prompts import prompt_rows
from tracker.review.report import Review, build_review
from tracker.store.prompts import prompts_used

__all__ = ["ReviewSource", "last_weeks", "load_review", "week_first_day", "weeks_from_to"]


class ReviewSource(WeekSource, Protocol):
    def people_by_id(self) -> dict[str, Person]: ...
    def settings(self) -> Settings: ...


def last_weeks(count: int, today: date, first: int) -> list[date]:
    """The first days of the last `count` weeks, this week the last of them."""
    this = week_start(today, first)
    return [this - timedelta(weeks=back) for back in range(count - 1, -1, -1)]


def weeks_from_to(start: date, end: date, first: int) -> list[date]:
    """Every week that holds a day from `start` to `end` (whole weeks: a week's totals are
    the week window's)."""
    day, last = week_start(start, first), week_start(end, first)
    weeks = []
    while day <= last:
        weeks.append(day)
        day += timedelta(weeks=1)
    return weeks


def load_review(
    source: ReviewSource,
    cache: WeekCache,
    firsts: list[date],
    zone: ZoneInfo,
    now: datetime,
) -> Review:
    facts = cache.weeks(firsts, zone, now)
    review = build_review(facts, source.people_by_id(), source.settings(), zone, now)
    # The call prompts used: a small note, read at each open, not kept with the weeks.
    review.prompts_by_week, review.prompts_by_month = prompt_rows(facts, prompts_used(source), zone)
    return review


def week_first_day(source: ReviewSource) -> int:
    """Where the user's weeks start (Settings, else Monday), as the week window's do."""
    return first_weekday(source.settings().first_weekday)
