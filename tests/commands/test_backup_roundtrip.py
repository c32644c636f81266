"""The JSON backup: random stores exported, imported into an empty folder, the same data;
a second import changes nothing."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.commands import Commands, ImportRecords
from tracker.exchange.backup import read_backup
from tracker.exchange.exporting import Export
from tracker.kernel.clock import FakeClock
from tracker.kernel.model import CAUSES, CIRCLES, KINDS, Entry, Person
from tracker.store.journal import Journal
from tracker.store.tinystorage import MemoryFiles

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
# The ends of DST days (Amsterdam: 29 March, 25 October 2026; New York: 8 March, 1 November).
EDGES = [
    datetime(2026, 3, 28, 22, 0, tzinfo=UTC),
    datetime(2026, 3, 29, 0, 30, tzinfo=UTC),
    datetime(2026, 10, 24, 22, 0, tzinfo=UTC),
    datetime(2026, 10, 25, 0, 0, tzinfo=UTC),
    datetime(2026, 3, 8, 6, 0, tzinfo=UTC),
    datetime(2026, 11, 1, 5, 30, tzinfo=UTC),
    datetime(2025, 1, 1, 0, 0, tzinfo=UTC),
]
ZONES = ["Europe/Amsterdam", "America/New_York", "UTC", "Asia/Kolkata"]
OWN_CAUSES = ["wifi-outage", "Bürolärm", "the cat =1+1"]

people_specs = st.lists(
    st.tuples(
        st.text(st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=12).filter(
            lambda s: s.strip()
        ),
        st.sampled_from([*CIRCLES, None]),
        st.booleans(),  # deleted
        st.integers(0, 1),  # which device wrote it
    ),
    max_size=4,
)
entry_specs = st.lists(
    st.fixed_dictionaries(
        {
            "kind": st.sampled_from(KINDS),
            "edge": st.sampled_from(EDGES),
            "offset": st.integers(-180, 180),
            "minutes": st.one_of(st.none(), st.integers(0, 600)),
            "tz": st.sampled_from(ZONES),
            "title": st.text(max_size=20).filter(lambda s: s.isprintable()),
            "cause": st.sampled_from([*CAUSES, *OWN_CAUSES]),
            "tags": st.lists(st.sampled_from(["x", "sales", "=1"]), max_size=2, unique=True),
            "people": st.lists(st.integers(0, 3), max_size=2, unique=True),
            "deleted": st.booleans(),
            "edited": st.booleans(),
            "moved": st.sampled_from([0, 0, 1, 40]),  # days an edit moves it
            "device": st.integers(0, 1),
        }
    ),
    max_size=10,
)


def _journals(memory: MemoryFiles, root: Path) -> list[Journal]:
    clock = FakeClock(NOW)
    return [
        Journal(root, name, clock, memory=memory).open()
        for name in ("laptop-aaaaaa", "phone-bbbbbb")
    ]


def build_store(root: Path, people: list, entries: list) -> Journal:
    """A store written the way the app writes: two devices, edits and deletions."""
    memory = MemoryFiles()
    journals = _journals(memory, root)
    made = []
    for name, circle, deleted, device in people:
        person = journals[device].add_person(Person(name=name, circle=circle))
        if deleted:
            person = journals[device].delete_person(person)
        made.append(person)
    for spec in entries:
        journal = journals[spec["device"]]
        journals[0].clock.advance(seconds=7)
        start = spec["edge"] + timedelta(minutes=spec["offset"])
        instant = spec["kind"] in ("disruption", "contact")
        end = (
            None
            if instant or spec["minutes"] is None
            else start + timedelta(minutes=spec["minutes"])
        )
        ids = tuple(made[i].id for i in spec["people"] if i < len(made))
        entry = journal.add(
            Entry(
                kind=spec["kind"], start=start, end=end, tz=spec["tz"], title=spec["title"],
                tags=tuple(spec["tags"]), people=ids,
                cause=spec["cause"] if spec["kind"] == "disruption" else None,
            )
        )  # fmt: skip
        if spec["edited"]:
            moved = timedelta(days=spec["moved"])
            entry = journals[1 - spec["device"]].update(
                entry.with_changes(
                    title="edited",
                    start=entry.start + moved,
                    end=None if entry.end is None else entry.end + moved,
                )
            )
        if spec["deleted"]:
            journal.delete(entry)
    journals[1].save_settings(journals[1].settings().with_changes(own_team="Product"))
    return journals[0]


def everything(journal: Journal) -> tuple[dict, dict, object]:
    entries = {e.id: e for e in journal.entries_on_days(journal.entry_days())}
    people = {p.id: p for p in journal.people(include_deleted=True)}
    return entries, people, journal.settings()


def export_json(journal: Journal) -> dict:
    stream = io.StringIO(newline="")
    Export(journal, "json", stream, now=NOW, chunk_days=3).run()
    return json.loads(stream.getvalue())


def import_into(journal: Journal, data: dict, chunk: int = 4) -> list[dict]:
    backup = read_backup(data)
    door = Commands(journal, journal.clock)
    notes = []
    for first in range(0, max(len(backup.entries), 1), chunk):
        request = ImportRecords(
            version=backup.version,
            entries=backup.entries[first : first + chunk],
            people=backup.people if first == 0 else [],
            settings=backup.settings if first == 0 else {},
            first=first,
        )
        result = door.run(request)
        notes += [v for c, v in result.notes if c == "imported_records"]
    return notes


def total(notes: list[dict], key: str) -> int:
    return sum(n[key] for n in notes)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(people=people_specs, entries=entry_specs)
def test_a_backup_restores_the_same_store_and_a_second_import_changes_nothing(
    tmp_path, people, entries
):
    source = build_store(tmp_path / "a", people, entries)
    data = export_json(source)
    target = Journal(tmp_path / "b", "desktop-cccccc", FakeClock(NOW), memory=MemoryFiles()).open()
    first = import_into(target, data)
    assert everything(target) == everything(source)
    assert total(first, "skipped") == 0
    assert total(first, "entries_added") == len(everything(source)[0])
    again = import_into(target, data)
    assert total(again, "entries_added") + total(again, "entries_updated") == 0
    assert total(again, "people_added") + total(again, "people_updated") == 0
    assert total(again, "entries_unchanged") == len(everything(source)[0])
    assert {n["settings"] for n in again} <= {"unchanged", "none"}
    assert everything(target) == everything(source)


def test_a_newer_backup_updates_a_moved_entry_and_an_older_one_never_undoes_an_edit(tmp_path):
    clock = FakeClock(NOW)
    source = Journal(tmp_path / "a", "laptop-aaaaaa", clock, memory=MemoryFiles()).open()
    target = Journal(tmp_path / "b", "desktop-cccccc", clock, memory=MemoryFiles()).open()
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    entry = source.add(Entry("work", monday, monday + timedelta(hours=1), tz="UTC", title="v1"))
    older = export_json(source)
    import_into(target, older)
    clock.advance(minutes=5)
    moved = source.update(
        entry.with_changes(title="v2", start=monday + timedelta(days=3),
                           end=monday + timedelta(days=3, hours=1))
    )  # fmt: skip
    newer = export_json(source)
    [note] = import_into(target, newer)
    assert (note["entries_updated"], note["entries_added"]) == (1, 0)
    assert target.entries_between(monday, monday + timedelta(days=1)) == []  # not left behind
    [there] = target.entries_between(moved.start, moved.end)
    assert there == moved and there.rev == 2
    clock.advance(minutes=5)
    edited = target.update(there.with_changes(title="mine"))
    for data in (older, newer):
        [note] = import_into(target, data)
        assert note["entries_unchanged"] == 1 and note["entries_updated"] == 0
    assert target.entries_between(moved.start, moved.end) == [edited]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
field_values = {
    "id": st.sampled_from(["a" * 32, "b" * 32, 7, None]),
    "kind": st.sampled_from(["work", "call", "disruption", "nap", 3]),
    "start": st.sampled_from(["2026-03-29T01:00:00Z", "2026-03-29", "x", 5, None]),
    "end": st.sampled_from([None, "2026-03-29T03:00:00Z", "2026-03-28T00:00:00Z", []]),
    "rev": st.sampled_from([1, 2, -1, 2**60, 1.5, float("inf"), True, "3"]),
    "updated": st.sampled_from(["", "2026-01-01T00:00:00.000000Z", 5, None]),
    "name": st.sampled_from(["Anna", "", 4, None]),
    "tags": st.sampled_from([[], ["a b"], "tag", [1]]),
    "people": st.sampled_from([[], ["c" * 32], ["nobody"], None]),
}
hostile = st.one_of(json_values, st.fixed_dictionaries({}, optional=field_values))


@settings(max_examples=150, deadline=None)
@given(
    entries=st.lists(hostile, max_size=5),
    people=st.lists(hostile, max_size=3),
    chosen=st.dictionaries(st.sampled_from(["updated", "own_team", "nudge_days"]), json_values),
)
def test_an_import_of_anything_imports_the_good_and_names_the_rest(entries, people, chosen):
    journal = Journal(Path("/nowhere"), "desktop-cccccc", FakeClock(NOW), memory=MemoryFiles())
    journal.open()
    result = Commands(journal, journal.clock).run(
        ImportRecords(version=1, entries=entries, people=people, settings=chosen)
    )
    [counts] = [v for c, v in result.notes if c == "imported_records"]
    named = [v for c, v in result.notes if c == "record_problem"]
    assert counts["skipped"] == len(named)
    imported = sum(counts[k] for k in ("entries_added", "entries_updated", "entries_unchanged"))
    bad = sum(1 for n in named if n["where"].startswith("entry"))
    assert imported + bad <= len(entries)  # one answer per record (duplicates count once)
    assert bad + imported >= min(len(entries), 1)  # none disappears without a word
    stored = journal.entries_on_days(journal.entry_days())
    assert {e.id for e in stored} == {e.id for e in result.stored}


def test_an_import_is_not_undone_and_ends_what_undo_held(tmp_path):
    from tracker.commands import Log, Undo

    clock = FakeClock(NOW)
    source = Journal(tmp_path / "a", "laptop-aaaaaa", clock, memory=MemoryFiles()).open()
    source.add(Entry("work", NOW - timedelta(hours=3), NOW - timedelta(hours=2), tz="UTC"))
    target = Journal(tmp_path / "b", "desktop-cccccc", clock, memory=MemoryFiles()).open()
    door = Commands(target, clock)
    door.run(Log(kind="disruption", cause="tech", tz="UTC"))
    assert door.undoable() is not None
    door.run(ImportRecords(version=1, entries=export_json(source)["entries"]))
    assert door.undoable() is None
    assert door.run(Undo()).has_note("nothing_to_undo")
    assert len(target.entries_on_days(target.entry_days())) == 2


def test_an_entry_moved_months_away_leaves_no_copy_and_an_older_far_version_stays_out(tmp_path):
    clock = FakeClock(NOW)
    source = Journal(tmp_path / "a", "laptop-aaaaaa", clock, memory=MemoryFiles()).open()
    target = Journal(tmp_path / "b", "desktop-cccccc", clock, memory=MemoryFiles()).open()
    january = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
    march = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
    entry = source.add(Entry("work", january, january + timedelta(hours=1), tz="UTC"))
    import_into(target, export_json(source))
    clock.advance(minutes=5)
    moved = source.update(entry.with_changes(start=march, end=march + timedelta(hours=1)))
    [note] = import_into(target, export_json(source))
    assert (note["entries_updated"], note["entries_added"]) == (1, 0)
    assert target.entries_between(january, january + timedelta(days=1)) == []
    assert target.entries_between(march, march + timedelta(days=1)) == [moved]
    # The other way: an edit here, back in January, is newer than a backup's March version.
    clock.advance(minutes=5)
    mine = target.update(moved.with_changes(start=january, end=january + timedelta(hours=2)))
    older = export_json(source)  # rev 2, in March
    [note] = import_into(target, older)
    assert note["entries_unchanged"] == 1 and note["entries_updated"] == 0
    assert target.entries_between(march, march + timedelta(days=1)) == []
    assert target.entries_between(january, january + timedelta(days=1)) == [mine]


def test_settings_whose_time_of_change_is_no_time_are_skipped_not_newest_forever():
    # Settings have no rev: "x" sorts after every real time, so it would win every import
    # after it and never be replaced by a newer backup's settings.
    journal = Journal(Path("/nowhere"), "desktop-cccccc", FakeClock(NOW), memory=MemoryFiles())
    journal.open()
    door = Commands(journal, journal.clock)
    for updated in ("x", "2026-13-01T00:00:00.000000Z", "9999"):
        result = door.run(ImportRecords(version=1, settings={"updated": updated}))
        [counts] = [v for c, v in result.notes if c == "imported_records"]
        assert (counts["settings"], counts["skipped"]) == ("none", 1), updated
        assert journal.settings().updated == ""
    good = "2026-11-20T08:00:00.000000Z"
    result = door.run(ImportRecords(version=1, settings={"updated": good}))
    assert journal.settings().updated == good


def test_a_timewarrior_interval_stretched_since_the_last_import_is_one_longer_block():
    # `timew lengthen @1 30min` keeps the start: the block comes in again as an update, not as
    # a second block over the same minutes.
    from tracker.exchange.peers import peer_records

    journal = Journal(Path("/nowhere"), "desktop-cccccc", FakeClock(NOW), memory=MemoryFiles())
    journal.open()
    door = Commands(journal, journal.clock)
    first = [{"id": 1, "start": "20261124T090000Z", "end": "20261124T100000Z", "tags": ["plan"]}]
    later = [{**first[0], "end": "20261124T103000Z"}]
    for export in (first, later):
        _tool, records, _problems = peer_records(export, "Europe/Amsterdam")
        door.run(ImportRecords(entries=records, source="timew"))
    monday = datetime(2026, 11, 24, tzinfo=UTC)
    [block] = journal.entries_between(monday, monday + timedelta(days=1))
    assert block.end == datetime(2026, 11, 24, 10, 30, tzinfo=UTC)
