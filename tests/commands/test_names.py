"""One person per human: names resolved as docs/ARCHITECTURE.md says of names."""

from __future__ import annotations

import pytest

from tracker.commands import AddPerson, AmbiguousName, DeletePerson, Log, MergePeople
from tracker.kernel.model import Person, ValidationError
from tracker.people.identity import resolve_name


def person(name, **fields):
    return Person(name=name, circle=fields.pop("circle", "customer"), **fields)


PEOPLE = [
    person("Maria Jansen", emails=("maria@example.org",)),
    person("Zoë de Vries", aliases=("Zo",)),
    person("Anna Smit"),
    person("Anna Bakker"),
    person("Joost"),
]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Maria Jansen", "Maria Jansen"),  # the full name
        ("maria jansen", "Maria Jansen"),  # ignoring case
        ("Maria", "Maria Jansen"),  # a unique first name
        ("zoe", "Zoë de Vries"),  # ignoring accents
        ("Zoe de", "Zoë de Vries"),  # a leading part of the name
        ("zo", "Zoë de Vries"),  # an alias
        ("MARIA@example.org", "Maria Jansen"),  # an e-mail address
        ("Anna Smit", "Anna Smit"),  # a full name wins over a shared first name
        ("Joost", "Joost"),
        ("Eva", None),  # nobody
        ("Jansen", None),  # a surname alone is not a leading part
    ],
)
def test_a_name_finds_one_person(typed, expected):
    found = resolve_name(typed, PEOPLE)
    assert (found.person.name if found.person else None) == expected
    assert not found.ambiguous


def test_a_shared_first_name_is_ambiguous_and_names_the_candidates():
    found = resolve_name("anna", PEOPLE)
    assert found.person is None
    assert [p.name for p in found.candidates] == ["Anna Bakker", "Anna Smit"]


def test_a_merged_record_leads_to_the_person_who_stays():
    kept = person("Maria Jansen")
    away = person("Mia", merged_into=kept.id)
    assert resolve_name("Mia", [kept, away]).person == kept
    assert resolve_name("Maria", [kept, away]).person == kept  # not ambiguous with itself


@pytest.fixture
def maria(door):
    return door.run(AddPerson(name="Maria Jansen", circle="customer")).stored or None


def log(door, text):
    return door.run(Log(line=text, tz="UTC"))


def test_first_names_in_quick_entries_find_the_person_you_have(door, journal, maria):
    a = log(door, "call with Maria 10:00-10:30").stored[0]
    b = log(door, "call with maria jansen 11:00-11:30").stored[0]
    only = journal.people()
    assert len(only) == 1 and a.people == b.people == (only[0].id,)
    assert b.title == ""  # "jansen" was part of the name, not the title


def test_a_lower_case_name_with_a_circle_is_a_new_person(door, journal):
    result = log(door, "call with eva smit (customer) 16:00-16:20")
    assert [(p.name, p.circle) for p in result.people_added] == [("Eva Smit", "customer")]
    assert result.stored[0].title == ""


def test_words_that_are_nobody_stay_in_the_title(door, journal):
    result = log(door, "life Saturday with kids")
    assert result.stored[0].title == "Saturday with kids"
    assert result.stored[0].people == () and journal.people() == []


def test_a_new_capitalised_name_becomes_an_unsorted_person(door, journal):
    result = log(door, "call with Pieter")
    assert [(p.name, p.circle) for p in result.people_added] == [("Pieter", None)]


def test_a_circle_typed_for_an_unsorted_person_sorts_them(door, journal):
    maria = door.run(AddPerson(name="Maria")).people_added[0]
    result = log(door, "call with Maria (customer) 10:00-10:30")
    assert [(p.id, p.circle) for p in result.people_changed] == [(maria.id, "customer")]
    assert [p.circle for p in journal.people()] == ["customer"]
    door.run(Log(kind="contact", names=(("Maria", "peer"),), tz="UTC"))
    assert [p.circle for p in journal.people()] == ["customer"]  # a sorted circle stays


def test_adding_a_person_keeps_the_next_action_agreed(door, journal):
    door.run(AddPerson(name="Maria", next_action="send the offer by Friday"))
    assert [p.next_action for p in journal.people()] == ["send the offer by Friday"]


