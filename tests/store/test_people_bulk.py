"""Many people written at once (an import): one write of the people file, not one each (each
write rewrites the whole file, so one each made a 20,000-card import quadratic)."""

from __future__ import annotations

from tracker.kernel.model import Person


def test_many_people_are_written_with_one_write_and_read_back(file_journal, monkeypatch):
    from tracker.store import tinystorage

    writes = []
    real = tinystorage.write_json_file
    monkeypatch.setattr(
        tinystorage, "write_json_file", lambda path, data: writes.append(path) or real(path, data)
    )
    kept = file_journal.add_person(Person(name="Kept", circle="team", extra={"later": 1}))
    writes.clear()
    new = [Person(name=f"Person {i}", circle="peer") for i in range(500)]
    stored = file_journal.put_people(
        [(True, p) for p in new] + [(False, kept.with_changes(team="Sales"))]
    )
    assert len(writes) == 1
    assert [p.rev for p in stored] == [1] * 500 + [2]
    people = {p.name: p for p in file_journal.people()}
    assert len(people) == 501 and people["Kept"].team == "Sales" and people["Kept"].rev == 2
    # what a newer version wrote is kept, and what this version was made after (issue 23)
    assert people["Kept"].extra == {"later": 1, "saw": {kept.device: kept.updated}}


def test_many_people_in_memory_too(journal):
    stored = journal.put_people([(True, Person(name=f"P {i}", circle="peer")) for i in range(3)])
    assert sorted(p.name for p in journal.people()) == ["P 0", "P 1", "P 2"]
    assert {p.id for p in stored} == {p.id for p in journal.people()}
