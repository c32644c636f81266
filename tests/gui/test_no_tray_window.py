"""Without a tray (GNOME without AppIndicator) the window Dayweave runs in reaches what the
tray menu does: the week, People, Settings and Quit (issue 20)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from tracker.ui.shell import Shell

AMS = ZoneInfo("Europe/Amsterdam")


def test_the_no_tray_window_opens_people_and_settings(journal, clock, tmp_path, monkeypatch, qtbot):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: False,
                  tray_wait_seconds=0.5)  # fmt: skip
    opened = []
    for name in ("show_people", "show_settings", "show_week", "quit"):
        monkeypatch.setattr(shell, name, lambda *_, n=name: opened.append(n))
    shell.actions.people_requested.disconnect()
    shell.actions.people_requested.connect(shell.show_people)
    shell.actions.settings_requested.disconnect()
    shell.actions.settings_requested.connect(shell.show_settings)
    shell.actions.quit_requested.disconnect()
    shell.actions.quit_requested.connect(shell.quit)
    shell.start()
    assert shell.fallback and shell.panel.isVisible()
    panel = shell.panel
    for button in (panel.people_button, panel.settings_button, panel.quit_button):
        assert button.isVisible()
        button.click()
    assert opened == ["show_people", "show_settings", "quit"]
    shell.shutdown()


def test_the_tray_panel_leaves_them_to_the_tray_menu(quicklog, actions, qtbot):
    from tracker.ui.timeline.panel import QuickLogPanel

    panel = QuickLogPanel(quicklog, actions)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.people_button.isVisible()
