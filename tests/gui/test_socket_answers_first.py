"""`dayweave log` waits for the app's answer, not for the views: the socket writes its answer
before the change notice goes round (the tray, the nudge plan and the rest take ~15 ms per log,
which `dayweave log` <= 1.5x a bare import cannot spare). Every view still hears of the change,
in the same event-loop turn, and `handled` still comes after it."""

from __future__ import annotations

import contextlib
import json
import socket
from zoneinfo import ZoneInfo

from tracker.ui.shell import Shell

AMS = ZoneInfo("Europe/Amsterdam")


def _line(request_id: str, request: str, **fields) -> bytes:
    message = {"v": 1, "id": request_id, "request": request, "fields": fields}
    return json.dumps(message).encode() + b"\n"


def test_the_socket_answers_before_the_views_hear_of_the_change(
    journal, clock, tmp_path, monkeypatch, qtbot
):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    shell.start_server()
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(str(shell.server.path))
    client.setblocking(False)
    seen_by_listener: list[bytes | None] = []

    def listener(result, initiator) -> None:
        try:
            seen_by_listener.append(client.recv(65536))
        except BlockingIOError:
            seen_by_listener.append(None)  # no answer yet: the client still waits

    shell.commands.subscribe(listener)
    handled: list[int] = []
    shell.server.handled.connect(lambda: handled.append(len(seen_by_listener)))
    try:
        client.sendall(_line("first", "log", kind="disruption", cause="tech"))
        qtbot.waitUntil(lambda: handled != [], timeout=5000)
        [answer] = seen_by_listener
        assert answer is not None, "the notice went round before the client had its answer"
        assert json.loads(answer)["ok"]
        assert handled == [1]  # `handled` after the notice: a test waiting on it sees the views
        assert shell.tray.status.disruptions == 1  # ...and the tray heard of it
    finally:
        client.close()
        shell.shutdown()


def test_a_refused_request_tells_no_one(journal, clock, tmp_path, monkeypatch, qtbot):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    shell.start_server()
    heard: list[object] = []
    shell.commands.subscribe(lambda result, initiator: heard.append(result))
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(str(shell.server.path))
    try:
        client.sendall(_line("nap", "log", kind="nap"))
        client.settimeout(0.01)
        received = b""

        def answered() -> bool:
            nonlocal received
            with contextlib.suppress(TimeoutError):
                received += client.recv(65536)
            return received.endswith(b"\n")

        qtbot.waitUntil(answered, timeout=5000)
        assert json.loads(received)["error"]["exit"] == 2
        assert heard == []
    finally:
        client.close()
        shell.shutdown()


CLIENT = """
import sys
from tracker.cli import main
code = main(["--data-dir", sys.argv[1], "log", "disruption", "--cause", "tech", "wifi"])
print(code, sorted(m for m in ("uuid", "platform") if m in sys.modules))
"""


def test_dayweave_log_names_its_request_without_uuid(journal, clock, tmp_path, monkeypatch, qtbot):
    """A request's id only has to be unique: os.urandom gives one without uuid, which brings
    platform (~5 ms of every `dayweave log`, docs/ARCHITECTURE.md, Budgets)."""
    import os
    import subprocess
    import sys
    from datetime import UTC, datetime

    clock.set(datetime.now(UTC))  # the command stamps the entry with the real time
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    shell.start_server()
    env = dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path), TZ="Europe/Amsterdam")
    try:
        process = subprocess.Popen(
            [sys.executable, "-c", CLIENT, str(journal.layout.root)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        while process.poll() is None:
            qtbot.wait(10)
        out, err = process.communicate()
        assert out.strip().splitlines()[-1] == "0 []", err
        assert shell.tray.status.disruptions == 1  # it went through the app's socket
    finally:
        shell.shutdown()
