"""A lost edit is kept as a version (issue 23): an entry edited on two devices before either
saw the other's edit shows the winner's, and the other edit is found (store/lost.py), still
in its writer's file and, once that device writes the entry again, in its lost-edits.json.
An edit made after seeing the other's is never called lost."""

from __future__ import annotations

import json
from datetime import timedelta

from tests.two_devices import DESKTOP, LAPTOP, synced, two_devices
from tracker.kernel.model import Entry
from tracker.store.journal import Journal
from tracker.store.lost import KEPT_FILE, lost_edits


def edited_on_both(tmp_path, now):
    """One entry, edited on the laptop and, an hour later, on the desktop, neither having
    seen the other's edit; both folders synced both ways."""
    laptop, desktop = two_devices(tmp_path, now)
    entry = laptop.add(Entry(kind="work", start=now, end=now + timedelta(hours=1), title="a"))
    synced(laptop, tmp_path / "b")
    laptop.clock.advance(minutes=10)
    laptop.update_fields(laptop.get(entry.id, now), title="Quote for Bakker")
    desktop.clock.advance(hours=1)
    desktop.update_fields(desktop.get(entry.id, now), title="Roadmap")
    synced(laptop, tmp_path / "b")
    synced(desktop, tmp_path / "a")
    return laptop, desktop, entry


def test_an_edit_made_on_both_devices_keeps_the_one_that_lost(tmp_path, now):
    laptop, desktop, entry = edited_on_both(tmp_path, now)
    for journal in (laptop, desktop):
        assert journal.get(entry.id, now).title == "Roadmap"  # the rule: the later one shows
        [lost] = lost_edits(journal)
        assert (lost["id"], lost["title"], lost["device"]) == (entry.id, "Quote for Bakker", LAPTOP)


def test_the_lost_edit_stays_when_its_device_writes_the_entry_again(tmp_path, now):
    laptop, desktop, entry = edited_on_both(tmp_path, now)
    laptop.clock.advance(hours=2)
    laptop.update_fields(laptop.get(entry.id, now), note="after the merge")  # over "Roadmap"
    kept = json.loads((laptop.layout.own_dir / KEPT_FILE).read_text())["versions"]
    assert [v["title"] for v in kept] == ["Quote for Bakker"]  # written over: kept first
    synced(laptop, tmp_path / "b")
    for journal in (laptop, desktop):
        assert [v["title"] for v in lost_edits(journal)] == ["Quote for Bakker"]
        assert journal.get(entry.id, now).note == "after the merge"
    assert laptop.check() == []  # the kept file is Dayweave's, never damage


def test_an_edit_made_after_seeing_the_other_is_not_lost(tmp_path, now):
    laptop, desktop = two_devices(tmp_path, now)
    entry = laptop.add(Entry(kind="contact", start=now, title="first"))
    laptop.update_fields(laptop.get(entry.id, now), title="second")
    synced(laptop, tmp_path / "b")
    desktop.clock.advance(minutes=5)
    desktop.update_fields(desktop.get(entry.id, now), title="third")
    synced(desktop, tmp_path / "a")
    laptop.clock.advance(minutes=10)
    laptop.update_fields(laptop.get(entry.id, now), title="fourth")  # over the desktop's
    synced(laptop, tmp_path / "b")
    for journal in (laptop, desktop):
        assert journal.get(entry.id, now).title == "fourth"
        assert lost_edits(journal) == []
    assert not (laptop.layout.own_dir / KEPT_FILE).exists()


def test_an_edit_lost_to_a_delete_on_the_other_device_is_kept(tmp_path, now):
    laptop, desktop = two_devices(tmp_path, now)
    entry = laptop.add(Entry(kind="contact", start=now, title="first"))
    synced(laptop, tmp_path / "b")
    laptop.update_fields(laptop.get(entry.id, now), title="edited offline")
    desktop.clock.advance(minutes=30)
    desktop.delete(desktop.get(entry.id, now))
    synced(laptop, tmp_path / "b")
    synced(desktop, tmp_path / "a")
    assert laptop.entries_between(now - timedelta(hours=1), now + timedelta(hours=1)) == []
    assert [v["title"] for v in lost_edits(laptop)] == ["edited offline"]


