"""Next actions agreed and kept (issue 22) in the app: the follow-up after the next call with
someone says what was agreed last time with a Done box; a person's page lists every action
agreed after their calls, with its date, kept or not, and marks one done from the keyboard.
Both go through the door's people.done, as `dayweave people done` does."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_person_page import open_page
from tracker.kernel.model import Entry, Person
from tracker.store.prompts import agreed_actions, note_prompt
from tracker.ui.people.window import PeopleWindow

AMS = ZoneInfo("Europe/Amsterdam")


def a_call(journal, clock, person: Person, days_ago: int, text: str = "") -> Entry:
    """A call `days_ago` days back; `text` agreed after it (with the person) when given."""
    start = clock.now() - timedelta(days=days_ago, minutes=30)
    end = start + timedelta(minutes=30)
    call = journal.add(Entry(kind="call", start=start, end=end, people=(person.id,)))
    if text:
        note_prompt(journal, call.id, "agreed", end, action=text, people=(person.id,))
    return call


def test_the_follow_up_says_what_was_agreed_last_time_and_marks_it_done(
    qtbot, journal, clock, tmp_path, monkeypatch
):
    from tests.gui.test_app_parts import make_shell

    anna = journal.add_person(Person(name="Anna", circle="customer", next_action="Send offer"))
    before = a_call(journal, clock, anna, 14, "Send offer")
    call = a_call(journal, clock, anna, 0)
    shell = make_shell(journal, clock, tmp_path, monkeypatch)
    shell.ask_follow_up([call])
    dialog = shell.follow_up
    qtbot.addWidget(dialog)
    assert dialog.last_line.text() == "Last time you agreed: Send offer"
    assert dialog.done_box.isVisibleTo(dialog) and not dialog.done_box.isChecked()
    assert dialog.next_action.text() == "Send offer"
    dialog.done_box.setChecked(True)  # done: no longer the next action
    assert dialog.next_action.text() == ""
    dialog.done_box.setChecked(False)
    assert dialog.next_action.text() == "Send offer"
    dialog.done_box.setChecked(True)
    dialog.next_action.setText("Anna signs by Friday")
    dialog._save()
    found = agreed_actions(journal)
    assert found[before.id].kept and found[before.id].kept_at == clock.now()
    assert (found[call.id].text, found[call.id].people) == ("Anna signs by Friday",
                                                            frozenset({anna.id}))  # fmt: skip
    assert not found[call.id].kept
    # The next call: the action agreed after this one, not yet done.
    later = a_call(journal, clock, anna, -1)
    shell.ask_follow_up([later])
    qtbot.addWidget(shell.follow_up)
    assert shell.follow_up.last_line.text() == "Last time you agreed: Anna signs by Friday"


def test_nothing_agreed_before_or_kept_already_shows_no_done_box(
    qtbot, journal, clock, tmp_path, monkeypatch
):
    from tests.gui.test_app_parts import make_shell

    anna = journal.add_person(Person(name="Anna", circle="customer"))
    call = a_call(journal, clock, anna, 0)
    shell = make_shell(journal, clock, tmp_path, monkeypatch)
    shell.ask_follow_up([call])
    qtbot.addWidget(shell.follow_up)
    assert not shell.follow_up.done_box.isVisibleTo(shell.follow_up)
    before = a_call(journal, clock, anna, 7, "Send offer")
    note_prompt(journal, before.id, "kept", clock.now())
    shell.ask_follow_up([call])
    qtbot.addWidget(shell.follow_up)
    assert not shell.follow_up.done_box.isVisibleTo(shell.follow_up)


@pytest.fixture
def bram_window(qtbot, journal, clock):
    bram = journal.add_person(Person(name="Bram", circle="customer", every_days=10))
    first = a_call(journal, clock, bram, 30, "Send the offer")
    note_prompt(journal, first.id, "kept", clock.now() - timedelta(days=25))
    a_call(journal, clock, bram, 20)  # nothing agreed
    a_call(journal, clock, bram, 10, "Sign the contract")
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window, bram


def action_rows(page) -> list[list[str]]:
    tree = page.actions
    items = [tree.topLevelItem(r) for r in range(tree.topLevelItemCount())]
    return [[item.text(c) for c in range(3)] for item in items]


def test_the_page_lists_the_actions_and_marks_one_done_from_the_keyboard(
    qtbot, journal, clock, bram_window
):
    window, bram = bram_window
    page = open_page(qtbot, window, bram)
    assert "Next actions agreed after calls: 2, kept 1." in page.facts.text().splitlines()
    rows = action_rows(page)
    assert [row[1:] for row in rows] == [
        ["Sign the contract", "not yet"],
        ["Send the offer", f"{(clock.now() - timedelta(days=25)).astimezone(AMS):%a %-d %b %Y}"],
    ]
    assert rows[0][0].endswith(f"{(clock.now() - timedelta(days=10)).astimezone(AMS):%-d %b %Y}")
    page.actions.setFocus()
    page.actions.setCurrentItem(page.actions.topLevelItem(1))  # kept: nothing to mark
    assert not page.done_button.isEnabled()
    qtbot.keyClick(page.actions, Qt.Key.Key_Up)
    assert page.done_button.isEnabled()
    with qtbot.waitSignal(window.pages.shown):
        qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Mark &done
    assert action_rows(page)[0][2] == f"{clock.now().astimezone(AMS):%a %-d %b %Y}"
    assert all(a.kept for a in agreed_actions(journal).values())
    assert "Next actions agreed after calls: 2, kept 2." in page.facts.text().splitlines()
