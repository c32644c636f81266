"""The review of a range of weeks as plain numbers: work and life per week, switches per day,
the weave, disruptions by cause and when they strike, the 360 degrees per circle per month,
circles not reached for longer than their people's cadence, the people drifting (their gaps
growing, by the contacts in the range), and live meetings per month against the setting.
Built from the weeks' facts (tracker.review.weeks) and today's people."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.days import local_day
from tracker.kernel.merge import follow_merges
from tracker.kernel.model import Person
from tracker.kernel.settings import Settings
from tracker.kernel.timefmt import parse_utc
from tracker.kernel.vocabulary import CIRCLES
from tracker.review.drifting import Drift, drifting
from tracker.review.lengths import disrupted_by_week, length_by_strike
from tracker.review.prompts import PromptRow
from tracker.review.weeks import Contact, Grid, WeekFacts, empty_grid

__all__ = ["CircleGap", "MonthRow", "Review", "build_review", "who_stays"]


@dataclass(slots=True)
class MonthRow:
    """One calendar month (the part of it inside the review)."""

    month: date  # its first day
    days: int  # of it inside the review
    by_circle: dict[str, Counter[str]] = field(default_factory=dict)  # circle -> kind -> count
    calls: int = 0
    live_meetings: int = 0
    contacts: int = 0
    live_wanted: float = 0.0  # the days inside / Settings' live_every_days


@dataclass(frozen=True, slots=True)
class CircleGap:
    """A circle and how long since anyone in it was reached; `last` None: not in the review's
    range, so `days_since` is at least the range's length."""

    circle: str
    people: int
    every_days: int  # the shortest cadence among its people
    last: datetime | None
    days_since: int
    slipping: bool


@dataclass(slots=True)
class Review:
    first_day: date
    last_day: date
    zone: ZoneInfo
    weeks: list[WeekFacts]
    weave_work: Grid = field(default_factory=empty_grid)
    weave_life: Grid = field(default_factory=empty_grid)
    heat: Grid = field(default_factory=empty_grid)
    heat_lost: Grid = field(default_factory=empty_grid)
    # Minutes disrupted where known (issue 21): each week's, of those that began in the range,
    # cut at its edges; and by when each struck, counted whole in that hour.
    disrupted_by_week: list[float] = field(default_factory=list)
    heat_length: Grid = field(default_factory=empty_grid)
    disruptions_by_cause: Counter[str] = field(default_factory=Counter)
    grown_causes: list[tuple[str, int, int]] = field(default_factory=list)  # cause, then, now
    months: list[MonthRow] = field(default_factory=list)
    circles: list[CircleGap] = field(default_factory=list)
    drifting: list[Drift] = field(default_factory=list)  # as of the range's end (or now)
    # Calls whose prompts were used, and next actions agreed (tracker/review/prompts.py).
    prompts_by_week: list[PromptRow] = field(default_factory=list)
    prompts_by_month: list[PromptRow] = field(default_factory=list)

    @property
    def work_min(self) -> float:
        return sum(w.work_min for w in self.weeks)

    @property
    def life_min(self) -> float:
        return sum(w.life_min for w in self.weeks)

    @property
    def disruptions(self) -> int:
        return sum(w.disruptions for w in self.weeks)

    @property
    def disrupted_min(self) -> float:
        return sum(self.disrupted_by_week)


def who_stays(person_id: str, people: Mapping[str, Person]) -> Person | None:
    """The person an entry's id stands for today: the one it was merged into, if it was;
    None when unknown or removed."""
    person = people.get(person_id)
    if person is not None and person.merged_into is not None:
        person = follow_merges(person, people)
    return None if person is None or person.deleted else person


def _add(total: Grid, part: Grid) -> None:
    for row, values in zip(total, part, strict=True):
        for hour, value in enumerate(values):
            row[hour] += value


def _halves(weeks: Sequence[WeekFacts]) -> list[tuple[str, int, int]]:
    """Causes with more disruptions in the later half of the weeks than in the earlier."""
    middle = len(weeks) // 2
    then: Counter[str] = Counter()
    later: Counter[str] = Counter()
    for week in weeks[:middle]:
        then.update(week.disruptions_by_cause)
    for week in weeks[middle:]:
        later.update(week.disruptions_by_cause)
    grown = [(c, then[c], later[c]) for c in later if later[c] > then[c]]
    return sorted(grown, key=lambda item: (item[1] - item[2], item[0]))


