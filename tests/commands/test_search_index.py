"""Search through its index (tracker.review.index) finds what a search that reads every day
file finds, in the same parts, as history changes underneath it: edits, deletes, undo, moves,
people merged, another device's folder and a sync tool's conflict copies. A damaged index is
thrown away and built again."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tracker.commands import (
    AddPerson,
    Commands,
    DeleteEntry,
    EditEntry,
    Log,
    MergePeople,
    Undo,
)
from tracker.kernel.clock import FakeClock
from tracker.kernel.codec import entry_to_record
from tracker.review.index import indexed_search
from tracker.review.search import Query, search
from tracker.store.journal import Journal
from tracker.store.layout import day_key

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 12, 12, tzinfo=UTC)
LAPTOP, DESKTOP = "laptop-aaaaaa", "desktop-bbbbbb"
DAYS = [date(2026, 8, 3) + timedelta(days=n * 9) for n in range(10)]


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=AMS).astimezone(UTC)


def queries(journal: Journal) -> list[Query]:
    anna = [p.id for p in journal.people() if p.name == "Anna de Vries"]
    return [
        Query(text="zoe"),
        Query(text="PLAN"),
        Query(text="anna"),
        Query(text="lawaai"),  # a cause, in Dutch
        Query(text="noise plan"),
        Query(),
        Query(kinds=frozenset({"disruption"})),
        Query(people=frozenset(anna)),
        Query(text="plan", start=at(DAYS[2], 0), end=at(DAYS[6], 0)),
    ]


def same_as_reading(journal: Journal, index: Path) -> None:
    people = journal.people_by_id()
    for query in queries(journal):
        read = list(search(journal, query, people))
        indexed = list(indexed_search(journal, query, people, index))
        assert indexed == read, query


def history(door: Commands) -> list:
    door.run(AddPerson(name="Anna de Vries"))
    logged = []
    for n, day in enumerate(DAYS):
        title = "Plan Zoë" if n % 2 else f"plan {n}"
        logged += door.run(
            Log(kind="work", at=at(day, 9), until=at(day, 11), title=title, tz=AMS.key)
        ).stored
        logged += door.run(
            Log(kind="disruption", at=at(day, 10), cause="noise", title="oops", tz=AMS.key)
        ).stored
        door.run(Log(kind="contact", at=at(day, 12), names=[("Ans", None)], tz=AMS.key))
    return logged


def test_the_index_finds_what_reading_finds_as_history_changes(tmp_path):
    index = tmp_path / "cache" / "search.sqlite"
    journal = Journal(tmp_path / "data", LAPTOP, FakeClock(NOW)).open()
    door = Commands(journal, journal.clock)
    logged = history(door)
    same_as_reading(journal, index)
    assert index.stat().st_mode & 0o777 == 0o600
    first, disruption, moved = logged[0], logged[1], logged[2]
    door.run(EditEntry(entry_id=first.id, changes={"title": "Zoe's plan"}, near=first.start))
    door.run(DeleteEntry(entry_id=disruption.id, near=disruption.start))
    same_as_reading(journal, index)
    door.run(Undo())
    door.run(
        EditEntry(
            entry_id=moved.id,
            changes={"start": at(DAYS[-1], 14), "end": at(DAYS[-1], 15)},
            near=moved.start,
        )
    )
    door.run(MergePeople(name="Ans", into="Anna de Vries"))
    same_as_reading(journal, index)
    journal.close()


def test_another_devices_folder_and_its_conflict_copies_are_searched(tmp_path):
    index = tmp_path / "search.sqlite"
    laptop = Journal(tmp_path / "data", LAPTOP, FakeClock(NOW)).open()
    desktop = Journal(tmp_path / "data", DESKTOP, FakeClock(NOW)).open()
    logged = history(Commands(laptop, laptop.clock))
    same_as_reading(laptop, index)
    Commands(desktop, desktop.clock).run(
        Log(kind="work", at=at(DAYS[3], 14), until=at(DAYS[3], 15), title="zoe", tz=AMS.key)
    )
    block = logged[0]
    newer = block.with_changes(
        title="plan for Zoe", rev=block.rev + 5, updated="2026-11-11T00:00:00.000000Z",
        device=DESKTOP,
    )  # fmt: skip
    name = f"entries-{day_key(block.start)}.sync-conflict-20261111-120000-ABCDEFG.json"
    copy = {"_default": {"1": entry_to_record(newer)}}
    (tmp_path / "data" / "devices" / DESKTOP / name).write_text(json.dumps(copy))
    same_as_reading(laptop, index)
    found = [e.title for part in indexed_search(laptop, Query(text="zoe"), {}, index) for e in part]
    assert "plan for Zoe" in found
    desktop.close()
    laptop.close()


def test_a_damaged_index_is_thrown_away_and_built_again(tmp_path):
    index = tmp_path / "search.sqlite"
    journal = Journal(tmp_path / "data", LAPTOP, FakeClock(NOW)).open()
    history(Commands(journal, journal.clock))
    index.write_bytes(b"not a database at all, but the bytes of something else" * 100)
    same_as_reading(journal, index)
    with sqlite3.connect(index) as db:
        assert db.execute("SELECT count(*) FROM days").fetchone()[0] == len(DAYS)
    # One of another layout (an older Dayweave's) as well.
    with sqlite3.connect(index) as db:
        db.execute("PRAGMA user_version = 99")
    same_as_reading(journal, index)
    journal.close()


def test_a_day_file_removed_leaves_the_index_too(tmp_path):
    index = tmp_path / "search.sqlite"
    journal = Journal(tmp_path / "data", LAPTOP, FakeClock(NOW)).open()
    logged = history(Commands(journal, journal.clock))
    same_as_reading(journal, index)
    journal.close()
    (tmp_path / "data" / "devices" / LAPTOP / f"entries-{day_key(logged[0].start)}.json").unlink()
    journal = Journal(tmp_path / "data", LAPTOP, FakeClock(NOW)).open()
    same_as_reading(journal, index)
    journal.close()


def test_a_journal_in_memory_is_searched_by_reading(tmp_path):
    from tracker.store.tinystorage import MemoryFiles

    index = tmp_path / "search.sqlite"
    journal = Journal(tmp_path / "data", LAPTOP, FakeClock(NOW), memory=MemoryFiles()).open()
    history(Commands(journal, journal.clock))
    same_as_reading(journal, index)
    with sqlite3.connect(index) as db:  # its files have no stamps to keep a day under
        assert db.execute("SELECT count(*) FROM entries").fetchone()[0] == 0
    journal.close()
