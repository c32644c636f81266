"""Nudges in the real app on Xvfb: the popup shows for an overdue person, Done logs a contact,
and nothing shows while a work block runs until the block stops."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest

from .test_tray_e2e import app_env, entries, start_app, xsession  # noqa: F401 - fixtures
from .xsession import wait_for

pytestmark = pytest.mark.e2e

SETUP = """
from tracker.kernel.settings import Settings
from tracker.store.journal import open_journal
journal = open_journal()
journal.save_settings(Settings(nudge_start_hour=0, nudge_end_hour=24, nudge_days=tuple(range(7)),
                               max_nudges_per_day=5, nudge_delivery="popup"))
journal.close()
"""


def dayweave(env, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def prepare(env) -> None:
    """An overdue person outside the own team (last contact 20 days ago: a person added now is
    due a rhythm later, and nothing is due in the first day of use), and nudges at any hour."""
    subprocess.run([sys.executable, "-c", SETUP], env=env, check=True, timeout=60)
    assert (
        dayweave(
            env, "people", "add", "Anna de Vries", "--circle", "customer", "--every", "7"
        ).returncode
        == 0
    )
    weeks_ago = (datetime.now() - timedelta(days=20)).strftime("%Y-%m-%dT%H:%M")
    assert (
        dayweave(env, "log", "contact", "--with", "Anna de Vries", f"--at={weeks_ago}").returncode
        == 0
    )
    assert dayweave(env, "log", "meeting", "--at=-300m", "--until=-240m").returncode == 0


def contacts(tmp_path) -> list[dict]:
    """The contacts logged in the last hour (prepare's, weeks ago, are not the app's)."""
    hour_ago = datetime.now(UTC) - timedelta(hours=1)
    return [
        e
        for e in entries(tmp_path / "data")
        if e["kind"] == "contact" and datetime.fromisoformat(e["start"]) > hour_ago
    ]


def test_the_popup_shows_and_done_logs_a_contact(xsession, app_env, tmp_path):  # noqa: F811
    prepare(app_env)
    app = start_app(app_env)
    try:
        popup = wait_for(
            lambda: xsession.window_named("Dayweave nudge"), 20, "the nudge popup", log=app.log
        )
        xsession.screenshot("nudge-popup")
        geometry = xsession.run("xdotool", "getwindowgeometry", "--shell", popup).stdout
        values = dict(line.split("=") for line in geometry.split())
        x, y = int(values["X"]), int(values["Y"])
        width, height = int(values["WIDTH"]), int(values["HEIGHT"])
        # Beside the icon in trayer's top panel: below it, not across the panel or the icon.
        icon = xsession.tray_icon()
        assert y > icon.y + icon.height and x + width > icon.x - 420, (x, y, icon)
        # "I reached out" is the first of the four buttons along the bottom.
        xsession.run(
            "xdotool", "mousemove", str(x + width // 8), str(y + height - 22), "click", "1"
        )
        logged = wait_for(lambda: contacts(tmp_path), 10, "the contact Done logs", log=app.log)
        people = json.loads(dayweave(app_env, "people", "list", "--json").stdout)
        assert logged[0]["people"] == [people[0]["id"]]
    finally:
        app.kill()
        app.wait()


def test_no_popup_while_a_work_block_runs_until_it_stops(xsession, app_env, tmp_path):  # noqa: F811
    prepare(app_env)
    assert dayweave(app_env, "start", "work", "deep work").returncode == 0
    app = start_app(app_env)
    try:
        wait_for(xsession.tray_icon, 20, "the Dayweave icon", log=app.log)
        time.sleep(4)  # the first plan runs two seconds after start: give it time to (not) show
        assert xsession.window_named("Dayweave nudge") is None
        stopped = dayweave(app_env, "stop")
        assert stopped.returncode == 0 and "Stopped work" in stopped.stdout
        wait_for(
            lambda: xsession.window_named("Dayweave nudge"),
            10,
            "the popup after the block",
            log=app.log,
        )
    finally:
        app.kill()
        app.wait()
