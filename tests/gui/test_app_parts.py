"""The running app's parts: the command socket and the no-tray fallback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.ui.shell import Shell

AMS = ZoneInfo("Europe/Amsterdam")


def make_shell(journal, clock, tmp_path, monkeypatch, **kwargs):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    return Shell(journal, clock, AMS, journal.layout.root, **kwargs)


def test_dayweave_log_goes_to_the_running_app_over_the_socket(
    journal, clock, tmp_path, monkeypatch, qtbot
):
    # The command stamps the entry with the real time; the app's clock must agree with it.
    clock.set(datetime.now(UTC))
    shell = make_shell(journal, clock, tmp_path, monkeypatch, tray_available=lambda: True)
    shell.start_server()
    assert shell.server.is_listening()
    env = dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path), TZ="Europe/Amsterdam")
    # The app holds the folder's lock, so a command writing the files itself would wait 10 s
    # and fail; answering at once with the entry in the app's journal proves the socket.
    command = [sys.executable, "-m", "tracker", "--data-dir", str(journal.layout.root),
               "log", "life", "school run"]  # fmt: skip
    started = time.monotonic()
    with qtbot.waitSignal(shell.quicklog.changed, timeout=8000):
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        while process.poll() is None:
            qtbot.wait(10)
    out, err = process.communicate()
    assert process.returncode == 0, err
    assert "Logged life" in out
    assert time.monotonic() - started < 8
    assert shell.tray.status.state == "life"
    [entry] = journal.running()
    assert entry.title == "school run"
    shell.shutdown()


def _line(request_id: str, request: str, **fields) -> bytes:
    return json.dumps({"v": 1, "id": request_id, "request": request, "fields": fields}).encode()


def test_bad_input_through_the_socket_is_still_exit_2(journal, clock, tmp_path, monkeypatch, qtbot):
    shell = make_shell(journal, clock, tmp_path, monkeypatch, tray_available=lambda: True)
    shell.start_server()
    reply = shell.server.answer(_line("a1", "log", kind="nap"))
    assert reply["error"]["exit"] == 2 and "'nap' is not a kind" in reply["error"]["message"]
    reply = shell.server.answer(_line("a2", "log", kind="disruption", cause="tech"))
    assert reply["ok"] and reply["result"]["stored"][0]["cause"] == "tech"
    assert shell.server.answer(b"not json")["error"]["exit"] == 2
    with qtbot.waitSignal(shell.server.activate_requested):
        shell.server.answer(_line("a3", "app.activate"))
    shell.shutdown()


@pytest.mark.parametrize(
    ("line", "says"),
    [
        # The old protocol: a command line to re-parse, which once wrote a PNG anywhere.
        (b'{"argv": ["week", "2026-12-01", "--png", "/tmp/x.png", "log"]}', "protocol version"),
        (b'{"v": 1, "id": "x1", "request": "week", "fields": {}}', "unknown request"),
        (b'{"v": 1, "id": "x2", "request": "log", "fields": {"kind": 3}}', "kind is not"),
        (b'{"v": 1, "id": "x3", "request": "log", "fields": {"argv": []}}', "unknown field"),
        (b'{"v": 1, "request": "log", "fields": {}}', "no id"),
        (b'{"v": 2, "id": "x4", "request": "log", "fields": {}}', "protocol version"),
    ],
)
def test_the_socket_refuses_what_is_not_a_named_request(
    journal, clock, tmp_path, monkeypatch, qtbot, line, says
):
    shell = make_shell(journal, clock, tmp_path, monkeypatch, tray_available=lambda: True)
    shell.start_server()
    reply = shell.server.answer(line)
    assert not reply["ok"] and reply["error"]["exit"] == 2 and says in reply["error"]["message"]
    assert journal.people() == [] and journal.running() == []
    shell.shutdown()


def test_a_retried_request_is_answered_not_done_twice(journal, clock, tmp_path, monkeypatch, qtbot):
    shell = make_shell(journal, clock, tmp_path, monkeypatch, tray_available=lambda: True)
    shell.start_server()
    first = shell.server.answer(_line("same", "people.add", name="Eva Smit", circle="customer"))
    again = shell.server.answer(_line("same", "people.add", name="Eva Smit", circle="customer"))
    assert first == again and first["ok"]
    assert [p.name for p in journal.people()] == ["Eva Smit"]
    shell.shutdown()


def test_no_tray_waits_then_shows_the_panel_as_a_window(
    journal, clock, tmp_path, monkeypatch, qtbot
):
    shell = make_shell(journal, clock, tmp_path, monkeypatch, tray_available=lambda: False,
                       tray_wait_seconds=10)  # fmt: skip
    shell.start()
    assert shell.tray_wait.active and shell.panel is None
    for _ in range(18):  # the 10 s wait in 0.5 s steps, fired by hand instead of slept through
        shell.tray_wait.fire()
    assert shell.panel is None
    shell.tray_wait.fire()
    assert shell.fallback and shell.panel.isVisible()
    assert "No system tray" in shell.panel.notice.text()
    quit_calls = []
    monkeypatch.setattr(shell, "quit", lambda: quit_calls.append(True))
    shell.panel.closed.disconnect()
    shell.panel.closed.connect(shell.quit)
    shell.panel.close()
    assert quit_calls
    shell.shutdown()


def test_damage_found_at_start_is_shown_once(journal, clock, tmp_path, monkeypatch, qtbot):
    from tracker.kernel.model import Entry

    journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    (journal.layout.own_dir / "entries-2026-11-26.json").write_bytes(b"\x00" * 10)
    shell = make_shell(journal, clock, tmp_path, monkeypatch, tray_available=lambda: True)
    shell.start()
    assert "was damaged" in shell.damage_box.text()
    box = shell.damage_box
    shell._show_new_damage()
    assert shell.damage_box is box
    shell.shutdown()


def test_this_week_opens_one_window_that_follows_new_logs(
    journal, clock, tmp_path, monkeypatch, qtbot
):
    shell = make_shell(journal, clock, tmp_path, monkeypatch, tray_available=lambda: True)
    shell.actions.this_week()
    window = shell.week_window
    qtbot.addWidget(window)
    assert window.isVisible() and window.timeline.entries == []
    shell.actions.this_week()
    assert shell.week_window is window
    shell.quicklog.disruption("tech")
    assert [e.kind for e in window.timeline.entries] == ["disruption"]
    shell.shutdown()


def test_a_message_without_a_tray_is_kept_until_closed(
    journal, clock, tmp_path, monkeypatch, qtbot
):
    shell = make_shell(journal, clock, tmp_path, monkeypatch, tray_available=lambda: False)
    shell.tell("Nothing was saved: the disk is full")
    [box] = shell._boxes
    assert "disk is full" in box.text()
    box.done(0)
    assert shell._boxes == []
    shell.shutdown()


def test_the_socket_answers_every_request_even_a_broken_one(journal, clock, tmp_path, monkeypatch):
    shell = make_shell(journal, clock, tmp_path, monkeypatch, tray_available=lambda: True)
    shell.start_server()
    assert shell.server.answer(b"[]")["error"]["exit"] == 2
    assert shell.server.answer(b'{"argv": ["week"]}')["error"]["exit"] == 2

    def explode(request, initiator=None):
        raise RuntimeError("boom")

    shell.commands.run = explode
    reply = shell.server.answer(_line("b1", "log", kind="disruption"))
    assert reply["error"]["exit"] == 1 and "boom" in reply["error"]["message"]
    shell.shutdown()


def test_a_request_nested_past_pythons_limit_is_answered(journal, clock, tmp_path, monkeypatch):
    shell = make_shell(journal, clock, tmp_path, monkeypatch, tray_available=lambda: True)
    shell.start_server()
    reply = shell.server.answer(b"[" * 100_000)
    assert reply["ok"] is False and reply["error"]["exit"] == 2
    shell.shutdown()


def test_a_refusal_over_the_socket_is_said_in_the_commands_language(
    journal, clock, tmp_path, monkeypatch
):
    """The app may speak English while the terminal speaks Dutch: the answer carries the
    refusal's code and values, and `dayweave` says it in its own language."""
    from tracker.cli.writing import _refusal_text
    from tracker.kernel import words

    shell = make_shell(journal, clock, tmp_path, monkeypatch, tray_available=lambda: True)
    shell.start_server()
    nobody = shell.server.answer(_line("c1", "log", kind="contact"))["error"]
    line = shell.server.answer(_line("c2", "log", line="slapen 9:00"))["error"]
    shell.shutdown()
    assert nobody["code"] == "needs_someone" and nobody["details"]["field"] == "people"
    assert line["details"]["part"] == "slapen"
    words.set_language("nl")
    try:
        wire = json.loads(json.dumps(nobody))
        assert _refusal_text(wire) == "Contact is met iemand: zeg met wie."
        assert _refusal_text(line).startswith("'slapen' is geen soort; begin met werk")
    finally:
        words.set_language("en")
    assert _refusal_text({"message": "an older app's answer", "code": "x"}) == (
        "an older app's answer"
    )
