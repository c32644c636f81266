"""The weeks of a review, each read and summed once: a closed week (ended before now) is kept
with the versions of the day files it was read from, and used again while none of them
changes. The week still running, and any week whose files changed, are read again; so is
everything in memory (its files have no versions). No notice to miss: a change by another
device, a sync tool or the command line changes a file's version all the same. The versions
cover every file the read looked in: every device folder's day files, their sync tool's conflict
copies, and the days the week's entries moved from (`moved_from`, where a device that had not
seen the move may write a newer version), which the week keeps with its facts.

Weeks to read that follow each other are read at once (one pass over their day files, not a
pass per week with its own look-back) and shared out by where each entry lies."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from tracker.kernel.bulk import cycles_collected_later
from tracker.kernel.days import week_days
from tracker.kernel.model import MAX_DISRUPTION, Entry
from tracker.review.keep import version_key
from tracker.review.lengths import lasting
from tracker.review.weeks import WeekFacts, week_facts
from tracker.timeline.summary import summarize_week

__all__ = ["Kept", "WeekCache", "WeekSource", "in_range", "moved_days"]

_WEEKS_KEPT = 60 * 5  # five years of weeks in one zone: a few MB at most

Kept = tuple[str, WeekFacts, tuple[str, ...]]  # digest of the versions, facts, moved days


class WeekSource(Protocol):
    """What the cache reads: entries by time and the versions of their day files."""

    def entries_between(self, start: datetime, end: datetime) -> list[Entry]: ...
    def day_versions(
        self, start: datetime, end: datetime, also: Iterable[str] = ()
    ) -> tuple[Any, ...]: ...


def in_range(entry: Entry, start: datetime, end: datetime, now: datetime) -> bool:
    """Whether `entries_between(start, end)` holds the entry: a moment inside, a span that
    overlaps (a running one up to now), a span of no length that begins inside."""
    if entry.is_instant:
        return start <= entry.start < end
    until = entry.end if entry.end is not None else max(entry.start, now)
    return entry.start < end and (until > start or entry.start >= start)


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def moved_days(entries: Iterable[Entry]) -> tuple[str, ...]:
    """The UTC days these entries moved from: a read of their week looked there too."""
    days: set[str] = set()
    for entry in entries:
        held = entry.extra.get("moved_from")
        if isinstance(held, list):
            days.update(d for d in held if isinstance(d, str) and _DAY.fullmatch(d))
    return tuple(sorted(days))


# A week to read: its first day, the key it was looked up by, and the moved days in that key.
_Missing = tuple[date, str | None, tuple[str, ...]]


def _runs(weeks: list[_Missing]) -> list[list[_Missing]]:
    """Weeks that follow each other, together."""
    runs: list[list[_Missing]] = []
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
        # (first day, zone) -> (a digest of its files' versions, its facts, its moved days)
        self.kept: OrderedDict[tuple[date, str], Kept] = OrderedDict()

    def weeks(self, firsts: Iterable[date], zone: ZoneInfo, now: datetime) -> list[WeekFacts]:
        firsts = list(firsts)
        keys = self._keys(firsts, zone, now)
        found: dict[date, WeekFacts] = {}
        missing: list[_Missing] = []
        for first in firsts:
            kept = self.kept.get((first, zone.key))
            key = keys.get(first)
            if key is not None and kept is not None and kept[0] == key:
                self.kept.move_to_end((first, zone.key))
                found[first] = kept[1]
            else:
                missing.append((first, key, kept[2] if kept is not None else ()))
        for run in _runs(missing):
            found.update(self._read(run, zone, now))
        return [found[first] for first in firsts]

    def _keys(self, firsts: list[date], zone: ZoneInfo, now: datetime) -> dict[date, str | None]:
        """The digest of each closed week's files as they are now. A closed week's numbers no
        longer move with now: its running block (if any) ended for it at its last midnight,
        and no later block is in its files."""
        ranges = {}
        for first in firsts:
            days = week_days(first, zone)
            if days[-1].end <= now:
                kept = self.kept.get((first, zone.key))
                ranges[first] = (days[0].start, days[-1].end, kept[2] if kept is not None else ())
        each = getattr(self.source, "day_versions_each", None)
        if each is not None:  # each file stamped once, not once per week whose look-back has it
            versions = each(list(ranges.values()))
        else:
            versions = [self.source.day_versions(*r) for r in ranges.values()]
        return {first: version_key(v) for first, v in zip(ranges, versions, strict=True)}

    def week(self, first: date, zone: ZoneInfo, now: datetime) -> WeekFacts:
        return self.weeks([first], zone, now)[0]

    def _read(self, run: list[_Missing], zone: ZoneInfo, now: datetime) -> dict[date, WeekFacts]:
        # Tens of thousands of records parsed, built and summed, nearly all freed again by
        # reference counting: the cycle collector walking them took a fifth of a cold review.
        with cycles_collected_later():
            return self._read_run(run, zone, now)

    def _read_run(
        self, run: list[_Missing], zone: ZoneInfo, now: datetime
    ) -> dict[date, WeekFacts]:
        bounds = [week_days(first, zone)[0].start for first, _, _ in run]
        bounds.append(week_days(run[-1][0], zone)[-1].end)
        shares: list[list[Entry]] = [[] for _ in run]
        # The day before the first week: its disruptions that last into it.
        before = self.source.entries_between(bounds[0] - MAX_DISRUPTION, bounds[0])
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
        for at, ((first, key, also), entries) in enumerate(zip(run, shares, strict=True)):
            self.reads += 1
            # Without people: the circles are looked up when the review is built.
            facts[first] = week_facts(summarize_week(entries, {}, first, zone, now), now)
            earlier = lasting(before if at == 0 else shares[at - 1])
            facts[first].carried = [s for s in earlier if s[0] < bounds[at] < s[1]]
            moved = moved_days(entries)
            if key is not None and moved != also:
                # Rare (an entry moved across weeks): its old days' stamps as they are now.
                versions = self.source.day_versions(bounds[at], bounds[at + 1], moved)
                key = version_key(versions)
            if key is not None:
                self.kept[(first, zone.key)] = (key, facts[first], moved)
                self.kept.move_to_end((first, zone.key))
                self.changed = True
        while len(self.kept) > _WEEKS_KEPT:
            self.kept.popitem(last=False)
        return facts
