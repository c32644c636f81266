"""Search over all history from the week window (issue 22): Ctrl+F, a pause in the typing or
Enter searches, the results come newest first with their date, kind, title and people, the
keys move through them, Enter or a double-click opens the week there with the entry
selected, and Escape clears the search before it closes the window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.gui.weeks import AMS, THURSDAY, at, open_week
from tracker.commands import Log
from tracker.kernel.clock import FakeClock
from tracker.kernel.days import week_start
from tracker.kernel.model import Entry, Person
from tracker.ui.closekeys import give_close_keys


@pytest.fixture
def clock():
    return FakeClock(at(THURSDAY, 15))


@pytest.fixture
def window(qtbot, journal, clock):
    return open_week(qtbot, journal, clock, (1366, 768))


@pytest.fixture
def history(journal) -> dict[str, Entry]:
    """A call with Zoë two years ago, a plan last spring, a call with her last month."""
    zoe = journal.add_person(Person(name="Zoë Jansen", circle="customer"))
    made = {
        "old call": Entry(
            "call",
            at(date(2024, 10, 3), 10),
            at(date(2024, 10, 3), 10, 30),
            title="Contract",
            people=(zoe.id,),
        ),
        "plan": Entry(
            "work",
            at(date(2026, 4, 14), 9),
            at(date(2026, 4, 14), 11),
            title="Plan the contract renewal",
        ),
        "new call": Entry(
            "call",
            at(date(2026, 10, 20), 14),
            at(date(2026, 10, 20), 14, 45),
            title="Renewal",
            people=(zoe.id,),
        ),
        "other": Entry(
            "life", at(date(2026, 11, 24), 18), at(date(2026, 11, 24), 19), title="Dinner"
        ),
    }
    return {name: journal.add(entry) for name, entry in made.items()}


def search_for(qtbot, window, text: str) -> None:
    """Type and press Enter (no pause to wait for), then wait for the last part."""
    finder = window.finder
    qtbot.keyClicks(finder.field, text)
    with qtbot.waitSignal(finder.finished):
        qtbot.keyClick(finder.field, Qt.Key.Key_Return)


def shown(window) -> list[list[str]]:
    model = window.finder.results
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_ctrl_f_and_a_pause_in_the_typing_search_all_history_newest_first(qtbot, window, history):
    finder = window.finder
    assert not finder.pane.isVisibleTo(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert finder.field.hasFocus()
    qtbot.keyClicks(finder.field, "zoe")
    assert finder.pause.isActive() and finder.searched == ""  # not one search per key
    with qtbot.waitSignal(finder.finished) as done:
        finder.pause.timeout.emit()  # the pause ends (fired by hand: no waiting in a test)
    assert done.args == [2]
    assert finder.pane.isVisibleTo(window)
    rows = shown(window)
    assert [row[2] for row in rows] == ["Renewal", "Contract"]  # newest first, any accents
    assert rows[0][1] == "Call" and rows[0][3] == "Zoë Jansen"
    assert rows[0][0].startswith("Tue 20 Oct 2026 14:00")
    assert "2 found" in finder.status.text()


def test_enter_opens_the_week_of_a_result_with_the_entry_selected(qtbot, window, history):
    search_for(qtbot, window, "contract")
    finder = window.finder
    assert finder.view.hasFocus()  # Enter in the field: to the results, the newest current
    assert finder.view.currentIndex().row() == 0
    qtbot.keyClick(finder.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(finder.opened) as opened:
        qtbot.keyClick(finder.view, Qt.Key.Key_Return)
    old = history["old call"]
    assert opened.args == [finder.results.entries[1]] and opened.args[0].id == old.id
    assert window.first_day == week_start(date(2024, 10, 3), 0)
    assert window.timeline.selected is not None and window.timeline.selected.id == old.id
    assert finder.pane.isVisibleTo(window)  # the results stay: the next one is a key away


def test_a_double_click_opens_a_result_too(qtbot, window, history):
    search_for(qtbot, window, "renewal")
    finder = window.finder
    assert [row[2] for row in shown(window)] == ["Renewal", "Plan the contract renewal"]
    rect = finder.view.visualRect(finder.results.index(1, 2))
    qtbot.mouseClick(finder.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(finder.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.first_day == week_start(date(2026, 4, 14), 0)
    assert window.timeline.selected.id == history["plan"].id


def test_escape_clears_the_search_before_it_closes_the_window(qtbot, window, history):
    give_close_keys(window)  # as the app gives every window Esc and Ctrl+W
    search_for(qtbot, window, "zoe")
    finder = window.finder
    qtbot.keyClick(finder.view, Qt.Key.Key_Escape)
    assert finder.field.text() == "" and not finder.pane.isVisibleTo(window)
    assert window.isVisible()
    qtbot.keyClicks(finder.field, "dinner")
    qtbot.keyClick(finder.field, Qt.Key.Key_Escape)
    assert finder.field.text() == "" and window.isVisible()
    assert finder.results.rowCount() == 0


def test_up_from_the_first_result_goes_back_and_left_does_not_page_the_week(qtbot, window, history):
    search_for(qtbot, window, "xylofoon")
    finder = window.finder
    assert finder.results.rowCount() == 0 and "Nothing found" in finder.status.text()
    finder.field.clear()
    search_for(qtbot, window, "renewal")
    first = window.first_day
    qtbot.keyClick(finder.view, Qt.Key.Key_Left)
    assert window.first_day == first
    qtbot.keyClick(finder.view, Qt.Key.Key_Up)
    assert finder.field.hasFocus()
    qtbot.keyClick(finder.field, Qt.Key.Key_Down)
    assert finder.view.hasFocus()


def test_a_change_made_in_the_window_searches_again(qtbot, window, history, clock):
    search_for(qtbot, window, "dinner")
    assert len(shown(window)) == 1
    finder = window.finder
    with qtbot.waitSignal(finder.finished) as done:
        window.quicklog.commands.run(
            Log(
                kind="life",
                at=clock.now() - timedelta(hours=5),
                title="Dinner with Bo",
                until=clock.now() - timedelta(hours=4),
                tz=AMS.key,
            )
        )
        window.changed.emit()  # as the window says after an edit it made
    assert done.args == [2]


def test_typing_again_drops_the_search_that_runs(qtbot, window, history):
    finder = window.finder
    qtbot.keyClicks(finder.field, "renewal")
    finder.search_now()
    running = finder.run
    assert running is not None
    finder.field.clear()
    assert finder.run is None and finder.results.rowCount() == 0
    qtbot.keyClicks(finder.field, "dinner")
    with qtbot.waitSignal(finder.finished) as done:
        finder.search_now()
    assert done.args == [1]


def test_the_newest_month_is_read_first_and_each_turn_reads_one_month(qtbot, window, history):
    finder = window.finder
    finder.field.setText("contract")
    finder.search_now()
    run = finder.run
    with qtbot.waitSignal(run.found) as first:
        pass
    # April 2026's plan before October 2024's call; the months between found nothing.
    assert [e.title for e in first.args[0]] == ["Plan the contract renewal"]
    assert finder.results.rowCount() == 1 and run.months  # the older months are still to read


def test_months_back_newest_first_over_a_new_year():
    from tracker.ui.searching import months_back

    months = months_back(["2025-11-30", "2025-12-01", "2026-02-03"])
    assert [(start.date().isoformat(), end.date().isoformat()) for start, end in months] == [
        ("2026-02-01", "2026-03-01"),
        ("2026-01-01", "2026-02-01"),
        ("2025-12-01", "2026-01-01"),
        ("2025-11-01", "2025-12-01"),
    ]
    assert months_back([]) == []
