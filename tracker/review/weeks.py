"""What one week brings to the review, worked out once from its week summary and kept while
its day files do not change (tracker.review.cache): minutes, switches, the weave, disruptions
and the contacts that began in it, with person ids (their circles are looked up when the
review is built, so a person sorted or merged later needs no week read again)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.dayrules import running_until
from tracker.kernel.model import Entry
from tracker.kernel.vocabulary import CONTACT_KINDS
from tracker.review.lengths import Lasting, lasting
from tracker.timeline.summary import DaySummary, WeekSummary

__all__ = ["Contact", "WeekFacts", "empty_grid", "week_facts"]

Grid = list[list[float]]  # [weekday, Monday = 0][local hour 0-23]


def empty_grid() -> Grid:
    return [[0.0] * 24 for _ in range(7)]


@dataclass(frozen=True, slots=True)
class Contact:
    """A call, live meeting or contact that began in the week, with whom (person ids)."""

    entry_id: str
    kind: str
    start: datetime
    people: tuple[str, ...]


@dataclass(slots=True)
class WeekFacts:
    first_day: date
    days: list[date]
    work_min: float = 0.0
    life_min: float = 0.0
    switches: int = 0
    disruptions: int = 0
    day_work: list[float] = field(default_factory=list)
    day_life: list[float] = field(default_factory=list)
    day_switches: list[int] = field(default_factory=list)
    disruptions_by_cause: Counter[str] = field(default_factory=Counter)
    lost_min: int = 0
    weave_work: Grid = field(default_factory=empty_grid)
    weave_life: Grid = field(default_factory=empty_grid)
    heat: Grid = field(default_factory=empty_grid)  # disruptions
    heat_lost: Grid = field(default_factory=empty_grid)  # their estimated time lost
    lasting: list[Lasting] = field(default_factory=list)  # (start, until) of those that lasted
    # Those begun before the week that last into it (at most a day before): a review that
    # starts with this week counts their part inside it.
    carried: list[Lasting] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)


def _hour_slots(start: datetime, end: datetime, zone: ZoneInfo) -> list[tuple[int, float]]:
    """(local hour, minutes) of [start, end), cut at the local clock's hours: a DST day has 23
    or 25 of them, and the hour that happens twice counts twice."""
    slots = []
    moment = start
    while moment < end:
        local = moment.astimezone(zone)
        to_hour = timedelta(minutes=60 - local.minute, seconds=-local.second)
        following = min(end, moment + to_hour - timedelta(microseconds=local.microsecond))
        slots.append((local.hour, (following - moment).total_seconds() / 60))
        moment = following
    return slots


def _until(entry: Entry, blocks: list[Entry], now: datetime) -> datetime:
    # As the week summary counts a block: a running one up to now, or to a block planned ahead.
    if entry.end is not None:
        return entry.end
    return running_until(entry, blocks, now)


def _weave(
    facts: WeekFacts, day: DaySummary, zone: ZoneInfo, blocks: list[Entry], now: datetime
) -> None:
    """The day's blocks (`blocks`: the week's, for where a running one ends) by local hour."""
    weekday = day.day.date.weekday()
    for entry in day.entries:
        if entry.kind not in ("work", "life"):
            continue
        start = max(entry.start, day.day.start)
        end = min(_until(entry, blocks, now), day.day.end)
        grid = facts.weave_work if entry.kind == "work" else facts.weave_life
        for hour, minutes in _hour_slots(start, end, zone):
            grid[weekday][hour] += minutes


def week_facts(summary: WeekSummary, now: datetime) -> WeekFacts:
    """The review's share of one week; its totals are the summary's own."""
    zone = summary.zone
    facts = WeekFacts(summary.first_day, [d.day.date for d in summary.days])
    facts.work_min, facts.life_min = summary.work_min, summary.life_min
    facts.switches, facts.disruptions = summary.switches, summary.disruptions
    facts.disruptions_by_cause = Counter(summary.disruptions_by_cause)
    facts.lost_min = summary.lost_min
    # Each block once (one over midnight is in two days' entries); the days clip it.
    every = list({e.id: e for d in summary.days for e in d.entries if e.is_block}.values())
    # Those that began in the week, whole: the review cuts them at the weeks' edges.
    facts.lasting = lasting(e for d in summary.days for e in d.entries)
    for day in summary.days:
        facts.day_work.append(day.work_min)
        facts.day_life.append(day.life_min)
        facts.day_switches.append(day.switches)
        _weave(facts, day, zone, every, now)
        for entry in day.entries:
            if entry.kind == "disruption":
                local = entry.start.astimezone(zone)
                facts.heat[local.weekday()][local.hour] += 1
                facts.heat_lost[local.weekday()][local.hour] += entry.lost_min or 0
            elif entry.kind in CONTACT_KINDS and day.day.contains(entry.start):
                # Counted on the day it began, as the week summary counts it.
                facts.contacts.append(Contact(entry.id, entry.kind, entry.start, entry.people))
    return facts
