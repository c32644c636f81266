"""Which version of a record wins when device folders disagree (docs/ARCHITECTURE.md, The data)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any, Protocol, TypeVar

from tracker.kernel.timefmt import parse_utc, sortable_updated, to_updated_text

__all__ = [
    "break_merge_cycles",
    "follow_merges",
    "lost_to",
    "merge_versions",
    "next_updated",
    "saw_after",
    "settings_key",
    "version_key",
]

T = TypeVar("T")
P = TypeVar("P", bound="_Mergeable")


class _Mergeable(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def merged_into(self) -> str | None: ...
    def with_changes(self, **changes: Any) -> Any: ...


def version_key(record: Any) -> tuple[int, str, str]:
    """Highest (rev, updated, device) wins; `updated` is fixed-width UTC text, so it sorts."""
    return (record.rev, sortable_updated(record.updated), record.device)


def next_updated(now: datetime, *seen: str) -> str:
    """`updated` for a new version: a hybrid logical clock. The wall clock, unless a version
    it replaces (`seen`) says later: then a microsecond after that. So an edit made after
    seeing another device's version always sorts after it, however fast that device's clock
    ran, and one device's versions of a record never go back in time. Text that is no time
    (an old or odd file) is passed over."""
    newest = to_updated_text(now)
    for text in seen:
        try:
            after = to_updated_text(parse_utc(text) + timedelta(microseconds=1))
        except (ValueError, OverflowError):
            continue
        newest = max(newest, after)
    return newest


def settings_key(record: Mapping[str, Any]) -> tuple[int, str, str]:
    """Which device's settings win: as records, (rev, updated, device). Files written before
    settings had a rev read as rev 0, so the first save anywhere after them wins."""
    rev = record.get("rev")
    if isinstance(rev, bool) or not isinstance(rev, int):
        rev = 0
    updated = sortable_updated(str(record.get("updated") or ""))
    return (rev, updated, str(record.get("device") or ""))


# What a version says beyond its content: the fields that tell versions apart, and where.
_NOT_CONTENT = frozenset({"rev", "updated", "device", "saw", "moved_from"})


def saw_after(replaced: Mapping[str, Any]) -> dict[str, str]:
    """`saw` for a version made over REPLACED: per device, the newest `updated` of that
    device's versions it was made after (a version vector: what REPLACED saw, and REPLACED)."""
    held = replaced.get("saw")
    saw = {k: v for k, v in held.items() if isinstance(v, str)} if isinstance(held, dict) else {}
    device, updated = replaced.get("device"), replaced.get("updated")
    if isinstance(device, str) and isinstance(updated, str):
        saw[device] = max(saw.get(device, ""), updated)
    return saw


def lost_to(winner: Mapping[str, Any], version: Mapping[str, Any]) -> bool:
    """VERSION (raw, another id's version or the same) is an edit WINNER was not made after,
    with other content: an edit the merge rule passes over, kept to be shown, never silently
    dropped (issue 23). Made after means: by the same device (its later version), or WINNER's
    `saw` holds VERSION's device at its `updated` or later. A winner written before `saw`
    existed was made after every version of a lower rev, as the rule always assumed."""
    if version.get("id") != winner.get("id") or version.get("device") == winner.get("device"):
        return False
    saw = winner.get("saw")
    if isinstance(saw, dict):
        device = version.get("device")  # a hostile file's `["x"]` is no key of a dict
        seen = saw.get(device) if isinstance(device, str) else None
        if isinstance(seen, str) and seen >= str(version.get("updated") or ""):
            return False
    elif _rev(version) < _rev(winner):
        return False
    return _content(version) != _content(winner)


def _rev(record: Mapping[str, Any]) -> int:
    rev = record.get("rev")
    return rev if isinstance(rev, int) and not isinstance(rev, bool) else 0


def _content(record: Mapping[str, Any]) -> dict[str, Any]:
    content = {k: v for k, v in record.items() if k not in _NOT_CONTENT}
    content["deleted"] = bool(content.get("deleted"))  # absent and false say the same
    return content


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


def break_merge_cycles(by_id: dict[str, P]) -> dict[str, P]:
    """People merged into each other in a ring (Anna into Anne on one device, Anne into Anna
    on the other; or a backup's person merged into itself) would all vanish. In each ring the
    oldest merge (the lowest version by version_key) is read as not made, so the newer
    decision stands, on every device alike; nothing on disk is changed."""
    done: set[str] = set()
    for start in sorted(by_id):
        path: list[str] = []
        where: dict[str, int] = {}
        person_id: str | None = start
        while person_id is not None and person_id in by_id and person_id not in done:
            if person_id in where:
                ring = path[where[person_id] :]
                oldest = min(ring, key=lambda i: version_key(by_id[i]))
                by_id[oldest] = by_id[oldest].with_changes(merged_into=None)
                break
            where[person_id] = len(path)
            path.append(person_id)
            person_id = by_id[person_id].merged_into
        done.update(path)
    return by_id
