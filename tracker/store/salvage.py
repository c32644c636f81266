"""What can still be read from a damaged TinyDB file: its records that readers would take.

A restore from backup would otherwise drop whatever was logged after the backup; these are
merged back in, the newest version of each id winning as readers decide (rev, updated, device).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from tracker.store.records import raw_version

__all__ = ["merge_newest", "salvage_records"]

# Where a record starts in TinyDB's layout: its numeric doc id, then its object.
_RECORD_START = re.compile(r'"\d+"\s*:\s*\{')


def _candidates(raw: bytes) -> list[Any]:
    # Zero bytes are what a crash can leave in place of what was not yet on disk.
    text = raw.replace(b"\x00", b"").decode("utf-8", "replace")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError, MemoryError):
        data = None
    if isinstance(data, dict):  # JSON, of the wrong shape: only Dayweave's own table counts
        table = data.get("_default")
        return list(table.values()) if isinstance(table, dict) else []
    # Not JSON (cut short, garbled): every record object that still parses on its own.
    decoder = json.JSONDecoder()
    found = []
    for match in _RECORD_START.finditer(text):
        try:
            record, _end = decoder.raw_decode(text, match.end() - 1)
        except (ValueError, RecursionError, MemoryError):
            continue
        found.append(record)
    return found


def salvage_records(raw: bytes, read: Callable[[dict[str, Any]], Any]) -> list[dict[str, Any]]:
    """The records of a damaged file's bytes that `read` (stored_entry or stored_person, the
    readers' own check) accepts."""
    kept = []
    for record in _candidates(raw):
        if not isinstance(record, dict) or raw_version(record) is None:
            continue
        try:
            read(record)
        except (ValueError, TypeError, AttributeError, OverflowError):
            continue
        kept.append(record)
    return kept


def merge_newest(
    table: dict[str, Any], records: list[dict[str, Any]]
) -> tuple[dict[str, Any], int]:
    """`table` (a restored TinyDB file) with `records` merged in; and how many of them came
    back: those the table lacked or held an older version of."""
    rows = dict(table.get("_default", {}))
    by_id = {r.get("id"): key for key, r in rows.items() if isinstance(r, dict)}
    next_key = max((int(k) for k in rows if k.isdigit()), default=0) + 1
    came_back: set[str] = set()
    for record in records:
        key = by_id.get(record["id"])
        if key is not None:
            current = raw_version(rows[key])
            if current is not None and current >= raw_version(record):  # type: ignore[operator]
                continue
        else:
            key, next_key = str(next_key), next_key + 1
            by_id[record["id"]] = key
        rows[key] = record
        came_back.add(record["id"])
    return {**table, "_default": rows}, len(came_back)
