"""The nudge plan's one builder (tracker/nudges/inputs.py): what it reads, and what it counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry, Person
from tracker.nudges.history import ContactHistory
from tracker.nudges.inputs import first_use, latest_live, nudge_inputs

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY_0003 = datetime(2026, 11, 23, 0, 3, tzinfo=AMS).astimezone(UTC)


def test_a_block_running_since_last_week_keeps_its_pauses(journal, clock):
    """Just after midnight on Monday, the call that ended inside Sunday's block is a pause."""
    clock.set(MONDAY_0003)
    every_hour = journal.settings().with_changes(
        nudge_start_hour=0, nudge_end_hour=24, nudge_days=(0, 1, 2, 3, 4, 5, 6)
    )
    journal.save_settings(every_hour)
    sunday = MONDAY_0003 - timedelta(minutes=160)  # 70 minutes past its focus length
    block = journal.add(Entry(kind="work", start=sunday))
    call = journal.add(Entry(kind="call", start=sunday + timedelta(minutes=30),
                             end=MONDAY_0003 - timedelta(minutes=5)))  # fmt: skip
    journal.add(Entry(kind="contact", start=sunday - timedelta(days=2)))  # before the block
    inputs = nudge_inputs(journal, ContactHistory(journal, clock), MONDAY_0003, AMS)
    assert [e.id for e in inputs.current] == [block.id, call.id]
    assert inputs.plan().at_pause  # right after the call, not "focused until the next break"


def test_history_is_read_once_and_a_planned_live_meeting_counts(journal, clock):
    clock.set(MONDAY_0003)
    anna = journal.add_person(Person(name="Anna", circle="peer"))
    held = MONDAY_0003 - timedelta(days=20)
    journal.add(Entry(kind="meeting", start=held, end=held + timedelta(hours=1), people=(anna.id,)))
    history = ContactHistory(journal, clock)
    planned = MONDAY_0003 + timedelta(days=3)
    first = nudge_inputs(journal, history, MONDAY_0003, AMS)
    again = nudge_inputs(journal, history, MONDAY_0003, AMS, planned_live=planned)
    assert history.reads == 2  # the last contacts and the last live meeting, each once
    assert (first.last_live, again.last_live) == (held, planned)
    assert first.last_contacts == {anna.id: held}
    assert [n.kind for n in first.plan().due] == []  # outside the nudge hours at midnight
    assert latest_live(planned, held) == planned and latest_live(None, None) is None


def test_a_fresh_folder_knows_its_first_use_and_nothing_is_due_on_day_one(journal, clock):
    """Issue 20: a new user is not nudged in the first minute; meta.json keeps the first start,
    a person keeps when they were added, and a day later with something logged, they count."""
    started = journal.first_use()
    assert started is not None and started <= clock.now()
    inputs = nudge_inputs(journal, ContactHistory(journal, clock), clock.now(), AMS)
    assert (inputs.first_use, inputs.logged) == (started, False)
    anna = journal.add_person(Person(name="Anna", circle="customer", every_days=7))
    assert anna.created and journal.people_by_id()[anna.id].created == anna.created
    assert inputs.plan().due == []
    journal.add(Entry(kind="work", start=clock.now(), end=clock.now() + timedelta(minutes=5)))
    later = clock.now() + timedelta(days=8)
    clock.set(later)
    inputs = nudge_inputs(journal, ContactHistory(journal, clock), later, AMS)
    assert inputs.logged and inputs.first_use == started
    assert anna.id in {w.person for w in inputs.plan().waiting} | {
        n.person for n in inputs.plan().due
    }


def test_an_old_folder_counts_from_its_first_day_with_entries():
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    assert first_use(None, []) is None
    assert first_use(start, []) == start
    assert first_use(None, ["2025-03-01", "2026-01-01"]) == datetime(2025, 3, 2, tzinfo=UTC)
    assert first_use(start, ["2026-01-05"]) == start  # logged on the first day: the start
