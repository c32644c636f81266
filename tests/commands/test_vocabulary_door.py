"""A word for a kind, cause or circle is read once, in the command layer: the socket, the
tray, the quick-entry line and the command line store the same value for the same word."""

from __future__ import annotations

import pytest

from tracker.commands import AddPerson, EditEntry, EditPerson, ImportPeople, Log
from tracker.commands.protocol import decode_line, encode_line
from tracker.commands.requests import request_from_json
from tracker.kernel.model import ValidationError


def over_the_socket(name, fields):
    """As the app's socket server reads a request: one JSON line, then a typed request."""
    line = encode_line({"v": 1, "id": "r1", "request": name, "fields": fields})
    message = decode_line(line)
    return request_from_json(message["request"], message["fields"])


def test_a_dutch_cause_over_the_socket_is_stored_as_the_command_line_stores_it(door):
    request = over_the_socket("log", {"kind": "disruption", "cause": "techniek", "title": "x"})
    [entry] = door.run(request).stored
    assert (entry.kind, entry.cause) == ("disruption", "tech")


@pytest.mark.parametrize(
    ("kind", "cause"),
    [("Storing", "Techniek"), ("DISRUPTION", "Tech, wifi"), ("verstoring", "TECH")],
)
def test_any_case_and_the_labels_are_read_too(door, kind, cause):
    [entry] = door.run(over_the_socket("log", {"kind": kind, "cause": cause})).stored
    assert (entry.kind, entry.cause) == ("disruption", "tech")


def test_a_cause_of_ones_own_stays_as_written(door):
    [entry] = door.run(Log(kind="disruption", cause="Printer jam")).stored
    assert entry.cause == "Printer jam"


def test_a_quick_entry_line_stores_the_same_cause(door):
    [entry] = door.run(Log(line="storing techniek x")).stored
    assert (entry.kind, entry.cause, entry.title) == ("disruption", "tech", "x")


def test_a_request_holds_the_stored_word_whoever_built_it():
    assert Log(kind="Werk").kind == "work" and Log(cause="Techniek").cause == "tech"
    assert AddPerson(name="X", circle="Own team").circle == "team"
    assert ImportPeople(circle="klant").circle == "customer"
    assert Log(names=(("Eva", "Leiding"),)).names == (("Eva", "leadership"),)
    changed = EditEntry(entry_id="e", changes={"kind": "storing", "cause": "uitloop", "title": "t"})
    assert changed.changes == {"kind": "disruption", "cause": "overrun", "title": "t"}
    assert EditPerson(person_id="p", changes={"circle": "Other team"}).changes == {"circle": "peer"}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("Leadership", "leadership"), ("klant", "customer"), ("Own team", "team"), ("peer", "peer")],
)
def test_a_circle_over_the_socket_is_stored_in_its_one_word(door, typed, stored):
    result = door.run(over_the_socket("people.add", {"name": "Eva Smit", "circle": typed}))
    assert [p.circle for p in result.people_added] == [stored]


def test_a_circle_edited_by_its_dutch_word(door):
    [eva] = door.run(AddPerson(name="Eva Smit", circle="peer")).people_added
    [changed] = door.run(EditPerson(person_id=eva.id, changes={"circle": "Klant"})).people_changed
    assert changed.circle == "customer"


def test_a_word_that_names_no_circle_is_still_refused(door):
    with pytest.raises(ValidationError) as refused:
        door.run(AddPerson(name="Eva Smit", circle="friends"))
    assert refused.value.code == "unknown_circle" and refused.value.values["circle"] == "friends"


def test_an_entry_edited_to_a_dutch_cause(door):
    [entry] = door.run(Log(kind="disruption", cause="noise")).stored
    [edited] = door.run(EditEntry(entry_id=entry.id, changes={"cause": "Techniek"})).stored
    assert edited.cause == "tech"
