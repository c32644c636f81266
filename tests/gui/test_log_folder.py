"""Settings' "Open log folder": the folder the log file is in, for the user to send it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from tracker.ui.settings.dialog import SettingsDialog


def test_open_log_folder_shows_the_state_folder(qtbot, journal, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = SettingsDialog(journal.settings())
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.open_log, Qt.MouseButton.LeftButton)
    folder = Path(os.environ["DAYWEAVE_STATE_DIR"])
    assert [url.toLocalFile() for url in opened] == [str(folder)]
    # Made, private, before anything was logged: a file manager shows an empty folder.
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert dialog.problem.text() == ""


def test_a_folder_no_file_manager_opens_is_named(qtbot, journal, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    dialog = SettingsDialog(journal.settings())
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.open_log, Qt.MouseButton.LeftButton)
    assert os.environ["DAYWEAVE_STATE_DIR"] in dialog.problem.text()
