"""The journal's behaviour, run against TinyDB-shaped memory and against the real files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tracker.kernel.model import Entry, Person, ValidationError


def day_range(moment: datetime) -> tuple[datetime, datetime]:
    start = moment.replace(hour=0, minute=0)
    return start, start + timedelta(days=1)


def test_added_entries_come_back(journal, clock):
    entry = journal.add(Entry(kind="work", start=clock.now(), end=clock.now() + timedelta(hours=1)))
    assert entry.rev == 1 and entry.device == "laptop-aaaaaa" and entry.updated
    assert journal.entries_between(*day_range(clock.now())) == [entry]


def test_invalid_entries_are_refused_and_nothing_is_written(journal, clock):
    with pytest.raises(ValidationError):
        journal.add(Entry(kind="work", start=clock.now(), end=clock.now() - timedelta(hours=1)))
    assert journal.entries_between(*day_range(clock.now())) == []


def test_update_makes_a_new_revision(journal, clock):
    entry = journal.add(Entry(kind="work", start=clock.now(), end=clock.now() + timedelta(hours=1)))
    clock.advance(minutes=1)
    edited = journal.update(entry.with_changes(title="renamed"))
    assert edited.rev == 2
    assert journal.entries_between(*day_range(entry.start))[0].title == "renamed"


def test_moving_an_entry_to_another_month_leaves_one_visible_version(journal, clock):
    entry = journal.add(Entry(kind="work", start=clock.now(), end=clock.now() + timedelta(hours=1)))
    earlier = datetime(2026, 10, 30, 9, tzinfo=UTC)
    moved = journal.update(entry.with_changes(start=earlier, end=earlier + timedelta(hours=1)))
    assert journal.entries_between(*day_range(clock.now())) == []
    assert journal.entries_between(*day_range(earlier)) == [moved]


def test_delete_is_a_tombstone_and_undo_brings_it_back(journal, clock):
    entry = journal.add(Entry(kind="disruption", start=clock.now(), cause="noise"))
    gone = journal.delete(entry)
    assert gone.deleted and gone.rev == 2
    assert journal.entries_between(*day_range(clock.now())) == []
    back = journal.undelete(gone)
    assert journal.entries_between(*day_range(clock.now())) == [back]


def test_a_range_shows_a_block_running_since_an_earlier_month(journal, clock):
    clock.set(datetime(2026, 11, 30, 22, tzinfo=UTC))
    block = journal.add(Entry(kind="work", start=clock.now(), title="late push"))
    clock.set(datetime(2026, 12, 2, 8, tzinfo=UTC))
    found = journal.entries_between(*day_range(clock.now()))
    assert [e.id for e in found] == [block.id]


def test_reading_merges_device_folders_by_revision(make_journal, clock):
    laptop = make_journal("laptop-aaaaaa")
    desktop = make_journal("desktop-bbbbbb")
    entry = laptop.add(Entry(kind="work", start=clock.now(), end=clock.now() + timedelta(hours=1)))
    clock.advance(seconds=5)
    edited = desktop.update(entry.with_changes(title="edited on the desktop"))
    assert edited.device == "desktop-bbbbbb" and edited.rev == 2
    assert laptop.entries_between(*day_range(entry.start)) == [edited]
    clock.advance(seconds=5)
    laptop.delete(edited)
    assert desktop.entries_between(*day_range(entry.start)) == []


def test_same_revision_on_two_devices_resolves_the_same_everywhere(make_journal, clock):
    laptop = make_journal("laptop-aaaaaa")
    desktop = make_journal("desktop-bbbbbb")
    entry = laptop.add(Entry(kind="work", start=clock.now(), end=clock.now() + timedelta(hours=1)))
    laptop.update(entry.with_changes(title="laptop"))
    # The desktop edits its copy before the sync brought the laptop's: both make rev 2.
    desktop.entry_store._put(desktop.stamp(entry.with_changes(title="desktop"), 2))
    seen = {j.entries_between(*day_range(entry.start))[0].title for j in (laptop, desktop)}
    assert seen == {"laptop"}  # same rev and time: the higher device name wins, everywhere


def test_people_add_update_delete(journal):
    anna = journal.add_person(Person(name="Anna de Vries", circle="team", team="Product"))
    renamed = journal.update_person(anna.with_changes(every_days=14))
    assert renamed.rev == 2 and journal.people() == [renamed]
    journal.delete_person(renamed)
    assert journal.people() == []
    assert len(journal.people(include_deleted=True)) == 1


def test_last_contact_per_person(journal, clock):
    anna = journal.add_person(Person(name="Anna", circle="peer"))
    joost = journal.add_person(Person(name="Joost", circle="customer"))
    journal.add_person(Person(name="Nobody", circle="partner"))
    long_ago = clock.now() - timedelta(days=70)
    journal.add(Entry(kind="contact", start=long_ago, people=(anna.id,)))
    journal.add(Entry(kind="call", start=clock.now(), end=clock.now(), people=(anna.id, joost.id)))
    journal.add(Entry(kind="work", start=clock.now() - timedelta(hours=3), end=clock.now()))
    last = journal.last_contacts()
    assert last == {anna.id: clock.now(), joost.id: clock.now()}


def test_opening_a_week_reads_only_the_days_around_it(file_journal, clock, monkeypatch):
    file_journal.add(Entry(kind="disruption", start=clock.now(), cause="noise"))
    for days_back in (3, 10, 40, 70, 200, 365):
        moment = clock.now() - timedelta(days=days_back)
        file_journal.add(Entry(kind="disruption", start=moment, cause="tech"))
    read: list[str] = []
    from tracker.store import files as journal_module

    original = journal_module.read_json_file

    def spy(path):
        data = original(path)
        if data is not None:
            read.append(path.name)
        return data

    monkeypatch.setattr(journal_module, "read_json_file", spy)
    file_journal.entries_between(*day_range(clock.now()))
    file_journal.running()
    # The day itself, the week's lookback for long blocks, and the running() window of 32 days.
    assert set(read) == {"entries-2026-11-26.json", "entries-2026-11-23.json",
                         "entries-2026-11-16.json"}  # fmt: skip


def test_settings_newest_across_devices_wins(make_journal, clock):
    from tracker.kernel.settings import Settings

    laptop, desktop = make_journal("laptop-aaaaaa"), make_journal("desktop-bbbbbb")
    assert laptop.settings() == Settings()
    laptop.save_settings(Settings(own_team="Product"))
    clock.advance(minutes=1)
    desktop.save_settings(Settings(own_team="Sales", max_nudges_per_day=3))
    assert laptop.settings().own_team == "Sales" and laptop.settings().max_nudges_per_day == 3


def test_nudge_state_round_trips(journal, clock):
    from tracker.kernel.nudgestate import NudgeState
    from tracker.nudges.policy import Nudge

    state = NudgeState().with_shown(Nudge("reach_out", "p" * 32, "reach_out:x"), clock.now())
    state = state.with_snooze("reach_out:x", clock.now() + timedelta(hours=1))
    state = state.with_skip("p" * 32, clock.now().date())
    journal.save_nudge_state(state)
    assert journal.nudge_state() == state


def test_last_live_meeting(journal, clock):
    assert journal.last_live_meeting() is None
    journal.add(
        Entry(
            kind="meeting",
            start=clock.now() - timedelta(days=40),
            end=clock.now() - timedelta(days=40),
        )
    )
    assert journal.last_live_meeting() == clock.now() - timedelta(days=40)


def test_a_stale_copy_in_the_old_month_does_not_bring_a_deleted_meeting_back(journal, clock):
    anna = journal.add_person(Person(name="Anna", circle="peer"))
    march = datetime(2026, 3, 2, 10, tzinfo=UTC)
    meeting = journal.add(
        Entry(kind="meeting", start=march, end=march + timedelta(hours=1), people=(anna.id,))
    )
    february = datetime(2026, 2, 27, 10, tzinfo=UTC)
    moved = journal.update(meeting.with_changes(start=february, end=february + timedelta(hours=1)))
    journal.delete(moved)
    clock.set(datetime(2026, 3, 20, 10, tzinfo=UTC))
    assert journal.last_live_meeting() is None
    assert anna.id not in journal.last_contacts()


def test_a_moved_and_stopped_block_is_not_running_any_more(journal, clock):
    clock.set(datetime(2026, 4, 1, 9, tzinfo=UTC))
    block = journal.add(Entry(kind="work", start=clock.now()))
    moved = journal.update(block.with_changes(start=datetime(2026, 2, 25, 9, tzinfo=UTC)))
    clock.advance(hours=3)
    journal.update(moved.with_changes(end=clock.now()))
    assert journal.running() == []


def test_a_weekend_block_from_the_last_month_shows_in_the_week(journal, clock):
    clock.set(datetime(2026, 3, 10, 9, tzinfo=UTC))
    block = journal.add(
        Entry(
            kind="life",
            start=datetime(2026, 2, 27, 18, tzinfo=UTC),
            end=datetime(2026, 3, 2, 8, tzinfo=UTC),
        )
    )
    week = journal.entries_between(
        datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 9, tzinfo=UTC)
    )
    assert [e.id for e in week] == [block.id]


def test_update_finds_an_entry_moved_by_months(journal, clock):
    entry = journal.add(
        Entry(kind="disruption", start=datetime(2026, 3, 10, 9, tzinfo=UTC), cause="tech")
    )
    moved = journal.update(entry.with_changes(start=datetime(2026, 1, 10, 9, tzinfo=UTC)))
    assert moved.rev == 2


def test_a_two_week_block_shows_in_its_second_week(journal, clock):
    holiday = journal.add(
        Entry(kind="life", start=clock.now() - timedelta(days=14), end=clock.now(), title="away")
    )
    second_week = journal.entries_between(clock.now() - timedelta(days=6), clock.now())
    assert [e.id for e in second_week] == [holiday.id]
