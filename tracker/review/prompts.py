"""Calls whose first-minutes and last-minutes prompts were used, and next actions agreed and
kept, per week and per month of the review (issue 22): plain counting of the weeks' calls and
live meetings (those that began in the week, as the week summary counts them) against the
marks noted when the prompts showed (tracker/store/prompts.py); an action kept counts in the
week of the call it was agreed after."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from tracker.review.weeks import WeekFacts

__all__ = ["PromptRow", "prompt_rows"]

TALKS = ("call", "meeting")  # the prompts show in both: a meeting is a live call


@dataclass(slots=True)
class PromptRow:
    """One week (`first_day` its first) or one month (its first day, maybe before the range)."""

    first_day: date
    calls: int = 0  # calls and live meetings that began in it
    opened: int = 0  # of them: the first-minutes prompt used
    closed: int = 0  # the last-minutes prompt used
    agreed: int = 0  # a next action agreed after it
    kept: int = 0  # and that action kept since (marked done)


def _count(row: PromptRow, marks: frozenset[str]) -> None:
    row.calls += 1
    row.opened += "open" in marks
    row.closed += "close" in marks
    row.agreed += "agreed" in marks
    row.kept += "agreed" in marks and "kept" in marks


def prompt_rows(
    weeks: Sequence[WeekFacts], used: Mapping[str, frozenset[str]], zone: ZoneInfo
) -> tuple[list[PromptRow], list[PromptRow]]:
    """Per week and per calendar month (every month the weeks' days touch, none left out)."""
    by_week = []
    months: dict[date, PromptRow] = {}
    for week in weeks:
        for day in week.days:
            months.setdefault(day.replace(day=1), PromptRow(day.replace(day=1)))
    for week in weeks:
        row = PromptRow(week.first_day)
        for contact in week.contacts:
            if contact.kind not in TALKS:
                continue
            marks = used.get(contact.entry_id, frozenset())
            _count(row, marks)
            month = contact.start.astimezone(zone).date().replace(day=1)
            _count(months.setdefault(month, PromptRow(month)), marks)
        by_week.append(row)
    return by_week, sorted(months.values(), key=lambda r: r.first_day)
