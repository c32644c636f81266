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
    """Schema 1 -> 2: each month file becomes one file per UTC day of its entries' start.

    A month at heavy use holds ~1,800 entries, and every log rewrote all of them; a day holds
    ~60. Day files are written (merged with any day file already there) before the month file
    goes, so a crash in between leaves copies that the next run or the reader's merge resolves.
    A damaged month file stays where it is: readers still read month files, and repair it.
    """
    _days, months = entry_keys(os.listdir(device_dir))
    for month in months:
        month_path = device_dir / f"entries-{month}.json"
        try:
            data = read_json_file(month_path) or {}
        except DamagedFileError as error:
            import logging

            logging.getLogger(__name__).warning("left %s as it is: %s", month_path.name, error)
            continue
        by_day: dict[str, list[dict[str, Any]]] = {}
        for record in data.get("_default", {}).values():
            start = record.get("start")
            # A record without a readable start is kept, on the month's first day.
            day = start[:10] if canonical_time(start) else f"{month}-01"
            by_day.setdefault(day, []).append(record)
        for day, records in sorted(by_day.items()):
            day_path = device_dir / f"entries-{day}.json"
            existing = list((read_json_file(day_path) or {}).get("_default", {}).values())
            write_json_file(day_path, _tinydb_table(_newest_per_id(existing + records)))
        month_path.unlink()
        fsync_dir(device_dir)


def _newest_per_id(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per id, the newest by (rev, updated, device); shapeless records are kept."""
    newest: dict[str, dict[str, Any]] = {}
    shapeless = []
    for record in records:
        version = raw_version(record)
        if version is None:
            if record not in shapeless:  # a rerun after a crash must not copy it twice
                shapeless.append(record)
            continue
        current = newest.get(record["id"])
        if current is None or version > raw_version(current):
            newest[record["id"]] = record
    return [*newest.values(), *shapeless]


def _tinydb_table(records: list[dict[str, Any]]) -> dict[str, Any]:
    return {"_default": {str(number): record for number, record in enumerate(records, 1)}}


MIGRATIONS: dict[int, Callable[[Path], None]] = {1: split_month_files}
