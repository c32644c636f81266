"""One way to find the app (issue 25, breaks 16 and 17): the socket follows the data folder's
identity, not its spelling or the environment, and a busy app is waited for, not written past."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tracker.commands import protocol, remote

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="a Unix socket")


def test_one_folder_spelled_two_ways_has_one_socket(tmp_path):
    (tmp_path / "A").mkdir()
    (tmp_path / "x").mkdir()
    (tmp_path / "B").mkdir()
    os.symlink(tmp_path / "A", tmp_path / "link")
    same = {
        protocol.socket_path(p) for p in (tmp_path / "A", tmp_path / "x/../A", tmp_path / "link")
    }
    assert len(same) == 1
    assert protocol.socket_path(tmp_path / "B") not in same


def test_a_data_folder_path_that_is_not_utf8_has_a_socket(tmp_path):
    assert protocol.socket_path(Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9")))


def test_the_socket_is_found_with_or_without_xdg_runtime_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(protocol, "RUN_USER", tmp_path / "run")
    login = tmp_path / "run" / str(os.getuid())
    login.mkdir(parents=True)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(login))
    served = protocol.socket_path(tmp_path)  # where an app started in the desktop listens
    monkeypatch.delenv("XDG_RUNTIME_DIR")  # cron, ssh, sudo, a systemd service
    assert protocol.socket_paths(tmp_path)[0] == served
    # A name in /tmp that any local user may claim first is never where it looks.
    assert not any(p.parent.name.startswith("dayweave-") for p in protocol.socket_paths(tmp_path))


def test_a_full_queue_is_waited_for_not_read_as_no_app(tmp_path, monkeypatch):
    """EAGAIN from a full listen backlog means the app is there and busy."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    data = tmp_path / "data"
    data.mkdir()
    path = protocol.socket_path(data)
    protocol.make_socket_folder(path.parent)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(0)
    waiting = []
    while True:  # fill the kernel's queue until a connect says EAGAIN
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.setblocking(False)
        try:
            client.connect(str(path))
        except BlockingIOError:
            client.close()
            break
        waiting.append(client)
    retried = threading.Event()
    real_sleep = remote.time.sleep

    def sleep(seconds):
        retried.set()
        real_sleep(seconds)

    monkeypatch.setattr(remote.time, "sleep", sleep)

    def serve():
        if not retried.wait(10):
            return
        while True:
            connection, _ = server.accept()
            line = b""
            connection.settimeout(0.2)
            with contextlib.suppress(TimeoutError):
                line = connection.recv(65536)
            if line:
                request = json.loads(line)
                reply = {"v": 1, "id": request["id"], "ok": True, "result": {"heard": True}}
                connection.sendall(json.dumps(reply).encode() + b"\n")
                connection.close()
                return
            connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        answer = remote.ask_app(data, "log", {"kind": "work"}, timeout=10)
    finally:
        for client in waiting:
            client.close()
        thread.join(10)
        server.close()
    assert answer is not None and answer["result"] == {"heard": True}


SERVER = r"""
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
print(server.path, flush=True)
app.exec()
"""


def test_a_command_line_without_xdg_runtime_dir_and_another_spelling_reaches_the_app(tmp_path):
    data = tmp_path / "data"
    (tmp_path / "x").mkdir()
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    env.update(HOME=str(tmp_path / "home"), TZ="Europe/Amsterdam")
    app = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(data)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert app.stdout.readline().strip()
        result = subprocess.run(
            [sys.executable, "-m", "tracker", "--data-dir", str(tmp_path / "x/../data"),
             "log", "work", "from cron"],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "Logged work" in result.stdout
    finally:
        app.kill()
        app.wait()
        app.stdout.close()


def test_a_socket_that_refuses_while_the_app_holds_the_lock_is_tried_again(tmp_path, monkeypatch):
    """Between Qt closing its server and the app listening again the socket refuses; the lock
    is still held, so the app is there: wait for it, never write past it."""
    from tracker.kernel.clock import SystemClock
    from tracker.store.journal import Journal

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", SystemClock(), hold_lock=True).open()
    path = protocol.socket_path(journal.layout.root)
    protocol.make_socket_folder(path.parent)
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(path))  # a socket file nobody listens on: connect is refused
    dead.close()
    threads = []

    def listen_again(seconds):
        if threads:
            return
        path.unlink()
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(path))
        server.listen(5)

        def serve():
            connection, _ = server.accept()
            request = json.loads(connection.recv(65536))
            reply = {"v": 1, "id": request["id"], "ok": True, "result": {"heard": True}}
            connection.sendall(json.dumps(reply).encode() + b"\n")
            connection.close()
            server.close()

        threads.append(threading.Thread(target=serve, daemon=True))
        threads[0].start()

    monkeypatch.setattr(remote.time, "sleep", listen_again)
    try:
        answer = remote.ask_app(journal.layout.root, "log", {"kind": "work"}, timeout=10)
    finally:
        journal.close()
    assert answer is not None and answer["result"] == {"heard": True}


def test_a_socket_left_by_a_killed_app_is_not_waited_for(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    data = tmp_path / "data"
    (data / "devices" / "laptop-aaaaaa").mkdir(parents=True)
    (data / "devices" / "laptop-aaaaaa" / "lock").write_text("")
    path = protocol.socket_path(data)
    protocol.make_socket_folder(path.parent)
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(path))
    dead.close()
    monkeypatch.setattr(remote.time, "sleep", lambda seconds: pytest.fail("waited"))
    assert remote.ask_app(data, "log", {"kind": "work"}) is None


def test_a_busy_answer_is_asked_again_and_a_refusal_without_id_is_heard(tmp_path, monkeypatch):
    """The app answers 'busy' (no id: it did not read the request) when too many clients
    came at once: nothing was done, so the client asks again."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    data = tmp_path / "data"
    data.mkdir()
    path = protocol.socket_path(data)
    protocol.make_socket_folder(path.parent)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(5)
    busy = {
        "v": 1,
        "id": None,
        "ok": False,
        "error": {"message": "busy", "code": "busy", "exit": 1},
    }

    def serve():
        for reply in (busy, None):
            connection, _ = server.accept()
            request = json.loads(connection.recv(65536))
            reply = reply or {"v": 1, "id": request["id"], "ok": True, "result": {"heard": True}}
            connection.sendall(json.dumps(reply).encode() + b"\n")
            connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    monkeypatch.setattr(remote.time, "sleep", lambda seconds: None)
    try:
        answer = remote.ask_app(data, "log", {"kind": "work"}, timeout=10)
    finally:
        thread.join(10)
        server.close()
    assert answer is not None and answer["result"] == {"heard": True}
