"""`people.done` (issue 22): a next action agreed after a call marked kept, through the door,
the one way the command line, the follow-up dialog and a person's page all do it; a change
notice tells open windows; a refusal writes nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tracker.commands import KeepAction, MergePeople, Result
from tracker.commands.errors import Refused
from tracker.kernel.model import Person
from tracker.store.prompts import agreed_actions, note_prompt


@pytest.fixture
def bram(journal) -> Person:
    return journal.add_person(Person(name="Bram", circle="customer"))


def agree(journal, call_id: str, text: str, person: Person, days: int = 0) -> None:
    at = journal.clock.now() - timedelta(days=10 - days)
    note_prompt(journal, call_id, "agreed", at, action=text, people=(person.id,))


def test_done_by_name_keeps_the_last_action_agreed_with_them(door, journal, clock, bram):
    agree(journal, "call-1", "Send the offer", bram)
    agree(journal, "call-2", "Sign the contract", bram, days=5)
    result = door.run(KeepAction(name="bram"))
    assert result.action == ("call-2", bram.id)
    assert result.changes.actions and result.changes
    found = agreed_actions(journal)
    assert found["call-2"].kept and found["call-2"].kept_at == clock.now()
    assert not found["call-1"].kept
    again = door.run(KeepAction(name="Bram"))
    assert again.has_note("unchanged") and not again.changes
    # The answer the socket sends carries it too (the command line's notice).
    assert Result.from_json(result.to_json()).action == ("call-2", bram.id)


def test_done_for_one_call_keeps_that_one(door, journal, bram):
    agree(journal, "call-1", "Send the offer", bram)
    agree(journal, "call-2", "Sign the contract", bram, days=5)
    door.run(KeepAction(person_id=bram.id, call_id="call-1"))
    found = agreed_actions(journal)
    assert found["call-1"].kept and not found["call-2"].kept


def test_an_action_agreed_with_a_record_merged_away_is_theirs(door, journal):
    anna = journal.add_person(Person(name="Anna", circle="team"))
    anne = journal.add_person(Person(name="Anne", circle="team"))
    agree(journal, "call-1", "Plan the trip", anna)
    door.run(MergePeople(name="Anna", into="Anne"))
    assert door.run(KeepAction(name="Anne")).action == ("call-1", anne.id)


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"name": "Bram"}, "no_next_action"),
        ({"name": "Nobody"}, "no_such_person"),
        ({"name": "Bram", "call_id": "call-9"}, "no_next_action"),
        ({"name": "Bram", "call_id": "call-cas"}, "no_next_action"),  # agreed with another
    ],
)
def test_nothing_to_keep_is_refused_and_nothing_written(door, journal, bram, fields, code):
    cas = journal.add_person(Person(name="Cas", circle="team"))
    agree(journal, "call-cas", "Cas's action", cas)
    before = agreed_actions(journal)
    with pytest.raises(Refused) as refused:
        door.run(KeepAction(**fields))
    assert refused.value.code == code
    assert agreed_actions(journal) == before


def test_the_request_crosses_the_socket_as_it_was(door, journal, clock, bram):
    """The command line sends people.done to a running app as JSON: read back the same."""
    from tracker.commands import request_from_json

    agree(journal, "call-1", "Send the offer", bram)
    sent = KeepAction(name="Bram", call_id="call-1", now=clock.now())
    received = request_from_json(sent.NAME, sent.to_json())
    assert isinstance(received, KeepAction) and received.to_json() == sent.to_json()
    assert door.run(received).action == ("call-1", bram.id)
