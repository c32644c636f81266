"""People sorts many at once (issue 20): an import may leave the cards unsorted, and the People
window selects many rows to give them a circle or remove them, each taken back by one Undo."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QInputDialog

from tracker.commands import Undo
from tracker.kernel.model import Person
from tracker.ui.people.window import PeopleWindow

AMS = ZoneInfo("Europe/Amsterdam")
SAMPLE = Path(__file__).parents[1] / "data" / "people.vcf"


def _window(qtbot, journal, clock, names=("Anna", "Bram", "Cas")):
    people = [journal.add_person(Person(name=name)) for name in names]
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    return window, people


def test_many_rows_can_be_selected(qtbot, journal, clock):
    window, people = _window(qtbot, journal, clock)
    mode = window.table.selectionMode()
    assert mode == QAbstractItemView.SelectionMode.ExtendedSelection
    window.select_many([people[0].id, people[2].id])
    assert {p.id for p in window.selected_people()} == {people[0].id, people[2].id}


def test_set_circle_for_the_selection_is_one_undo(qtbot, journal, clock, monkeypatch):
    window, (anna, _bram, cas) = _window(qtbot, journal, clock)
    window.select_many([anna.id, cas.id])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))  # Customer
    window.set_circle_selected()
    circles = {p.name: p.circle for p in journal.people()}
    assert circles == {"Anna": "customer", "Bram": None, "Cas": "customer"}
    assert "2" in window.status.text()  # said where the user looks
    window.commands.run(Undo())
    assert {p.circle for p in journal.people()} == {None}


def test_delete_removes_the_selection_and_undo_brings_them_all_back(qtbot, journal, clock):
    window, (anna, bram, _cas) = _window(qtbot, journal, clock)
    window.select_many([anna.id, bram.id])
    window.delete_selected()
    assert [p.name for p in journal.people()] == ["Cas"]
    assert not window.undo_button.isHidden()
    window.undo_delete()
    assert sorted(p.name for p in journal.people()) == ["Anna", "Bram", "Cas"]


def test_an_import_may_leave_the_cards_unsorted(qtbot, journal, clock, monkeypatch):
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(SAMPLE), ""))
    offered = []

    def first_choice(_parent, _title, _label, labels, current, _editable):
        offered.extend(labels)
        return labels[current], True

    monkeypatch.setattr(QInputDialog, "getItem", first_choice)
    with qtbot.waitSignal(window.imported, timeout=20_000):
        window._ask_import()
    assert offered[0] == "Not sorted yet"  # the default: sort them later, many at once
    assert {p.circle for p in journal.people()} == {None}


def test_a_person_just_added_is_not_due_now(qtbot, journal, clock):
    """Issue 20: a 1,000-card import made every card 'Next due: now'; a person's clock starts
    when they are added, as the nudges count it."""
    from datetime import timedelta

    anna = journal.add_person(Person(name="Anna", circle="customer", every_days=7))
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    due = window.model.COLUMNS.index("due")
    expected = (clock.now() + timedelta(days=7)).astimezone(AMS).strftime("%Y-%m-%d")
    assert window.model.index(0, due).data() == expected
    assert window.model.rows[0][0].id == anna.id