def test_an_ambiguous_name_writes_nothing(door, journal):
    door.run(AddPerson(name="Anna Smit", circle="peer"))
    door.run(AddPerson(name="Anna Bakker", circle="peer"))
    with pytest.raises(AmbiguousName) as refused:
        log(door, "call with Anna and Zoe 9:00-9:30")
    assert refused.value.code == "ambiguous_name"
    assert "Anna Bakker, Anna Smit" in str(refused.value)
    assert len(journal.people()) == 2  # Zoe was not added either
    assert not journal.entries_between(*_today(journal))


def _today(journal):
    from datetime import timedelta

    now = journal.clock.now()
    return now - timedelta(days=1), now + timedelta(days=1)


def test_merged_people_count_old_entries_for_the_one_who_stays(door, journal, clock):
    from datetime import timedelta

    door.run(AddPerson(name="Maria Jansen", circle="customer"))
    door.run(AddPerson(name="Mia", circle="peer"))
    clock.advance(hours=1)
    log(door, "contact with Mia")
    clock.advance(hours=1)
    door.run(MergePeople(name="Mia", into="Maria Jansen"))
    kept = journal.people()
    assert [p.name for p in kept] == ["Maria Jansen"] and "Mia" in kept[0].aliases
    assert journal.last_contacts() == {kept[0].id: clock.now() - timedelta(hours=1)}
    assert log(door, "call with mia").stored[0].people == (kept[0].id,)


def test_old_entries_show_the_name_of_the_person_who_stays(door, journal, clock):
    door.run(AddPerson(name="Maria Jansen", circle="customer"))
    old = log(door, "contact with Mia").stored[0]
    door.run(MergePeople(name="Mia", into="Maria Jansen"))
    by_id = journal.people_by_id()
    assert by_id[old.people[0]].name == "Maria Jansen"
    assert journal.get(old.id, near=old.start).people == old.people  # nothing was rewritten


@pytest.mark.parametrize(
    ("line", "names", "title"),
    [
        ("call with maria jansen and anna smit", ["Anna Smit", "Maria Jansen"], ""),
        ("call with joost bakker, maria jansen budget", ["Joost Bakker", "Maria Jansen"], "budget"),
        ("call with maria jansen and kids", ["Maria Jansen"], "and kids"),
        (
            "call with maria about budget and planning",
            ["Maria Jansen"],
            "about budget and planning",
        ),
    ],
)
def test_lower_case_full_names_go_on_to_the_people_after_them(door, journal, line, names, title):
    for name in ("Maria Jansen", "Anna Smit", "Joost Bakker"):
        door.run(AddPerson(name=name, circle="peer"))
    entry = log(door, line).stored[0]
    by_id = journal.people_by_id()
    assert sorted(by_id[p].name for p in entry.people) == names
    assert entry.title == title


def test_a_merged_name_typed_in_lower_case_leaves_no_word_behind(door, journal):
    door.run(AddPerson(name="Anna de Vries", circle="peer"))
    door.run(AddPerson(name="Anna Berg", circle="peer"))
    door.run(MergePeople(name="Anna Berg", into="Anna de Vries"))
    entry = log(door, "call with anna berg budget").stored[0]
    assert entry.title == "budget"
    assert [journal.people_by_id()[p].name for p in entry.people] == ["Anna de Vries"]


def test_merging_a_record_that_was_merged_already_keeps_both_people(door, journal):
    a = door.run(AddPerson(name="Anna de Vries", circle="peer")).people_added[0]
    b = door.run(AddPerson(name="Anna Berg", circle="peer")).people_added[0]
    door.run(MergePeople(name=b.id, into=a.id))
    with pytest.raises(ValidationError):
        door.run(MergePeople(name=a.id, into=b.id))  # b leads to a: one record already
    assert [p.name for p in journal.people()] == ["Anna de Vries"]
    door.run(DeletePerson(person_id=b.id))  # the merged record only, never the one kept
    assert [p.name for p in journal.people()] == ["Anna de Vries"]


def test_ids_and_lists_in_a_request_are_checked(door, journal):
    from tracker.commands import EditPerson

    with pytest.raises(ValidationError):
        door.run(Log(kind="call", person_ids=("0" * 32,), tz="UTC"))
    anna = door.run(AddPerson(name="Anna", circle="peer")).people_added[0]
    with pytest.raises(ValidationError):
        door.run(EditPerson(person_id=anna.id, changes={"aliases": "Bobby"}))
    assert journal.people()[0].aliases == ()