def test_a_device_back_after_a_month_offline_keeps_its_old_edit_visible(tmp_path, now):
    """The desktop edited twice meanwhile: its version's higher rev does not mean it saw the
    laptop's edit (only `saw` says that)."""
    laptop, desktop = two_devices(tmp_path, now)
    entry = laptop.add(Entry(kind="contact", start=now, title="first"))
    synced(laptop, tmp_path / "b")
    laptop.update_fields(laptop.get(entry.id, now), title="old offline edit")
    desktop.clock.advance(days=30)
    desktop.update_fields(desktop.get(entry.id, now), title="edited")
    desktop.update_fields(desktop.get(entry.id, now), title="edited since")  # a higher rev
    laptop.clock.advance(days=31)
    synced(desktop, tmp_path / "a")  # the laptop comes back: the desktop's arrive first
    synced(laptop, tmp_path / "b")
    for journal in (laptop, desktop):
        assert journal.get(entry.id, now).title == "edited since"
        assert [v["title"] for v in lost_edits(journal)] == ["old offline edit"]


def test_versions_written_before_saw_existed_read_as_before(tmp_path, now):
    """Files of an older Dayweave have no `saw`: a version of a lower rev was what the higher
    one was made over, as the rule always assumed; nothing is called lost."""
    laptop, desktop = two_devices(tmp_path, now)
    entry = laptop.add(Entry(kind="contact", start=now, title="first"))
    synced(laptop, tmp_path / "b")
    desktop.update_fields(desktop.get(entry.id, now), title="second")
    path = next(desktop.layout.own_dir.glob("entries-*.json"))
    data = json.loads(path.read_text())
    for record in data["_default"].values():
        record.pop("saw", None)
    path.write_text(json.dumps(data))
    synced(desktop, tmp_path / "a")
    assert lost_edits(laptop) == []


def test_a_version_naming_its_device_oddly_stops_neither_check_nor_an_edit(tmp_path, now):
    """A hand-edited or hostile file: `"device": [...]` is no key of a `saw`."""
    laptop, desktop, entry = edited_on_both(tmp_path, now)
    for journal in (laptop, desktop):  # in the laptop's own folder, and synced to the desktop
        path = next(journal.layout.own_dir.glob("entries-*.json"))
        data = json.loads(path.read_text())
        odd = {**data["_default"]["1"], "device": ["odd"], "title": "odd", "rev": 1}
        data["_default"]["99"] = odd
        path.write_text(json.dumps(data))
    assert "Quote for Bakker" in [v["title"] for v in lost_edits(desktop)]
    laptop.clock.advance(hours=2)
    laptop.update_fields(laptop.get(entry.id, now), note="after the merge")
    assert laptop.get(entry.id, now).note == "after the merge"


def test_a_damaged_kept_file_is_set_aside_never_written_over(tmp_path, now):
    laptop, _desktop, entry = edited_on_both(tmp_path, now)
    path = laptop.layout.own_dir / KEPT_FILE
    path.write_text('{"versions": [{"id": "x", "title": "cut short')  # what it held stays
    laptop.clock.advance(hours=2)
    laptop.update_fields(laptop.get(entry.id, now), note="after the merge")
    [aside] = laptop.layout.own_dir.glob(f"{KEPT_FILE}.damaged-*")
    assert aside.read_text().endswith("cut short")
    assert [v["title"] for v in lost_edits(laptop)] == ["Quote for Bakker"]


def test_check_names_a_damaged_kept_file(tmp_path, now):
    laptop, _desktop, _entry = edited_on_both(tmp_path, now)
    (laptop.layout.own_dir / KEPT_FILE).write_text("[1, 2")
    assert [p.path.name for p in laptop.check() if p.code == "set_aside"] == [KEPT_FILE]


def test_a_folder_where_the_kept_file_goes_does_not_stop_edits(tmp_path, now):
    laptop, _desktop, entry = edited_on_both(tmp_path, now)
    (laptop.layout.own_dir / KEPT_FILE).mkdir()
    laptop.clock.advance(hours=2)
    laptop.update_fields(laptop.get(entry.id, now), note="after the merge")
    assert laptop.get(entry.id, now).note == "after the merge"
    assert [v["title"] for v in lost_edits(laptop)] == ["Quote for Bakker"]


def _kept_after_writing_again(tmp_path, now):
    """The laptop's lost edit, kept in its lost-edits.json (it wrote the entry again)."""
    laptop, desktop, entry = edited_on_both(tmp_path, now)
    laptop.clock.advance(hours=2)
    laptop.update_fields(laptop.get(entry.id, now), note="after the merge")
    return laptop, desktop, entry


