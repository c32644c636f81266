"""Large imports through the running app (issue 25, break 18): requests and answers stay under
the socket's 8 MB line, by bytes as well as by records, and the app restores its own backup."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tracker.commands.protocol import MAX_LINE, encode_line

NOTE = "ü🙂 notes " * 300  # about 3 KB


def _person(n: int) -> dict:
    return {
        "aliases": [], "circle": "customer", "created": "2026-12-07T13:34:48.376828Z",
        "deleted": False, "device": "vm-33c38b", "emails": [], "every_days": None,
        "id": uuid.UUID(int=n + 1).hex, "merged_into": None, "name": f"Person {n:05d}",
        "next_action": "", "notes": NOTE, "rev": 1, "team": "",
        "updated": "2026-12-07T13:34:48.376856Z",
    }  # fmt: skip


def test_a_backup_of_many_people_goes_in_requests_the_socket_takes():
    from tracker.cli.exchange import _requests

    people = [_person(n) for n in range(3000)]
    backup = {"format": "dayweave-backup", "version": 1, "people": people, "entries": []}
    requests, problems = _requests(backup, "backup.json")
    assert problems == []
    assert [p for request in requests for p in request.people] == people
    sizes = [len(encode_line(request.to_json())) for request in requests]
    assert max(sizes) < MAX_LINE // 2  # the answer names the stored people again


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


@pytest.fixture
def running_app(tmp_path):
    """A data folder served by a running app (its socket part), and the environment."""
    data = tmp_path / "data"
    env = dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path), TZ="Europe/Amsterdam", LANG="C.UTF-8")
    app = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(data)], env=env, stdout=subprocess.PIPE, text=True
    )
    assert app.stdout.readline().strip()
    yield data, env
    app.kill()
    app.wait()
    app.stdout.close()


def _dayweave(data: Path, env: dict, *words: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data), *words],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_the_app_restores_a_big_backup_it_exported_itself(running_app, tmp_path):
    data, env = running_app
    people = [_person(n) for n in range(3000)]  # about 9 MB of people
    backup = tmp_path / "people.json"
    backup.write_text(json.dumps({"format": "dayweave-backup", "version": 1, "people": people}))
    done = _dayweave(data, env, "import", str(backup))
    assert done.returncode == 0, done.stderr
    assert "People: 3000 added" in done.stdout
    exported = tmp_path / "exported.json"
    done = _dayweave(data, env, "export", "--format", "json", "-o", str(exported))
    assert done.returncode == 0, done.stderr
    done = _dayweave(data, env, "import", str(exported))
    assert done.returncode == 0, done.stderr
    assert "People: 0 added, 0 updated, 3000 unchanged." in done.stdout


def test_many_vcards_with_long_notes_go_to_the_app_in_parts(running_app, tmp_path):
    data, env = running_app
    cards = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card {n:05d}\r\nNOTE:{'long note ' * 250}\r\n"
        "END:VCARD\r\n"
        for n in range(4000)
    )  # about 10 MB
    file = tmp_path / "cards.vcf"
    file.write_text(cards)
    done = _dayweave(data, env, "people", "import", str(file), "--circle", "customer")
    assert done.returncode == 0, done.stderr
    assert "4000" in done.stdout


def test_a_request_over_the_line_is_refused_in_words_not_lost(running_app, monkeypatch):
    """The app stops reading at 8 MB and answers; the client hears it, not a broken pipe."""
    from tracker.commands.remote import ask_app

    data, env = running_app
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    answer = ask_app(data, "people.add", {"name": "x", "notes": "n" * (3 * MAX_LINE)})
    assert answer is not None and answer["ok"] is False and answer["error"]["exit"] == 2


def test_a_dry_run_of_many_people_asks_every_request_as_a_dry_run():
    """The people's own requests (more than one request holds) were sent without dry_run:
    `import --dry-run` of a large backup wrote its people."""
    from tracker.cli.exchange import _requests

    people = [_person(n) for n in range(1500)]
    backup = {"format": "dayweave-backup", "version": 1, "people": people, "entries": []}
    requests, _problems = _requests(backup, "backup.json", dry_run=True)
    assert len(requests) > 2
    assert all(request.dry_run for request in requests)


def test_an_import_refused_after_a_part_went_in_does_not_exit_2(tmp_path, monkeypatch, capsys):
    """Exit 2 says nothing was written: the app took the first request, refused the second;
    the first stays imported, so the exit is 1 (and the refusal in this terminal's words)."""
    from tracker.cli import exchange, main
    from tracker.commands import Result

    people = [_person(n) for n in range(1500)]
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps({"format": "dayweave-backup", "version": 1, "people": people}))
    first = Result("import.records").note("imported_records", people_added=1000)
    answers = [
        {"ok": True, "result": first.to_json()},
        {"ok": False, "error": {"message": "the request is too long", "exit": 2}},
    ]
    monkeypatch.setattr(exchange, "ask_running_app", lambda _args, _request: answers.pop(0))
    code = main(["--data-dir", str(tmp_path / "data"), "import", str(backup)])
    out = capsys.readouterr()
    assert "People: 1000 added" in out.out
    assert "the request is too long" in out.err
    assert code == 1


def test_an_import_refused_here_after_a_part_went_in_does_not_exit_2(tmp_path, monkeypatch):
    """Written here (no app): the second request refused after the first stored its people."""
    from tracker.cli import exchange, main
    from tracker.commands import Commands
    from tracker.commands.errors import Refused

    monkeypatch.setattr(exchange, "ask_running_app", lambda _args, _request: None)
    people = [_person(n) for n in range(1500)]
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps({"format": "dayweave-backup", "version": 1, "people": people}))
    run = Commands.run
    asked: list[object] = []

    def refuses_the_second(self, request, initiator=None):
        asked.append(request)
        if len(asked) == 2:
            raise Refused("people", "refused", "refused")
        return run(self, request, initiator=initiator)

    monkeypatch.setattr(Commands, "run", refuses_the_second)
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(backup)]) == 1
