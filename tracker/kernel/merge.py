"""Which version of a record wins when device folders disagree (docs/ARCHITECTURE.md, The data)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol, TypeVar

__all__ = ["follow_merges", "merge_versions", "version_key"]

T = TypeVar("T")
P = TypeVar("P", bound="_Mergeable")


class _Mergeable(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def merged_into(self) -> str | None: ...


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


def follow_merges(person: P, by_id: Mapping[str, P]) -> P:
    """The record that stays for a person merged away (a chain ends after a few hops)."""
    seen = {person.id}
    while person.merged_into is not None:
        target = by_id.get(person.merged_into)
        if target is None or target.id in seen:
            break
        seen.add(target.id)
        person = target
    return person
