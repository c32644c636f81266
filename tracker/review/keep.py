"""The review's closed weeks kept between runs, beside nothing of the user's data: a private
file in the user's cache folder (`$XDG_CACHE_HOME/dayweave/review/<folder key>.json`), so
`dayweave review` and the app's first review read only the weeks whose day files changed since.

A week is kept under a digest of its day files' versions; a file that is damaged, odd or from
another version is ignored (and written anew), never trusted: at worst every week is read."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tracker.review.weeks import Contact, WeekFacts

__all__ = ["facts_from_record", "facts_to_record", "read_kept", "version_key", "write_kept"]

# 2: each week keeps the days its entries moved from; 3: and its `lasting`; 4: and `carried`
_FORMAT = 4
_MAX_BYTES = 32 << 20


def version_key(versions: Any) -> str | None:
    """A digest of a week's day-file versions; None when they cannot be kept (memory)."""
    try:
        text = json.dumps(versions, separators=(",", ":"))
    except (TypeError, ValueError):
        return None
    return hashlib.sha256(text.encode()).hexdigest()


def facts_to_record(facts: WeekFacts) -> dict[str, Any]:
    return {
        "first_day": facts.first_day.isoformat(),
        "days": [d.isoformat() for d in facts.days],
        "totals": [
            facts.work_min,
            facts.life_min,
            facts.switches,
            facts.disruptions,
            facts.lost_min,
        ],
        "day_work": facts.day_work,
        "day_life": facts.day_life,
        "day_switches": facts.day_switches,
        "by_cause": dict(facts.disruptions_by_cause),
        "grids": [facts.weave_work, facts.weave_life, facts.heat, facts.heat_lost],
        "contacts": [
            [c.entry_id, c.kind, c.start.isoformat(), list(c.people)] for c in facts.contacts
        ],
        "lasting": [[start.isoformat(), until.isoformat()] for start, until in facts.lasting],
        "carried": [[start.isoformat(), until.isoformat()] for start, until in facts.carried],
    }


def _grid(value: Any) -> list[list[float]]:
    if len(value) != 7 or any(len(row) != 24 for row in value):
        raise ValueError("not a week's grid")
    return [[float(v) for v in row] for row in value]


def _spans(value: Any) -> list[tuple[datetime, datetime]]:
    return [(datetime.fromisoformat(begin), datetime.fromisoformat(end)) for begin, end in value]


def facts_from_record(record: dict[str, Any]) -> WeekFacts:
    """ValueError, KeyError or TypeError for anything not written by facts_to_record."""
    work, life, switches, disruptions, lost = record["totals"]
    facts = WeekFacts(
        date.fromisoformat(record["first_day"]), [date.fromisoformat(d) for d in record["days"]]
    )
    facts.work_min, facts.life_min = float(work), float(life)
    facts.switches, facts.disruptions, facts.lost_min = int(switches), int(disruptions), int(lost)
    facts.day_work = [float(v) for v in record["day_work"]]
    facts.day_life = [float(v) for v in record["day_life"]]
    facts.day_switches = [int(v) for v in record["day_switches"]]
    facts.disruptions_by_cause = Counter({str(k): int(v) for k, v in record["by_cause"].items()})
    grids = [_grid(g) for g in record["grids"]]
    facts.weave_work, facts.weave_life, facts.heat, facts.heat_lost = grids
    facts.contacts = [
        Contact(str(i), str(kind), datetime.fromisoformat(start), tuple(str(p) for p in people))
        for i, kind, start, people in record["contacts"]
    ]
    facts.lasting, facts.carried = _spans(record["lasting"]), _spans(record["carried"])
    if (
        len(facts.days) != 7
        or len(facts.day_work) != 7
        or any(c.start.tzinfo is None for c in facts.contacts)
        or any(s.tzinfo is None or u.tzinfo is None for s, u in facts.lasting + facts.carried)
    ):
        raise ValueError("not a week")
    return facts


def read_kept(path: Path) -> dict[tuple[date, str], tuple[str, WeekFacts, tuple[str, ...]]]:
    """The weeks kept in `path`; none when it is missing, damaged or odd."""
    from tracker.store.storage import read_no_follow

    try:
        data = read_no_follow(path)
        if len(data) > _MAX_BYTES:
            return {}
        kept = json.loads(data)
        if kept.get("format") != _FORMAT:
            return {}
        return {
            (date.fromisoformat(first), str(zone)): (
                str(key),
                facts_from_record(record),
                tuple(str(day) for day in moved),
            )
            for first, zone, key, record, moved in kept["weeks"]
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return {}


def write_kept(
    path: Path, weeks: dict[tuple[date, str], tuple[str, WeekFacts, tuple[str, ...]]]
) -> None:
    """Best effort: a cache that cannot be written costs the next review its reading only."""
    from tracker.store.private import write_private

    record = {
        "format": _FORMAT,
        "weeks": [
            [first.isoformat(), zone, key, facts_to_record(facts), list(moved)]
            for (first, zone), (key, facts, moved) in weeks.items()
        ],
    }
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_private(path, json.dumps(record, separators=(",", ":")).encode())
    except (OSError, ValueError):
        pass
