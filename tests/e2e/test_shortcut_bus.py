"""The global shortcut through the XDG portal's GlobalShortcuts and KDE's kglobalaccel, each
served by a test double on a private session bus (tests/e2e/shortcut_services.py): chosen,
bound from Settings (the double records what was asked), bound again at the next start only
when the user bound it before, and a press logs a disruption."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject

from tracker.kernel.clock import FakeClock
from tracker.store.journal import Journal
from tracker.ui.settings.shortcut import ShortcutRow
from tracker.ui.shortcut.choose import GlobalShortcut, shortcut_way, start_shortcut
from tracker.ui.shortcut.keys import KDE_KEYS
from tracker.ui.timeline.actions import LogActions
from tracker.ui.timeline.quicklog import QuickLog

from .test_away_bus import private_bus
from .xsession import require_tools

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
AMS = ZoneInfo("Europe/Amsterdam")


class Service:
    def __init__(self, kind: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.shortcut_services", kind],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=dict(os.environ),
            cwd=ROOT,
        )  # fmt: skip
        assert self.process.stdout.readline().strip() == "ready"

    def calls(self) -> str:
        return self.process.stdout.readline().strip()

    def press(self) -> None:
        self.process.stdin.write("activate\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)
        self.process.stdout.close()


@pytest.fixture
def bus(tmp_path, monkeypatch):
    require_tools(("dbus-daemon",), "global shortcut tests")
    address, pid = private_bus(tmp_path / "session")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    monkeypatch.setenv("DAYWEAVE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "KDE")
    services: list[Service] = []
    yield services
    for service in services:
        service.stop()
    os.kill(int(pid), 15)


class Shell(QObject):
    """What start_shortcut takes of the app's shell: its log actions."""

    def __init__(self, quicklog: QuickLog) -> None:
        super().__init__()
        self.actions = LogActions(quicklog, self)
        self.journal = quicklog.journal
        self.clock = quicklog.clock


@pytest.fixture
def shell(tmp_path, now, qapp):
    clock = FakeClock(now)
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock, hold_lock=True).open()
    made = Shell(QuickLog(journal, clock, AMS))
    yield made
    made.deleteLater()
    journal.close()


def disruptions(shell: Shell) -> list:
    now = shell.clock.now()
    entries = shell.journal.entries_between(now - timedelta(hours=1), now + timedelta(hours=1))
    return [e for e in entries if e.kind == "disruption" and not e.deleted]


def test_the_portal_binds_when_asked_and_a_press_logs_a_disruption(bus, shell, qtbot, tmp_path):
    bus.append(portal := Service("portal"))
    assert shortcut_way() == "portal"
    assert portal.calls() == "call Get org.freedesktop.portal.GlobalShortcuts version"
    shortcut = start_shortcut(shell)  # not bound before: nothing asked yet
    row = ShortcutRow(shortcut)  # Settings asks which way there is
    qtbot.addWidget(row)
    assert portal.calls() == "call Get org.freedesktop.portal.GlobalShortcuts version"
    assert shortcut.way == "portal" and shortcut.keys == ""
    assert "Not bound" in row.said.text()
    with qtbot.waitSignal(shortcut.changed):
        row.bind_button.click()  # Settings' button
    assert portal.calls() == "call Register dayweave"
    assert portal.calls() == "call CreateSession"
    assert portal.calls() == "call BindShortcuts log-disruption LOGO+SHIFT+d"
    assert shortcut.keys == "Shift+Super+D"
    assert row.said.text().startswith("Shift+Super+D logs a disruption")
    assert (tmp_path / "config" / "global-shortcut").read_text() == "portal\n"
    portal.press()
    qtbot.waitUntil(lambda: len(disruptions(shell)) == 1)
    shortcut.stop()
    # The next start binds again, asking the desktop nothing new: the marker says so.
    again = GlobalShortcut(tmp_path / "config")
    with qtbot.waitSignal(again.changed):
        again.start()
    assert portal.calls() == "call Get org.freedesktop.portal.GlobalShortcuts version"
    assert portal.calls() == "call Register dayweave"
    assert portal.calls() == "call CreateSession"
    assert portal.calls() == "call BindShortcuts log-disruption LOGO+SHIFT+d"
    again.stop()
    row.deleteLater()
    for made in (shortcut, again):
        made.deleteLater()
    gc.collect()


def test_without_the_users_word_nothing_is_asked_at_start(bus, qtbot, tmp_path):
    bus.append(portal := Service("portal"))
    shortcut = GlobalShortcut(tmp_path / "config")
    shortcut.start()
    assert shortcut.listener is None  # no listener made, nothing asked of the desktop
    shortcut.deleteLater()
    portal.stop()
    bus.clear()
    gc.collect()


def test_kglobalaccel_binds_meta_shift_d_and_a_press_logs(bus, shell, qtbot, tmp_path):
    bus.append(accel := Service("kglobalaccel"))
    assert shortcut_way() == "kde"
    shortcut = start_shortcut(shell)
    with qtbot.waitSignal(shortcut.changed):
        shortcut.bind()
    assert accel.calls() == "call doRegister"
    assert accel.calls() == f"call setShortcut {KDE_KEYS} 2"
    assert shortcut.keys == "Meta+Shift+D"
    accel.press()
    qtbot.waitUntil(lambda: len(disruptions(shell)) == 1)
    shortcut.stop()
    shortcut.deleteLater()
    gc.collect()
