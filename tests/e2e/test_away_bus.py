"""GNOME's IdleMonitor and logind, served by test doubles on private session and system buses
(dbus-daemon), driven by the test: idle, active, lock, unlock, PrepareForSleep(true/false)
each reach the app as the right signal, and a gap during a running call asks nothing."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tracker.away.desktop import GNOME_IDLE, LOGIND, away_sources, has_bus_name
from tracker.kernel.model import Entry
from tracker.ui.away.bus import Logind, MutterIdle
from tracker.ui.away.watch import AwayQuestions, AwayWatch

from .desktop_bus import BUS_CONFIG
from .xsession import require_tools

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
AMS = ZoneInfo("Europe/Amsterdam")


def private_bus(folder: Path) -> tuple[str, str]:
    """A dbus-daemon of its own: (its address, its pid)."""
    folder.mkdir()
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=folder))
    daemon = subprocess.run(
        ["dbus-daemon", f"--config-file={config}", "--fork", "--print-address=1",
         "--print-pid=1"],
        capture_output=True, text=True, check=True, timeout=20,
    )  # fmt: skip
    address, pid = daemon.stdout.split()[:2]
    return address, pid


class Service:
    """One test double (tests/e2e/away_services.py), told what to send line by line."""

    def __init__(self, kind: str, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.away_services", kind],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )  # fmt: skip
        assert self.process.stdout.readline().strip() == "ready"

    def send(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def calls(self) -> str:
        return self.process.stdout.readline().strip()

    def stop(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)
        self.process.stdout.close()


@pytest.fixture
def buses(tmp_path, monkeypatch):
    require_tools(("dbus-daemon",), "away signal tests")
    session, session_pid = private_bus(tmp_path / "session")
    system, system_pid = private_bus(tmp_path / "system")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", system)
    env = dict(os.environ)
    services = {"mutter": Service("mutter", env), "logind": Service("logind", env)}
    yield services
    for service in services.values():
        service.stop()
    for pid in (session_pid, system_pid):
        os.kill(int(pid), 15)


def test_the_services_are_found_and_named(buses):
    assert has_bus_name("SESSION", GNOME_IDLE) and has_bus_name("SYSTEM", LOGIND)
    assert away_sources() == ["GNOME", "logind"]


def test_idle_and_active_lock_unlock_sleep_and_wake_reach_the_app(buses, clock, qtbot):
    idle, logind = MutterIdle(clock), Logind(clock)
    said = []
    for source in (idle, logind):
        source.away.connect(lambda at, s=source: said.append((s.name, "away", at)))
        source.back.connect(lambda at, s=source: said.append((s.name, "back", at)))
    idle.start(timedelta(minutes=10))
    assert buses["mutter"].calls() == "call AddIdleWatch 600000"
    logind.start(timedelta(minutes=10))
    assert buses["logind"].calls().startswith("call GetSessionByPID")
    now = clock.now()
    buses["mutter"].send("idle")
    qtbot.waitUntil(lambda: len(said) == 1)
    assert said[0] == ("GNOME", "away", now - timedelta(minutes=10))  # idle since then
    assert buses["mutter"].calls() == "call AddUserActiveWatch"
    buses["mutter"].send("active")
    qtbot.waitUntil(lambda: len(said) == 2)
    for line in ("lock", "unlock", "sleep", "wake"):
        buses["logind"].send(line)
    qtbot.waitUntil(lambda: len(said) == 6)
    assert [(name, what) for name, what, _ in said] == [
        ("GNOME", "away"), ("GNOME", "back"), ("logind", "away"), ("logind", "back"),
        ("logind", "away"), ("logind", "back"),
    ]  # fmt: skip
    idle.stop()
    logind.stop()
    idle.deleteLater()  # on this thread, never by the cycle collector on another
    logind.deleteLater()
    gc.collect()


def test_a_gap_during_a_running_call_asks_nothing_and_one_in_work_asks(
    buses, journal, quicklog, clock, qtbot
):
    journal.add(Entry("work", clock.now() - timedelta(hours=1), tz=AMS.key))
    call = journal.add(Entry("call", clock.now() - timedelta(minutes=5), tz=AMS.key))
    logind = Logind(clock)
    questions = AwayQuestions(AwayWatch([logind]), quicklog, clock, AMS)
    asked, gaps = [], []
    questions.asked.connect(asked.append)
    questions.watch.returned.connect(gaps.append)
    questions.start()
    buses["logind"].calls()
    buses["logind"].send("lock")
    qtbot.waitUntil(lambda: questions.watch.since is not None)
    clock.advance(minutes=20)
    buses["logind"].send("unlock")
    qtbot.waitUntil(lambda: len(gaps) == 1)
    assert asked == []  # a running call is never away
    journal.update(call.with_changes(end=clock.now()))
    clock.advance(minutes=5)
    buses["logind"].send("sleep")
    qtbot.waitUntil(lambda: questions.watch.since is not None)
    clock.advance(minutes=20)
    buses["logind"].send("wake")
    qtbot.waitUntil(lambda: len(asked) == 1)
    qtbot.addWidget(asked[0])
    assert asked[0].gap.minutes == 20 and asked[0].gap.slept
    logind.stop()
    questions.deleteLater()  # with its watch; on this thread, never by the cycle collector
    gc.collect()
