from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry
from tracker.timeline.patterns import MIN_PATTERN_DISRUPTIONS, Pattern, find_pattern

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


def test_a_pattern_rests_on_at_least_three_disruptions():
    """Two disruptions on one morning are a coincidence, not a pattern worth a sentence."""
    two = [disruption(24, 9), disruption(24, 10)]
    assert find_pattern(two, AMS) is None
    two_an_hour = [disruption(23, 9, "tech"), disruption(24, 9, "noise")]
    assert find_pattern(two_an_hour, AMS) is None
    three = [*two, disruption(24, 11)]
    assert find_pattern(three, AMS) == Pattern(3, 3, "tech", 1, "morning")
    assert find_pattern(three, AMS).count >= MIN_PATTERN_DISRUPTIONS == 3


def test_a_cluster_of_two_is_no_pattern_even_in_a_busy_week():
    """Many disruptions in the week do not make a pair stand out: the cluster itself needs 3."""
    pair = [disruption(24, 9, "family"), disruption(24, 10, "family")]
    spread = [disruption(day, hour, "tech") for day, hour in ((23, 8), (25, 14), (27, 19))]
    assert find_pattern(pair + spread, AMS) is None
