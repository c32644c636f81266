"""Export... in the week window and Export everything... in Settings write real files, under
progress that can be cancelled; `dayweave import` goes to the running app over its socket."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QFileDialog, QProgressDialog

from tracker.exchange.backup import read_backup
from tracker.exchange.csvfile import BOM
from tracker.kernel.model import Entry
from tracker.kernel.settings import Settings
from tracker.ui.folders import start_folder
from tracker.ui.settings.dialog import SettingsDialog
from tracker.ui.shell import Shell
from tracker.ui.week.window import WeekWindow

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY = date(2026, 11, 23)


def at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=AMS).astimezone(UTC)


def fill(journal) -> list[Entry]:
    return [
        journal.add(Entry("work", at(MONDAY, 9), at(MONDAY, 11), tz=AMS.key, title="=1+1")),
        journal.add(Entry("life", at(MONDAY + timedelta(days=7), 9), tz=AMS.key)),
    ]


def choose_file(monkeypatch, path) -> list:
    asked = []

    def save_name(parent, title, suggested, file_filter):
        asked.append((suggested, file_filter))
        return str(path), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    return asked


def test_export_menu_writes_the_shown_week_as_csv(qtbot, journal, clock, tmp_path, monkeypatch):
    clock.set(at(MONDAY, 15))
    work, _next_week = fill(journal)
    window = WeekWindow(journal, clock, AMS, first_weekday=0)
    qtbot.addWidget(window)
    target = tmp_path / "week.csv"
    asked = choose_file(monkeypatch, target)
    window.export_button.week_actions["csv"].trigger()
    assert Path(asked[0][0]) == start_folder() / "dayweave-2026-11-23-2026-11-29.csv"
    text = target.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix(BOM), newline="")))
    assert [(r["id"], r["title"]) for r in rows] == [(work.id, "'=1+1")]  # this week only
    assert not list(tmp_path.glob(".*.part"))


def test_a_cancelled_export_leaves_no_file(qtbot, journal, clock, tmp_path, monkeypatch):
    clock.set(at(MONDAY, 15))
    fill(journal)
    window = WeekWindow(journal, clock, AMS, first_weekday=0)
    qtbot.addWidget(window)
    target = tmp_path / "week.ics"
    choose_file(monkeypatch, target)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert window.export_button.export_week("ics") is None
    assert not target.exists() and not list(tmp_path.glob(".*"))


def test_settings_export_everything_writes_a_backup(qtbot, journal, clock, tmp_path, monkeypatch):
    from functools import partial

    from tracker.ui.exchange.exporting import export_everything

    fill(journal)
    target = tmp_path / "all.json"
    choose_file(monkeypatch, target)
    dialog = SettingsDialog(
        Settings(), export=partial(export_everything, journal=journal, clock=clock)
    )
    qtbot.addWidget(dialog)
    dialog.pages.setCurrentIndex(dialog.pages.count() - 1)  # data and devices
    assert dialog.export_all.isVisibleTo(dialog)
    dialog.export_all.click()
    backup = read_backup(json.loads(target.read_text(encoding="utf-8")))
    assert len(backup.entries) == 2
    assert target.stat().st_mode & 0o777 == 0o600
    assert not SettingsDialog(Settings()).export_all.isVisibleTo(dialog)


def test_dayweave_import_goes_to_the_running_app(journal, clock, tmp_path, monkeypatch, qtbot):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    shell.start_server()
    export = [{"id": "a1", "project": "dayweave", "start": "2026-11-23T09:00:00+01:00",
               "stop": "2026-11-23T10:00:00+01:00", "tags": ["code"]}]  # fmt: skip
    path = tmp_path / "watson.json"
    path.write_text(json.dumps(export))
    env = dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path), TZ="Europe/Amsterdam")
    # The app holds the folder's lock: a command writing the files itself would wait and fail.
    command = [sys.executable, "-m", "tracker", "--data-dir", str(journal.layout.root),
               "import", str(path)]  # fmt: skip
    with qtbot.waitSignal(shell.quicklog.changed, timeout=8000):
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        while process.poll() is None:
            qtbot.wait(10)
    out, err = process.communicate()
    assert process.returncode == 0, err
    assert "Entries: 1 added" in out
    [block] = journal.entries_between(at(MONDAY, 0), at(MONDAY, 23))
    assert (block.title, block.tags, block.device) == ("dayweave", ("code",), "watson")
    shell.shutdown()


def test_a_chosen_range_exports_in_the_chosen_format(qtbot, journal, clock, tmp_path, monkeypatch):
    from PySide6.QtCore import QDate

    from tracker.ui.exchange.exporting import RangeDialog

    clock.set(at(MONDAY, 15))
    work, next_week = fill(journal)
    window = WeekWindow(journal, clock, AMS, first_weekday=0)
    qtbot.addWidget(window)

    def choose(dialog):
        dialog.first.setDate(QDate(2026, 11, 30))  # given backwards: the order is fixed
        dialog.last.setDate(QDate(2026, 11, 23))
        dialog.format.setCurrentIndex(dialog.format.findData("json"))
        return RangeDialog.DialogCode.Accepted

    monkeypatch.setattr(RangeDialog, "exec", choose)
    asked = choose_file(monkeypatch, tmp_path / "range.json")
    window.export_button.range_action.trigger()
    assert Path(asked[0][0]) == start_folder() / "dayweave-2026-11-23-2026-11-30.json"
    backup = read_backup(json.loads((tmp_path / "range.json").read_text(encoding="utf-8")))
    assert sorted(e["id"] for e in backup.entries) == sorted([work.id, next_week.id])
