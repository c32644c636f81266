"""The weeks of a review, each read and summed once: a closed week (ended before now) is kept
with the versions of the day files it was read from, and used again while none of them
changes. The week still running, and any week whose files changed, are read again; so is
everything in memory (its files have no versions). No notice to miss: a change by another
device, a sync tool or the command line changes a file's version all the same.

Weeks to read that follow each other are read at once (one pass over their day files, not a
pass per week with its own look-back) and shared out by where each entry lies."""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from tracker.kernel.days import week_days
from tracker.kernel.model import Entry
from tracker.review.keep import version_key
from tracker.review.weeks import WeekFacts, week_facts
from tracker.timeline.summary import summarize_week

__all__ = ["WeekCache", "WeekSource", "in_range"]

_WEEKS_KEPT = 60 * 5  # five years of weeks in one zone: a few MB at most


class WeekSource(Protocol):
    """What the cache reads: entries by time and the versions of their day files."""

    def entries_between(self, start: datetime, end: datetime) -> list[Entry]: ...
    def day_versions(self, start: datetime, end: datetime) -> tuple[Any, ...]: ...


def in_range(entry: Entry, start: datetime, end: datetime, now: datetime) -> bool:
    """Whether `entries_between(start, end)` holds the entry: a moment inside, a span that
    overlaps (a running one up to now), a span of no length that begins inside."""
    if entry.is_instant:
        return start <= entry.start < end
    until = entry.end if entry.end is not None else max(entry.start, now)
    return entry.start < end and (until > start or entry.start >= start)


def _runs(weeks: list[tuple[date, Any]]) -> list[list[tuple[date, Any]]]:
    """Weeks that follow each other, together."""
    runs: list[list[tuple[date, Any]]] = []
    for week in weeks:
        if runs and runs[-1][-1][0] + timedelta(weeks=1) == week[0]:
            runs[-1].append(week)
        else:
            runs.append([week])
    return runs


class WeekCache:
    def __init__(self, source: WeekSource) -> None:
        self.source = source
        self.reads = 0  # weeks read from the day files, for the tests and the benchmark
        self.changed = False  # a closed week was read since the weeks were last kept
        # (first day, zone) -> (a digest of its day files' versions, its facts)
        self.kept: OrderedDict[tuple[date, str], tuple[str, WeekFacts]] = OrderedDict()

    def weeks(self, firsts: Iterable[date], zone: ZoneInfo, now: datetime) -> list[WeekFacts]:
        found: dict[date, WeekFacts] = {}
        missing: list[tuple[date, Any]] = []
        for first in firsts:
            days = week_days(first, zone)
            # A closed week's numbers no longer move with now: its running block (if any)
            # ended for it at its last midnight, and no later block is in its files.
            closed = days[-1].end <= now
            versions = self.source.day_versions(days[0].start, days[-1].end) if closed else None
            key = None if versions is None else version_key(versions)
            kept = self.kept.get((first, zone.key))
            if key is not None and kept is not None and kept[0] == key:
                self.kept.move_to_end((first, zone.key))
                found[first] = kept[1]
            else:
                missing.append((first, key))
        for run in _runs(missing):
            found.update(self._read(run, zone, now))
        return [found[first] for first in firsts]

    def week(self, first: date, zone: ZoneInfo, now: datetime) -> WeekFacts:
        return self.weeks([first], zone, now)[0]

    def _read(
        self, run: list[tuple[date, Any]], zone: ZoneInfo, now: datetime
    ) -> dict[date, WeekFacts]:
        bounds = [week_days(first, zone)[0].start for first, _ in run]
        bounds.append(week_days(run[-1][0], zone)[-1].end)
        shares: list[list[Entry]] = [[] for _ in run]
        for entry in self.source.entries_between(bounds[0], bounds[-1]):
            if entry.is_instant:
                until = entry.start
            else:
                until = entry.end if entry.end is not None else max(entry.start, now)
            index = max(0, bisect_right(bounds, entry.start) - 1)
            if index < len(run) and bounds[index] <= entry.start and until < bounds[index + 1]:
                shares[index].append(entry)  # inside one week, as nearly every entry is
                continue
            while index < len(run) and bounds[index] <= until:
                if in_range(entry, bounds[index], bounds[index + 1], now):
                    shares[index].append(entry)
                index += 1
        facts = {}
        for (first, key), entries in zip(run, shares, strict=True):
            self.reads += 1
            # Without people: the circles are looked up when the review is built.
            facts[first] = week_facts(summarize_week(entries, {}, first, zone, now), now)
            if key is not None:
                self.kept[(first, zone.key)] = (key, facts[first])
                self.kept.move_to_end((first, zone.key))
                self.changed = True
        while len(self.kept) > _WEEKS_KEPT:
            self.kept.popitem(last=False)
        return facts
