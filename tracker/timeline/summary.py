"""What a week adds up to: the numbers behind the week window and `dayweave week --json`."""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from tracker.kernel.dayrules import running_until
from tracker.kernel.days import Day, overlap_minutes, week_days
from tracker.kernel.merge import follow_merges
from tracker.kernel.model import Entry, Person
from tracker.kernel.vocabulary import CONTACT_KINDS

__all__ = ["DaySummary", "WeekSummary", "entries_on", "summarize_week"]


@dataclass(slots=True)
class DaySummary:
    day: Day
    entries: list[Entry]
    work_min: float = 0.0
    life_min: float = 0.0
    switches: int = 0
    disruptions: int = 0


@dataclass(slots=True)
class WeekSummary:
    first_day: date
    zone: ZoneInfo
    days: list[DaySummary]
    work_min: float = 0.0
    life_min: float = 0.0
    switches: int = 0
    disruptions: int = 0
    disruptions_by_cause: Counter[str] = field(default_factory=Counter)
    disruptions_by_hour: Counter[int] = field(default_factory=Counter)
    lost_min: int = 0
    disrupted_min: float = 0.0  # how long the disruptions that lasted took
    calls: int = 0
    live_meetings: int = 0
    contacts: int = 0
    reached_by_circle: Counter[str] = field(default_factory=Counter)


def _effective_end(entry: Entry, now: datetime) -> datetime:
    if entry.is_instant:
        return entry.start
    # A running entry counts up to now, and never backwards.
    return entry.end if entry.end is not None else max(entry.start, now)


def _touches(day: Day, entry: Entry, end: datetime) -> bool:
    """Whether the entry (ending at `end`, _effective_end) shows on the day."""
    if entry.is_instant:
        return day.start <= entry.start < day.end
    if entry.start < day.end and end > day.start:
        return True
    # A zero-length span still shows where it was logged.
    return entry.start == end and day.start <= entry.start < day.end


def _start_and_id(entry: Entry) -> tuple[datetime, str]:
    return (entry.start, entry.id)


def entries_on(day: Day, entries: Iterable[Entry], now: datetime) -> list[Entry]:
    """Entries that touch the day: instants inside it, spans overlapping it."""
    found = [e for e in entries if not e.deleted and _touches(day, e, _effective_end(e, now))]
    return sorted(found, key=_start_and_id)


def _on_each_day(days: list[Day], live: list[Entry], now: datetime) -> list[list[Entry]]:
    """`entries_on` of each of `days` (in order, each ending where the next begins), with each
    entry looked at only on the days from its start to its end, not on all of them."""
    starts = [day.start for day in days]
    found: list[list[Entry]] = [[] for _ in days]
    for entry in sorted(live, key=_start_and_id):  # so each day's share comes out sorted
        end = _effective_end(entry, now)
        reach = max(entry.start, end)
        # The days before the one its start falls in end before it: none shows it.
        at = max(0, bisect_right(starts, entry.start) - 1)
        while at < len(days) and starts[at] <= reach:
            if _touches(days[at], entry, end):
                found[at].append(entry)
            at += 1
    return found


def _switches(blocks: list[Entry]) -> int:
    kinds = [e.kind for e in sorted(blocks, key=lambda e: e.start)]
    return sum(1 for before, after in itertools.pairwise(kinds) if before != after)


def summarize_week(
    entries: Iterable[Entry],
    people: Mapping[str, Person],
    first_day: date,
    zone: ZoneInfo,
    now: datetime,
) -> WeekSummary:
    live = [e for e in entries if not e.deleted]
    # A running block counts up to now, or to a block planned ahead that time has reached.
    blocks_seen = [e for e in live if e.is_block]
    clipped = {e.id: running_until(e, blocks_seen, now) for e in blocks_seen if e.end is None}
    week = WeekSummary(first_day, zone, [])
    days = week_days(first_day, zone)
    for day, on_day in zip(days, _on_each_day(days, live, now), strict=True):
        summary = DaySummary(day, on_day)
        blocks = []
        for entry in summary.entries:
            until = clipped.get(entry.id) or _effective_end(entry, now)
            minutes = overlap_minutes(entry.start, until, day.start, day.end)
            if entry.kind == "work":
                summary.work_min += minutes
                blocks.append(entry)
            elif entry.kind == "life":
                summary.life_min += minutes
                blocks.append(entry)
            elif entry.kind == "disruption":
                summary.disruptions += 1
                week.disruptions_by_cause[entry.cause or "other"] += 1
                week.disruptions_by_hour[entry.start.astimezone(zone).hour] += 1
                week.lost_min += entry.lost_min or 0
                if entry.until is not None:
                    week.disrupted_min += (entry.until - entry.start).total_seconds() / 60
            if entry.kind in CONTACT_KINDS and day.contains(entry.start):
                # Counted on the day it began, so a call across midnight counts once.
                week.calls += entry.kind == "call"
                week.live_meetings += entry.kind == "meeting"
                week.contacts += entry.kind == "contact"
                for person_id in entry.people:
                    person = people.get(person_id)
                    if person is not None and person.merged_into is not None:
                        person = follow_merges(person, people)  # counts for the one who stays
                    # Not sorted yet (no circle) is left out of the compass until sorted.
                    if person is not None and not person.deleted and person.circle is not None:
                        week.reached_by_circle[person.circle] += 1
        summary.switches = _switches(blocks)
        week.work_min += summary.work_min
        week.life_min += summary.life_min
        week.switches += summary.switches
        week.disruptions += summary.disruptions
        week.days.append(summary)
    return week
