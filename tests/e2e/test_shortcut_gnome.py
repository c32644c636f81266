"""GNOME's custom keyboard shortcut, written for the user into a private settings store
(GSETTINGS_BACKEND=keyfile in a temporary XDG_CONFIG_HOME): the list keeps what was there and
gains Dayweave's path, whose command is `dayweave log disruption` and keys Super+Shift+D."""

from __future__ import annotations

import os
import subprocess

import pytest

from tracker.ui.shortcut import gnome
from tracker.ui.shortcut.keys import command

from .xsession import require_tools

pytestmark = pytest.mark.e2e
SCHEMA = "org.gnome.settings-daemon.plugins.media-keys"
OTHER = "/org/gnome/settings-daemon/plugins/media-keys/custom-keybindings/custom0/"


@pytest.fixture
def settings_store(tmp_path, monkeypatch):
    require_tools(("gsettings",), "GNOME shortcut tests")
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    if not gnome.offered():
        message = f"{SCHEMA} is not installed (Debian: gnome-settings-daemon-common)"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)
    return tmp_path / "config" / "glib-2.0" / "settings" / "keyfile"


def gsettings(*args: str) -> str:
    return subprocess.run(
        ["gsettings", *args], capture_output=True, text=True, check=True, timeout=10
    ).stdout.strip()


def test_the_shortcut_is_written_beside_the_users_own(settings_store):
    gsettings("set", SCHEMA, "custom-keybindings", f"['{OTHER}']")
    assert gnome.bound() is None
    assert gnome.bind("Dayweave: log a disruption")
    assert gsettings("get", SCHEMA, "custom-keybindings") == f"['{OTHER}', '{gnome.PATH}']"
    ours = f"{SCHEMA}.custom-keybinding:{gnome.PATH}"
    assert gsettings("get", ours, "binding") == "'<Super><Shift>d'"
    assert gsettings("get", ours, "name") == "'Dayweave: log a disruption'"
    assert gsettings("get", ours, "command").strip("'").split()[-2:] == ["log", "disruption"]
    assert command()[-2:] == ["log", "disruption"]
    assert gnome.bound() == "<Super><Shift>d"
    assert gnome.PATH in settings_store.read_text()  # in the private store, not the user's
    assert gnome.bind("Dayweave: log a disruption")  # again: the list gains no second path
    assert gsettings("get", SCHEMA, "custom-keybindings") == f"['{OTHER}', '{gnome.PATH}']"


def test_settings_shows_and_binds_it_on_gnome(settings_store, monkeypatch, tmp_path, qtbot):
    from tracker.ui.settings.shortcut import ShortcutRow
    from tracker.ui.shortcut.choose import GlobalShortcut, shortcut_way

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME")
    assert shortcut_way() == "gnome"
    shortcut = GlobalShortcut(tmp_path / "dayweave-config", "gnome")
    shortcut.start()
    row = ShortcutRow(shortcut)
    qtbot.addWidget(row)
    assert "Not bound" in row.said.text() and not row.bind_button.isHidden()
    row.bind_button.click()
    assert row.said.text().startswith("Super+Shift+D logs a disruption")
    assert gnome.bound() == "<Super><Shift>d"
    shortcut.deleteLater()


def test_where_no_way_is_offered_settings_says_what_to_bind(monkeypatch, qtbot):
    from tracker.ui.settings.shortcut import ShortcutRow

    row = ShortcutRow(None)
    qtbot.addWidget(row)
    assert row.said.text().endswith("log disruption")
    assert row.bind_button.isHidden()
