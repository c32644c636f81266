"""Which version of a record wins when device folders disagree (DESIGN.md, Data)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

__all__ = ["merge_versions", "version_key"]

T = TypeVar("T")


def version_key(record: Any) -> tuple[int, str, str]:
    """Highest (rev, updated, device) wins; `updated` is fixed-width UTC text, so it sorts."""
    return (record.rev, record.updated, record.device)


def merge_versions(records: Iterable[T]) -> dict[str, T]:
    """One winner per id, tombstones included (callers drop them when they show data)."""
    winners: dict[str, T] = {}
    for record in records:
        current = winners.get(record.id)  # type: ignore[attr-defined]
        if current is None or version_key(record) > version_key(current):
            winners[record.id] = record  # type: ignore[attr-defined]
    return winners
