"""The app in a Wayland session: Debian's weston with its headless backend as the compositor,
the app on Qt's wayland platform (no X display in its environment), its tray icon through
StatusNotifierItem and its nudges through the desktop's notifications, both on a private
session bus.

The tray host (gtk-sni-tray-standalone) and the notification server (dunst) draw on an Xvfb
beside it: the host's struts are X11 only, and weston has none of the layer-shell protocol dunst
draws with on Wayland; sway, which has it, refuses to run as root (as CI runs). What the app
sees of them is the session bus, as in a Wayland session.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .desktop_bus import PrivateBus
from .test_notifications_e2e import contacts, prepare
from .test_sni_e2e import gdbus, registered_item
from .test_tray_e2e import start_app
from .xsession import XSession, require_tools, wait_for

pytestmark = pytest.mark.e2e
TOOLS = ("weston", "status-notifier-watcher", "gtk-sni-tray-standalone", "gdbus", "Xvfb")


@pytest.fixture
def wayland(tmp_path):
    """weston, headless, with its socket in a private runtime folder; yields the app's env."""
    require_tools(TOOLS, "Wayland tests")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    socket_name = f"wayland-dayweave-{os.getpid()}"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(XDG_RUNTIME_DIR=str(runtime), TZ="Europe/Amsterdam", LANG="en_US.UTF-8")
    with (tmp_path / "weston.log").open("wb") as log:
        weston = subprocess.Popen(
            ["weston", "--backend=headless-backend.so", f"--socket={socket_name}",
             "--idle-time=0", "--width=1024", "--height=768"],
            env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        wait_for((runtime / socket_name).exists, 20, "weston's socket")
        env.update(
            WAYLAND_DISPLAY=socket_name,
            QT_QPA_PLATFORM="wayland",
            DAYWEAVE_DATA_DIR=str(tmp_path / "data"),
            DAYWEAVE_CONFIG_DIR=str(tmp_path / "config"),
        )
        (tmp_path / "config").mkdir()
        (tmp_path / "config" / "autostart-asked").write_text("asked\n")
        yield env
    finally:
        weston.kill()
        weston.wait()


@pytest.fixture
def desktop(wayland, tmp_path):
    """The session's services on a private bus: SNI watcher and host, and dunst."""
    beside = XSession(with_tray=False).start()
    services = dict(wayland, DISPLAY=beside.display)
    services.pop("WAYLAND_DISPLAY")
    bus = PrivateBus(services, tmp_path)
    wayland["DBUS_SESSION_BUS_ADDRESS"] = services["DBUS_SESSION_BUS_ADDRESS"]
    helpers = [
        subprocess.Popen([tool], env=services, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for tool in ("status-notifier-watcher", "gtk-sni-tray-standalone")
    ]
    bus.start_dunst()
    # The app looks for a tray once at start (then waits ten seconds): let the host come first.
    wait_for(lambda: "true" in host_registered(services), 20, "the SNI host on the watcher")
    yield bus
    for helper in helpers:
        helper.kill()
        helper.wait()
    bus.stop()
    beside.stop()


def host_registered(env) -> str:
    return gdbus(
        env, "--dest", "org.kde.StatusNotifierWatcher", "--object-path", "/StatusNotifierWatcher",
        "--method", "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierWatcher",
        "IsStatusNotifierHostRegistered",
    )  # fmt: skip


def tooltip(env, item: str) -> str:
    return gdbus(
        env, "--dest", item, "--object-path", "/StatusNotifierItem",
        "--method", "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", "ToolTip",
    )  # fmt: skip


def test_the_app_works_in_a_wayland_session(wayland, desktop, tmp_path):
    env = wayland
    assert "DISPLAY" not in env and env["QT_QPA_PLATFORM"] == "wayland"
    prepare(env)
    app = start_app(env)
    try:
        item = wait_for(lambda: registered_item(env), 30, "the icon on the watcher", log=app.log)
        # A due nudge arrives as a notification; Done, chosen in dunst's menu, logs the contact.
        [call] = wait_for(desktop.notify_calls, 20, "the Notify call", log=app.log)
        assert 'string "Reach out: Anna de Vries · Customer"' in call
        wait_for(desktop.displayed, 10, "dunst showing it")
        assert desktop.dunstctl("context").returncode == 0
        wait_for(lambda: contacts(tmp_path), 15, "the contact Done logs", log=app.log)
        # `dayweave log` reaches the running app (which holds the data folder's lock) and the
        # icon's tooltip, read over D-Bus as the host reads it, says what was logged.
        logged = subprocess.run(
            [sys.executable, "-m", "tracker", "log", "disruption", "--cause", "tech"],
            env=env, capture_output=True, text=True, timeout=30,
        )  # fmt: skip
        assert logged.returncode == 0, logged.stderr
        wait_for(lambda: "1 disruption today" in tooltip(env, item), 10, "the tooltip")
        assert app.poll() is None, app.log.read_text()
    finally:
        app.kill()
        app.wait()
