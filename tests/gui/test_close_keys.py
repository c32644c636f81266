"""Esc and Ctrl+W close Dayweave's windows; file dialogs open in the documents or home folder,
never the working folder (issue 20)."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QVBoxLayout

from tracker.ui.closekeys import install_close_keys
from tracker.ui.folders import start_folder
from tracker.ui.week.window import WeekWindow

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def close_keys(qapp):
    install_close_keys(qapp)
    yield
    qapp.focusWindowChanged.disconnect()


def shown(qtbot, window):
    """Shown and made the active window, as a click or the window manager would."""
    window.show()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_the_week_closes_on_escape_and_ctrl_w(qtbot, journal, clock, close_keys, key, modifier):
    window = WeekWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    shown(qtbot, window)
    qtbot.keyClick(window.timeline, key, modifier)
    assert not window.isVisible()


def test_people_and_a_dialog_close_on_ctrl_w(qtbot, journal, clock, quicklog, close_keys):
    from tracker.ui.people.window import PeopleWindow

    people = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(people)
    shown(qtbot, people)
    qtbot.keyClick(people, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not people.isVisible()
    dialog = QDialog()
    QVBoxLayout(dialog).addWidget(QLineEdit())
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    qtbot.keyClick(dialog.findChild(QLineEdit), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()


def test_the_panel_keeps_its_own_escape(qtbot, quicklog, actions, close_keys):
    from tracker.ui.timeline.panel import QuickLogPanel

    panel = QuickLogPanel(quicklog, actions, as_window=True)
    qtbot.addWidget(panel)
    shown(qtbot, panel)
    qtbot.keyClick(panel, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert panel.isVisible()  # without a tray, closing it would quit Dayweave


def test_file_dialogs_start_in_documents_or_home(qtbot, journal, clock, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    asked = []

    def fake_save(parent, title, path, filters):
        asked.append(path)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    window = WeekWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    window._ask_png()
    window._ask_json()
    assert [Path(p).parent for p in asked] == [start_folder()] * 2
    assert start_folder() in (Path.home(), Path.home() / "Documents") or start_folder().is_dir()
    assert start_folder() != tmp_path
