"""A cold review reads its weeks in one pass (tracker.review.cache: one read of every day file,
shared out by where each entry lies, the cycle collector paused); every number of every week
must be what reading that week alone and summing it gives. The history is varied: two device
folders, a sync tool's conflict copy with a newer version, an entry moved across weeks, a
deletion, a damaged record (skipped as the store skips it), a block over midnight and the
weeks the clocks change."""

from __future__ import annotations

import json
from dataclasses import astuple
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tracker.commands import AddPerson, Commands, DeleteEntry, EditEntry, Log
from tracker.kernel.clock import FakeClock
from tracker.kernel.codec import entry_to_record
from tracker.kernel.days import week_days
from tracker.kernel.model import Entry
from tracker.review.cache import WeekCache
from tracker.review.load import weeks_from_to
from tracker.review.weeks import week_facts
from tracker.store.journal import Journal
from tracker.store.layout import day_key
from tracker.timeline.summary import summarize_week

AMS = ZoneInfo("Europe/Amsterdam")
# From before the clocks went forward (29 March) to after they went back (25 October).
FIRSTS = weeks_from_to(date(2026, 3, 16), date(2026, 11, 1), 0)
NOW = datetime(2026, 11, 12, 12, tzinfo=UTC)  # every week closed
LAPTOP, DESKTOP = "laptop-aaaaaa", "desktop-bbbbbb"


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=AMS).astimezone(UTC)


def _log(door: Commands, kind: str, start: datetime, minutes: int = 0, **more: object) -> Entry:
    until = start + timedelta(minutes=minutes) if minutes else None
    (entry,) = door.run(Log(kind=kind, at=start, until=until, tz=AMS.key, **more)).stored
    return entry


def _a_day(door: Commands, day: date, number: int, anna: str) -> list[Entry]:
    """A woven day: blocks, a call, a contact, disruptions (one that lasted)."""
    made = [
        _log(door, "work", at(day, 8, number % 50), 95),
        _log(door, "life", at(day, 10), 45),
        _log(door, "work", at(day, 11), 120 + number % 90),
        _log(door, "call", at(day, 14), 30, person_ids=(anna,)),
        _log(door, "contact", at(day, 16, 5), person_ids=(anna,)),
        _log(door, "disruption", at(day, 9, 10), number % 20 + 1, cause="tech"),
    ]
    if number % 3 == 0:
        made.append(_log(door, "disruption", at(day, 13), cause="noise"))
    return made


def _write_beside(folder: Path, name: str, *records: dict) -> None:
    table = {str(n + 1): record for n, record in enumerate(records)}
    (folder / name).write_text(json.dumps({"_default": table}))


def _history(root: Path) -> None:
    laptop = Journal(root, LAPTOP, FakeClock(NOW)).open()
    desktop = Journal(root, DESKTOP, FakeClock(NOW)).open()
    doors = [Commands(laptop, laptop.clock), Commands(desktop, desktop.clock)]
    (anna,) = doors[0].run(AddPerson(name="Anna", circle="leadership")).people_added
    anna = anna.id
    made: list[Entry] = []
    for number, first in enumerate(FIRSTS):
        for offset in (0, 2, 5):  # a weekday, another, a Sunday
            door = doors[(number + offset) % 2]
            made += _a_day(door, first + timedelta(days=offset), number, anna)
    # A block over midnight, the night the clocks go back.
    made.append(_log(doors[0], "life", at(date(2026, 10, 24), 22), 240))
    # An entry moved three weeks on, by the desktop; one deleted by the laptop.
    moved = made[7]
    assert moved.end is not None
    later = {"start": moved.start + timedelta(weeks=3), "end": moved.end + timedelta(weeks=3)}
    doors[1].run(EditEntry(entry_id=moved.id, changes=later, near=moved.start))
    doors[0].run(DeleteEntry(entry_id=made[30].id, near=made[30].start))
    # The desktop's newer version of a laptop block, left by the sync tool as a conflict copy.
    block = made[60]
    newer = block.with_changes(
        rev=block.rev + 1, updated="2026-11-11T00:00:00.000000Z", device=DESKTOP,
        end=block.start + timedelta(minutes=20),
    )  # fmt: skip
    copy = f"entries-{day_key(block.start)}.sync-conflict-20261111-120000-ABCDEFG.json"
    _write_beside(root / "devices" / DESKTOP, copy, entry_to_record(newer))
    # A damaged record (a control character in its title) in a day of its own: never counted.
    damaged = entry_to_record(made[90].with_changes(id="d" * 32, title="bad\x07title"))
    _write_beside(root / "devices" / DESKTOP, f"entries-{day_key(made[90].start)}.json", damaged)
    laptop.close()
    desktop.close()


def test_weeks_read_in_one_pass_equal_each_week_read_alone(tmp_path):
    _history(tmp_path)
    journal = Journal(tmp_path, LAPTOP, FakeClock(NOW)).open()
    cache = WeekCache(journal)
    together = cache.weeks(FIRSTS, AMS, NOW)
    assert cache.reads == len(FIRSTS)
    for first, facts in zip(FIRSTS, together, strict=True):
        days = week_days(first, AMS)
        alone = journal.entries_between(days[0].start, days[-1].end)
        expected = week_facts(summarize_week(alone, {}, first, AMS, NOW), NOW)
        assert astuple(facts) == astuple(expected), first
    assert sum(f.work_min for f in together) > 0
    assert sum(len(f.contacts) for f in together) > 5 * len(FIRSTS)
    # The damaged record is skipped by the store's reader, and so by the review.
    everything = journal.entries_between(at(FIRSTS[0], 0), at(FIRSTS[-1] + timedelta(days=7), 0))
    assert "d" * 32 not in {e.id for e in everything}
    journal.close()
