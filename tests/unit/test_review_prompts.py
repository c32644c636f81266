"""Calls whose prompts were used, and next actions agreed, per week and month (issue 22),
against hand-worked weeks: a DST week (the hour that repeats), a call late on the last
evening of a month (its month is the local one, not UTC's), a contact (no prompts) left out."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.review.prompts import PromptRow, prompt_rows
from tracker.review.weeks import Contact, WeekFacts

AMS = ZoneInfo("Europe/Amsterdam")


def week(first: date, *contacts: Contact) -> WeekFacts:
    facts = WeekFacts(first, [first + timedelta(days=n) for n in range(7)])
    facts.contacts.extend(contacts)
    return facts


def talk(entry_id: str, kind: str, start: datetime) -> Contact:
    return Contact(entry_id, kind, start.astimezone(UTC), ("p1",))


def test_hand_worked_weeks_and_months():
    repeated = datetime(2026, 10, 25, 2, 30, fold=0, tzinfo=AMS)  # the first of the two 02:30
    weeks = [
        week(
            date(2026, 10, 19),  # ends on Sunday 25 October, the clocks go back
            talk("c1", "call", datetime(2026, 10, 19, 10, tzinfo=AMS)),
            talk("c2", "meeting", repeated),
            talk("x1", "contact", datetime(2026, 10, 20, 9, tzinfo=AMS)),
        ),
        week(
            date(2026, 10, 26),
            talk("c4", "call", datetime(2026, 10, 31, 23, 30, tzinfo=AMS)),
            talk("c5", "call", datetime(2026, 11, 1, 0, 30, tzinfo=AMS)),  # 31 Oct in UTC
        ),
    ]
    used = {
        "c1": frozenset({"open", "close", "agreed", "kept"}),
        "c2": frozenset({"open"}),
        "x1": frozenset({"open"}),  # a contact has no prompts: never counted
        "c4": frozenset({"close"}),
        "c5": frozenset({"agreed"}),
        "gone": frozenset({"open"}),  # a call deleted since: not in any week
    }
    by_week, by_month = prompt_rows(weeks, used, AMS)
    assert by_week == [
        PromptRow(date(2026, 10, 19), calls=2, opened=2, closed=1, agreed=1, kept=1),
        PromptRow(date(2026, 10, 26), calls=2, opened=0, closed=1, agreed=1, kept=0),
    ]
    assert by_month == [
        PromptRow(date(2026, 10, 1), calls=3, opened=2, closed=2, agreed=1, kept=1),
        PromptRow(date(2026, 11, 1), calls=1, opened=0, closed=0, agreed=1),
    ]


def test_weeks_without_calls_are_rows_of_nothing():
    by_week, by_month = prompt_rows([week(date(2026, 12, 28))], {}, AMS)
    assert by_week == [PromptRow(date(2026, 12, 28))]
    assert [r.first_day for r in by_month] == [date(2026, 12, 1), date(2027, 1, 1)]
