from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from tracker.core.model import Entry
from tracker.core.patterns import Pattern, find_pattern

AMS = ZoneInfo("Europe/Amsterdam")


def disruption(day: int, hour: int, cause: str = "tech", minute: int = 0) -> Entry:
    start = datetime(2026, 11, day, hour, minute, tzinfo=AMS).astimezone(UTC)
    return Entry(kind="disruption", start=start, cause=cause)


def test_a_cause_clustering_on_one_morning():
    entries = [disruption(24, 9), disruption(24, 10), disruption(24, 11), disruption(26, 15),
               disruption(27, 16, "family")]  # fmt: skip
    assert find_pattern(entries, AMS) == Pattern(3, 4, "tech", 1, "morning")


def test_an_hour_that_stands_out_when_no_day_does():
    entries = [disruption(day, 9, cause) for day, cause in
               ((23, "tech"), (24, "noise"), (25, "family"), (26, "self"))]  # fmt: skip
    assert find_pattern(entries, AMS) == Pattern(4, 4, None, None, hour=9)


def test_nothing_stands_out():
    assert find_pattern([], AMS) is None
    assert find_pattern([disruption(24, 9)], AMS) is None
    spread = [disruption(23, 8, "tech"), disruption(25, 14, "noise"), disruption(27, 19, "family")]
    assert find_pattern(spread, AMS) is None


def test_deleted_and_other_kinds_do_not_count():
    entries = [disruption(24, 9), disruption(24, 9, minute=30).with_changes(deleted=True),
               Entry(kind="contact", start=disruption(24, 10).start)]  # fmt: skip
    assert find_pattern(entries, AMS) is None
