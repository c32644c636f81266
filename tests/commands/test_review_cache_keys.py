"""The review's kept weeks (tracker.review.cache) stay true to the files a fresh read reads:
another device's Syncthing conflict copy, and a newer version left on the day an entry moved
from (`moved_from`), both change a closed week that was kept."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tracker.commands import Commands, EditEntry, Log
from tracker.kernel.clock import FakeClock
from tracker.kernel.codec import entry_to_record
from tracker.kernel.model import Entry
from tracker.review.cache import WeekCache
from tracker.review.keep import read_kept, write_kept
from tracker.review.load import load_review, weeks_from_to
from tracker.store.journal import Journal
from tracker.store.layout import day_key

AMS = ZoneInfo("Europe/Amsterdam")
FIRSTS = weeks_from_to(date(2026, 10, 12), date(2026, 11, 8), 0)
NOW = datetime(2026, 11, 12, 12, tzinfo=UTC)  # every week closed
LAPTOP, DESKTOP = "laptop-aaaaaa", "desktop-bbbbbb"


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=AMS).astimezone(UTC)


def _work(journal: Journal, cache: WeekCache) -> list[float]:
    return [w.work_min for w in load_review(journal, cache, FIRSTS, AMS, NOW).weeks]


def _fresh(folder: Path) -> list[float]:
    journal = Journal(folder, LAPTOP, FakeClock(NOW)).open()  # no new folder
    try:
        return _work(journal, WeekCache(journal))
    finally:
        journal.close()


def _write_day(path: Path, *entries: Entry) -> None:
    table = {str(n + 1): entry_to_record(e) for n, e in enumerate(entries)}
    path.write_text(json.dumps({"_default": table}))


def _newer(entry: Entry, **changes: object) -> Entry:
    return entry.with_changes(
        rev=entry.rev + 1, updated="2026-11-11T00:00:00.000000Z", device=DESKTOP, **changes
    )


def test_a_conflict_copy_in_another_devices_folder_changes_a_kept_week(tmp_path):
    laptop = Journal(tmp_path, LAPTOP, FakeClock(NOW)).open()
    Journal(tmp_path, DESKTOP, FakeClock(NOW)).open().close()  # the desktop's folder
    monday = FIRSTS[0]
    (block,) = (
        Commands(laptop, laptop.clock)
        .run(Log(kind="work", at=at(monday, 9), until=at(monday, 11), tz=AMS.key))
        .stored
    )
    cache = WeekCache(laptop)
    assert _work(laptop, cache)[0] == 120
    # Syncthing leaves the desktop's newer version beside the desktop's (missing) day file.
    name = f"entries-{day_key(block.start)}.sync-conflict-20261111-120000-ABCDEFG.json"
    _write_day(tmp_path / "devices" / DESKTOP / name, _newer(block, end=at(monday, 10)))
    assert _work(laptop, cache) == _fresh(tmp_path)
    assert _work(laptop, cache)[0] == 60
    laptop.close()


def test_a_newer_version_on_the_day_an_entry_moved_from_changes_a_kept_week(tmp_path):
    laptop = Journal(tmp_path, LAPTOP, FakeClock(NOW)).open()
    Journal(tmp_path, DESKTOP, FakeClock(NOW)).open().close()
    door = Commands(laptop, laptop.clock)
    august = date(2026, 8, 3)  # far before every reviewed week and its look-back
    (block,) = door.run(Log(kind="work", at=at(august, 9), until=at(august, 11), tz=AMS.key)).stored
    last = FIRSTS[-1]
    door.run(
        EditEntry(
            entry_id=block.id,
            changes={"start": at(last, 9), "end": at(last, 11)},
            near=block.start,
        )
    )
    laptop.close()
    kept = tmp_path / "cache" / "review.json"
    reader = Journal(tmp_path, LAPTOP, FakeClock(NOW)).open()  # the app, started again
    cache = WeekCache(reader)
    assert _work(reader, cache)[-1] == 120
    write_kept(kept, cache.kept)
    # The desktop had not seen the move: its newer version stays in August.
    current = reader.get(block.id, near=at(last, 9))
    august_file = tmp_path / "devices" / DESKTOP / f"entries-{day_key(block.start)}.json"
    _write_day(august_file, _newer(current, start=block.start, end=block.end, extra={}))
    assert _fresh(tmp_path)[-1] == 0
    assert _work(reader, cache) == _fresh(tmp_path)  # the same process
    reader.close()
    # The next process, with the weeks kept by the last: the old day is looked at too.
    again = Journal(tmp_path, LAPTOP, FakeClock(NOW)).open()
    cache = WeekCache(again)
    cache.kept.update(read_kept(kept))
    assert _work(again, cache) == _fresh(tmp_path)
    again.close()


def test_weeks_read_unchanged_are_not_read_again_with_their_moved_days(tmp_path):
    laptop = Journal(tmp_path, LAPTOP, FakeClock(NOW)).open()
    door = Commands(laptop, laptop.clock)
    august = date(2026, 8, 3)
    (block,) = door.run(Log(kind="work", at=at(august, 9), until=at(august, 11), tz=AMS.key)).stored
    last = FIRSTS[-1]
    door.run(
        EditEntry(entry_id=block.id, changes={"start": at(last, 9), "end": at(last, 11)},
                  near=block.start)
    )  # fmt: skip
    kept = tmp_path / "review.json"
    cache = WeekCache(laptop)
    _work(laptop, cache)
    write_kept(kept, cache.kept)
    cache = WeekCache(laptop)
    cache.kept.update(read_kept(kept))
    assert _work(laptop, cache)[-1] == 120 and cache.reads == 0
    laptop.close()
