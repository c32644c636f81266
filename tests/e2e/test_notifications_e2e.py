"""Nudges as desktop notifications on X11: the real app under Xvfb with trayer, and dunst as the
notification server on a private session bus. A due nudge arrives as a Notify call, its Done
(chosen in dunst's action menu) logs the contact; with dunst paused ("do not disturb") nothing is
sent and the tray icon counts the nudge, which is sent when do not disturb ends."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest

from .desktop_bus import PrivateBus
from .test_tray_e2e import app_env, entries, start_app, xsession  # noqa: F401 - fixtures
from .xsession import wait_for

pytestmark = pytest.mark.e2e

SETUP = """
from tracker.kernel.settings import Settings
from tracker.store.journal import open_journal
journal = open_journal()
journal.save_settings(Settings(nudge_start_hour=0, nudge_end_hour=24, nudge_days=tuple(range(7)),
                               max_nudges_per_day=5))
journal.close()
"""


def prepare(env) -> None:
    """Anna is overdue (outside the own team, last contact 20 days ago); a live meeting five
    hours ago keeps the live meeting nudge back, so one nudge is due."""
    subprocess.run([sys.executable, "-c", SETUP], env=env, check=True, timeout=60)
    weeks_ago = (datetime.now() - timedelta(days=20)).strftime("%Y-%m-%dT%H:%M")
    for args in (
        ("people", "add", "Anna de Vries", "--circle", "customer", "--every", "7"),
        ("log", "contact", "--with", "Anna de Vries", f"--at={weeks_ago}"),
        ("log", "meeting", "--at=-300m", "--until=-240m"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "tracker", *args], env=env, capture_output=True, timeout=60
        )
        assert done.returncode == 0, done.stderr


@pytest.fixture
def bus(app_env, tmp_path):  # noqa: F811
    private = PrivateBus(app_env, tmp_path)
    yield private
    private.stop()


def contacts(tmp_path) -> list[dict]:
    """The contacts logged in the last hour (prepare's, weeks ago, are not the app's)."""
    hour_ago = datetime.now(UTC) - timedelta(hours=1)
    return [
        e
        for e in entries(tmp_path / "data")
        if e["kind"] == "contact" and datetime.fromisoformat(e["start"]) > hour_ago
    ]


def badge_pixels(xsession, name: str) -> int:  # noqa: F811
    """Red pixels of the count badge in the tray icon, in a fresh screenshot."""
    from PySide6.QtGui import QImage

    box = xsession.tray_icon()
    if box is None:
        return 0
    image = QImage(str(xsession.screenshot(name)))
    return sum(
        1
        for x in range(box.x, box.x + box.width)
        for y in range(box.y, box.y + box.height)
        if (c := image.pixelColor(x, y)).red() > 180 and c.green() < 90 and c.blue() < 90
    )


def test_notify_then_done_logs_the_contact(xsession, app_env, bus, tmp_path):  # noqa: F811
    bus.start_dunst()
    prepare(app_env)
    app = start_app(app_env)
    try:
        [call] = wait_for(bus.notify_calls, 20, "the Notify call", log=app.log)
        assert 'string "Reach out: Anna de Vries · Customer"' in call
        for key, label in (
            ("default", "Open"), ("done", "I reached out"), ("skip", "Skip today"),
        ):  # fmt: skip
            assert f'string "{key}"\n      string "{label}"' in call, call
        wait_for(bus.displayed, 10, "dunst showing it")
        xsession.screenshot("notification-x11")
        assert xsession.window_named("Dayweave nudge") is None  # no popup beside it
        assert bus.dunstctl("context").returncode == 0  # the menu: I reached out is chosen
        logged = wait_for(lambda: contacts(tmp_path), 15, "the contact Done logs", log=app.log)
        assert len(logged) == 1 and len(logged[0]["people"]) == 1
        menu = (tmp_path / "menu.txt").read_text()
        assert "#I reached out (Reach out: Anna de Vries" in menu
    finally:
        app.kill()
        app.wait()


def test_do_not_disturb_shows_nothing_the_tray_counts(xsession, app_env, bus, tmp_path):  # noqa: F811
    bus.start_dunst()
    assert bus.dunstctl("set-paused", "true").returncode == 0
    prepare(app_env)
    app = start_app(app_env)
    try:
        wait_for(xsession.tray_icon, 20, "the Dayweave icon", log=app.log)
        wait_for(lambda: badge_pixels(xsession, "dnd-badge") > 10, 20, "the count badge")
        time.sleep(1)  # had a Notify call been made, dbus-monitor would have written it by now
        assert bus.notify_calls() == []
        assert bus.dunstctl("count", "waiting").stdout.strip() == "0"
        assert xsession.window_named("Dayweave nudge") is None
        assert contacts(tmp_path) == []
        # Do not disturb ends: dunst says so (PropertiesChanged), and the nudge is sent then,
        # long before the ten-minute second look.
        assert bus.dunstctl("set-paused", "false").returncode == 0
        [call] = wait_for(bus.notify_calls, 10, "the Notify call after DND", log=app.log)
        assert 'string "Reach out: Anna de Vries · Customer"' in call
    finally:
        app.kill()
        app.wait()