def _months(
    review: Review, contacts: list[Contact], people: Mapping[str, Person], live: int
) -> list[MonthRow]:
    rows: dict[date, MonthRow] = {}
    day = review.first_day
    while day <= review.last_day:
        month = day.replace(day=1)
        row = rows.setdefault(month, MonthRow(month, 0))
        row.days += 1
        day += timedelta(days=1)
    for contact in contacts:
        local = contact.start.astimezone(review.zone).date()
        row = rows[local.replace(day=1)]
        row.calls += contact.kind == "call"
        row.live_meetings += contact.kind == "meeting"
        row.contacts += contact.kind == "contact"
        for person_id in contact.people:
            person = who_stays(person_id, people)
            if person is not None and person.circle is not None:  # unsorted: not in the compass
                row.by_circle.setdefault(person.circle, Counter())[contact.kind] += 1
    for row in rows.values():
        row.live_wanted = round(row.days / live, 1)
    return sorted(rows.values(), key=lambda r: r.month)


def _circles(
    review: Review,
    contacts: list[Contact],
    people: Mapping[str, Person],
    settings: Settings,
    now: datetime,
) -> list[CircleGap]:
    last: dict[str, datetime] = {}
    for contact in contacts:
        for person_id in contact.people:
            person = who_stays(person_id, people)
            if person is not None and person.circle is not None and contact.start <= now:
                last[person.circle] = max(last.get(person.circle, contact.start), contact.start)
    start = local_day(review.first_day, review.zone).start
    until = min(now, local_day(review.last_day, review.zone).end)
    gaps = []
    # The journal's people_by_id also maps a merged-away id to the one who stays: each once.
    everyone = {p.id: p for p in people.values()}.values()
    for circle in CIRCLES:
        members = [
            p for p in everyone if p.circle == circle and not p.deleted and p.merged_into is None
        ]
        if not members:
            continue
        every = min(p.every_days or settings.default_every_days for p in members)
        seen = last.get(circle)
        # Never reached in the range: counted from its start, or from when the circle's first
        # person was added, if later (no one is overdue the day they are added).
        added = [parse_utc(p.created) for p in members if p.created]
        since = max(start, min(added)) if added and len(added) == len(members) else start
        days = (until - (seen or since)).days
        gaps.append(CircleGap(circle, len(members), every, seen, max(0, days), days > every))
    return gaps


def build_review(
    weeks: list[WeekFacts],
    people: Mapping[str, Person],
    settings: Settings,
    zone: ZoneInfo,
    now: datetime,
) -> Review:
    """The review of `weeks` (in order, at least one), with today's people and settings."""
    review = Review(weeks[0].first_day, weeks[-1].days[-1], zone, weeks)
    contacts = []
    for week in weeks:
        _add(review.weave_work, week.weave_work)
        _add(review.weave_life, week.weave_life)
        _add(review.heat, week.heat)
        _add(review.heat_lost, week.heat_lost)
        review.disruptions_by_cause.update(week.disruptions_by_cause)
        contacts.extend(week.contacts)
    spans = [span for week in weeks for span in week.lasting]
    # With those begun before the first week that last into it (the later weeks' are in the
    # spans of the week before them); they struck before the review, so not in heat_length.
    minutes = disrupted_by_week([*weeks[0].carried, *spans], [w.first_day for w in weeks], zone)
    review.disrupted_by_week = [minutes[w.first_day] for w in weeks]
    review.heat_length = length_by_strike(spans, zone)
    review.grown_causes = _halves(weeks)
    review.months = _months(review, contacts, people, settings.live_every_days)
    review.circles = _circles(review, contacts, people, settings, now)
    touches: dict[str, list[datetime]] = {}
    for contact in contacts:
        for person_id in contact.people:
            touches.setdefault(person_id, []).append(contact.start)
    until = min(now, local_day(review.last_day, zone).end)
    review.drifting = drifting(touches, people, settings.default_every_days, until)
    return review
