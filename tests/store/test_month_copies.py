"""A sync tool's conflict copy of a schema-1 month file (issue 25, a leftover of the store's
review): another machine's older Dayweave keeps a file per month, and its conflict copy was
never read, so the entries only in it were lost to every reader (and to the owner after its
upgrade split the month into days)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tracker.kernel.codec import entry_to_record
from tracker.kernel.model import Entry
from tracker.store.journal import Journal

OLD, READER = "old-aaaaaa", "laptop-bbbbbb"
NOV_3 = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
COPY = "entries-2026-11.sync-conflict-20261104-101010-ABCDEFG.json"


def record(title: str, start: datetime, rev: int = 1, entry_id: str | None = None) -> dict:
    entry = Entry(kind="work", start=start, end=start + timedelta(hours=1), title=title, rev=rev,
                  updated=f"2026-11-0{rev}T00:00:00.000000Z", device=OLD)  # fmt: skip
    return entry_to_record(entry if entry_id is None else entry.with_changes(id=entry_id))


def write_tinydb(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"_default": {str(n): r for n, r in enumerate(records, 1)}}))
    path.chmod(0o600)


def month_and_copy(data: Path) -> Path:
    folder = data / "devices" / OLD
    shared = "a" * 32
    write_tinydb(folder / "entries-2026-11.json",
                 [record("here", NOV_3), record("shared, old", NOV_3 + timedelta(hours=2),
                                                1, shared)])  # fmt: skip
    write_tinydb(folder / COPY,
                 [record("only in the copy", NOV_3 + timedelta(hours=4)),
                  record("shared, new", NOV_3 + timedelta(hours=2), 2, shared)])  # fmt: skip
    (folder / "meta.json").write_text(json.dumps({"schema": 1, "device": OLD}))
    (folder / "meta.json").chmod(0o600)
    return folder


def titles(journal: Journal) -> list[str]:
    return sorted(e.title for e in journal.entries_between(NOV_3, NOV_3 + timedelta(days=1)))


def test_another_devices_month_copy_is_read_as_versions(tmp_path, clock):
    month_and_copy(tmp_path / "data")
    reader = Journal(tmp_path / "data", READER, clock).open()
    assert titles(reader) == ["here", "only in the copy", "shared, new"]
    reader.close()


def test_the_owner_upgrading_its_months_keeps_what_the_copy_holds(tmp_path, clock):
    folder = month_and_copy(tmp_path / "data")
    owner = Journal(tmp_path / "data", OLD, clock).open()  # splits its months into days
    owner.add(Entry(kind="disruption", start=clock.now(), cause="tech"))  # merges copies
    assert not (folder / COPY).exists()
    assert titles(owner) == ["here", "only in the copy", "shared, new"]
    owner.close()
