"""The app and the command line give the same answer to a contact with nobody (commands)."""

from __future__ import annotations

import os
import subprocess
import sys

from tracker.ui.timeline.dialogs import PeopleDialog


def test_the_app_and_the_command_line_refuse_a_contact_with_nobody_alike(quicklog, qtbot, data_dir):
    with qtbot.waitSignal(quicklog.failed) as signal:
        assert quicklog.with_people("contact", []) is None
    in_the_app = signal.args[0]
    assert in_the_app == "A contact is with someone: say who."
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "en_GB.UTF-8"
    cli = subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data_dir), "log", "contact"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert cli.returncode == 2 and cli.stdout == ""
    assert cli.stderr == f"dayweave: {in_the_app}\n"
    assert not list(data_dir.glob("devices/*/entries-*.json"))


def test_the_who_dialog_asks_the_same_rule(qtbot):
    dialog = PeopleDialog("contact", [])
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog = PeopleDialog("call", [])
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled()
