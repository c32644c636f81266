"""org.freedesktop.ScreenSaver (what KDE's KWin answers) as the away source, served by a test
double on a private session bus: chosen when GetSessionIdleTime answers and GNOME's monitor is
not there, its ActiveChanged heard as an event, its idle time read no faster than once a
minute."""

from __future__ import annotations

import gc
import os
from datetime import timedelta

import pytest

from tracker.away.desktop import away_sources, idle_source, screensaver_answers
from tracker.ui.away.screensaver import ScreenSaverIdle
from tracker.ui.away.sources import MIN_POLL_SECONDS
from tracker.ui.away.watch import open_sources

from .test_away_bus import Service, private_bus
from .xsession import require_tools

pytestmark = pytest.mark.e2e


@pytest.fixture
def screensaver(tmp_path, monkeypatch):
    require_tools(("dbus-daemon",), "away signal tests")
    session, pid = private_bus(tmp_path / "session")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={tmp_path}/no-system-bus")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    service = Service("screensaver", dict(os.environ))
    yield service
    service.stop()
    os.kill(int(pid), 15)


def test_it_is_chosen_when_it_answers_and_said_by_name(screensaver, clock, qapp):
    assert screensaver_answers()
    assert idle_source() == "ScreenSaver"
    assert away_sources() == ["ScreenSaver"]
    sources = open_sources(clock)
    assert [type(s) for s in sources] == [ScreenSaverIdle]
    for source in sources:
        source.deleteLater()
    gc.collect()


def test_idle_time_is_read_no_faster_than_a_minute_and_active_changed_is_heard(
    screensaver, clock, qtbot
):
    source = ScreenSaverIdle(clock)
    said = []
    source.away.connect(lambda at: said.append(("away", at)))
    source.back.connect(lambda at: said.append(("back", at)))
    source.start(timedelta(minutes=10))
    assert screensaver.calls() == "call GetSessionIdleTime"
    assert said == []
    # Active a moment ago: next look when ten idle minutes could first be reached.
    assert source.poller.timer.interval_seconds == 600
    screensaver.send("idle-ms:720000")
    source.poller.check()  # what the timer runs
    assert said == [("away", clock.now() - timedelta(minutes=12))]
    assert source.poller.timer.interval_seconds == MIN_POLL_SECONDS
    clock.advance(minutes=1)
    screensaver.send("idle-ms:1000")
    source.poller.check()
    assert said[1] == ("back", clock.now() - timedelta(seconds=1))
    screensaver.send("on")
    qtbot.waitUntil(lambda: len(said) == 3)
    screensaver.send("off")
    qtbot.waitUntil(lambda: len(said) == 4)
    assert said[2:] == [("away", clock.now()), ("back", clock.now())]
    # A signal read with a reply, in one piece: heard all the same, not left in a buffer
    # until the bus next speaks.
    screensaver.send("on-with-reply")
    source.poller.check()
    qtbot.waitUntil(lambda: len(said) == 5)
    source.stop()
    source.deleteLater()  # on this thread, never by the cycle collector on another
    gc.collect()
