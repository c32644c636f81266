"""The weeks of a review, each read and summed once: a closed week (ended before now) is kept
with the versions of the day files it was read from, and used again while none of them
changes. The week still running, and any week whose files changed, are read again; so is
everything in memory (its files have no versions). No notice to miss: a change by another
device, a sync tool or the command line changes a file's version all the same."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from tracker.kernel.days import week_days
from tracker.kernel.model import Entry
from tracker.review.weeks import WeekFacts, week_facts
from tracker.timeline.summary import summarize_week

__all__ = ["WeekCache", "WeekSource"]

_WEEKS_KEPT = 60 * 5  # five years of weeks in one zone: a few MB at most


class WeekSource(Protocol):
    """What the cache reads: entries by time and the versions of their day files."""

    def entries_between(self, start: datetime, end: datetime) -> list[Entry]: ...
    def day_versions(self, start: datetime, end: datetime) -> tuple[Any, ...]: ...


class WeekCache:
    def __init__(self, source: WeekSource) -> None:
        self.source = source
        self.reads = 0  # weeks read from the day files, for the tests and the benchmark
        self._weeks: OrderedDict[tuple[date, str], tuple[tuple[Any, ...], WeekFacts]] = (
            OrderedDict()
        )

    def weeks(self, firsts: Iterable[date], zone: ZoneInfo, now: datetime) -> list[WeekFacts]:
        return [self.week(first, zone, now) for first in firsts]

    def week(self, first: date, zone: ZoneInfo, now: datetime) -> WeekFacts:
        days = week_days(first, zone)
        start, end = days[0].start, days[-1].end
        place = (first, zone.key)
        # A closed week's numbers no longer move with now: its running block (if any) ended
        # for it at its last midnight, and no later block is in its files.
        versions = self.source.day_versions(start, end) if end <= now else None
        kept = self._weeks.get(place)
        if versions is not None and kept is not None and kept[0] == versions:
            self._weeks.move_to_end(place)
            return kept[1]
        self.reads += 1
        entries = self.source.entries_between(start, end)
        # Without people: the circles are looked up when the review is built.
        facts = week_facts(summarize_week(entries, {}, first, zone, now), now)
        if versions is not None:
            self._weeks[place] = (versions, facts)
            self._weeks.move_to_end(place)
            while len(self._weeks) > _WEEKS_KEPT:
                self._weeks.popitem(last=False)
        return facts
