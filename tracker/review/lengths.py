"""How long disruptions lasted, where their end is known (issue 21: a gap answered "a
disruption" lasts the gap; an edit may give one an end). A moment-only disruption counts
nothing here: its `lost_min` is the user's own estimate, counted apart as time lost. Plain
functions for the review: each week keeps the spans of the disruptions that began in it
(tracker.review.weeks), and the review cuts them at each local week's edges, so one that runs
past a Sunday midnight counts its later part in the next week; one begun before the review's
first week counts its part inside it (the week keeps it as `carried`). The week's sidebar
counts each whole, in the week it began."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.days import week_days
from tracker.kernel.model import Entry

__all__ = ["Lasting", "disrupted_by_week", "disrupted_minutes", "lasting", "length_by_strike"]

Lasting = tuple[datetime, datetime]  # a disruption's start and its until


def lasting(entries: Iterable[Entry]) -> list[Lasting]:
    """The disruptions with a known end (deleted ones left out), as (start, until)."""
    return [
        (entry.start, entry.until)
        for entry in entries
        if entry.kind == "disruption" and entry.until is not None and not entry.deleted
    ]


def _inside(spans: Iterable[Lasting], start: datetime, end: datetime) -> float:
    total = 0.0
    for begin, until in spans:
        inside = min(until, end) - max(begin, start)
        total += max(inside, timedelta(0)).total_seconds() / 60
    return total


def disrupted_minutes(entries: Iterable[Entry], start: datetime, end: datetime) -> float:
    """Minutes of disruption with a known end inside [start, end): a disruption that crosses
    an edge counts only its part inside; deleted ones count nothing."""
    return _inside(lasting(entries), start, end)


def disrupted_by_week(
    spans: Iterable[Lasting], firsts: Iterable[date], zone: ZoneInfo
) -> dict[date, float]:
    """Each week's minutes of disruption (keyed by its first day), by the local week: real
    minutes, so a week with a DST change counts the hour it has or lacks."""
    spans = list(spans)
    found = {}
    for first in firsts:
        days = week_days(first, zone)
        found[first] = _inside(spans, days[0].start, days[-1].end)
    return found


def length_by_strike(spans: Iterable[Lasting], zone: ZoneInfo) -> list[list[float]]:
    """Minutes disrupted by when each disruption struck: [weekday, Monday = 0][local hour],
    each counted whole in the hour it began (the heatmap of when disruptions strike)."""
    grid = [[0.0] * 24 for _ in range(7)]
    for begin, until in spans:
        local = begin.astimezone(zone)
        grid[local.weekday()][local.hour] += max(until - begin, timedelta(0)).total_seconds() / 60
    return grid
