from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tracker.kernel.codec import (
    entry_from_record,
    entry_to_record,
    person_from_record,
    person_to_record,
)
from tracker.kernel.model import (
    Entry,
    Person,
    ValidationError,
    new_id,
    normalise_name,
    validate_entry,
    validate_person,
)

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def entry(**changes) -> Entry:
    return Entry(
        kind="work", start=T0, end=T0 + timedelta(hours=1), tz="Europe/Amsterdam"
    ).with_changes(**changes)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"end": T0 - timedelta(minutes=1)}, "end", "before start"),
        ({"kind": "nap"}, "kind", "not a kind"),
        ({"title": "x" * 501}, "title", "longer than 500"),
        ({"note": "x" * 10_001}, "note", "longer than 10000"),
        ({"title": "bell\x07"}, "title", "control character"),
        ({"note": "nul\x00"}, "note", "control character"),
        ({"start": "09:00"}, "start", "not a time"),
        ({"start": datetime(2026, 1, 1)}, "start", "not a time"),
        ({"tz": "Mars/Olympus"}, "tz", "time zone"),
        ({"kind": "disruption", "end": T0}, "end", "moment"),
        ({"cause": "tech"}, "cause", "only a disruption"),
        ({"kind": "disruption", "end": None, "cause": " "}, "cause", "empty"),
        ({"kind": "disruption", "end": None, "lost_min": -5}, "lost_min", "between"),
        ({"tags": ("two words",)}, "tags", "one word"),
        ({"people": ("Anna",)}, "people", "not a person id"),
    ],
)
def test_invalid_entries_name_their_field(changes, field, words):
    with pytest.raises(ValidationError) as caught:
        validate_entry(entry(**changes))
    assert caught.value.field == field
    assert words in str(caught.value)


def test_valid_entries_pass():
    validate_entry(entry())
    validate_entry(entry(note="line one\nline two\twith tab"))
    validate_entry(entry(kind="disruption", end=None, cause="my own cause", lost_min=10))
    validate_entry(entry(kind="call", end=None, people=(new_id(),)))


def test_entry_round_trips_and_keeps_unknown_fields():
    original = entry(tags=("sales",), people=(new_id(),), title="Plan ☕")
    record = entry_to_record(original) | {"mood": "good"}
    again = entry_from_record(record)
    assert again == original
    assert entry_to_record(again)["mood"] == "good"
    assert record["start"] == "2026-11-26T09:00:00Z"


def test_a_record_of_the_wrong_shape_is_an_error():
    with pytest.raises(ValueError):
        entry_from_record({"kind": "work"})
    with pytest.raises(ValueError):
        entry_from_record({"id": "x", "kind": "work", "start": "yesterday"})


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"circle": "friends"}, "circle"),
        ({"every_days": 0}, "every_days"),
        ({"every_days": True}, "every_days"),
        ({"name": "tab\tname"}, "name"),
    ],
)
def test_invalid_people(changes, field):
    with pytest.raises(ValidationError) as caught:
        validate_person(Person(name="Anna", circle="peer").with_changes(**changes))
    assert caught.value.field == field


def test_person_round_trip():
    person = Person(name="Zoë", circle="customer", team="Acme", every_days=14, notes="likes jazz")
    assert person_from_record(person_to_record(person)) == person


def test_names_match_without_case_or_accents():
    assert normalise_name("  ZOË  de   Vries") == normalise_name("zoe de vries")
    assert normalise_name("Anna") != normalise_name("Anne")
