"""Selection never moves under the pointer (issue 20): a reload (a notice from the tray or the
command line, an edit) keeps the selected entry by id and the day list's scroll, never selects
another entry, and Delete acts on the entry that was selected when the user asked."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.gui.weeks import MONDAY, THURSDAY, at, open_week
from tracker.commands import DeleteEntry, Log
from tracker.kernel.clock import FakeClock
from tracker.kernel.model import Entry


@pytest.fixture
def clock():
    return FakeClock(at(THURSDAY, 15))


@pytest.fixture
def window(qtbot, journal, clock):
    window = open_week(qtbot, journal, clock)
    window.quicklog.notice.connect(window.on_notice)  # as the shell wires it
    return window


@pytest.fixture
def entries(window, journal) -> list[Entry]:
    """Tuesday to Friday, twenty half-hour blocks a day: more rows than the list shows."""
    made = []
    for day in range(1, 5):
        for slot in range(20):
            start = at(MONDAY + timedelta(days=day), 8) + timedelta(minutes=30 * slot)
            made.append(journal.add(Entry(kind="work", start=start,
                                          end=start + timedelta(minutes=30),
                                          title=f"block {day}-{slot}",
                                          tz="Europe/Amsterdam")))  # fmt: skip
    window.reload()
    return made


def stored_ids(journal) -> set[str]:
    """The entries the week holds in the journal (a deleted one leaves a tombstone there)."""
    return {e.id for e in journal.entries_between(at(MONDAY, 0), at(MONDAY, 0) + timedelta(7))}


def top_entry(window) -> Entry:
    row = window.day_list.indexAt(QPoint(2, 2)).row()
    return window.day_list.list_model.entries[row]


def select_and_scroll(window, qtbot, row: int, top: int) -> tuple[Entry, QPoint]:
    """Click the row (as the user does), then scroll so `top` is the first row shown; the
    selected row's centre is where the pointer rests."""
    day_list = window.day_list
    assert day_list.verticalScrollBar().maximum() > 0, "the list must scroll for this test"
    day_list.setFocus()  # already in the list (the first click into it has its own test)
    day_list.scrollTo(day_list.list_model.index(row, 0))
    aimed = day_list.list_model.entries[row]
    point = day_list.visualRect(day_list.list_model.index(row, 2)).center()
    qtbot.mouseClick(day_list.viewport(), Qt.MouseButton.LeftButton, pos=point)
    selected = window.timeline.selected
    assert selected is not None and selected.id == aimed.id, "the click picked another row"
    assert day_list.selected_entry().id == selected.id
    day_list.scrollTo(day_list.list_model.index(top, 0),
                      day_list.ScrollHint.PositionAtTop)  # fmt: skip
    assert top_entry(window).id == day_list.list_model.entries[top].id
    point = day_list.visualRect(day_list.list_model.index(row, 2)).center()
    assert day_list.viewport().rect().contains(point)
    return selected, point


