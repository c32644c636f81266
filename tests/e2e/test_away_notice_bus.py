"""The question on return as a real notification (issue 21): a private session bus
(dbus-daemon) with a notification server test double (tests/e2e/notify_service.py). The gap's
Notify carries its times and the answers as actions; the server's ActionInvoked answers it
("A break" logs life over the gap) or opens the quiet panel ("A disruption..." for its cause)."""

from __future__ import annotations

import gc
import os
import select
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tracker.kernel.model import Entry
from tracker.ui.away.sources import AwaySource
from tracker.ui.away.watch import AwayQuestions, AwayWatch
from tracker.ui.nudges.desktop_bus import NotificationBus
from tracker.ui.timeline.quicklog import QuickLog

from .test_away_bus import private_bus
from .xsession import require_tools

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
AMS = ZoneInfo("Europe/Amsterdam")


class FakeSource(AwaySource):
    name = "fake"

    def start(self, threshold):
        pass


def said(server) -> str:
    """The server's next line, within 5 s (never a test that hangs)."""
    ready, _, _ = select.select([server.stdout], [], [], 5)
    assert ready, "the notification server was asked nothing"
    return server.stdout.readline()


@pytest.fixture
def server(tmp_path, monkeypatch):
    require_tools(("dbus-daemon",), "notification tests")
    address, pid = private_bus(tmp_path / "session")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.notify_service"], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True, env=dict(os.environ), cwd=ROOT,
    )  # fmt: skip
    assert process.stdout.readline().strip() == "ready"
    yield process
    process.stdin.close()
    process.wait(timeout=10)
    process.stdout.close()
    os.kill(int(pid), 15)


def test_the_gap_asks_by_a_real_notification_and_its_actions_answer(
    server, qapp, journal, clock, qtbot
):
    source = FakeSource()
    questions = AwayQuestions(
        AwayWatch([source]), QuickLog(journal, clock, AMS), clock, AMS,
        notices=NotificationBus.open,
    )  # fmt: skip
    questions.start()
    journal.add(Entry("work", clock.now() - timedelta(hours=1), tz=AMS.key))

    def come_back() -> tuple:
        since = clock.now()
        source.away.emit(since)
        clock.advance(minutes=15)
        source.back.emit(clock.now())
        return since, said(server).split(" ", 2)

    since, (verb, number, shown) = come_back()
    summary, body, actions = shown.strip().split("|")
    assert (verb, summary) == ("notify", "Dayweave: time away")
    assert body.startswith(f"You were away {since.astimezone(AMS):%H:%M}–") and "(15m)" in body
    assert actions.split(",") == [
        "default=Open", "break=A break", "disruption=A disruption…",
        "meeting=A live meeting…", "working=Still working", "split=Split…",
    ]  # fmt: skip
    assert questions.question is None  # nothing shown by the app itself
    clock.advance(seconds=5)  # the notification read
    server.stdin.write(f"invoke {number} break\n")
    server.stdin.flush()

    def life() -> list:
        found = [e for e in journal.entries_between(since, clock.now()) if e.kind == "life"]
        return [(e.start, e.end) for e in found]

    qtbot.waitUntil(lambda: life() != [], timeout=5000)
    assert life() == [(since, since + timedelta(minutes=15))]

    clock.advance(minutes=20)
    since, (_verb, number, _shown) = come_back()
    server.stdin.write(f"invoke {number} disruption\n")
    server.stdin.flush()
    qtbot.waitUntil(lambda: questions.question is not None, timeout=5000)
    assert questions.question.isVisible()
    questions.question.cause_buttons["family"].click()
    [found] = [e for e in journal.entries_between(since, clock.now()) if e.kind == "disruption"]
    assert (found.start, found.until, found.cause) == (
        since,
        since + timedelta(minutes=15),
        "family",
    )
    questions.stop()  # the bus closed here, not by the collector
    questions.question.deleteLater()
    questions.deleteLater()
    gc.collect()
