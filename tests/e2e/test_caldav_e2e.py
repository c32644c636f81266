"""A calendar on a CalDAV server reaches Dayweave through vdirsyncer (issue 24): a real Radicale
server on loopback, vdirsyncer set up with the README's own config syncing it to a vdir, and
`dayweave agenda --json` as a process following a meeting added, moved and cancelled on the
server (PUT and DELETE of .ics files over HTTP, then `vdirsyncer sync`), and so does the app's
shell (in this process, on a fake clock): its next meeting and the timer of its first-minutes
prompt. Every process has a time limit; nothing sleeps: the server is waited for by polling its
log for the port it got."""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from .xsession import missing_message, wait_for

pytestmark = pytest.mark.e2e

AMS = ZoneInfo("Europe/Amsterdam")
USER, PASSWORD = "alice", "secret"
DAY = "2026-03-10"  # a Tuesday in winter time: 08:00Z is 09:00 in Amsterdam
README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## Calendars on a server (CalDAV)"
TOOLS = ("radicale", "vdirsyncer")  # their packages are in xsession.PACKAGES
TIMEOUT = 60  # seconds for any one process: vdirsyncer and dayweave take about one


def radicale_command() -> list[str] | None:
    """Radicale as a module of this interpreter (PyPI) or of the system's (Debian's
    python3-radicale, which has no command of its own)."""
    for python in dict.fromkeys((sys.executable, "/usr/bin/python3")):
        if Path(python).exists():
            found = subprocess.run(
                [python, "-c", "import radicale"], capture_output=True, timeout=TIMEOUT
            )
            if found.returncode == 0:
                return [python, "-m", "radicale"]
    return None


def require_caldav_tools() -> list[str]:
    """Radicale's command; skip where it or vdirsyncer is missing, but never in CI."""
    server = radicale_command()
    found = {"radicale": server, "vdirsyncer": shutil.which("vdirsyncer")}
    missing = [tool for tool in TOOLS if not found[tool]]
    if missing:
        message = missing_message(missing, "the CalDAV tests")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    assert server
    return server


class Server:
    """A Radicale server on 127.0.0.1 with one user, on the port the system gave it."""

    def __init__(self, folder: Path, command: list[str]) -> None:
        folder.mkdir()
        (folder / "users").write_text(f"{USER}:{PASSWORD}\n")
        config = folder / "config"
        config.write_text(
            "[server]\nhosts = 127.0.0.1:0\n"
            f"[auth]\ntype = htpasswd\nhtpasswd_filename = {folder / 'users'}\n"
            "htpasswd_encryption = plain\n"
            f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
            "[logging]\nlevel = info\n"
        )
        self.log = folder / "radicale.log"
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                [*command, "--config", str(config)], stdout=out, stderr=subprocess.STDOUT
            )
        found = wait_for(self._port, 30, "Radicale listening", log=self.log)
        self.url = f"http://127.0.0.1:{found}/"
        # Loopback only: a proxy in the environment must not be asked.
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def _port(self) -> str | None:
        if self.process.poll() is not None:
            raise AssertionError(f"Radicale exited:\n{self.log.read_text(errors='replace')}")
        found = re.search(r"Listening on '\[?127\.0\.0\.1\]?:(\d+)'", self.log.read_text())
        return found[1] if found else None

    def request(self, method: str, path: str, body: str | None = None) -> int:
        token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        headers = {"Authorization": f"Basic {token}", "Content-Type": "text/calendar"}
        data = body.replace("\n", "\r\n").encode() if body is not None else None
        asked = urllib.request.Request(self.url + path, data, headers, method=method)
        with self._opener.open(asked, timeout=TIMEOUT) as answer:
            return answer.status

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def event(uid: str, title: str, start: str, end: str, sequence: int = 0) -> str:
    return (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//dayweave tests//EN\nBEGIN:VEVENT\n"
        f"UID:{uid}\nDTSTAMP:20260301T000000Z\nSEQUENCE:{sequence}\n"
        f"DTSTART:{DAY.replace('-', '')}T{start}00Z\nDTEND:{DAY.replace('-', '')}T{end}00Z\n"
        f"SUMMARY:{title}\nEND:VEVENT\nEND:VCALENDAR\n"
    )


