"""The immutable value class behind Entry and Person."""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, datetime

import pytest

from tracker.kernel.model import Entry, Person

START = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def test_an_entry_cannot_be_changed_in_place():
    entry = Entry(kind="work", start=START)
    with pytest.raises(AttributeError, match="with_changes"):
        entry.title = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del entry.title


def test_equality_and_hash_ignore_the_unknown_fields_kept_for_round_trips():
    entry = Entry(kind="work", start=START, title="plan")
    twin = entry.with_changes(extra={"colour": "red"})
    assert entry == twin and hash(entry) == hash(twin)
    assert entry != entry.with_changes(title="other")
    assert entry != Person(name="Anna", circle="peer", id=entry.id)


def test_with_changes_keeps_the_id_and_refuses_an_unknown_field():
    entry = Entry(kind="work", start=START)
    assert entry.with_changes(title="x").id == entry.id
    assert Entry(kind="work", start=START).id != entry.id  # a new entry gets a new id
    with pytest.raises(TypeError):
        entry.with_changes(colour="red")


def test_copies_and_pickles_come_back_equal():
    person = Person(name="Anna", circle="peer", emails=("anna@example.com",))
    assert copy.deepcopy(person) == person
    assert pickle.loads(pickle.dumps(person)) == person
    assert repr(person).startswith("Person(name='Anna', circle='peer'")
