"""The panel's keys beyond the digits: a quick entry that starts with 1-6 (10:00 is a button
press otherwise), and a panel brought forward again keeps the line you were typing in."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from tracker.ui.timeline.panel import QuickLogPanel

AMS = ZoneInfo("Europe/Amsterdam")


def press(qtbot, window, keys) -> None:
    """Keys as a user types them: each goes to whatever has the keyboard focus in the window."""
    for key in keys:
        qtbot.keyClick(window.focusWidget() or window, key)


@pytest.mark.parametrize("into_line", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab])
def test_enter_or_tab_first_types_a_line_that_starts_with_a_button_digit(
    quicklog, actions, clock, qtbot, into_line
):
    panel = QuickLogPanel(quicklog, actions)
    qtbot.addWidget(panel)
    panel.show_near(None)
    press(qtbot, panel, [into_line, *"10:00-11:30 work plan", Qt.Key.Key_Return])
    day = timedelta(days=1)
    [entry] = quicklog.journal.entries_between(clock.now() - day, clock.now() + day)
    start = entry.start.astimezone(AMS).strftime("%H:%M")
    assert (entry.kind, entry.title, start) == ("work", "plan", "10:00")


def test_a_panel_brought_forward_again_keeps_the_line_you_were_typing_in(quicklog, actions, qtbot):
    """Starting `dayweave` again (or a second click) while the panel is open brings it forward:
    what you typed stays, and so does the keyboard, so a 1 goes on typing the time."""
    panel = QuickLogPanel(quicklog, actions, as_window=True)
    qtbot.addWidget(panel)
    panel.show_near(None)
    press(qtbot, panel, "9:00-")
    panel.show_near(None)
    press(qtbot, panel, "10:30 work plan")
    assert panel.line.text() == "9:00-10:30 work plan"
    assert quicklog.status().state != "work"  # the 1 was text, not the Work button