def section() -> str:
    """The README's CalDAV section, up to the next section."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n{SECTION}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def readme_config(url: str) -> str:
    """The vdirsyncer config the README tells a user to copy, pointed at this server."""
    text = section()
    config = re.search(r"```ini\n(.*?)```", text, re.S)
    assert config, "no vdirsyncer config in the README's CalDAV section"
    pointed = config[1].replace("https://caldav.example.com/", url)
    pointed = pointed.replace('"you@example.com"', f'"{USER}"')
    assert url in pointed and f'"{USER}"' in pointed, "the README's config changed its example"
    return pointed


def readme_commands() -> list[str]:
    """The README's setup commands, without their comments."""
    text = section()
    block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert block, "no setup commands in the README's CalDAV section"
    return [line.split("  #")[0].strip() for line in block[1].splitlines()]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    running = Server(tmp_path / "radicale", require_caldav_tools())
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A home of its own (vdirsyncer's config and vdir land under ~ as the README says), and
    Dayweave's folders in it; no proxy for loopback."""
    home = tmp_path / "home"
    (home / ".config" / "vdirsyncer").mkdir(parents=True)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    drop = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
    values = {k: v for k, v in os.environ.items() if k not in drop and "proxy" not in k.lower()}
    values.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        DAYWEAVE_DATA_DIR=str(tmp_path / "data"),
        DAYWEAVE_CONFIG_DIR=str(tmp_path / "config"),
        TZ="Europe/Amsterdam",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        NO_PROXY="127.0.0.1,localhost",
        # `dayweave` in the README's commands is this checkout's
        PATH=os.pathsep.join((str(Path(sys.executable).parent), os.environ.get("PATH", ""))),
    )
    return values


def run(env: dict[str, str], *words: str, answer: str = "") -> str:
    done = subprocess.run(
        list(words), env=env, input=answer, capture_output=True, text=True, timeout=TIMEOUT
    )
    assert done.returncode == 0, f"{' '.join(words)}: {done.returncode}\n{done.stdout}{done.stderr}"
    return done.stdout


def dayweave(env: dict[str, str], *words: str) -> str:
    return run(env, sys.executable, "-m", "tracker", *words)


def agenda(env: dict[str, str]) -> list[tuple[str, str, str]]:
    meetings = json.loads(dayweave(env, "agenda", DAY, "--json"))["meetings"]
    return [(m["title"], m["start"][11:16], m["end"][11:16]) for m in meetings]


def set_up_as_the_readme_says(env: dict[str, str]) -> None:
    """Each of the README's setup commands in a shell, answering as it says (the password;
    y when discover asks to make the local folder of each calendar), but for the systemd timer:
    a test does not enable a user's units."""
    commands = readme_commands()
    steps = ("password)", "vdirsyncer discover", "vdirsyncer sync", "dayweave calendar add ")
    for step in steps:
        assert any(step in command for command in commands), f"the README no longer says {step}"
    answers = {"password)": PASSWORD + "\n", "vdirsyncer discover": "y\n" * 5}
    for command in commands:
        if command and not command.startswith("systemctl "):
            answer = next((a for step, a in answers.items() if step in command), "")
            run(env, "sh", "-c", command, answer=answer)


@pytest.fixture
def vdir(server: Server, env: dict[str, str]) -> Path:
    """A calendar on the server with a review at 14:00, set up as the README says: synced to
    a vdir, which the command line's Dayweave reads."""
    assert server.request("MKCALENDAR", f"{USER}/work/") == 201
    review = event("review-1", "Review", "1300", "1400")
    assert server.request("PUT", f"{USER}/work/review.ics", review) == 201
    home = Path(env["HOME"])
    (home / ".config" / "vdirsyncer" / "config").write_text(readme_config(server.url))
    set_up_as_the_readme_says(env)
    password = home / ".config" / "vdirsyncer" / "password"
    assert password.stat().st_mode & 0o077 == 0, "the README's password file is not private"
    return home / ".local" / "share" / "vdirsyncer" / "calendars" / "work"


