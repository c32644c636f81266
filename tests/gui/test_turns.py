"""Balloons and popups take turns (issue 20): "Logged: Call" never lands on the OK of the
first-minutes prompt, a nudge popup or a meeting prompt, and two popups never cover each other."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect

from tracker.ui.quiet import QuietWindow
from tracker.ui.turns import STACK_GAP, beside, turns


def popup(qtbot) -> QuietWindow:
    """A popup where the nudge and the prompt go: beside a tray at the bottom right."""
    window = QuietWindow("popup")
    window.resize(380, 160)
    window.move(QPoint(900, 500))
    qtbot.addWidget(window)
    return window


def test_a_balloon_waits_for_the_open_popup(qtbot):
    shown = []
    prompt = popup(qtbot)
    prompt.show()
    turns().balloon(lambda: shown.append("Logged: Call"), 3000)
    assert shown == []  # not over the prompt's OK
    prompt.hide()
    assert shown == ["Logged: Call"]


def test_a_popup_waits_for_the_balloon_that_is_up(qtbot):
    shown = []
    turns().balloon(lambda: shown.append("Logged: Call"), 3000)
    nudge = popup(qtbot)
    nudge.show()
    assert shown == ["Logged: Call"] and not nudge.isVisible()
    turns().balloon_timer.fire()  # the balloon's three seconds are over
    assert nudge.isVisible()


def test_a_popup_no_longer_wanted_is_not_shown_later(qtbot):
    turns().balloon(lambda: None, 3000)
    nudge = popup(qtbot)
    nudge.show()
    nudge.hide()  # its own timer hid it while it waited
    turns().balloon_timer.fire()
    assert not nudge.isVisible()


def test_balloons_come_one_at_a_time(qtbot):
    shown = []
    turns().balloon(lambda: shown.append("one"), 3000)
    turns().balloon(lambda: shown.append("two"), 3000)
    assert shown == ["one"]
    turns().balloon_timer.fire()
    assert shown == ["one", "two"]


def test_two_popups_stand_side_by_side(qtbot):
    first = popup(qtbot)
    first.show()
    second = popup(qtbot)  # the same place beside the tray
    second.show()
    assert first.isVisible() and second.isVisible()
    assert not first.frameGeometry().intersects(second.frameGeometry())


def test_beside_goes_above_then_left():
    screen = QRect(0, 0, 1366, 740)
    taken = [QRect(980, 560, 380, 170)]
    assert beside(QRect(980, 560, 380, 170), taken, screen) == QPoint(980, 560 - STACK_GAP - 170)
    assert beside(QRect(100, 100, 50, 50), taken, screen) == QPoint(100, 100)
    tall = [QRect(980, 10, 380, 720)]
    assert beside(QRect(980, 100, 380, 170), tall, screen) == QPoint(980 - STACK_GAP - 380, 100)


def test_logged_call_waits_for_the_first_minutes_prompt(
    qtbot, quicklog, actions, clock, monkeypatch
):
    """The app's own path: a log from the tray says "Logged: Call" in a balloon; with the
    first-minutes prompt (a nudge popup) and a meeting prompt open, it waits for both."""
    from PySide6.QtWidgets import QSystemTrayIcon

    from tracker.ui.calendar.meeting_prompt import MeetingPrompt
    from tracker.ui.nudges.popup import NudgePopup
    from tracker.ui.tray import Tray

    tray = Tray(quicklog, actions, clock)
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(tray.icon, "isVisible", lambda: True)
    balloons = []
    monkeypatch.setattr(tray.icon, "showMessage", lambda *args: balloons.append(args[1]))
    prompt, meeting = NudgePopup(), MeetingPrompt()
    for window in (prompt, meeting):
        qtbot.addWidget(window)
        window.resize(380, 160)
        window.move(QPoint(900, 500))
        window.show()
    assert not prompt.frameGeometry().intersects(meeting.frameGeometry())
    tray.say("Logged: Call")
    assert balloons == []
    prompt.hide()
    assert balloons == []
    meeting.hide()
    assert balloons == ["Logged: Call"]