def test_a_conflict_copy_of_the_kept_file_is_merged_never_dropped(tmp_path, now):
    """Two machines wrote one folder (a copied home folder): each kept a lost edit of its own.
    The conflict copy's versions join the file; removing the copy unread would lose them."""
    laptop, _desktop, _entry = _kept_after_writing_again(tmp_path, now)
    path = laptop.layout.own_dir / KEPT_FILE
    [kept] = json.loads(path.read_text())["versions"]
    other = {**kept, "title": "Kept on the twin", "updated": "2026-11-26T09:05:00.000001Z"}
    copy = path.with_name("lost-edits.sync-conflict-20261126-101010-ABCDEFG.json")
    copy.write_text(json.dumps({"versions": [other]}))
    both = ["Kept on the twin", "Quote for Bakker"]
    assert sorted(v["title"] for v in lost_edits(laptop)) == both  # read before merged too
    again = Journal(laptop.layout.root, LAPTOP, laptop.clock).open()
    again.add(Entry(kind="contact", start=now, title="a write: conflict copies are merged"))
    assert not copy.exists()
    assert sorted(v["title"] for v in lost_edits(again)) == both


def test_an_older_dayweave_editing_a_version_with_saw_makes_no_false_lost_edit(tmp_path, now):
    """An older Dayweave keeps fields it does not know: its edit carries the `saw` of the
    version it replaced, unchanged. That version (seen, then edited over) is not lost."""
    laptop, desktop = two_devices(tmp_path, now)
    entry = laptop.add(Entry(kind="contact", start=now, title="first"))
    synced(laptop, tmp_path / "b")
    desktop.clock.advance(minutes=5)
    desktop.update_fields(desktop.get(entry.id, now), title="second")
    synced(desktop, tmp_path / "a")
    laptop.clock.advance(minutes=10)
    laptop.update_fields(laptop.get(entry.id, now), title="third")
    synced(laptop, tmp_path / "b")
    # The desktop, back on an older Dayweave, edits "third": a new rev, `saw` as it was.
    path = next(desktop.layout.own_dir.glob("entries-*.json"))
    data = json.loads(path.read_text())
    third = laptop.get(entry.id, now)
    from tracker.kernel.codec import entry_to_record

    older = {**entry_to_record(third), "title": "fourth", "rev": third.rev + 1}
    older.update(device=DESKTOP, updated="2026-11-26T10:00:00.000000Z")
    data["_default"]["1"] = older
    path.write_text(json.dumps(data))
    synced(desktop, tmp_path / "a")
    for journal in (laptop, desktop):
        assert journal.get(entry.id, now).title == "fourth"
        assert lost_edits(journal) == []


def test_an_import_over_this_devices_lost_edit_keeps_it(tmp_path, now):
    """An export of the desktop imported on the laptop: the desktop's version goes into the
    laptop's day file over the laptop's own, which it was not made after: kept, not gone."""
    laptop, desktop, entry = edited_on_both(tmp_path, now)
    laptop.keep_entries([(desktop.get(entry.id, now), laptop.get(entry.id, now))])
    assert not any(  # the desktop's version is in the laptop's own file now
        r.get("title") == "Quote for Bakker"
        for path in laptop.layout.own_dir.glob("entries-*.json")
        for r in json.loads(path.read_text())["_default"].values()
    )
    assert [v["title"] for v in lost_edits(laptop)] == ["Quote for Bakker"]


def test_undo_after_another_devices_edit_arrived_shows_that_edit_lost_not_its_own(tmp_path, now):
    """Undo puts back the version before this device's edit, over the other device's edit that
    arrived meanwhile: that edit is lost (shown), and the edit taken back is not."""
    from tracker.commands.door import Commands
    from tracker.commands.requests import EditEntry, Undo

    laptop, desktop = two_devices(tmp_path, now)
    door = Commands(laptop, laptop.clock)
    entry = laptop.add(Entry(kind="contact", start=now, title="first"))
    synced(laptop, tmp_path / "b")
    door.run(EditEntry(entry_id=entry.id, changes={"title": "taken back"}))
    desktop.clock.advance(seconds=2)
    desktop.update_fields(desktop.get(entry.id, now), note="the desktop's note")
    synced(desktop, tmp_path / "a")
    laptop.clock.advance(seconds=3)
    assert door.run(Undo()).undone
    synced(laptop, tmp_path / "b")
    for journal in (laptop, desktop):
        assert journal.get(entry.id, now).title == "first"
        shown = [(v["title"], v["note"], v["device"]) for v in lost_edits(journal)]
        assert shown == [("first", "the desktop's note", DESKTOP)]
