"""One scenario through the tray's API, through the socket to the running app, and through the
command line on its own ends in the same stored day: the rules live in one place."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tracker.kernel.clock import FakeClock
from tracker.store.journal import Journal
from tracker.ui.shell import Shell
from tracker.ui.timeline.quicklog import QuickLog

UTC_ZONE = ZoneInfo("UTC")
# Yesterday morning, so every time of the scenario is past for the real clock too.
T0 = (datetime.now(UTC) - timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


PAST_BLOCK = f"{T0.date().isoformat()} 7:00-8:15 work past"
# (minutes after T0 when it happens, what is done)
STEPS = [
    (0, ("start", "work")),
    (30, ("call", "Anna")),
    (40, ("disruption", "tech")),
    (60, ("start", "life")),
    (90, ("stop",)),
    (90, ("undo",)),
    (91, ("line", PAST_BLOCK)),
]


def stored_day(journal: Journal) -> tuple[list, list]:
    people = journal.people_by_id()
    entries = journal.entries_between(at(-120), at(24 * 60))
    return (
        sorted(
            (
                (
                    e.kind,
                    e.start,
                    e.end,
                    e.title,
                    e.cause,
                    e.tz,
                    e.tags,
                    tuple(people[p].name for p in e.people),
                )
                for e in entries
            ),
            key=lambda row: (row[1], row[0]),
        ),
        sorted((p.name, p.circle) for p in journal.people()),
    )


def cli(data_dir: Path, env: dict, *words: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tracker", "--data-dir", str(data_dir), *words],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def cli_words(minutes: int, step: tuple) -> list[str]:
    when = at(minutes).isoformat()
    if step[0] == "start":
        return ["start", step[1], "--at", when, "--long"]  # yesterday: over 16 hours ago
    if step[0] == "call":
        return ["log", "call", "--with", step[1], "--at", when]
    if step[0] == "disruption":
        return ["log", "disruption", "--cause", step[1], "--at", when]
    if step[0] == "stop":
        return ["stop", "--at", when]
    if step[0] == "undo":
        return ["undo"]
    return ["log", step[1]]


@pytest.fixture
def env(tmp_path):
    return dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path / "run"), TZ="UTC")


def through_the_tray(tmp_path: Path, qapp) -> tuple:
    clock = FakeClock(T0)
    journal = Journal(tmp_path / "tray", "laptop-aaaaaa", clock, hold_lock=True).open()
    quicklog = QuickLog(journal, clock, UTC_ZONE)
    for minutes, step in STEPS:
        clock.set(at(minutes) + (timedelta(seconds=2) if step[0] == "undo" else timedelta()))
        if step[0] == "start":
            quicklog.switch(step[1])
        elif step[0] == "call":
            quicklog.with_people("call", [step[1]])
        elif step[0] == "disruption":
            quicklog.disruption(step[1])
        elif step[0] == "stop":
            quicklog.stop()
        elif step[0] == "undo":
            assert quicklog.undo()
        else:
            quicklog.quick_entry(step[1])
    try:
        return stored_day(journal)
    finally:
        journal.close()


def through_the_socket(tmp_path: Path, env: dict, qtbot, monkeypatch) -> tuple:
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    clock = FakeClock(T0)
    journal = Journal(tmp_path / "socket", "laptop-aaaaaa", clock, hold_lock=True).open()
    shell = Shell(journal, clock, UTC_ZONE, journal.layout.root, tray_available=lambda: True)
    shell.start_server()
    handled = []
    shell.server.handled.connect(lambda: handled.append(True))
    for minutes, step in STEPS:
        clock.set(at(minutes) + (timedelta(seconds=2) if step[0] == "undo" else timedelta()))
        process = cli(journal.layout.root, env, *cli_words(minutes, step))
        while process.poll() is None:
            qtbot.wait(10)
        _out, err = process.communicate()
        assert process.returncode == 0, err
    # The app holds the folder's lock: every step was done by the app, over the socket.
    assert len(handled) == len(STEPS)
    try:
        return stored_day(journal)
    finally:
        shell.shutdown()


def through_the_command_line(tmp_path: Path, env: dict) -> tuple:
    data_dir = tmp_path / "cli"
    for minutes, step in STEPS:
        _out, err = cli(data_dir, env, *cli_words(minutes, step)).communicate()
        assert "Traceback" not in err and not err, err
    journal = Journal(data_dir, "reader", FakeClock(at(100))).open()
    try:
        return stored_day(journal)
    finally:
        journal.close()


def test_the_tray_the_socket_and_the_command_line_store_the_same_day(
    tmp_path, env, qapp, qtbot, monkeypatch
):
    tray = through_the_tray(tmp_path, qapp)
    entries, people = tray
    assert [(kind, start, end, title) for kind, start, end, title, *_ in entries] == [
        ("work", at(-60), at(15), "past"),
        ("work", at(15), at(60), ""),  # the past block took its overlap: no minute twice
        ("call", at(30), None, ""),
        ("disruption", at(40), None, ""),
        ("life", at(60), None, ""),  # stopped, then the stop was undone: it runs again
    ]
    assert people == [("Anna", None)]
    assert through_the_socket(tmp_path, env, qtbot, monkeypatch) == tray
    assert through_the_command_line(tmp_path, env) == tray
