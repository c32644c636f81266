"""`dayweave people edit` and `people remove` go through the running app like every write
(issue 20): the app holds the folder's lock, reads the name, and refuses an ambiguous one."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from tracker.kernel.clock import FakeClock
from tracker.store.journal import Journal
from tracker.ui.shell import Shell

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def test_people_edit_and_remove_through_the_running_app(tmp_path, qtbot, monkeypatch):
    env = dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path / "run"), TZ="UTC")
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    clock = FakeClock(T0)
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock, hold_lock=True).open()
    shell = Shell(journal, clock, ZoneInfo("UTC"), journal.layout.root, tray_available=lambda: True)
    shell.start_server()
    handled: list[bool] = []
    shell.server.handled.connect(lambda: handled.append(True))

    def cli(*words: str) -> subprocess.CompletedProcess:
        process = subprocess.Popen(
            [sys.executable, "-m", "tracker", "--data-dir", str(journal.layout.root), *words],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        while process.poll() is None:
            qtbot.wait(10)
        out, err = process.communicate()
        return subprocess.CompletedProcess(words, process.returncode, out, err)

    try:
        for name in ("Anna Smit", "Anna de Vries"):
            assert cli("people", "add", name, "--circle", "peer").returncode == 0
        edited = cli("people", "edit", "Anna Smit", "--circle", "customer", "--every", "21")
        assert edited.returncode == 0, edited.stderr
        assert "Anna Smit" in edited.stdout
        ambiguous = cli("people", "remove", "anna")
        assert ambiguous.returncode == 2
        assert "Anna Smit" in ambiguous.stderr and "Anna de Vries" in ambiguous.stderr
        assert cli("people", "remove", "Anna de Vries").returncode == 0
        assert [(p.name, p.circle, p.every_days) for p in journal.people()] == [
            ("Anna Smit", "customer", 21)
        ]
        assert cli("undo").returncode == 0
        assert sorted(p.name for p in journal.people()) == ["Anna Smit", "Anna de Vries"]
        assert len(handled) == 6  # every step was the app's: it holds the lock
    finally:
        shell.shutdown()
