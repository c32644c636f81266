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


def test_updated_never_goes_back_before_the_version_it_replaces():
    from tracker.kernel.merge import next_updated

    ahead = "2026-11-26T10:00:00.000000Z"  # a clock an hour fast wrote it
    assert next_updated(T0, ahead) == "2026-11-26T10:00:00.000001Z"
    assert next_updated(T0, "2026-11-26T08:00:00.000000Z") == "2026-11-26T09:00:00.000000Z"
    assert next_updated(T0, "not a time", "") == "2026-11-26T09:00:00.000000Z"


def test_a_ring_of_merges_keeps_its_newest_decision():
    from tracker.kernel.merge import break_merge_cycles, follow_merges
    from tracker.kernel.model import Person

    def person(pid, into, updated):
        return Person(name=pid, id=pid, merged_into=into, rev=2, updated=updated, device="d")

    people = {
        "anna": person("anna", "anne", "2026-11-26T09:00:00.000000Z"),
        "anne": person("anne", "anna", "2026-11-26T10:00:00.000000Z"),
        "self": person("self", "self", "2026-11-26T10:00:00.000000Z"),
    }
    kept = break_merge_cycles(dict(people))
    assert kept["anna"].merged_into is None and kept["anne"].merged_into == "anna"
    assert kept["self"].merged_into is None
    assert follow_merges(kept["anne"], kept).id == "anna"
