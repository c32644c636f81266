"""Schema 1 (a file per month) to schema 2 (a file per day): nothing lost, nothing doubled."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tracker.kernel.codec import entry_to_record
from tracker.kernel.model import Entry
from tracker.store.journal import SCHEMA_VERSION, Journal
from tracker.store.migrations import split_month_files

DEVICE = "laptop-aaaaaa"
NOV_3 = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


def record(title: str, start: datetime, *, rev: int = 1, entry_id: str | None = None) -> dict:
    entry = Entry(kind="work", start=start, end=start + timedelta(hours=1), title=title, rev=rev,
                  updated=f"2026-11-0{rev}T00:00:00.000000Z", device=DEVICE)  # fmt: skip
    if entry_id is not None:
        entry = entry.with_changes(id=entry_id)
    return entry_to_record(entry)


def write_tinydb(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    table = {str(n): r for n, r in enumerate(records, 1)}
    path.write_text(json.dumps({"_default": table}))


def schema_1_folder(data: Path, device: str = DEVICE) -> Path:
    folder = data / "devices" / device
    moved_id = "a" * 32
    # An entry moved from October to November: its newest version in November, a stale forwarding
    # copy left in October (schema 1 wrote both).
    write_tinydb(
        folder / "entries-2026-10.json",
        [record("october", datetime(2026, 10, 30, 8, 0, tzinfo=UTC)),
         record("moved, old", NOV_3, rev=1, entry_id=moved_id)],
    )  # fmt: skip
    write_tinydb(
        folder / "entries-2026-11.json",
        [record("the 3rd", NOV_3 + timedelta(hours=2)),
         record("moved, new", NOV_3, rev=2, entry_id=moved_id),
         record("the 26th", datetime(2026, 11, 26, 23, 30, tzinfo=UTC))],
    )  # fmt: skip
    (folder / "meta.json").write_text(json.dumps({"schema": 1, "device": device}))
    return folder


def titles(journal: Journal, first: datetime, last: datetime) -> list[str]:
    return sorted(e.title for e in journal.entries_between(first, last))


def test_opening_a_schema_1_folder_splits_its_months_into_days(tmp_path, clock):
    folder = schema_1_folder(tmp_path / "data")
    journal = Journal(tmp_path / "data", DEVICE, clock).open()
    names = sorted(p.name for p in folder.glob("entries-*.json"))
    assert names == ["entries-2026-10-30.json", "entries-2026-11-03.json",
                     "entries-2026-11-26.json"]  # fmt: skip
    assert json.loads(journal.layout.meta_file.read_text())["schema"] == SCHEMA_VERSION == 2
    nov_3 = json.loads((folder / "entries-2026-11-03.json").read_text())["_default"]
    assert sorted(r["title"] for r in nov_3.values()) == ["moved, new", "the 3rd"]
    everything = titles(
        journal, datetime(2026, 10, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)
    )
    assert everything == ["moved, new", "october", "the 26th", "the 3rd"]
    # The migration ran after a full backup that holds the month files as they were.
    [snapshot] = journal.backups.snapshots()
    assert {"entries-2026-10.json", "entries-2026-11.json"} <= {p.name for p in snapshot.iterdir()}


def test_a_migration_interrupted_after_some_days_finishes_without_doubling(tmp_path):
    folder = schema_1_folder(tmp_path / "data")
    month = json.loads((folder / "entries-2026-11.json").read_text())["_default"]
    # Killed after writing the 3rd but before removing the month file:
    write_tinydb(folder / "entries-2026-11-03.json", [month["1"], month["2"]])
    split_month_files(folder)
    nov_3 = json.loads((folder / "entries-2026-11-03.json").read_text())["_default"]
    assert sorted(r["title"] for r in nov_3.values()) == ["moved, new", "the 3rd"]
    assert not (folder / "entries-2026-11.json").exists()


def test_a_damaged_month_file_stays_to_be_repaired_by_readers(tmp_path, clock):
    folder = schema_1_folder(tmp_path / "data")
    (folder / "entries-2026-10.json").write_bytes(b"\x00" * 40)
    split_month_files(folder)
    assert (folder / "entries-2026-10.json").read_bytes() == b"\x00" * 40
    assert (folder / "entries-2026-11-26.json").exists()


def test_another_devices_folder_not_yet_upgraded_is_read_through_its_month_files(tmp_path, clock):
    schema_1_folder(tmp_path / "data", device="desktop-bbbbbb")
    mine = Journal(tmp_path / "data", DEVICE, clock).open()
    assert titles(mine, NOV_3, NOV_3 + timedelta(days=1)) == ["moved, new", "the 3rd"]
    october_30 = datetime(2026, 10, 30, tzinfo=UTC)
    assert titles(mine, october_30, october_30 + timedelta(days=1)) == ["october"]
    # Only the owner migrates its folder.
    assert (tmp_path / "data" / "devices" / "desktop-bbbbbb" / "entries-2026-11.json").exists()
    # An edit here of their entry lands in this device's day file and wins from now on.
    [theirs] = [e for e in mine.entries_between(NOV_3, NOV_3 + timedelta(hours=1))]
    mine.update(theirs.with_changes(title="edited here"))
    assert "edited here" in titles(mine, NOV_3, NOV_3 + timedelta(days=1))


def ids_between(journal: Journal, first: datetime, days: int) -> list[tuple[str, int]]:
    return [(e.id, e.rev) for e in journal.entries_between(first, first + timedelta(days=days))]


def test_a_stale_forwarding_copy_does_not_come_back_as_a_second_entry(tmp_path, clock):
    """Schema 1 moved an entry Oct 30 -> Nov 3 (a forwarding copy of rev 2 stayed in October),
    then Nov 3 -> Nov 20 within November (rev 3). Only Nov 20 may show it."""
    folder = tmp_path / "data" / "devices" / DEVICE
    moved = "b" * 32
    write_tinydb(folder / "entries-2026-10.json", [record("moved", NOV_3, rev=2, entry_id=moved)])
    nov_20 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    write_tinydb(folder / "entries-2026-11.json", [record("moved", nov_20, rev=3, entry_id=moved)])
    (folder / "meta.json").write_text(json.dumps({"schema": 1, "device": DEVICE}))
    journal = Journal(tmp_path / "data", DEVICE, clock).open()
    assert ids_between(journal, datetime(2026, 10, 26, tzinfo=UTC), 14) == []
    assert ids_between(journal, nov_20 - timedelta(hours=9), 1) == [(moved, 3)]
    journal.delete(journal.get(moved, near=nov_20))
    assert ids_between(journal, datetime(2026, 10, 26, tzinfo=UTC), 35) == []


def test_another_devices_older_version_stays_outvoted_after_the_split(tmp_path, clock):
    """Device B (still schema 1) holds rev 1 on Oct 30; this device moved it to Nov 3."""
    data = tmp_path / "data"
    moved = "c" * 32
    oct_30 = datetime(2026, 10, 30, 9, 0, tzinfo=UTC)
    theirs = data / "devices" / "desktop-bbbbbb"
    write_tinydb(theirs / "entries-2026-10.json", [record("moved", oct_30, entry_id=moved)])
    (theirs / "meta.json").write_text(json.dumps({"schema": 1, "device": "desktop-bbbbbb"}))
    mine = data / "devices" / DEVICE
    write_tinydb(mine / "entries-2026-10.json", [record("moved", NOV_3, rev=2, entry_id=moved)])
    write_tinydb(mine / "entries-2026-11.json", [record("moved", NOV_3, rev=2, entry_id=moved)])
    (mine / "meta.json").write_text(json.dumps({"schema": 1, "device": DEVICE}))
    journal = Journal(data, DEVICE, clock).open()
    assert not list(mine.glob("entries-????-??.json")), "own month files are split"
    assert ids_between(journal, datetime(2026, 10, 26, tzinfo=UTC), 7) == []
    assert ids_between(journal, datetime(2026, 11, 2, tzinfo=UTC), 7) == [(moved, 2)]
