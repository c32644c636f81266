"""tracker.kernel.logs: the log file's place, modes and rotation, and what it leaves out."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tracker.kernel import logs


@pytest.fixture
def state(monkeypatch, tmp_path) -> Path:
    """A log set up afresh in this test's state folder, and taken down after it."""
    folder = tmp_path / "state"
    monkeypatch.setenv("DAYWEAVE_STATE_DIR", str(folder))
    logs.stop()
    yield folder
    logs.stop()


def test_the_state_folder_is_the_platforms_unless_told(monkeypatch, tmp_path):
    monkeypatch.delenv("DAYWEAVE_STATE_DIR")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    if os.name == "posix" and os.uname().sysname != "Darwin":
        assert logs.log_file() == tmp_path / "xdg-state" / "dayweave" / "dayweave.log"
    monkeypatch.setenv("DAYWEAVE_STATE_DIR", "~/elsewhere")
    assert logs.log_file() == Path.home() / "elsewhere" / "dayweave.log"


def test_a_warning_sets_up_the_private_file_and_info_stays_out(state):
    log = logs.logger("dayweave.store")
    log.info("not kept at the default level")
    assert not state.exists()
    log.warning("kept: %s", 3)
    path = state / "dayweave.log"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    [line] = path.read_text().splitlines()
    assert line.endswith(" WARNING dayweave.store: kept: 3")


def test_a_traceback_keeps_its_frames_and_class_not_its_message(state):
    log = logs.logger("dayweave.app")
    try:
        {"Anneke Zwaan": 1}["Bram Hollander"]
    except KeyError:
        log.exception("a click failed")
    text = (state / "dayweave.log").read_text()
    assert "ERROR dayweave.app: a click failed" in text
    assert 'File "tests/unit/test_logs.py", line' in text  # not the folders above it
    assert "KeyError" in text and "Bram" not in text and "Anneke" not in text


def test_values_are_kept_by_their_names_and_classes():
    assert logs.safe(Path("/home/anneke/data/people.json")) == "people.json"
    assert logs.safe(OSError(28, "No space left on device")) == "OSError(ENOSPC)"
    assert logs.safe(PermissionError(13, "denied", "/home/anneke")) == "PermissionError(EACCES)"
    assert logs.safe(ValueError("not a person: Anneke")) == "ValueError"
    assert logs.safe(12) == 12


def test_old_logs_are_rotated_and_stay_private(state, monkeypatch):
    monkeypatch.setattr(logs, "FILE_BYTES", 300)
    log = logs.logger("dayweave.store")
    for number in range(20):
        log.warning("warning number %d of a long afternoon", number)
    names = sorted(p.name for p in state.iterdir())
    assert names == ["dayweave.log", "dayweave.log.1", "dayweave.log.2", "dayweave.log.3"]
    assert {stat.S_IMODE(p.stat().st_mode) for p in state.iterdir()} == {0o600}


def test_verbose_speaks_on_the_stderr_of_the_moment(state, capsys):
    logs.start(logs.verbosity(2), stderr=True)
    logs.logger("dayweave.nudges").debug("plan: %d due", 2)
    assert capsys.readouterr().err == "dayweave: DEBUG dayweave.nudges: plan: 2 due\n"
    assert "DEBUG dayweave.nudges: plan: 2 due" in (state / "dayweave.log").read_text()


def test_a_log_that_cannot_be_written_says_nothing(state, capsys):
    state.parent.mkdir(exist_ok=True)
    state.write_text("a file where the folder should be")
    assert logs.start() is None
    logs.logger("dayweave.store").error("lost, quietly")
    assert capsys.readouterr().err == ""
