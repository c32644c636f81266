"""What the running app keeps in the log: its socket's start, stop and refusals, a missing
tray, an uncaught error; never what a request carried."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import pytest

from tests.gui.test_app_parts import make_shell
from tracker.kernel import logs


@pytest.fixture
def log_text():
    logs.stop()  # set up again in this test's state folder when something is said
    yield lambda: (Path(os.environ["DAYWEAVE_STATE_DIR"]) / "dayweave.log").read_text()
    logs.stop()


def _line(request_id: str, request: str, **fields) -> bytes:
    return json.dumps({"v": 1, "id": request_id, "request": request, "fields": fields}).encode()


def test_the_socket_logs_its_life_and_its_refusals_not_their_content(
    journal, clock, tmp_path, monkeypatch, qtbot, caplog, log_text
):
    shell = make_shell(journal, clock, tmp_path, monkeypatch, tray_available=lambda: True)
    with caplog.at_level(logging.INFO, logger="dayweave"):
        shell.start_server()
        shell.server.answer(b'{"argv": ["log", "call", "Eva Smit"]}')
        shell.server.answer(_line("r1", "people.add", name="Eva Smit", circle=["Finance"]))

        def explode(request, initiator=None):
            raise RuntimeError("Eva Smit's secret plan")

        shell.commands.run = explode
        shell.server.answer(_line("r2", "log", kind="call", title="Eva Smit's secret plan"))
        shell.shutdown()
    said = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "dayweave.socket"]
    assert said[0][0] == "INFO" and said[0][1].startswith("listening on ")
    assert said[-1] == ("INFO", "socket closed")
    assert ("WARNING", "refused a bad people.add request: BadRequest") in said
    assert ("ERROR", "log from the socket failed") in said
    text = log_text()
    assert "refused a request that is not this protocol's: ValueError" in text
    assert "RuntimeError (its message is left out" in text and "Eva" not in text


def test_no_tray_is_logged(journal, clock, tmp_path, monkeypatch, qtbot, log_text):
    shell = make_shell(journal, clock, tmp_path, monkeypatch, tray_available=lambda: False,
                       tray_wait_seconds=0.5)  # fmt: skip
    shell.start()
    shell.tray_wait.fire()
    assert shell.fallback
    assert "WARNING dayweave.app: no system tray found: running in a window" in log_text()
    shell.panel.closed.disconnect()
    shell.shutdown()


def test_an_uncaught_error_in_the_app_reaches_the_log(monkeypatch, log_text):
    from tracker.ui.app import _errors_to_the_log

    printed = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: printed.append(info[0]))
    _errors_to_the_log()
    try:
        raise KeyError("Eva Smit")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert printed == [KeyError]  # still printed as PySide6 would
    text = log_text()
    assert "ERROR dayweave.app: uncaught KeyError" in text and "test_app_log.py" in text
    assert "Eva" not in text
