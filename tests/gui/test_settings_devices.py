"""Settings lists the devices seen in the data folder (issue 23): their names, when each last
wrote, one not seen for more than a week marked; rename and retire through the same request
as `dayweave devices rename|retire`, so the command line shows what Settings did."""

from __future__ import annotations

import os
from datetime import timedelta

from PySide6.QtWidgets import QInputDialog, QMessageBox

from tracker.kernel.model import Entry
from tracker.store.devices import devices_seen
from tracker.store.journal import Journal
from tracker.ui.settings.devices import DevicesBox
from tracker.ui.settings.dialog import SettingsDialog

DESKTOP = "desktop-bbbbbb"


def _rows(box: DevicesBox) -> list[list[str]]:
    items = (box.list.topLevelItem(i) for i in range(box.list.topLevelItemCount()))
    return [[item.text(column) for column in range(3)] for item in items]


def _box(journal, quicklog, clock) -> DevicesBox:
    return DevicesBox(lambda: devices_seen(journal), quicklog.run, clock.now)


def _desktop_written(journal, clock, days_ago: int) -> Journal:
    """Another device's folder whose files were last written DAYS_AGO (their mtimes, which a
    sync tool carries over)."""
    desktop = Journal(journal.layout.root, DESKTOP, clock).open()
    desktop.add(Entry(kind="work", start=clock.now()))
    then = (clock.now() - timedelta(days=days_ago)).timestamp()
    for path in desktop.layout.own_dir.iterdir():
        os.utime(path, (then, then))
    return desktop


def test_settings_lists_each_device_and_when_it_last_wrote(qtbot, journal, quicklog, clock):
    journal.add(Entry(kind="work", start=clock.now()))
    _desktop_written(journal, clock, days_ago=2)
    box = _box(journal, quicklog, clock)
    dialog = SettingsDialog(journal.settings(), devices=box)
    qtbot.addWidget(dialog)
    rows = _rows(box)
    assert [row[0] for row in rows] == ["laptop", "desktop"]
    assert rows[0][2] == "this device"
    then = (clock.now() - timedelta(days=2)).astimezone().strftime("%Y-%m-%d %H:%M")
    assert rows[1][1] == then
    assert rows[1][2] == ""  # two days: not yet marked


def test_a_device_not_seen_for_more_than_a_week_is_marked(qtbot, journal, quicklog, clock):
    _desktop_written(journal, clock, days_ago=9)
    box = _box(journal, quicklog, clock)
    qtbot.addWidget(box)
    assert _rows(box)[1][2] == "not seen for 9 days"


def test_rename_and_retire_go_through_the_door(qtbot, journal, quicklog, clock, monkeypatch):
    _desktop_written(journal, clock, days_ago=9)
    box = _box(journal, quicklog, clock)
    qtbot.addWidget(box)
    box.list.setCurrentItem(box.list.topLevelItem(1))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Home desk", True))
    box.rename.click()
    assert _rows(box)[1][0] == "Home desk"
    assert [d.name for d in devices_seen(journal)] == ["laptop", "Home desk"]  # what the CLI reads
    answer = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answer)
    box.retire.click()
    assert _rows(box)[1][2] == "retired"  # no longer "not seen": gone on purpose
    assert devices_seen(journal)[1].retired


def test_a_refused_rename_is_said_and_changes_nothing(qtbot, journal, quicklog, clock):
    _desktop_written(journal, clock, days_ago=1)
    box = _box(journal, quicklog, clock)
    qtbot.addWidget(box)
    said: list[str] = []
    quicklog.failed.connect(said.append)
    box.rename_device("no-such-device", "Anything")
    assert said  # the door's refusal, in the user's language
    assert [row[0] for row in _rows(box)] == ["laptop", "desktop"]
