"""What the panel and the menu say after a click, found walking through a day as a new user:
a line logged from the panel closes it, so the word has to go to the tray's balloon; and a
second click on the block that runs changes nothing, so it must not say "Logged"."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from tracker.ui.timeline.panel import QuickLogPanel

AMS = ZoneInfo("Europe/Amsterdam")


def test_a_line_logged_from_the_panel_is_said_in_the_balloon_once_the_panel_closes(
    journal, clock, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QApplication

    from tracker.ui.shell import Shell

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    shell.tray.show()
    shell.show_panel()
    panel = shell.panel
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    panel.line.setText("9:00-10:30 work plan")
    with qtbot.waitSignal(shell.tray.said) as said:
        qtbot.keyClick(panel.line, Qt.Key.Key_Return)
    assert not panel.isVisible()
    assert said.args == ["Logged: Work"]
    shell.shutdown()


def test_a_second_click_on_the_running_block_says_it_already_runs(quicklog, actions, qtbot):
    panel = QuickLogPanel(quicklog, actions)
    qtbot.addWidget(panel)
    panel.show_near(None)
    with qtbot.waitSignal(actions.confirmed) as first:
        qtbot.mouseClick(panel.buttons["1"], Qt.MouseButton.LeftButton)
    assert first.args == ["Logged: Work"]
    with qtbot.waitSignal(actions.confirmed) as second:
        qtbot.mouseClick(panel.buttons["1"], Qt.MouseButton.LeftButton)
    assert second.args == ["Already running: Work"]
    assert quicklog.status().state == "work"
