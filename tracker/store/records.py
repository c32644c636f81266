"""Cheap looks at raw stored records, before any Entry is built from them."""

from __future__ import annotations

from typing import Any, TypeGuard

from tracker.kernel.timefmt import sortable_updated

__all__ = ["canonical_time", "raw_version"]


def raw_version(record: Any) -> tuple[int, str, str] | None:
    """(rev, updated, device) of a raw record; None when it is not an entry-shaped record."""
    try:
        rev = record.get("rev") or 0
        if not isinstance(record["id"], str) or isinstance(rev, bool) or not isinstance(rev, int):
            return None  # `"rev": Infinity` (a float) stopped every command once
        updated = sortable_updated(str(record.get("updated") or ""))
        return (rev, updated, str(record.get("device") or ""))
    except (KeyError, TypeError, AttributeError):
        return None


def canonical_time(text: Any) -> TypeGuard[str]:
    """Only text in the one form Dayweave writes ("2026-11-26T09:00:00Z") sorts as time does."""
    return isinstance(text, str) and len(text) == 20 and text[-1] == "Z" and text[10] == "T"
