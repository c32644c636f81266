"""Many people changed at once through the door (issue 20: a thousand imported cards are
sorted by the screenful): one request, one write, one undo."""

from __future__ import annotations

import pytest

from tracker.commands import DeletePeople, EditPeople, Undo, request_from_json
from tracker.commands.errors import Refused
from tracker.kernel.model import Person


@pytest.fixture
def crowd(journal):
    return journal.put_people([(True, Person(name=f"Card {i:03d}")) for i in range(50)])


def test_a_circle_for_many_in_one_write_and_one_undo(door, journal, crowd):
    chosen = [p.id for p in crowd[:30]]
    result = door.run(EditPeople(person_ids=chosen, changes={"circle": "klant"}))  # Dutch too
    assert result.changes.people
    circles = {p.id: p.circle for p in journal.people()}
    assert [circles[i] for i in chosen] == ["customer"] * 30
    assert {circles[p.id] for p in crowd[30:]} == {None}
    door.run(Undo())
    assert {p.circle for p in journal.people()} == {None}


def test_removing_many_is_one_undo(door, journal, crowd):
    door.run(DeletePeople(person_ids=[p.id for p in crowd[:10]]))
    assert len(journal.people()) == 40
    door.run(Undo())
    assert len(journal.people()) == 50


def test_only_what_many_may_share_and_only_people_who_are_there(door, journal, crowd):
    with pytest.raises(Refused):
        door.run(EditPeople(person_ids=[crowd[0].id, crowd[1].id], changes={"name": "Same"}))
    with pytest.raises(Refused):
        door.run(EditPeople(person_ids=[crowd[0].id, "gone"], changes={"circle": "peer"}))
    assert {p.circle for p in journal.people()} == {None}  # nothing written


def test_they_travel_over_the_socket_as_json():
    request = EditPeople(person_ids=("a", "b"), changes={"circle": "peer"})
    assert request_from_json(request.NAME, request.to_json()) == request
