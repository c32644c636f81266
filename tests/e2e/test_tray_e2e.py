"""The real app in a real tray: Xvfb, trayer as the XEmbed tray host, xdotool to click."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .xsession import Box, XSession, exec_line, require_tools, wait_for

pytestmark = pytest.mark.e2e


@pytest.fixture
def xsession():
    require_tools()
    session = XSession(with_tray=True).start()
    yield session
    session.stop()


@pytest.fixture
def app_env(xsession, tmp_path):
    env = xsession.env
    env.update(
        DAYWEAVE_DATA_DIR=str(tmp_path / "data"),
        DAYWEAVE_CONFIG_DIR=str(tmp_path / "config"),
        XDG_RUNTIME_DIR=str(tmp_path),
        TZ="Europe/Amsterdam",
        LANG="en_US.UTF-8",
    )
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "autostart-asked").write_text("asked\n")  # no first-run question
    return env


def start_app(env, *args: str) -> subprocess.Popen:
    """The app, its output in a file (a pipe nobody reads could fill and stall it)."""
    log = Path(env["XDG_RUNTIME_DIR"]) / "app.log"
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "tracker", *args], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    process.log = log
    return process


def entries(data_dir: Path) -> list[dict]:
    found = []
    for path in data_dir.glob("devices/*/entries-*.json"):
        found += json.loads(path.read_text())["_default"].values()
    return found


def icon_colour(session: XSession, name: str) -> tuple[int, int, int]:
    """The average colour of the tray icon in a fresh screenshot."""
    from PySide6.QtGui import QImage

    box = session.tray_icon()
    image = QImage(str(session.screenshot(name)))
    totals = [0, 0, 0]
    count = 0
    for x in range(box.x + box.width // 4, box.x + 3 * box.width // 4):
        for y in range(box.y + box.height // 4, box.y + 3 * box.height // 4):
            colour = image.pixelColor(x, y)
            totals = [
                totals[0] + colour.red(),
                totals[1] + colour.green(),
                totals[2] + colour.blue(),
            ]
            count += 1
    return tuple(t // count for t in totals)


def press_until(xsession, key: str | tuple[str, ...], happened, attempts=4, wait=2.0):
    """Press a key (or click the icon: ("click", button)) until what it does is seen. A menu is
    on screen a moment before it takes keys, so on a loaded machine the first press can be
    lost; a press that was not lost but slow shows up as a wrong cause and fails the test,
    never passes it."""
    command = ("key", key) if isinstance(key, str) else key
    for _ in range(attempts):
        if command[0] == "click":
            xsession.click_icon(command[1])
        else:
            xsession.run("xdotool", *command)
        try:
            return wait_for(happened, wait, f"what {' '.join(command)} does")
        except AssertionError:
            continue
    raise AssertionError(
        f"{' '.join(command)} {attempts} times did nothing; on screen then:\n{xsession.describe()}"
    )


def test_right_click_disruption_tech_lands_in_the_files(xsession, app_env, tmp_path):
    app = start_app(app_env)
    try:
        xsession.settled_icon(log=app.log)
        # Each menu is a window of the app's class (and so may be the icon): every key waits
        # for its menu to be on screen, or a loaded machine sends it to the wrong one.
        windows = len(xsession.visible_windows("dayweave"))
        press_until(
            xsession,
            ("click", "3"),
            lambda: len(xsession.visible_windows("dayweave")) > windows,
            wait=4,
        )
        press_until(xsession, "5", lambda: len(xsession.visible_windows("dayweave")) > windows + 1)
        xsession.screenshot("tray-menu-disruption")
        logged = press_until(  # 3: Tech, wifi
            xsession,
            "3",
            lambda: [e for e in entries(tmp_path / "data") if e["kind"] == "disruption"],
        )
        assert [e["cause"] for e in logged] == ["tech"]
        xsession.screenshot("tray-after-disruption")
    finally:
        app.kill()
        app.wait()


def test_dayweave_log_changes_the_tray_at_once(xsession, app_env, tmp_path):
    app = start_app(app_env)
    try:
        wait_for(xsession.tray_icon, 20, "the Dayweave icon embedded in trayer", log=app.log)
        red, green, blue = icon_colour(xsession, "tray-idle")
        assert abs(red - green) < 40 and abs(green - blue) < 40, "idle is grey"
        command = [sys.executable, "-m", "tracker", "log", "life", "school run"]
        result = subprocess.run(command, env=app_env, capture_output=True, text=True, timeout=30)
        assert result.returncode == 0, result.stderr
        assert "Logged life" in result.stdout

        def is_green():
            r, g, b = icon_colour(xsession, "tray-life")
            return g > r + 40 and g > b + 40

        wait_for(is_green, 5, "the life (green) icon")
    finally:
        app.kill()
        app.wait()


def test_exit_when_ready_prints_the_seconds_once_the_icon_is_embedded(xsession, app_env):
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "--exit-when-ready"],
        env=app_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    seconds = float(result.stdout.strip())
    assert 0 < seconds < 60


def test_a_second_start_brings_the_first_forward(xsession, app_env):
    app = start_app(app_env)
    try:
        wait_for(xsession.tray_icon, 20, "the Dayweave icon", log=app.log)
        second = subprocess.run(
            [sys.executable, "-m", "tracker"],
            env=app_env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert second.returncode == 0
        assert "already running" in second.stdout
        wait_for(lambda: xsession.window_named("Dayweave quick log"), 5, "the quick-log panel")
        xsession.screenshot("panel-brought-forward")
        assert app.poll() is None
    finally:
        app.kill()
        app.wait()


def test_without_a_tray_the_panel_opens_as_a_window(tmp_path):
    require_tools()
    session = XSession(with_tray=False).start()
    env = session.env
    env.update(
        DAYWEAVE_DATA_DIR=str(tmp_path / "data"),
        DAYWEAVE_CONFIG_DIR=str(tmp_path / "config"),
        XDG_RUNTIME_DIR=str(tmp_path),
        DAYWEAVE_TRAY_WAIT="1",
    )
    app = start_app(env)
    try:
        wait_for(
            lambda: session.window_named("Dayweave quick log"),
            20,
            "the fallback window",
            log=app.log,
        )
        session.screenshot("no-tray-fallback-window")
        assert app.poll() is None
    finally:
        app.kill()
        app.wait()
        session.stop()


def test_logging_in_again_starts_the_app_from_its_autostart_entry(xsession, app_env, tmp_path):
    """Turn autostart on, then do what the session does at login: run the entry's Exec line."""
    import shlex

    from tracker.autostart import Autostart

    autostart = Autostart(
        "linux", config_home=tmp_path / "xdg", command=[sys.executable, "-m", "tracker"]
    )
    autostart.enable()
    result = subprocess.run(
        [*shlex.split(exec_line(autostart.desktop_file)), "--exit-when-ready"],
        env=app_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.strip()) > 0


