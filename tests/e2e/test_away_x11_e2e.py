"""Away and back on X11, end to end (issue 21): the real app on Xvfb reads the X server's
idle time through its MIT-SCREEN-SAVER extension; a work block runs, the session is idle past
the threshold, xdotool presses a key: the question arrives once, on return, not during, and
"a disruption: family" stores one disruption at the gap's start lasting the gap, the block
unchanged.

The threshold is seconds here, not minutes (DAYWEAVE_AWAY_TEST_SECONDS): the reading is the
real one, only the wait is shorter.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

import pytest

from .test_tray_e2e import app_env, entries, start_app, xsession  # noqa: F401 - fixtures
from .xsession import wait_for

pytestmark = pytest.mark.e2e
QUESTION = "Dayweave: time away"


def dayweave(env, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args], env=env, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip


def said(app, words: str) -> bool:
    return words in app.log.read_text(errors="replace")


def test_a_key_after_idle_time_asks_once_and_a_cause_logs_the_gap(
    xsession,  # noqa: F811
    app_env,  # noqa: F811
    tmp_path,
):
    app_env["DAYWEAVE_AWAY_TEST_SECONDS"] = "5"
    assert dayweave(app_env, "start", "work", "--at=-60m", "plan").returncode == 0
    [block] = entries(tmp_path / "data")
    app = start_app(app_env, "--verbose")
    try:
        wait_for(lambda: said(app, "away sources: X11"), 30, "the X11 source", log=app.log)
        wait_for(lambda: said(app, "away: noticed"), 30, "idle time noticed", log=app.log)
        assert xsession.window_named(QUESTION) is None  # not during
        xsession.run("xdotool", "key", "shift")
        question = wait_for(
            lambda: xsession.window_named(QUESTION), 10, "the question on return", log=app.log
        )
        xsession.screenshot("away-question")
        geometry = xsession.run("xdotool", "getwindowgeometry", "--shell", question).stdout
        values = dict(line.split("=") for line in geometry.split())
        x, y = int(values["X"]), int(values["Y"])
        width, height = int(values["WIDTH"]), int(values["HEIGHT"])
        # Family is the first cause of the second row of causes, above "Not now".
        xsession.run(
            "xdotool", "mousemove", str(x + width // 8), str(y + height - 50), "click", "1"
        )
        logged = wait_for(
            lambda: [e for e in entries(tmp_path / "data") if e["kind"] == "disruption"],
            10, "the disruption the answer logs", log=app.log,
        )  # fmt: skip
        gaps = json.loads(dayweave(app_env, "away", "--json").stdout)["gaps"]
        assert [(g["answer"], g["cause"]) for g in gaps] == [("disruption", "family")]
        [disruption] = logged
        assert disruption["cause"] == "family" and disruption["end"] is None
        start = datetime.fromisoformat(gaps[0]["start"])
        end = datetime.fromisoformat(gaps[0]["end"])
        assert datetime.fromisoformat(disruption["start"]) == start
        assert datetime.fromisoformat(disruption["until"]) == end
        assert (end - start).total_seconds() >= 5
        [work] = [e for e in entries(tmp_path / "data") if e["kind"] == "work"]
        assert work == block  # the block as it was: same version, still running
        assert xsession.window_named(QUESTION) is None  # asked once
    finally:
        app.kill()
        app.wait()
