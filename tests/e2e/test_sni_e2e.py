"""The other Linux tray: StatusNotifierItem on a D-Bus session bus (KDE, GNOME's AppIndicator).

A private session bus, Debian's status-notifier-watcher and gtk-sni-tray-standalone as the host;
the test then does what a host does when the user clicks: it asks the item's exported menu
(com.canonical.dbusmenu) for its layout and sends "clicked" to Disruption > Tech, wifi.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from .test_tray_e2e import app_env, entries, start_app, xsession  # noqa: F401 - fixtures
from .xsession import require_tools, wait_for

pytestmark = pytest.mark.e2e
TOOLS = ("dbus-daemon", "status-notifier-watcher", "gtk-sni-tray-standalone", "gdbus")


@pytest.fixture
def session_bus(app_env):  # noqa: F811
    require_tools(TOOLS, "StatusNotifierItem tests")
    daemon = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        check=True,
        env=app_env,
    )
    address, pid = daemon.stdout.split()[:2]
    app_env["DBUS_SESSION_BUS_ADDRESS"] = address
    helpers = [
        subprocess.Popen([tool], env=app_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for tool in ("status-notifier-watcher", "gtk-sni-tray-standalone")
    ]
    yield app_env
    for helper in helpers:
        helper.kill()
        helper.wait()
    subprocess.run(["kill", pid], check=False)


def gdbus(env, *args: str) -> str:
    return subprocess.run(
        ["gdbus", "call", "--session", *args], env=env, capture_output=True, text=True, timeout=20
    ).stdout


def registered_item(env) -> str | None:
    out = gdbus(
        env,
        "--dest",
        "org.kde.StatusNotifierWatcher",
        "--object-path",
        "/StatusNotifierWatcher",
        "--method",
        "org.freedesktop.DBus.Properties.Get",
        "org.kde.StatusNotifierWatcher",
        "RegisteredStatusNotifierItems",
    )
    match = re.search(r"'(:[0-9.]+)", out)
    return match[1] if match else None


def test_a_disruption_through_a_status_notifier_host(xsession, session_bus, tmp_path):  # noqa: F811
    env = session_bus
    app = start_app(env)
    try:
        item = wait_for(
            lambda: registered_item(env), 20, "the item on the StatusNotifierWatcher", log=app.log
        )
        menu = gdbus(
            env,
            "--dest",
            item,
            "--object-path",
            "/StatusNotifierItem",
            "--method",
            "org.freedesktop.DBus.Properties.Get",
            "org.kde.StatusNotifierItem",
            "Menu",
        )
        path = re.search(r"objectpath '([^']+)'", menu)[1]
        gdbus(
            env,
            "--dest",
            item,
            "--object-path",
            path,
            "--method",
            "com.canonical.dbusmenu.AboutToShow",
            "0",
        )
        layout = gdbus(
            env,
            "--dest",
            item,
            "--object-path",
            path,
            "--method",
            "com.canonical.dbusmenu.GetLayout",
            "--",
            "0",
            "-1",
            "@as []",
        )
        tech = re.search(r"<\((\d+), \{[^}]*'label': <'Tech, wifi", layout)
        assert tech, layout[:500]
        xsession.screenshot("sni-tray")
        gdbus(
            env,
            "--dest",
            item,
            "--object-path",
            path,
            "--method",
            "com.canonical.dbusmenu.Event",
            "--",
            tech[1],
            "clicked",
            "<0>",
            "0",
        )

        def logged():
            return [e for e in entries(tmp_path / "data") if e["kind"] == "disruption"]

        found = wait_for(logged, 10, "the disruption in the files", log=app.log)
        assert [e["cause"] for e in found] == ["tech"]
    finally:
        app.kill()
        app.wait()
