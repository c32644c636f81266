"""`dayweave people edit NAME ...` and `people remove NAME` (issue 20): change or remove a
person from the command line, through the same requests as People > Edit; undoable."""

from __future__ import annotations

import json

import pytest

from tracker.cli import main


def run(data_dir, capsys, *words: str, code: int = 0) -> str:
    assert main(["--data-dir", str(data_dir), *words]) == code, capsys.readouterr().err
    return capsys.readouterr().out


def people(data_dir, capsys) -> dict[str, dict]:
    return {p["name"]: p for p in json.loads(run(data_dir, capsys, "people", "list", "--json"))}


@pytest.fixture
def folder(data_dir, capsys):
    run(data_dir, capsys, "people", "add", "Maria Jansen", "--circle", "customer")
    run(data_dir, capsys, "people", "add", "Anna de Vries", "--circle", "peer")
    run(data_dir, capsys, "people", "add", "Anna Smit", "--circle", "team")
    return data_dir


def test_people_edit_changes_what_it_is_given_and_says_so(folder, capsys):
    said = run(
        folder, capsys, "people", "edit", "maria", "--circle", "Own team", "--every", "14",
        "--email", "maria@example.com", "--email", "m.jansen@example.com",
        "--next-action", "send the renewal offer",
    )  # fmt: skip
    maria = people(folder, capsys)["Maria Jansen"]
    assert maria["circle"] == "team"
    assert maria["every_days"] == 14
    assert maria["emails"] == ["maria@example.com", "m.jansen@example.com"]
    assert maria["next_action"] == "send the renewal offer"
    assert "Maria Jansen" in said and "Own team" in said and "14" in said
    assert "maria@example.com" in said and "send the renewal offer" in said


def test_people_edit_renames_and_leaves_the_rest(folder, capsys):
    said = run(folder, capsys, "people", "edit", "Maria Jansen", "--name", "Maria Bakker")
    listed = people(folder, capsys)
    assert "Maria Jansen" not in listed
    assert listed["Maria Bakker"]["circle"] == "customer"
    assert "Maria Bakker" in said and "Maria Jansen" in said


def test_people_edit_in_dutch(folder, capsys):
    said = run(folder, capsys, "--lang", "nl", "people", "edit", "Maria", "--circle", "klant")
    assert "niets veranderd" in said  # she was a customer already


def test_an_ambiguous_name_names_the_candidates_and_writes_nothing(folder, capsys):
    before = people(folder, capsys)
    assert main(["--data-dir", str(folder), "people", "edit", "Anna", "--every", "7"]) == 2
    error = capsys.readouterr().err
    assert "Anna de Vries" in error and "Anna Smit" in error
    assert main(["--data-dir", str(folder), "people", "remove", "Anna"]) == 2
    error = capsys.readouterr().err
    assert "Anna de Vries" in error and "Anna Smit" in error
    assert people(folder, capsys) == before


def test_nobody_by_that_name_is_refused(folder, capsys):
    assert main(["--data-dir", str(folder), "people", "remove", "Zoe"]) == 2
    assert "Zoe" in capsys.readouterr().err


def test_people_remove_is_undoable(folder, capsys):
    said = run(folder, capsys, "people", "remove", "Anna Smit")
    assert "Anna Smit" in said
    assert "Anna Smit" not in people(folder, capsys)
    undone = run(folder, capsys, "undo")
    assert "Anna Smit" in undone
    assert people(folder, capsys)["Anna Smit"]["circle"] == "team"


def test_people_edit_json_prints_the_person(folder, capsys):
    printed = json.loads(run(folder, capsys, "people", "edit", "Maria", "--every", "30", "--json"))
    assert printed["name"] == "Maria Jansen" and printed["every_days"] == 30


def test_already_in_your_people_points_at_people_edit(folder, capsys):
    assert (
        main(["--data-dir", str(folder), "people", "add", "Maria Jansen", "--circle", "peer"]) == 2
    )
    assert "people edit" in capsys.readouterr().err


def test_the_unsorted_hint_points_at_people_edit(data_dir, capsys):
    run(data_dir, capsys, "log", "contact", "--with", "Kees Boer", "--at", "2026-11-24T10:00")
    assert "people edit" in run(data_dir, capsys, "people", "list")
    run(data_dir, capsys, "people", "edit", "Kees Boer", "--circle", "customer")
    assert "not sorted" not in run(data_dir, capsys, "people", "list")


def test_undo_after_an_import_says_whom_it_took_back(data_dir, capsys, tmp_path):
    cards = tmp_path / "two.vcf"
    cards.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Kees Boer\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Lot Visser\nEND:VCARD\n",
        encoding="utf-8",
    )
    run(data_dir, capsys, "people", "import", str(cards), "--circle", "customer")
    undone = run(data_dir, capsys, "undo")
    assert "Kees Boer" in undone and "Lot Visser" in undone
    assert people(data_dir, capsys) == {}
