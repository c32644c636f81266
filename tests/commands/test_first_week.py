"""A new user's first week, planned as the app plans (issue 20), with an injected clock: first
start on a Monday at 10:00, an import of 1,000 cards left unsorted, a customer added by hand,
lunch as a life block every day. No nudge on day one, never more than the cap, none during
lunch, none for the unsorted cards, and the customer is the first reached out to."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.commands import Commands, ImportPeople
from tracker.kernel.clock import FakeClock
from tracker.kernel.model import Entry, Person
from tracker.nudges.history import ContactHistory
from tracker.nudges.inputs import nudge_inputs
from tracker.people.vcard import read_vcards
from tracker.store.journal import Journal
from tracker.store.tinystorage import MemoryFiles

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY_10 = datetime(2026, 11, 23, 10, 0, tzinfo=AMS)


def _cards(count: int) -> list[dict]:
    text = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card {i:04d}\r\nEMAIL:c{i}@example.com\r\nEND:VCARD\r\n"
        for i in range(count)
    )
    return [card.to_record() for card in read_vcards(text.encode()).cards]


@pytest.fixture
def first_week(tmp_path):
    clock = FakeClock(MONDAY_10.astimezone(UTC))
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock, memory=MemoryFiles()).open()
    door = Commands(journal, clock)
    door.run(ImportPeople(cards=_cards(1000), circle=None, source="everyone.vcf"))
    customer = journal.add_person(Person(name="Zoë Klant", circle="customer", every_days=3))
    yield journal, clock, customer
    journal.close()


def _answer(journal, clock, moment: datetime, shown: list) -> None:
    """Plan as the app does, and answer every nudge shown: I reached out logs a contact."""
    now = clock.now()
    inputs = nudge_inputs(journal, ContactHistory(journal, clock), now, AMS)
    state = inputs.state
    for nudge in inputs.plan().due:
        state = state.with_shown(nudge, now)
        shown.append((moment, nudge.kind, nudge.person))
        if nudge.kind == "reach_out":
            journal.add(Entry(kind="contact", start=now, people=(nudge.person,)))
    if state != inputs.state:
        journal.save_nudge_state(state)


def test_the_first_week_of_a_new_user(first_week):
    journal, clock, customer = first_week
    settings = journal.settings()
    shown: list[tuple[datetime, str, str | None]] = []
    lunch: Entry | None = None
    moment = MONDAY_10
    while moment < MONDAY_10 + timedelta(days=7):
        now = moment.astimezone(UTC)
        clock.set(now)
        local = moment.astimezone(AMS)
        if (local.hour, local.minute) == (12, 30):  # lunch, logged as it starts
            lunch = journal.add(Entry(kind="life", start=now, title="lunch"))
        if lunch is not None and (local.hour, local.minute) == (13, 15):
            lunch = journal.update(lunch.with_changes(end=now)) and None
        if 8 <= local.hour < 18 and local.minute in (0, 30):  # the nudge hours, and around
            _answer(journal, clock, moment, shown)
        moment += timedelta(minutes=15)

    capped = [(at, kind, who) for at, kind, who in shown if kind in ("reach_out", "plan_live")]
    assert capped, "the customer falls due on Thursday"
    assert all(at.date() != MONDAY_10.date() for at, _k, _w in capped)  # nothing on day one
    per_day: dict = {}
    for at, _kind, _who in capped:
        per_day[at.date()] = per_day.get(at.date(), 0) + 1
    assert max(per_day.values()) <= settings.max_nudges_per_day
    during_lunch = [at for at, _k, _w in capped if (12, 30) <= (at.hour, at.minute) < (13, 15)]
    assert during_lunch == []
    unsorted = {p.id for p in journal.people() if p.circle is None}
    assert len(unsorted) == 1000 and not {who for _a, _k, who in capped} & unsorted
    first_reach = next(who for _at, kind, who in capped if kind == "reach_out")
    assert first_reach == customer.id