def test_a_meeting_added_moved_and_cancelled_on_the_server_follows_in_the_agenda(server, env, vdir):
    assert agenda(env) == [("Review", "14:00", "15:00")]

    standup = event("standup-1", "Standup", "0800", "0830")
    assert server.request("PUT", f"{USER}/work/standup.ics", standup) == 201
    run(env, "vdirsyncer", "sync")
    assert agenda(env) == [("Standup", "09:00", "09:30"), ("Review", "14:00", "15:00")]

    moved = event("standup-1", "Standup", "1000", "1030", sequence=1)
    assert server.request("PUT", f"{USER}/work/standup.ics", moved) in (201, 204)
    run(env, "vdirsyncer", "sync")
    assert agenda(env) == [("Standup", "11:00", "11:30"), ("Review", "14:00", "15:00")]

    assert server.request("DELETE", f"{USER}/work/standup.ics") in (200, 204)
    run(env, "vdirsyncer", "sync")
    assert agenda(env) == [("Review", "14:00", "15:00")]
    assert len(list(Path(vdir).glob("*.ics"))) == 1  # the sync removed the file, not Dayweave


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> Iterator[Any]:
    """The app's shell in this process on a fake clock at 08:00 in Amsterdam, reading the
    calendar on its own thread as it does when it runs."""
    from PySide6.QtCore import QSettings

    from tracker.kernel.clock import FakeClock
    from tracker.store.journal import Journal
    from tracker.ui.i18n import install_translations
    from tracker.ui.shell import Shell

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "qt"))
    install_translations(qapp, "en")
    clock = FakeClock(datetime(2026, 3, 10, 7, 0, tzinfo=UTC))
    journal = Journal(tmp_path / "app-data", "laptop-aaaaaa", clock, hold_lock=True).open()
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    yield shell
    for prompt in shell.planned.prompts:
        prompt.hide()
    shell.shutdown()
    journal.close()


def test_the_running_app_follows_each_sync_with_its_next_meeting_and_prompt(
    server, env, vdir, app, qtbot
):
    """The app watches the vdir: each `vdirsyncer sync` moves the tray's next meeting and the
    timer of the first-minutes prompt, with no polling and no restart."""
    from tracker.commands import AddCalendar

    planned = app.planned.planned

    def synced(then: str) -> None:
        run(env, "vdirsyncer", "sync")
        # The watch hears the sync; its short settle (an editor's several writes) is let go.
        qtbot.waitUntil(lambda: planned.settle.active, timeout=10_000)
        planned.settle.fire()
        qtbot.waitUntil(lambda: app.tray.next_line == then, timeout=10_000)

    def prompt_in() -> float:
        return planned.start_timer.remaining_seconds / 3600

    app.quicklog.run(AddCalendar(path=str(vdir)))  # as Settings' Add folder... does
    app.planned.start()
    qtbot.waitUntil(lambda: app.tray.next_line == "Next: 14:00 Review", timeout=10_000)
    assert prompt_in() == pytest.approx(6, abs=0.01)

    standup = event("standup-1", "Standup", "0800", "0830")
    assert server.request("PUT", f"{USER}/work/standup.ics", standup) == 201
    synced("Next: 09:00 Standup")
    assert prompt_in() == pytest.approx(1, abs=0.01)

    moved = event("standup-1", "Standup", "1000", "1030", sequence=1)
    assert server.request("PUT", f"{USER}/work/standup.ics", moved) in (201, 204)
    synced("Next: 11:00 Standup")
    assert prompt_in() == pytest.approx(3, abs=0.01)

    assert server.request("DELETE", f"{USER}/work/standup.ics") in (200, 204)
    synced("Next: 14:00 Review")
    assert prompt_in() == pytest.approx(6, abs=0.01)
    app.clock.set(datetime(2026, 3, 10, 13, 0, tzinfo=UTC))
    planned.start_timer.fire()
    qtbot.waitUntil(app.planned.prompt.isVisible, timeout=10_000)
    assert app.planned.prompt.heading.text() == "14:00-15:00 Review"
