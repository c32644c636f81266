"""`dayweave log KIND --gap WHEN` while the app runs (issue 21): the command line reads the
device's gaps and the app answers over its socket, as the one writer."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.commands.requests import AnswerGap
from tracker.kernel.clock import FakeClock
from tracker.kernel.model import Entry
from tracker.store.journal import Journal
from tracker.store.layout import default_config_dir, load_or_create_device_id
from tracker.ui.shell import Shell

AMS = ZoneInfo("Europe/Amsterdam")
GAP = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # 10:00 in Amsterdam


def test_the_app_answers_a_gap_the_command_line_names(tmp_path, qtbot, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    clock = FakeClock(GAP + timedelta(hours=2))
    device = load_or_create_device_id(default_config_dir())  # the command line's own device
    journal = Journal(tmp_path / "data", device, clock, hold_lock=True).open()
    journal.add(Entry("work", GAP - timedelta(hours=2), tz=AMS.key))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    try:
        shell.commands.run(AnswerGap(start=GAP, end=GAP + timedelta(minutes=12), answer="",
                                     tz=AMS.key, now=clock.now()))  # fmt: skip
        shell.start_server()
        handled = []
        shell.server.handled.connect(lambda: handled.append(True))
        process = subprocess.Popen(
            [sys.executable, "-m", "tracker", "--data-dir", str(journal.layout.root), "log",
             "disruption", "family", "--gap", "2026-11-24 10:05"],
            env=dict(os.environ, TZ="Europe/Amsterdam"), stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=30000)
        out, err = process.communicate()
        assert process.returncode == 0, err
        assert out.strip() == "10:00-10:12    12m: a disruption (family)."
        assert handled == [True]  # the app wrote it, over the socket
        found = [e for e in journal.entries_between(GAP, clock.now()) if e.kind == "disruption"]
        assert [(e.start, e.until, e.cause) for e in found] == [
            (GAP, GAP + timedelta(minutes=12), "family")
        ]
    finally:
        shell.shutdown()
