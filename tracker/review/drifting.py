"""Drifting: people whose gaps between contacts are growing. The gap since their last contact
is longer than the median of their gaps before it, and longer than their cadence; with fewer
than two gaps before it there is no rhythm to drift from. Plain rules, for the review and
`people list --drifting`."""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from tracker.kernel.merge import follow_merges
from tracker.kernel.model import Person
from tracker.kernel.vocabulary import CIRCLES

__all__ = ["Drift", "drifting", "drifting_by_circle"]

_FEWEST_GAPS = 2  # before the last one: one gap alone is no rhythm


@dataclass(frozen=True, slots=True)
class Drift:
    person: Person  # the one who stays
    circle: str | None  # None: not sorted yet
    every_days: int
    last: datetime  # their last contact
    days_since: int
    median_days: float  # of the gaps before the last one

    @property
    def ratio(self) -> float:
        """How far the last gap outgrows the usual one (the most drifting first)."""
        return self.days_since / max(self.median_days, 1.0)


def _stays(person_id: str, people: Mapping[str, Person]) -> Person | None:
    person = people.get(person_id)
    if person is not None and person.merged_into is not None:
        person = follow_merges(person, people)
    return None if person is None or person.deleted else person


def _order(drift: Drift) -> tuple[int, float, str]:
    circle = CIRCLES.index(drift.circle) if drift.circle in CIRCLES else len(CIRCLES)
    return circle, -drift.ratio, drift.person.name.casefold()


def drifting(
    touches: Mapping[str, Sequence[datetime]],
    people: Mapping[str, Person],
    default_every: int,
    now: datetime,
) -> list[Drift]:
    """`touches`: contact starts by person id (merged-away ids count for the one who stays);
    `people` every record by id. In the compass's circle order, unsorted last, the most
    drifting first within a circle."""
    starts: dict[str, set[datetime]] = {}
    stayed: dict[str, Person] = {}
    for person_id, moments in touches.items():
        person = _stays(person_id, people)
        if person is not None:
            stayed[person.id] = person
            starts.setdefault(person.id, set()).update(m for m in moments if m <= now)
    found = []
    for person_id, seen in starts.items():
        ordered = sorted(seen)
        gaps = [(after - before).days for before, after in itertools.pairwise(ordered)]
        if len(gaps) < _FEWEST_GAPS:
            continue
        person = stayed[person_id]
        every = person.every_days or default_every
        since = (now - ordered[-1]).days
        median = statistics.median(gaps)
        if since > median and since > every:
            found.append(Drift(person, person.circle, every, ordered[-1], since, median))
    return sorted(found, key=_order)


def drifting_by_circle(found: Sequence[Drift]) -> dict[str | None, list[Drift]]:
    """`drifting`'s list per circle, in its order (None, unsorted, last)."""
    grouped: dict[str | None, list[Drift]] = {}
    for drift in found:
        grouped.setdefault(drift.circle, []).append(drift)
    return grouped
