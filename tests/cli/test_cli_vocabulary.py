"""The command line reads the words of the one vocabulary: Dutch or English, any case, the
labels the app shows; and it names circles with the app's words."""

from __future__ import annotations

import json

import pytest

from tracker.cli import main


def run(data_dir, capsys, *args: str) -> str:
    assert main(["--data-dir", str(data_dir), *args]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def stored_causes(data_dir, capsys) -> list[str]:
    week = json.loads(run(data_dir, capsys, "week", "--json"))
    return [e["cause"] for day in week["days"] for e in day["entries"] if e["cause"]]


@pytest.mark.parametrize("cause", ["techniek", "Techniek", "Tech, wifi", "TECH"])
def test_a_dutch_cause_is_stored_as_its_one_word(data_dir, capsys, cause):
    logged = run(data_dir, capsys, "log", "disruption", "--cause", cause, "x", "--json")
    assert [e["cause"] for e in json.loads(logged)] == ["tech"]  # JSON is never translated
    assert stored_causes(data_dir, capsys) == ["tech"]


def test_a_quick_entry_line_stores_the_same_cause(data_dir, capsys):
    run(data_dir, capsys, "log", "storing techniek x")
    assert stored_causes(data_dir, capsys) == ["tech"]


@pytest.mark.parametrize(
    ("circle", "stored"),
    [("Leadership", "leadership"), ("klant", "customer"), ("Own team", "team"),
     ("eigen team", "team"), ("Other team", "peer"), ("peer", "peer")],
)  # fmt: skip
def test_people_add_takes_a_circle_in_the_apps_words(data_dir, capsys, circle, stored):
    run(data_dir, capsys, "people", "add", "Eva Smit", "--circle", circle)
    listed = json.loads(run(data_dir, capsys, "people", "list", "--json"))
    assert [(p["name"], p["circle"]) for p in listed] == [("Eva Smit", stored)]


def test_the_command_line_names_circles_as_the_app_does(data_dir, capsys):
    added = run(data_dir, capsys, "people", "add", "Eva Smit", "--circle", "team")
    assert added == "Added Eva Smit (Own team).\n"
    listed = run(data_dir, capsys, "people", "list")
    assert listed.startswith("Eva Smit (Own team) last contact")


def test_a_vcard_import_takes_a_circle_in_the_apps_words(data_dir, capsys, tmp_path):
    card = tmp_path / "one.vcf"
    card.write_text("BEGIN:VCARD\r\nFN:Zoë Ünal\r\nEND:VCARD\r\n", encoding="utf-8")
    run(data_dir, capsys, "people", "import", str(card), "--circle", "Klant")
    listed = json.loads(run(data_dir, capsys, "people", "list", "--json"))
    assert [p["circle"] for p in listed] == ["customer"]


def test_a_word_that_names_no_circle_is_refused_with_the_apps_words(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "people", "add", "Eva", "--circle", "friends"]) == 2
    error = capsys.readouterr().err
    assert "not a circle" in error


@pytest.mark.parametrize(
    ("language", "circles"),
    [("en", "Customer, Leadership, Own team, Other team, Report, Partner"),
     ("nl", "Klant, Leiding, Eigen team, Ander team, Medewerker, Partner")],
)  # fmt: skip
def test_a_quick_line_with_no_circle_names_the_circles_as_the_app_does(
    data_dir, capsys, language, circles
):
    """Not the stored words (`team`, `peer`), and in Dutch not English ones."""
    line = "call with Eva Smit (friends)"
    assert main(["--data-dir", str(data_dir), "--lang", language, "log", line]) == 2
    assert circles in capsys.readouterr().err
