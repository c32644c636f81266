"""Wayland's ext-idle-notify-v1 as the away source, against a compositor of the test's own
(tests/e2e/wayland_idle_double.py: Debian 12's weston, sway and cage offer no ext-idle-notify;
its docstring says what was tried): found, chosen, asked for a notification after the
threshold, and its idled and resumed events reach the app as away and back."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from tracker.away.desktop import idle_source
from tracker.away.wayland import idle_notify_offered
from tracker.kernel.clock import FakeClock
from tracker.ui.away.watch import open_sources
from tracker.ui.away.wayland import WaylandIdle

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def compositor(tmp_path, monkeypatch):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-idle-test")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={tmp_path}/no-system-bus")
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.wayland_idle_double", "wayland-idle-test"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=dict(os.environ),
        cwd=ROOT,
    )  # fmt: skip
    assert process.stdout.readline().strip() == "ready"
    yield process
    process.stdin.close()
    process.wait(timeout=10)
    process.stdout.close()


def test_it_is_found_and_chosen(compositor, now, qapp):
    assert idle_notify_offered()
    assert idle_source() == "Wayland"
    sources = open_sources(FakeClock(now))
    assert [type(s) for s in sources] == [WaylandIdle]
    for source in sources:
        source.deleteLater()
    gc.collect()


def test_idled_and_resumed_reach_the_app_as_away_and_back(compositor, now, qtbot):
    clock = FakeClock(now)
    source = WaylandIdle(clock)
    said = []
    source.away.connect(lambda at: said.append(("away", at)))
    source.back.connect(lambda at: said.append(("back", at)))
    source.start(timedelta(minutes=10))
    assert compositor.stdout.readline().strip() == "notification 600000"
    compositor.stdin.write("idle\n")
    compositor.stdin.flush()
    qtbot.waitUntil(lambda: len(said) == 1)
    assert said == [("away", now - timedelta(minutes=10))]  # idle since then
    clock.advance(minutes=15)
    compositor.stdin.write("active\n")
    compositor.stdin.flush()
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said[1] == ("back", clock.now())
    source.stop()
    source.deleteLater()  # on this thread, never by the cycle collector on another
    gc.collect()


def test_no_compositor_no_source(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("WAYLAND_DISPLAY", "nobody-here")
    assert not idle_notify_offered()
