"""Minutes of disruption per week where their end is known (issue 21): a disruption with
`until` counts its length, cut at the week's local edges; a moment-only one counts nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry
from tracker.review.lengths import disrupted_by_week, disrupted_minutes

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY, NEXT = date(2026, 11, 23), date(2026, 11, 30)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=AMS).astimezone(UTC)


def disruption(start: datetime, minutes: int | None, **fields) -> Entry:
    until = None if minutes is None else start + timedelta(minutes=minutes)
    return Entry("disruption", start, tz=AMS.key, cause="family", until=until, **fields)


def test_lengths_count_per_local_week_cut_at_its_edges():
    entries = [
        disruption(local(24, 10), 12),
        disruption(local(25, 9), None, lost_min=30),  # a moment: its estimate is counted apart
        disruption(local(29, 23, 50), 20),  # Sunday 23:50 to Monday 00:10: ten minutes each
        Entry("life", local(26, 12), local(26, 13), tz=AMS.key),
        disruption(local(26, 15), 60).with_changes(deleted=True),
    ]
    assert disrupted_by_week(entries, [MONDAY, NEXT], AMS) == {MONDAY: 22.0, NEXT: 10.0}


def test_nothing_outside_the_range():
    assert disrupted_minutes([disruption(local(24, 10), 12)], local(24, 11), local(24, 12)) == 0
