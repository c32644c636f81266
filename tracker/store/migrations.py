"""Forward migrations of a device folder: MIGRATIONS[n] turns schema n into schema n + 1.

Each runs under the folder's lock, after a full backup, and may be interrupted at any moment:
run again, it finishes the job without losing or duplicating anything.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tracker.store.atomic import fsync_dir
from tracker.store.layout import entry_keys
from tracker.store.records import canonical_time, raw_version
from tracker.store.storage import DamagedFileError, read_json_file, write_json_file

__all__ = ["MIGRATIONS", "split_month_files"]


def split_month_files(device_dir: Path) -> None:
    """Schema 1 -> 2: this device's month files become one file per UTC day of the start.

    A month at heavy use holds ~1,800 entries, and every log rewrote all of them; a day holds
    ~60. Each entry's newest version (across all month files) goes to its start day, and also
    to every day where any device folder still holds an older version of it: there it
    outvotes the stale copy, as schema 1's forwarding copy did in the month an entry left
    (a reader trusts a version only on its own start day, so it shows nowhere else). Day files
    are written, merged with any already there, before the month files go, so a crash in
    between leaves copies that the next run resolves. A damaged month file stays where it is:
    readers still read month files, and repair it.
    """
    _days, months = entry_keys(os.listdir(device_dir))
    records: list[dict[str, Any]] = []
    migrated: list[Path] = []
    for month in months:
        month_path = device_dir / f"entries-{month}.json"
        try:
            data = read_json_file(month_path) or {}
        except DamagedFileError as error:
            from tracker.kernel.logs import logger

            logger("dayweave.store").warning("left %s as it is: %s", month_path.name, error.code)
            continue
        migrated.append(month_path)
        for record in data.get("_default", {}).values():
            start = record.get("start")
            if not canonical_time(start):  # kept, on the month's first day
                record = {**record, "_day": f"{month}-01"}
            records.append(record)
    if not migrated:
        return
    newest = _newest_per_id(records)
    held = _days_holding(device_dir.parent, records)
    by_day: dict[str, list[dict[str, Any]]] = {}
    for record in newest:
        day = record.pop("_day", None) or record["start"][:10]
        for target in {day, *held.get(str(record.get("id")), ())}:
            by_day.setdefault(target, []).append(record)
    for day, day_records in sorted(by_day.items()):
        day_path = device_dir / f"entries-{day}.json"
        existing = list((read_json_file(day_path) or {}).get("_default", {}).values())
        write_json_file(day_path, _tinydb_table(_newest_per_id(existing + day_records)))
    for month_path in migrated:
        month_path.unlink()
    fsync_dir(device_dir)


def _days_holding(devices_dir: Path, own_records: list[dict[str, Any]]) -> dict[str, set[str]]:
    """For each id: the days on which some version of it lives, in any device folder."""
    held: dict[str, set[str]] = {}

    def note(record: dict[str, Any], day: str | None = None) -> None:
        start = record.get("start")
        day = day or (start[:10] if canonical_time(start) else None)
        if day is not None and isinstance(record.get("id"), str):
            held.setdefault(record["id"], set()).add(day)

    for record in own_records:
        note(record)
    for folder in sorted(devices_dir.iterdir()) if devices_dir.is_dir() else []:
        if not folder.is_dir():
            continue
        days, months = entry_keys(os.listdir(folder))
        for key in [*days, *months]:
            try:
                data = read_json_file(folder / f"entries-{key}.json") or {}
            except DamagedFileError:
                continue  # its owner repairs it; nothing of it can be outvoted today
            for record in data.get("_default", {}).values():
                # A day file's records live on that day; a month file's on their start days.
                note(record, key if len(key) == 10 else None)
    return held


def _newest_per_id(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per id, the newest by (rev, updated, device); shapeless records are kept."""
    newest: dict[str, dict[str, Any]] = {}
    shapeless: list[dict[str, Any]] = []
    for record in records:
        version = raw_version(record)
        if version is None:
            if record not in shapeless:  # a rerun after a crash must not copy it twice
                shapeless.append(record)
            continue
        current = newest.get(record["id"])
        if current is None or version > (raw_version(current) or version):  # kept: versioned
            newest[record["id"]] = record
    return [*newest.values(), *shapeless]


def _tinydb_table(records: list[dict[str, Any]]) -> dict[str, Any]:
    return {"_default": {str(number): record for number, record in enumerate(records, 1)}}


MIGRATIONS: dict[int, Callable[[Path], None]] = {1: split_month_files}
