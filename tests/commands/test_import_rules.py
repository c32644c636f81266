"""Imports keep the rules of the day (issue 25, break 7): Timewarrior, Watson and backup blocks
trim and split the blocks logged here as `log` does, blocks over 16 hours and tags that
are not words are named and skipped, two intervals with one start are not one block, and a dry
run counts what an import would do without writing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tracker.commands import ImportRecords, Log
from tracker.exchange.peers import peer_records
from tracker.kernel.codec import entry_to_record
from tracker.kernel.model import Entry


def at(hour: int, minute: int = 0, day: int = 24) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def timew(start: str, end: str, **more) -> dict:
    return {"start": start, "end": end, **more}


def work_minutes(journal, day: int = 24) -> int:
    found = journal.entries_between(at(0, day=day), at(0, day=day) + timedelta(days=1))
    return sum(int((e.end - e.start).total_seconds() // 60) for e in found if e.is_block)


def imported(door, data, **fields):
    _tool, records, problems = peer_records(data, "UTC")
    result = door.run(ImportRecords(entries=records, source="t.json", **fields))
    [counts] = [values for code, values in result.notes if code == "imported_records"]
    return counts, problems + [
        (v["where"], v["why"]) for c, v in result.notes if c == "record_problem"
    ]


def test_a_timewarrior_interval_over_a_logged_block_splits_it(door, journal):
    door.run(Log(line="2026-11-24 9:00-17:00 work day", tz="UTC"))
    counts, problems = imported(door, [timew("20261124T120000Z", "20261124T130000Z")])
    assert problems == [] and counts["entries_added"] == 1 and counts["entries_trimmed"] == 1
    assert work_minutes(journal) == 8 * 60  # was 960: each minute counted once
    again, _ = imported(door, [timew("20261124T120000Z", "20261124T130000Z")])
    assert (again["entries_added"], again["entries_trimmed"]) == (0, 0)


def test_blocks_over_16_hours_are_named_and_skipped():
    data = [
        timew("20261124T080000Z", "20261126T080000Z"),  # 48 hours
        timew("20251124T080000Z", "20261124T080000Z"),  # a year
    ]
    _tool, records, problems = peer_records(data, "UTC")
    assert records == [] and [w for w, _ in problems] == ["timewarrior 1", "timewarrior 2"]
    assert all("16 hours" in why for _, why in problems)
    frame = {"id": "f1", "project": "p", "tags": [],
             "start": "2026-11-24T10:00:00+14:00", "stop": "2026-11-24T10:00:00-12:00"}  # fmt: skip
    _tool, records, problems = peer_records([frame], "UTC")
    assert records == [] and "26 hours" in problems[0][1]


def test_two_intervals_with_one_start_are_not_one_block():
    data = [
        timew("20261124T080000Z", "20261124T090000Z"),
        timew("20261124T080000Z", "20261124T100000Z"),
    ]
    _tool, records, problems = peer_records(data, "UTC")
    assert len(records) == 1 and [w for w, _ in problems] == ["timewarrior 2"]


def test_tags_must_be_a_list_of_words():
    for tags in ("notalist", [None, 5, {"a": 1}], [["x"]]):
        _tool, records, problems = peer_records(
            [timew("20261124T080000Z", "20261124T090000Z", tags=tags)], "UTC"
        )
        assert records == [] and "tags" in problems[0][1], tags
    frame = {"id": "f", "project": "p", "start": "2026-11-24T10:00:00Z",
             "stop": "2026-11-24T11:00:00Z", "tags": "notalist"}  # fmt: skip
    _tool, records, problems = peer_records([frame], "UTC")
    assert records == [] and "tags" in problems[0][1]


def test_a_backup_of_another_folder_trims_the_blocks_logged_here(door, journal):
    door.run(Log(line="2026-11-24 9:00-17:00 work day", tz="UTC"))
    other = Entry(kind="life", start=at(8), end=at(10), tz="UTC", rev=1,
                  updated="2026-11-24T10:00:00.000000Z", device="phone-bbbbbb")  # fmt: skip
    result = door.run(ImportRecords(entries=[entry_to_record(other)], source="b.json", version=1))
    assert [e.id for e in result.stored] == [other.id]
    assert [(e.start, e.end) for e in result.trimmed] == [(at(10), at(17))]
    assert work_minutes(journal) == 7 * 60 + 120  # work 10-17 and life 8-10


def test_a_backup_keeps_what_two_other_devices_logged_over_each_other(door, journal):
    """Two devices' blocks may overlap in a backup (logged apart, then synced), and a chunk
    cannot tell the blocks of the chunks before it from others: a restore keeps them."""
    made = [
        Entry(kind=kind, start=at(start), end=at(end), tz="UTC", rev=1,
              updated="2026-11-24T18:00:00.000000Z", device=device)
        for kind, start, end, device in (
            ("work", 9, 17, "laptop-aaaaab"), ("life", 12, 13, "phone-bbbbbb"))
    ]  # fmt: skip
    for entry in made:  # one chunk each, as a long backup comes
        door.run(ImportRecords(entries=[entry_to_record(entry)], source="b.json", version=1))
    assert work_minutes(journal) == 9 * 60


def test_a_dry_run_counts_what_it_would_do_and_writes_nothing(door, journal):
    door.run(Log(line="2026-11-24 9:00-17:00 work day", tz="UTC"))
    before = journal.entries_between(at(0), at(0, day=25))
    counts, _ = imported(door, [timew("20261124T120000Z", "20261124T130000Z")], dry_run=True)
    assert (counts["entries_added"], counts["entries_trimmed"]) == (1, 1)
    assert journal.entries_between(at(0), at(0, day=25)) == before


def test_a_backup_entry_whose_tags_or_people_are_not_a_list_is_named_and_skipped():
    from tracker.exchange.backup import check_records

    block = Entry(kind="work", start=at(9), end=at(10), tz="UTC", rev=1,
                  updated="2026-11-24T10:00:00.000000Z", device="phone-bbbbbb")  # fmt: skip
    for field, value in (("tags", "notalist"), ("people", "anna"), ("tags", {"a": 1})):
        record = {**entry_to_record(block), field: value}
        entries, _people, problems = check_records([record], [])
        assert entries == [] and field in problems[0][1], (field, value)
