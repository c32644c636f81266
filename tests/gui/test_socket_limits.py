"""The socket under abuse (issue 25, breaks 11 and 15): every request gets an answer, a flood of
connections or of bytes never makes the app stop listening or grow without bound."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tracker.commands import Commands
from tracker.ui.ipc_server import CommandServer


def _line(request: str, **fields) -> bytes:
    return json.dumps({"v": 1, "id": "m1", "request": request, "fields": fields}).encode()


MALFORMED = [
    b"",
    b"not json",
    b"[]",
    b"null",
    b'"text"',
    b"[" * 100_000,
    b'{"argv": ["week"]}',
    b'{"v": 1}',
    b'{"v": 1, "id": 5, "request": "log"}',
    b'{"v": 1, "id": "", "request": "log"}',
    b'{"v": "1", "id": "m1", "request": "log"}',
    b'{"v": 1, "id": "m1", "request": ["log"], "fields": {}}',
    b'{"v": 1, "id": "m1", "request": "log", "fields": []}',
    b'{"v": 1, "id": "m1", "request": "log", "fields": "kind=work"}',
    b"\xff\xfe not utf-8",
    _line("log", kind="work", at="0001-01-01T00:00:00+14:00"),
    _line("log", kind="work", at="9999-12-31T23:59:59-14:00"),
    _line("log", kind="work", until="9999-12-31T23:59:59-14:00"),
    _line("log", kind="work", at="not a time"),
    _line("log", kind="work", at=1e308),
    _line("log", kind={"a": 1}),
    _line("log", kind="work", people=[[[]]]),
    _line("people.add", name="x" * 100, circle=["customer"]),
    b'{"v": 1, "id": "m1", "request": "log", "fields": {"kind": "work", "at": NaN}}',
]


@pytest.mark.parametrize("line", MALFORMED, ids=range(len(MALFORMED)))
def test_every_malformed_request_gets_a_refusal(journal, clock, tmp_path, monkeypatch, line):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    server = CommandServer(journal.layout.root, Commands(journal, clock))
    reply = server.answer(line)
    assert reply["ok"] is False and reply["error"]["exit"] in (1, 2), reply
    assert journal.running() == [] and journal.people() == []


def test_a_request_for_another_data_folder_is_refused(journal, clock, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    server = CommandServer(journal.layout.root, Commands(journal, clock))
    message = {"v": 1, "id": "f1", "request": "log", "fields": {"kind": "work"}}
    reply = server.answer(json.dumps(dict(message, folder="0-1")).encode())
    assert reply["ok"] is False and reply["error"]["code"] == "other_folder"
    assert journal.running() == []
    reply = server.answer(json.dumps(dict(message, folder=server.folder)).encode())
    assert reply["ok"] is True


def test_the_server_listens_again_when_its_socket_file_is_removed(
    journal, clock, tmp_path, monkeypatch
):
    """A cleaner of old files (or a second user's `rm`) takes the socket away: the watch, or
    the next client to leave, makes a new one."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    server = CommandServer(journal.layout.root, Commands(journal, clock))
    assert server.listen()
    assert stat.S_IMODE(os.lstat(server.path).st_mode) == 0o600
    server.path.unlink()
    assert not server.is_listening()
    server.keep_listening()
    assert server.is_listening() and server.path.exists()
    server.close()
    assert not server.path.exists()


def test_accepting_pauses_without_files_and_goes_on_when_one_is_free(
    qtbot, journal, clock, tmp_path, monkeypatch
):
    """accept() failing with EMFILE leaves the connection in the kernel's queue: the server
    stops asking (no busy loop) and takes it once a file is free, still listening throughout
    (QLocalServer closed itself and removed the socket here)."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    server = CommandServer(journal.layout.root, Commands(journal, clock))
    assert server.listen()
    real = server.listener
    calls = []

    class NoFiles:
        def accept(self):
            calls.append(1)
            raise OSError(errno.EMFILE, "Too many open files")

        def __getattr__(self, name):
            return getattr(real, name)

    server.listener = NoFiles()
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.connect(str(server.path))
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    assert not server._acceptor.isEnabled() and server.is_listening()
    server.listener = real
    server.keep_listening()  # what a client leaving, or the minute's watch, does
    client.sendall(json.dumps({"v": 1, "id": "e1", "request": "app.activate"}).encode() + b"\n")
    client.setblocking(False)
    answer = bytearray()

    def answered() -> bool:
        with contextlib.suppress(BlockingIOError):
            answer.extend(client.recv(4096))
        return answer.endswith(b"\n")

    qtbot.waitUntil(answered, timeout=5000)
    client.close()
    assert json.loads(answer)["ok"] is True and len(calls) == 1
    server.close()


QT_NETWORK = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
import tracker.features
from tracker.commands import Commands
from tracker.kernel.clock import SystemClock
from tracker.store.journal import open_journal
from tracker.ui.ipc_server import CommandServer
journal = open_journal(Path(sys.argv[1]), hold_lock=True)
server = CommandServer(Path(sys.argv[1]), Commands(journal, SystemClock()))
assert server.listen()
print("PySide6.QtNetwork" in sys.modules)
"""


def test_the_socket_serves_without_qtnetwork(tmp_path):
    """A plain socket watched by the event loop: QtNetwork, and the Kerberos and TLS libraries
    it maps, would cost the tray about 2.5 MiB at rest (the RSS budget, 1.2x)."""
    env = dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", QT_NETWORK, str(tmp_path / "data")],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.stdout.strip() == "False", result.stderr


def _flood(path: Path, count: int) -> list[socket.socket]:
    """`count` connections at once, each retried while the backlog is full."""
    held: list[socket.socket] = []
    deadline = time.monotonic() + 30
    while len(held) < count and time.monotonic() < deadline:
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.setblocking(False)
        try:
            client.connect(str(path))
        except BlockingIOError:  # the backlog is full: the app is accepting
            client.close()
            time.sleep(0.001)
            continue
        except (ConnectionRefusedError, FileNotFoundError):
            client.close()
            break  # nobody listens any more
        held.append(client)
    return held


SERVER = r"""
import resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_NOFILE, (1024, 1024))
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
import tracker.features
from tracker.commands import Commands
from tracker.kernel.clock import SystemClock
from tracker.store.journal import open_journal
from tracker.ui.ipc_server import CommandServer
journal = open_journal(Path(sys.argv[1]), hold_lock=True)
server = CommandServer(Path(sys.argv[1]), Commands(journal, SystemClock()))
assert server.listen()
print(server.path, flush=True)
app.exec()
"""


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="a Unix socket")
def test_the_socket_survives_2000_connections_at_a_limit_of_1024_files(tmp_path):
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 3000:
        pytest.skip("the test itself holds 1,100 connections")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 3000), hard))
    data = tmp_path / "data"
    env = dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path), TZ="Europe/Amsterdam")
    app = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(data)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        path = Path(app.stdout.readline().strip())
        for _wave in range(2):  # 2 x 1,100: past the app's 1,024 files each time
            held = _flood(path, 1100)
            for client in held:
                client.close()
        result = subprocess.run(
            [sys.executable, "-m", "tracker", "--data-dir", str(data), "log", "work", "after"],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "Logged work" in result.stdout
        assert app.poll() is None
    finally:
        app.kill()
        app.wait()
        app.stdout.close()


def test_many_clients_sending_without_a_newline_are_capped(journal, clock, tmp_path, monkeypatch):
    """Bytes held for unfinished lines are capped across clients: the biggest is dropped."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    server = CommandServer(journal.layout.root, Commands(journal, clock))
    monkeypatch.setattr("tracker.ui.ipc_server.MAX_BUFFERED", 1000)
    dropped = []
    clients = [object() for _ in range(5)]
    server._refuse = lambda c, answer: dropped.append(c)  # no real sockets
    for n, client in enumerate(clients):
        server.take(client, b"x" * (300 + n))
    assert sum(len(b) for b in server._buffers.values()) <= 1000
    assert dropped == [clients[3], clients[4]]


def test_a_busy_or_other_folder_refusal_is_said_in_the_commands_language():
    from tracker.cli.writing import _refusal_text
    from tracker.kernel import words

    words.set_language("nl")
    try:
        busy = _refusal_text({"message": "the app is busy", "code": "busy", "exit": 1})
        other = _refusal_text({"message": "another folder", "code": "other_folder", "exit": 2})
    finally:
        words.set_language("en")
    assert "bezig" in busy and "niets" in other


def test_the_listen_backlog_holds_80_commands_at_once(journal, clock, tmp_path, monkeypatch):
    """80 `dayweave log` at once: the kernel queues them all while the app is busy (Qt's
    default of 50 made the rest fail with EAGAIN)."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    server = CommandServer(journal.layout.root, Commands(journal, clock))
    assert server.listen()
    clients, refused = [], 0
    try:
        for _ in range(200):  # no event is processed meanwhile: none is accepted
            client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            client.setblocking(False)
            clients.append(client)
            try:
                client.connect(str(server.path))
            except BlockingIOError:
                refused += 1
    finally:
        for client in clients:
            client.close()
        server.close()
    assert refused == 0
