"""A restore from backup keeps what was logged after the backup: the valid records of the
damaged copy are merged back in, the newest version of each winning (issue 11)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests.store.test_hostile import dayweave, own_dir
from tracker.kernel.model import Entry, Person
from tracker.store.journal import Journal


def day_file(journal: Journal, entry: Entry):
    return journal.layout.day_file(journal.layout.own_dir, entry.start.strftime("%Y-%m-%d"))


def week_of(journal: Journal, clock):
    return journal.entries_between(clock.now() - timedelta(hours=2), clock.now() + timedelta(1))


def cut_inside_the_last_record(raw: bytes) -> bytes:
    return raw[: raw.rindex(b'"id"') + 10]  # as a crash in an old-style write could leave it


def logged_after_a_backup(tmp_path, clock):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    first = journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))  # backed up
    clock.advance(timedelta(minutes=5))  # too soon for the next backup
    edited = journal.update(first.with_changes(title="wifi again"))
    second = journal.add(Entry(kind="contact", start=clock.now()))
    clock.advance(timedelta(minutes=5))
    lost = journal.add(Entry(kind="contact", start=clock.now(), title="in the cut"))
    return journal, edited, second, lost


@pytest.mark.parametrize(
    "damage",
    [
        cut_inside_the_last_record,
        lambda raw: raw[:-40] + b"\x00" * 40,  # zeros where the end was
        lambda raw: raw.replace(b'{"_default"', b'{"other": 1, "_default"').replace(
            b"}}}", b'}, "9": "not a record"}}'
        ),
    ],
    ids=["truncated", "zero bytes", "a bad record beside good ones"],
)
def test_what_the_damaged_copy_still_holds_comes_back(tmp_path, clock, damage):
    journal, edited, second, lost = logged_after_a_backup(tmp_path, clock)
    path = day_file(journal, edited)
    path.write_bytes(damage(path.read_bytes()))
    found = {e.id: e for e in week_of(journal, clock)}
    assert found[edited.id].title == "wifi again" and found[edited.id].rev == edited.rev
    assert second.id in found
    [report] = journal.damage
    came_back = {edited.id, second.id} | ({lost.id} if lost.id in found else set())
    assert report.recovered == len(came_back)
    text = report.describe()
    assert f"Records brought back from the damaged file: {len(came_back)}." in text
    journal.close()
    reopened = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    assert {e.id for e in week_of(reopened, clock)} == set(found)  # written, not only shown
    assert not reopened.damage


def test_a_backup_newer_than_the_damaged_copy_wins(tmp_path, clock):
    """The merge rule is the readers' one: the highest (rev, updated, device) of each id."""
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    entry = journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    path = day_file(journal, entry)
    older = path.read_bytes()
    clock.advance(timedelta(hours=1))
    journal.update(entry.with_changes(title="newer"))  # backed up: the last was an hour ago
    path.write_bytes(older[:-2])  # an old copy, cut: its record is older than the backup's
    [found] = week_of(journal, clock)
    assert found.title == "newer"
    assert journal.damage[0].recovered == 0
    assert "brought back" not in journal.damage[0].describe()


def test_people_added_after_the_backup_come_back(tmp_path, clock):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    anna = journal.add_person(Person(name="Anna", circle="peer"))
    bert = journal.add_person(Person(name="Bert", circle="customer"))
    people = journal.layout.people_file(journal.layout.own_dir)
    table = json.loads(people.read_text())
    table["_default"]["3"] = {"id": "x", "name": None}  # one record no reader takes
    table["stray"] = []
    people.write_text(json.dumps(table))
    assert {p.id for p in journal.people()} == {anna.id, bert.id}
    assert journal.damage[0].recovered == 1  # Bert; Anna was in the backup already


def test_a_link_is_never_read_for_records(tmp_path, clock):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    entry = journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    path = day_file(journal, entry)
    outside = tmp_path / "outside.json"
    planted = {"id": "ab" * 16, "kind": "contact", "start": "2026-11-26T09:00:00Z", "rev": 9,
               "updated": "2026-11-26T09:00", "device": "x"}  # fmt: skip
    outside.write_text(json.dumps({"_default": {"1": planted}}))
    path.unlink()
    path.symlink_to(outside)
    assert [e.id for e in week_of(journal, clock)] == [entry.id]
    assert journal.damage[0].recovered == 0


def test_the_command_line_says_how_many_came_back_in_one_line(data_dir):
    for title in ("one", "two"):
        logged = dayweave(data_dir, "log", "disruption", title, "--at", "2026-11-24T09:00")
        assert logged.returncode == 0
    [path] = own_dir(data_dir).glob("entries-*.json")
    path.write_bytes(path.read_bytes()[:-2])  # the end of the table lost
    week = dayweave(data_dir, "week", "2026-11-24", "--json")
    assert week.returncode == 0, week.stderr
    titles = {e["title"] for day in json.loads(week.stdout)["days"] for e in day["entries"]}
    assert titles == {"one", "two"}
    [warning] = week.stderr.splitlines()
    assert "brought back from the damaged file: 1." in warning and path.name in warning
    dutch = path.read_bytes()
    path.write_bytes(dutch[:-2])
    week = dayweave(data_dir, "week", "2026-11-24", "--json", env={"LANG": "nl_NL.UTF-8"})
    assert "teruggezet" in week.stderr, week.stderr


def test_a_backup_is_taken_when_a_command_has_written_everything(tmp_path, clock):
    """One command may write a person and then the entry; the backup waits for both (it was
    taken after the first write, and the next was not due for half an hour)."""
    from tracker.commands import Commands, Log

    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    request = Log(kind="contact", names=(("Anna", "peer"),), tz="UTC", now=clock.now())
    [entry] = Commands(journal, clock).run(request, initiator="test").stored
    [snapshot] = journal.backups.snapshots()
    assert sorted(p.name for p in snapshot.iterdir()) == [
        day_file(journal, entry).name, "meta.json", "people.json",
    ]  # fmt: skip
