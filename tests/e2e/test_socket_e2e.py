"""Every writing command works while the app runs, through its socket; the old argv form is
refused and writes nothing."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import pytest

from tracker.commands.protocol import socket_path

from .test_tray_e2e import app_env, start_app, xsession  # noqa: F401 - fixtures
from .xsession import wait_for

pytestmark = pytest.mark.e2e


def dayweave(env, *words: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tracker", *words], env=env, capture_output=True, text=True,
        timeout=30,
    )  # fmt: skip


def app_socket(env, tmp_path):
    import os
    from unittest import mock

    with mock.patch.dict(os.environ, {"XDG_RUNTIME_DIR": env["XDG_RUNTIME_DIR"]}):
        return socket_path(tmp_path / "data")


def raw_request(path, line: bytes) -> dict:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(10)
    client.connect(str(path))
    client.sendall(line)
    reply = b""
    while not reply.endswith(b"\n"):
        chunk = client.recv(65536)
        if not chunk:
            break
        reply += chunk
    client.close()
    return json.loads(reply)


def test_people_add_and_merge_go_to_the_running_app_at_once(xsession, app_env, tmp_path):  # noqa: F811
    app = start_app(app_env)
    try:
        wait_for(xsession.tray_icon, 20, "the Dayweave icon embedded in trayer", log=app.log)
        path = app_socket(app_env, tmp_path)
        wait_for(path.exists, 10, "the app's socket", log=app.log)
        started = time.monotonic()
        added = dayweave(app_env, "people", "add", "Maria Jansen", "--circle", "customer")
        took = time.monotonic() - started
        assert added.returncode == 0, added.stderr
        assert "Added Maria Jansen (Customer)" in added.stdout  # the circle as the GUI names it
        # The app holds the folder's lock: a command writing itself would wait 10 s and fail.
        assert took < 3, f"people add took {took:.1f} s"
        logged = dayweave(app_env, "log", "call with maria 10:00-10:30")
        assert logged.returncode == 0, logged.stderr
        assert "Added" not in logged.stdout  # "maria" is Maria Jansen, not a new person
        listed = json.loads(dayweave(app_env, "people", "list", "--json").stdout)
        assert [p["name"] for p in listed] == ["Maria Jansen"]
        changed = dayweave(app_env, "settings", "own_team", "Product")
        assert changed.returncode == 0, changed.stderr
        assert dayweave(app_env, "settings", "own_team").stdout.strip() == "Product"
    finally:
        app.kill()
        app.wait()


def test_an_old_style_argv_request_is_refused_and_writes_nothing(xsession, app_env, tmp_path):  # noqa: F811
    app = start_app(app_env)
    target = tmp_path / "someone-elses-file.txt"
    target.write_text("keep me")
    try:
        wait_for(xsession.tray_icon, 20, "the Dayweave icon embedded in trayer", log=app.log)
        path = app_socket(app_env, tmp_path)
        wait_for(path.exists, 10, "the app's socket", log=app.log)
        for argv in (
            ["week", "2026-12-01", "--png", str(target), "log"],
            ["people", "add", "log", "--circle", "peer"],
        ):
            reply = raw_request(path, json.dumps({"argv": argv}).encode() + b"\n")
            assert reply["ok"] is False and reply["error"]["exit"] == 2
        two = b'{"v": 1, "id": "a", "request": "undo", "fields": {}}\n{"v": 1}\n'
        assert raw_request(path, two)["error"]["exit"] == 2
        assert target.read_text() == "keep me"
        listed = json.loads(dayweave(app_env, "people", "list", "--json").stdout)
        assert listed == []
    finally:
        app.kill()
        app.wait()


def test_a_write_has_the_app_keep_the_reviews_weeks_ahead(xsession, app_env, tmp_path):  # noqa: F811
    """The app's first write of a session starts the child that sums the review's weeks
    (tracker/ui/review/prepare.py): its kept weeks appear in the app's cache folder."""
    import os
    from unittest import mock

    from tracker.review.keep import read_kept
    from tracker.review.keptfile import cache_file

    app = start_app(app_env)
    try:
        wait_for(xsession.tray_icon, 20, "the Dayweave icon embedded in trayer", log=app.log)
        cache_env = {k: app_env[k] for k in ("XDG_CACHE_HOME",) if k in app_env}
        with mock.patch.dict(os.environ, cache_env):
            kept = cache_file(tmp_path / "data")
        wait_for(app_socket(app_env, tmp_path).exists, 10, "the app's socket", log=app.log)
        assert not kept.exists()  # nothing at start
        logged = dayweave(app_env, "log", "work", "--at", "yesterday 9", "--until", "yesterday 11")
        assert logged.returncode == 0, logged.stderr
        wait_for(kept.exists, 60, "the review's weeks kept by the app's child", log=app.log)
        # Every closed week of the 52 (the running one is never kept).
        wait_for(lambda: len(read_kept(kept)) == 51, 30, "the closed weeks kept", log=app.log)
    finally:
        app.kill()
        app.wait()