def test_the_first_click_into_the_list_selects_the_row_clicked(window, entries, qtbot):
    """Coming into the list picked its current row first and scrolled to it, so the press
    landed on whatever row had moved under the pointer."""
    window.timeline.setFocus()
    day_list = window.day_list
    day_list.scrollTo(day_list.list_model.index(40, 0))
    point = day_list.visualRect(day_list.list_model.index(40, 2)).center()
    qtbot.mouseClick(day_list.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert day_list.hasFocus()
    assert window.timeline.selected.id == day_list.list_model.entries[40].id


def log_earlier_from_the_command_line(window) -> None:
    """`dayweave log` on Monday: a row above every row shown."""
    window.quicklog.commands.run(Log(kind="life", at=at(MONDAY, 7), until=at(MONDAY, 8),
                                     title="gym", tz="Europe/Amsterdam", end_day_given=True),
                                 initiator="cli")  # fmt: skip
    assert "gym" in [e.title for e in window.day_list.list_model.entries]


def test_a_notice_keeps_the_selection_by_id_and_the_rows_under_the_pointer(window, entries, qtbot):
    selected, point = select_and_scroll(window, qtbot, row=40, top=30)
    top = top_entry(window)
    log_earlier_from_the_command_line(window)
    assert window.timeline.selected.id == selected.id
    assert window.day_list.selected_entry().id == selected.id
    assert top_entry(window).id == top.id, "the list scrolled under the pointer"
    under = window.day_list.indexAt(point).row()
    assert window.day_list.list_model.entries[under].id == selected.id


def test_a_click_where_the_pointer_rests_after_a_notice_deletes_that_entry(
    window, entries, journal, qtbot
):
    """The bug as seen: a row picked, a notice arrives, the user clicks where the row was and
    presses Delete; a different entry went."""
    selected, point = select_and_scroll(window, qtbot, row=40, top=30)
    log_earlier_from_the_command_line(window)
    qtbot.mouseClick(window.day_list.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.keyClick(window.day_list, Qt.Key.Key_Delete)
    assert {e.id for e in entries} - stored_ids(journal) == {selected.id}


def test_delete_acts_on_the_entry_selected_when_asked(window, entries, journal, qtbot):
    """A guard (today's code passes it): the selection follows the entry's id through a
    reload, so Delete after a notice removes the entry selected, not the row's new tenant."""
    selected, _ = select_and_scroll(window, qtbot, row=40, top=30)
    log_earlier_from_the_command_line(window)
    window.day_list.setFocus()
    qtbot.keyClick(window.day_list, Qt.Key.Key_Delete)
    assert {e.id for e in entries} - stored_ids(journal) == {selected.id}


def test_a_notice_scrolls_nothing_when_the_selection_is_out_of_sight(window, entries, qtbot):
    """The user scrolled away from the selected row: a notice does not jump back to it."""
    selected, _ = select_and_scroll(window, qtbot, row=40, top=30)
    window.day_list.scrollToBottom()
    top = top_entry(window)
    assert top.id != selected.id
    log_earlier_from_the_command_line(window)
    assert top_entry(window).id == top.id
    assert window.day_list.selected_entry().id == selected.id


def test_an_entry_deleted_elsewhere_leaves_nothing_selected(window, entries, journal, qtbot):
    """Never the neighbour: Delete and Edit do nothing and say so by being disabled."""
    selected, _ = select_and_scroll(window, qtbot, row=40, top=30)
    window.day_list.setFocus()
    window.quicklog.commands.run(DeleteEntry(entry_id=selected.id), initiator="cli")
    assert window.timeline.selected is None and window.day_list.selected_entry() is None
    assert not window.delete_button.isEnabled() and not window.edit_button.isEnabled()
    qtbot.keyClick(window.day_list, Qt.Key.Key_Delete)
    assert {e.id for e in entries} - stored_ids(journal) == {selected.id}


def test_delete_twice_deletes_one_entry(window, entries, journal, qtbot):
    """A second Delete (a repeated key, a double press) must not take the next row with it:
    only the last delete can be undone, so the neighbour would be lost for good."""
    selected, _ = select_and_scroll(window, qtbot, row=40, top=30)
    window.day_list.setFocus()
    qtbot.keyClick(window.day_list, Qt.Key.Key_Delete)
    qtbot.keyClick(window.day_list, Qt.Key.Key_Delete)
    assert {e.id for e in entries} - stored_ids(journal) == {selected.id}
    assert window.day_list.selected_entry() is None
    assert not window.delete_button.isEnabled()
    qtbot.keyClick(window.day_list, Qt.Key.Key_Down)  # the keyboard goes on from there
    assert window.day_list.selected_entry() is not None


def test_undo_delete_after_paging_restores_the_entry_and_shows_its_week(
    window, entries, journal, qtbot
):
    """Undo stays offered after paging (Ctrl+Z would undo the delete anyway): it brings the
    entry back and shows it, selected, in its week, rather than restoring it out of sight."""
    selected, _ = select_and_scroll(window, qtbot, row=40, top=30)
    window.delete_selected()
    window.go(7)
    assert window.undo_button.isVisible()
    window.undo_delete()
    assert selected.id in stored_ids(journal)
    assert window.first_day == MONDAY
    assert window.timeline.selected is not None and window.timeline.selected.id == selected.id
    assert window.day_list.selected_entry().id == selected.id
    assert not window.undo_button.isVisible()
