"""The week summary shares its entries out to the days by where each one lies (a cold review
sums a year of weeks): each day's share is exactly what entries_on finds for that day, in its
order, for random entries over DST weeks, midnights, running blocks and zero-length spans."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.kernel.days import week_days
from tracker.kernel.model import Entry
from tracker.timeline.summary import entries_on, summarize_week

# A week that loses an hour, one that gains one, and an ordinary one; and a zone whose
# midnight is skipped (Santiago's clocks went from 00:00 to 01:00 on 2022-09-11).
WEEKS = [
    (date(2026, 3, 23), ZoneInfo("Europe/Amsterdam")),
    (date(2026, 10, 19), ZoneInfo("Europe/Amsterdam")),
    (date(2026, 11, 23), ZoneInfo("Pacific/Auckland")),
    (date(2022, 9, 5), ZoneInfo("America/Santiago")),
]
KINDS = ["work", "life", "call", "meeting", "contact", "disruption"]


def _entries(draw: st.DrawFn, base: datetime) -> list[Entry]:
    entries = []
    for number in range(draw(st.integers(0, 25))):
        kind = draw(st.sampled_from(KINDS))
        # From ten days before the week to two days after it, on a quarter-hour grid.
        start = base + timedelta(minutes=15 * draw(st.integers(-960, 864)))
        end = None
        if kind not in ("contact", "disruption"):
            length = draw(st.one_of(st.none(), st.integers(0, 300)))  # None: running
            end = None if length is None else start + timedelta(minutes=15 * length)
        entries.append(
            Entry(
                kind=kind,
                start=start,
                end=end,
                id=f"{draw(st.integers(0, 3)):031x}{number:x}"[-32:],  # ties on start: by id
                deleted=draw(st.booleans()),
            )
        )
    return entries


@st.composite
def weeks_with_entries(draw: st.DrawFn) -> tuple[date, ZoneInfo, list[Entry], datetime]:
    first, zone = draw(st.sampled_from(WEEKS))
    base = week_days(first, zone)[0].start
    now = base + timedelta(minutes=15 * draw(st.integers(-200, 1000)))
    return first, zone, _entries(draw, base), now


@settings(max_examples=300, deadline=None)
@given(weeks_with_entries())
def test_each_days_share_is_what_entries_on_finds(case):
    first, zone, entries, now = case
    live = [e for e in entries if not e.deleted]
    week = summarize_week(entries, {}, first, zone, now)
    for summary, day in zip(week.days, week_days(first, zone), strict=True):
        assert summary.day == day
        expected = entries_on(day, live, now)
        assert [e.id for e in summary.entries] == [e.id for e in expected]
        assert summary.entries == expected


def test_a_zero_length_span_shows_on_the_day_it_was_logged():
    first, zone = WEEKS[0]
    day = week_days(first, zone)[2]
    at = day.start + timedelta(hours=9)
    entry = Entry(kind="work", start=at, end=at)
    week = summarize_week([entry], {}, first, zone, datetime(2026, 5, 1, tzinfo=UTC))
    assert [len(d.entries) for d in week.days] == [0, 0, 1, 0, 0, 0, 0]
