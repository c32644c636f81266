"""How long disruptions lasted, where their end is known (issue 21: a gap answered "a
disruption" lasts the gap; an edit may give one an end). A moment-only disruption counts
nothing here: its `lost_min` is the user's own estimate, counted apart as time lost. Plain
functions for the review to use; the week summary counts the same for one week."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.days import week_days
from tracker.kernel.model import Entry

__all__ = ["disrupted_by_week", "disrupted_minutes"]


def disrupted_minutes(entries: Iterable[Entry], start: datetime, end: datetime) -> float:
    """Minutes of disruption with a known end inside [start, end): a disruption that crosses
    an edge counts only its part inside; deleted ones count nothing."""
    total = 0.0
    for entry in entries:
        if entry.kind != "disruption" or entry.until is None or entry.deleted:
            continue
        inside = min(entry.until, end) - max(entry.start, start)
        total += max(inside, timedelta(0)).total_seconds() / 60
    return total


def disrupted_by_week(
    entries: Sequence[Entry], firsts: Iterable[date], zone: ZoneInfo
) -> dict[date, float]:
    """Each week's minutes of disruption (keyed by its first day), by the local week."""
    found = {}
    for first in firsts:
        days = week_days(first, zone)
        found[first] = disrupted_minutes(entries, days[0].start, days[-1].end)
    return found
