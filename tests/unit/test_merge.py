from __future__ import annotations

from datetime import UTC, datetime

from tracker.kernel.merge import merge_versions
from tracker.kernel.model import Entry

T0 = datetime(2026, 11, 26, 9, tzinfo=UTC)


def version(rev: int, updated: str, device: str, **kw) -> Entry:
    return Entry(kind="work", start=T0, id="a" * 32, rev=rev, updated=updated, device=device, **kw)


def test_highest_rev_then_updated_then_device_wins_in_any_order():
    versions = [
        version(1, "2026-11-26T09:00:00.000000Z", "b"),
        version(2, "2026-11-26T09:00:00.000000Z", "a"),
        version(2, "2026-11-26T09:00:01.000000Z", "a", title="winner"),
        version(2, "2026-11-26T09:00:01.000000Z", "0"),
    ]
    for order in (versions, versions[::-1], versions[1:] + versions[:1]):
        assert merge_versions(order)["a" * 32].title == "winner"


def test_a_tombstone_wins_when_it_is_newer():
    versions = [version(1, "x", "a"), version(2, "x", "a", deleted=True)]
    assert merge_versions(versions)["a" * 32].deleted