def window_box(session: XSession, window: str) -> Box:
    info = session.run("xwininfo", "-id", window).stdout
    value = {
        key: int(re.search(rf"{key}:\s+(-?\d+)", info)[1])
        for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")
    }
    return Box(*value.values())


def test_a_left_click_opens_the_panel_on_screen_and_a_digit_presses_its_button(
    xsession, app_env, tmp_path
):
    """The keys a user presses right after the panel opens: "2" is Life, not text."""
    app = start_app(app_env)
    try:
        xsession.settled_icon(log=app.log)
        panel = press_until(
            xsession, ("click", "1"), lambda: xsession.window_named("Dayweave quick log"), wait=4
        )
        icon = xsession.settled_icon()
        box = window_box(xsession, panel)
        screen = xsession.run("xwininfo", "-root").stdout
        width = int(re.search(r"Width:\s+(\d+)", screen)[1])
        height = int(re.search(r"Height:\s+(\d+)", screen)[1])
        assert box.x >= 0 and box.x + box.width <= width and box.y + box.height <= height, box
        assert box.y >= icon.y + icon.height, f"the panel {box} covers the icon {icon}"
        xsession.screenshot("panel-below-top-tray")
        logged = press_until(
            xsession, "2", lambda: [e for e in entries(tmp_path / "data") if e["kind"] == "life"]
        )
        assert len(logged) == 1
        xsession.screenshot("panel-after-2")
        # 5 opens the causes beside the panel (the panel stays), 3 is Tech, wifi.
        windows = len(xsession.visible_windows("dayweave"))
        press_until(xsession, "5", lambda: len(xsession.visible_windows("dayweave")) > windows)
        assert xsession.window_named("Dayweave quick log")
        logged = press_until(
            xsession,
            "3",
            lambda: [e for e in entries(tmp_path / "data") if e["kind"] == "disruption"],
        )
        assert [e["cause"] for e in logged] == ["tech"]
    finally:
        app.kill()
        app.wait()
