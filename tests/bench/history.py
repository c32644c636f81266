"""Five years of heavy use, written straight into month files (logging it would take hours).

About 60 entries a day: two to six work/life switches, calls and live meetings with people,
contacts, disruptions with their causes. Deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tracker.kernel.codec import entry_to_record, person_to_record
from tracker.kernel.model import CAUSES, CIRCLES, Entry, Person
from tracker.store.atomic import atomic_write
from tracker.store.journal import SCHEMA_VERSION
from tracker.store.layout import day_key

__all__ = ["DEVICE", "generate_history", "write_day_files", "write_single_file"]

DEVICE = "bench-aaaaaa"
ZONE = "Europe/Amsterdam"


def _stamp(entry: Entry) -> Entry:
    return entry.with_changes(rev=1, updated="2026-01-01T00:00:00.000000Z", device=DEVICE)


def generate_history(
    end: datetime, years: int = 5, seed: int = 5
) -> tuple[list[Entry], list[Person]]:
    rng = random.Random(seed)
    people = [
        Person(name=f"Person {n}", circle=CIRCLES[n % len(CIRCLES)], every_days=14, rev=1,
               updated="2026-01-01T00:00:00.000000Z", device=DEVICE)
        for n in range(80)
    ]  # fmt: skip
    entries: list[Entry] = []
    day = (end - timedelta(days=365 * years)).replace(hour=6, minute=0, second=0, microsecond=0)
    while day < end:
        moment = day
        for _block in range(rng.randint(11, 15)):  # work and life alternate through the day
            length = timedelta(minutes=rng.randint(20, 90))
            kind = "work" if _block % 2 == 0 else "life"
            entries.append(_stamp(Entry(kind=kind, start=moment, end=moment + length, tz=ZONE,
                                        title=f"{kind} block {rng.randint(1, 999)}")))  # fmt: skip
            moment += length
        for _ in range(rng.randint(14, 20)):
            start = day + timedelta(minutes=rng.randint(0, 16 * 60))
            kind = rng.choice(["call", "call", "meeting", "contact", "contact"])
            end_at = None if kind == "contact" else start + timedelta(minutes=rng.randint(10, 60))
            who = (rng.choice(people).id,)
            entries.append(
                _stamp(Entry(kind=kind, start=start, end=end_at, tz=ZONE, people=who, title="talk"))
            )
        for _ in range(rng.randint(26, 32)):
            start = day + timedelta(minutes=rng.randint(0, 16 * 60))
            cause = rng.choice(CAUSES)
            entries.append(
                _stamp(Entry(kind="disruption", start=start, tz=ZONE, cause=cause, title="oops"))
            )
        day += timedelta(days=1)
    return [e for e in entries if e.start < end], people


def _tinydb(records: list[dict]) -> bytes:
    table = {str(n + 1): record for n, record in enumerate(records)}
    return json.dumps({"_default": table}, ensure_ascii=False, separators=(",", ":")).encode()


def write_day_files(data_dir: Path, entries: list[Entry], people: list[Person]) -> None:
    """The data folder as Dayweave lays it out: one TinyDB file per UTC day of the start."""
    folder = data_dir / "devices" / DEVICE
    folder.mkdir(parents=True, exist_ok=True)
    by_day: dict[str, list[dict]] = defaultdict(list)
    for entry in entries:
        by_day[day_key(entry.start)].append(entry_to_record(entry))
    for key, records in by_day.items():
        atomic_write(folder / f"entries-{key}.json", _tinydb(records))
    atomic_write(folder / "people.json", _tinydb([person_to_record(p) for p in people]))
    meta = {"schema": SCHEMA_VERSION, "device": DEVICE}
    atomic_write(folder / "meta.json", json.dumps(meta).encode())


def write_single_file(path: Path, entries: list[Entry]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, _tinydb([entry_to_record(e) for e in entries]))


if __name__ == "__main__":
    history, _people = generate_history(datetime(2026, 11, 26, tzinfo=UTC))
    print(len(history), "entries")
