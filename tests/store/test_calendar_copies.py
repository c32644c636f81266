"""A conflict copy of this device's calendar list (issue 25, a leftover of the store's review):
two machines writing as one device each added a calendar; the copy was removed unmerged, and
the calendar added on the other machine was gone from both once the sync ran."""

from __future__ import annotations

from tracker.kernel.model import Entry
from tracker.store.journal import Journal

LAPTOP = "laptop-aaaaaa"


def test_a_conflict_copy_of_the_calendar_list_is_merged_not_dropped(tmp_path, clock):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    journal.save_calendar_sources(("/home/me/work.ics",))
    folder = journal.layout.own_dir
    copy = folder / "calendars.sync-conflict-20261126-101010-ABCDEFG.json"
    copy.write_text('{"sources": ["/home/me/work.ics", "/home/me/family.ics"]}')
    copy.chmod(0o600)
    journal.close()
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))  # its first: merges
    assert not copy.exists()
    assert journal.calendar_sources() == ("/home/me/work.ics", "/home/me/family.ics")
    journal.close()


def test_a_calendar_list_copy_cut_short_waits(tmp_path, clock):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    journal.save_calendar_sources(("/home/me/work.ics",))
    copy = journal.layout.own_dir / "calendars.sync-conflict-20261126-101010-ABCDEFG.json"
    copy.write_text('{"sources": ["/home/me/fam')
    copy.chmod(0o600)
    journal.close()
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    assert copy.exists()  # left for a later write, never deleted unread
    assert journal.calendar_sources() == ("/home/me/work.ics",)
    journal.close()
