"""The nudges' view of history moves on with each change instead of re-reading a year."""

from __future__ import annotations

from datetime import timedelta

from tracker.commands import AddPerson, DeleteEntry, Log, MergePeople, Stop
from tracker.nudges.history import ContactHistory


def test_a_logged_contact_moves_the_answer_on_without_reading_history(door, journal, clock):
    anna = door.run(AddPerson(name="Anna", circle="peer")).people_added[0]
    history = ContactHistory(journal, clock)
    door.subscribe(lambda result, _who: history.apply(result))
    assert history.last_contacts() == {} and history.last_live_meeting() is None
    assert history.reads == 2
    clock.advance(minutes=5)
    door.run(Log(kind="contact", person_ids=(anna.id,), tz="UTC"))
    clock.advance(minutes=5)
    meeting = door.run(Log(kind="meeting", names=[("Anna", None)], tz="UTC")).stored[0]
    assert history.last_contacts() == {anna.id: meeting.start}
    assert history.last_live_meeting() == meeting.start
    assert history.reads == 2  # no day file was read again for the clicks
    assert history.last_contacts() == journal.last_contacts()


def test_a_delete_or_a_merge_reads_history_again(door, journal, clock):
    anna = door.run(AddPerson(name="Anna", circle="peer")).people_added[0]
    door.run(AddPerson(name="Annie", circle="peer"))
    history = ContactHistory(journal, clock)
    door.subscribe(lambda result, _who: history.apply(result))
    first = door.run(Log(kind="contact", person_ids=(anna.id,), tz="UTC")).stored[0]
    clock.advance(hours=1)
    later = door.run(Log(kind="contact", names=[("Annie", None)], tz="UTC")).stored[0]
    assert history.last_contacts()[anna.id] == first.start
    door.run(MergePeople(name="Annie", into="Anna"))
    assert history.last_contacts() == {anna.id: later.start}
    door.run(DeleteEntry(entry_id=later.id, near=later.start))
    assert history.last_contacts() == {anna.id: first.start}
    assert history.last_contacts() == journal.last_contacts()
    assert clock.now() - first.start == timedelta(hours=1)


def test_an_edit_that_makes_a_meeting_something_else_reads_history_again(door, journal, clock):
    """The version written is no contact any more, the one it replaced was: the answers that
    counted it are read again, as after a delete."""
    from tracker.commands import EditEntry

    door.run(AddPerson(name="Anna", circle="peer"))
    history = ContactHistory(journal, clock)
    door.subscribe(lambda result, _who: history.apply(result))
    assert history.last_contacts() == {} and history.last_live_meeting() is None
    clock.advance(minutes=5)
    meeting = door.run(Log(kind="meeting", names=[("Anna", None)], tz="UTC")).stored[0]
    door.run(Stop(what="calls"))
    assert history.last_live_meeting() == meeting.start
    assert history.last_contacts() == journal.last_contacts() != {}
    door.run(EditEntry(entry_id=meeting.id, changes={"kind": "work"}, near=meeting.start))
    assert history.last_live_meeting() is None
    assert history.last_contacts() == journal.last_contacts() == {}
