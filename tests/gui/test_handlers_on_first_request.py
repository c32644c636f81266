"""The app shows its icon before it imports every feature's handlers (~8 ms of start-up,
docs/ARCHITECTURE.md, Budgets): the first request that needs one brings them all, whether it
comes from a click or from the socket. Run in a fresh process: this test process registered
them long ago (tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys

FIRST_REQUESTS = r"""
import json, os, sys
from pathlib import Path
from zoneinfo import ZoneInfo
from PySide6.QtWidgets import QApplication
from tracker.kernel.clock import SystemClock
from tracker.store.journal import open_journal
from tracker.ui.shell import Shell
from tracker.commands import Log

app = QApplication([])
journal = open_journal(Path(sys.argv[1]), hold_lock=True, lock_timeout=3)
shell = Shell(journal, SystemClock(), ZoneInfo("UTC"), journal.layout.root,
              tray_available=lambda: True)
before = "tracker.features" in sys.modules
shell.start_server()
line = json.dumps({"v": 1, "id": "s1", "request": "log",
                   "fields": {"kind": "disruption", "cause": "tech"}}).encode()
by_socket = shell.server.answer(line)["ok"]
shell.quicklog.run(Log(kind="life"))  # a click
print(before, by_socket, [e.kind for e in journal.running()], "tracker.features" in sys.modules)
shell.shutdown()
"""


def test_the_first_request_brings_every_handler(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path))
    os.chmod(tmp_path, 0o700)
    result = subprocess.run(
        [sys.executable, "-c", FIRST_REQUESTS, str(tmp_path / "data")],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False True ['life'] True"
