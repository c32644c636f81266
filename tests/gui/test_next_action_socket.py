"""`dayweave people done` through the running app (issue 22): the app holds the lock and marks
the action; its change notice shows it on the person's page, open at the time."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.clock import FakeClock
from tracker.kernel.model import Entry, Person
from tracker.store.journal import Journal
from tracker.store.prompts import agreed_actions, note_prompt
from tracker.ui.shell import Shell

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_people_done_through_the_running_app_shows_on_the_open_page(tmp_path, qtbot, monkeypatch):
    env = dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path / "run"), TZ="UTC")
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    clock = FakeClock(T0)
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock, hold_lock=True).open()
    bram = journal.add_person(Person(name="Bram", circle="customer"))
    start = T0 - timedelta(days=3)
    call = journal.add(Entry("call", start, start + timedelta(minutes=30), people=(bram.id,)))
    note_prompt(journal, call.id, "agreed", start, action="Send the offer", people=(bram.id,))
    shell = Shell(journal, clock, ZoneInfo("UTC"), journal.layout.root, tray_available=lambda: True)
    shell.start_server()
    try:
        shell.show_people()
        window = shell.people_window
        qtbot.addWidget(window)
        window.select(bram.id)
        with qtbot.waitSignal(window.pages.shown):
            window.pages.open_selected()
        page = window.pages.page
        assert page.actions.topLevelItem(0).text(2) == "not yet"
        process = subprocess.Popen(
            [sys.executable, "-m", "tracker", "--data-dir", str(journal.layout.root),
             "people", "done", "Bram"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        with qtbot.waitSignal(window.pages.shown, timeout=30_000):
            while process.poll() is None:
                qtbot.wait(10)
        out, err = process.communicate()
        assert process.returncode == 0, err
        assert out.startswith("Done: Send the offer (agreed ")
        assert agreed_actions(journal)[call.id].kept_at == T0  # the app's clock: its write
        assert page.actions.topLevelItem(0).text(2) != "not yet"
        assert page.done_button.isEnabled() is False
    finally:
        shell.shutdown()
