"""Two devices, one history, through two real Syncthing instances (issue 23).

Each instance has its own home, listens on loopback only, with global and local discovery,
relays, NAT traversal, STUN, usage reporting, crash reporting and upgrades off; the two are
introduced by their device ids in each other's config. Each shares one Dayweave data folder.
Two `dayweave` command lines, each with its own config folder (so its own device id), write
their own data folder at the same time while Syncthing syncs: first writing the files
themselves (no app runs), then through two running apps under Xvfb, one per device, each with
its own config folder, the command lines logging through each app's socket while the apps
watch the other device's files arrive. Afterwards both devices show the same entries, people,
settings and week: every acknowledged entry on both, none doubled.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

import pytest

from tests.e2e.test_tray_e2e import xsession  # noqa: F401 - the fixture
from tests.e2e.xsession import XSession, missing_message, wait_for
from tracker.kernel.clock import SystemClock
from tracker.store.journal import Journal

pytestmark = pytest.mark.e2e

ENTRIES_PER_DEVICE = 30
BOUND = 120  # seconds: the whole run, Syncthing's start included
# What the README suggests never to sync: each device's own backups, lock, undo note, damaged
# copies set aside, and Dayweave's temp files in flight.
STIGNORE = "\n".join(("/backups", "lock", "undo.json", "*.damaged-*", ".*.tmp", ""))


def _require_syncthing() -> None:
    if shutil.which("syncthing") is None:
        message = missing_message(["syncthing"], "the two-device sync test")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


class Instance:
    """One Syncthing on loopback, with its own home, sharing `folder`."""

    def __init__(self, home: Path, folder: Path, gui: int, listen: int) -> None:
        self.home, self.folder, self.gui, self.listen = home, folder, gui, listen
        self.key = f"dayweave-test-{gui}"
        subprocess.run(
            ["syncthing", "generate", f"--home={home}", "--no-default-folder"],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        self.tree = ET.parse(home / "config.xml")
        self.device_id = self.tree.getroot().find("device").get("id")  # type: ignore[union-attr]
        self.process: subprocess.Popen[bytes] | None = None
        self.log = None

    def configure(self, other: Instance, dial: bool = True) -> None:
        """Loopback only, nothing global; DIAL: this one connects to OTHER (the other only
        listens: two that dial each other at once can stall in their Hello exchange for 20 s,
        Syncthing's timeout, which made the wait for a connection flaky under load)."""
        root = self.tree.getroot()
        gui = root.find("gui")
        gui.find("address").text = f"127.0.0.1:{self.gui}"  # type: ignore[union-attr]
        gui.find("apikey").text = self.key  # type: ignore[union-attr]
        options = root.find("options")
        for name, value in {
            "listenAddress": f"tcp://127.0.0.1:{self.listen}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "urAccepted": "-1",
            "autoUpgradeIntervalH": "0",
            "startBrowser": "false",
            "crashReportingEnabled": "false",
            "stunKeepaliveStartS": "0",
            "stunServer": "",
            "setLowPriority": "false",
            # A dial that finds the other not listening yet is tried again after this, not
            # after the default minute (the two start a moment apart).
            "reconnectionIntervalS": "2",
        }.items():
            element = options.find(name)  # type: ignore[union-attr]
            if element is None:
                element = ET.SubElement(options, name)  # type: ignore[arg-type]
            element.text = value
        peer = ET.SubElement(
            root, "device", id=other.device_id, name="peer", compression="metadata"
        )
        address = f"tcp://127.0.0.1:{other.listen}" if dial else "dynamic"  # no discovery
        ET.SubElement(peer, "address").text = address
        folder = ET.SubElement(
            root, "folder", id="dayweave", label="dayweave", path=str(self.folder),
            type="sendreceive", rescanIntervalS="10", fsWatcherEnabled="true",
            fsWatcherDelayS="1", ignorePerms="false",
        )  # fmt: skip
        ET.SubElement(folder, "filesystemType").text = "basic"
        for device in (self.device_id, other.device_id):
            ET.SubElement(folder, "device", id=device)
        self.tree.write(self.home / "config.xml")
        self.folder.mkdir(parents=True, mode=0o700)
        (self.folder / ".stignore").write_text(STIGNORE)

    def start(self) -> None:
        self.log = (self.home / "syncthing.log").open("wb")
        env = dict(os.environ, STNOUPGRADE="1", STNORESTART="1", STNODEFAULTFOLDER="1")
        self.process = subprocess.Popen(
            ["syncthing", "serve", f"--home={self.home}", "--no-browser", "--no-restart",
             "--no-upgrade", "--skip-port-probing"],
            stdout=self.log, stderr=subprocess.STDOUT, env=env,
        )  # fmt: skip

    def rest(self, path: str) -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui}{path}", headers={"X-API-Key": self.key}
        )
        with urllib.request.urlopen(request, timeout=5) as answer:  # loopback only
            return json.loads(answer.read())

    def answers(self) -> bool:
        try:
            return self.rest("/rest/system/ping") == {"ping": "pong"}
        except OSError:
            return False

    def connected(self, other: Instance) -> bool:
        connections = self.rest("/rest/system/connections")["connections"]  # type: ignore[index]
        return bool(connections.get(other.device_id, {}).get("connected"))

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log is not None:
            self.log.close()


def dayweave(
    data: Path, config: Path, *words: str, runtime: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DAYWEAVE_CONFIG_DIR=str(config), LANG="en_US.UTF-8")
    env.pop("XDG_RUNTIME_DIR", None)  # no app: the command line writes the files itself
    if runtime is not None:
        env["XDG_RUNTIME_DIR"] = str(runtime)  # where the device's app listens: through it
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data), *words],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


class Writer(threading.Thread):
    """One device logging while the other does and Syncthing syncs: only what the command
    line acknowledged (exit 0, the stored entry's id) counts."""

    def __init__(self, data: Path, config: Path, mark: str, runtime: Path | None = None) -> None:
        super().__init__()
        self.data, self.config, self.mark = data, config, mark
        self.runtime = runtime  # the app's socket folder, or None: no app
        self.acknowledged: list[str] = []
        self.failures: list[str] = []

    def run(self) -> None:
        person = f"{self.mark.upper()}person Jansen"
        added = self.dayweave("people", "add", person, "--circle", "team")
        if added.returncode != 0:
            self.failures.append(added.stderr)
        for n in range(ENTRIES_PER_DEVICE):
            if n % 3 == 2:
                words = ["contact", "--with", person, "--note", f"{self.mark}-{n}", "--json"]
            else:
                words = ["disruption", "--cause", "tech", f"{self.mark}-{n}", "--json"]
            logged = self.dayweave("log", *words)
            if logged.returncode == 0:
                [stored] = json.loads(logged.stdout)
                self.acknowledged.append(stored["id"])
            else:
                self.failures.append(logged.stderr)
        team = self.dayweave("settings", "own_team", f"Team {self.mark}")
        if team.returncode != 0:
            self.failures.append(team.stderr)

    def dayweave(self, *words: str) -> subprocess.CompletedProcess[str]:
        return dayweave(self.data, self.config, *words, runtime=self.runtime)


def device_id(config: Path) -> str:
    return (config / "device-id").read_text().strip()


def view(data: Path, config: Path) -> tuple:
    """What the device shows: every entry's winning version, every person, the settings."""
    journal = Journal(data, device_id(config), SystemClock()).open()
    try:
        entries = sorted(
            (e.id, e.rev, e.title, e.note, e.deleted)
            for e in journal.entries_on_days(journal.entry_days())
        )
        people = sorted((p.id, p.name, p.rev) for p in journal.people(include_deleted=True))
        return entries, people, journal.settings().own_team
    finally:
        journal.close()


class Apps:
    """One running app per device under the X session, each with its own config folder (so
    its own device id) and socket folder; the command lines log through their sockets."""

    def __init__(self, session: XSession, tmp_path: Path) -> None:
        self.session, self.tmp_path = session, tmp_path
        self.processes: list[subprocess.Popen[bytes]] = []
        self.logs: list[Path] = []

    def start(self, data: Path, config: Path, mark: str) -> Path:
        from tracker.commands.protocol import socket_path

        runtime = self.tmp_path / f"run-{mark}"
        runtime.mkdir(mode=0o700)
        config.mkdir(exist_ok=True)
        (config / "autostart-asked").write_text("asked\n")  # no first-run question
        env = dict(self.session.env, DAYWEAVE_DATA_DIR=str(data),
                   DAYWEAVE_CONFIG_DIR=str(config), XDG_RUNTIME_DIR=str(runtime),
                   TZ="Europe/Amsterdam", LANG="en_US.UTF-8")  # fmt: skip
        log = runtime / "app.log"
        with log.open("ab") as out:
            command = [sys.executable, "-m", "tracker"]
            app = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
        self.processes.append(app)
        self.logs.append(log)
        with mock.patch.dict(os.environ, {"XDG_RUNTIME_DIR": str(runtime)}):
            path = socket_path(data)
        wait_for(path.exists, 30, f"app {mark}'s socket", log=log)
        return runtime

    def stop(self) -> None:
        for process in self.processes:
            process.kill()
            process.wait()

    def said(self) -> str:
        return "".join(log.read_text(errors="replace") for log in self.logs)


def week_json(data: Path, config: Path, runtime: Path | None) -> object:
    shown = dayweave(data, config, "week", "--json", runtime=runtime)
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def run_two_devices(tmp_path: Path, session: XSession | None = None) -> dict[str, object]:
    """Two Syncthings, two devices logging at once (through two apps when SESSION is given);
    what both show once they agree, and how long that took."""
    _require_syncthing()
    began = time.monotonic()
    gui_a, listen_a, gui_b, listen_b = _free_ports(4)
    a = Instance(tmp_path / "st-a", tmp_path / "a" / "dayweave", gui_a, listen_a)
    b = Instance(tmp_path / "st-b", tmp_path / "b" / "dayweave", gui_b, listen_b)
    a.configure(b)
    b.configure(a, dial=False)
    config_a, config_b = tmp_path / "config-a", tmp_path / "config-b"
    apps = Apps(session, tmp_path) if session is not None else None
    runtimes: list[Path | None] = [None, None]
    try:
        a.start()
        b.start()
        wait_for(lambda: a.answers() and b.answers(), 30, "both Syncthings to answer")
        wait_for(lambda: a.connected(b) and b.connected(a), 30, "the two to connect")
        if apps is not None:
            runtimes = [apps.start(a.folder, config_a, "a"), apps.start(b.folder, config_b, "b")]
        writers = [
            Writer(a.folder, config_a, "a", runtimes[0]),
            Writer(b.folder, config_b, "b", runtimes[1]),
        ]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join(timeout=BOUND)
        written = time.monotonic()
        assert [w.failures for w in writers] == [[], []]
        acknowledged = [i for w in writers for i in w.acknowledged]
        assert len(acknowledged) == 2 * ENTRIES_PER_DEVICE

        def settled():
            left, right = view(a.folder, config_a), view(b.folder, config_b)
            return left if left == right and len(left[0]) == len(acknowledged) else None

        remaining = BOUND - (time.monotonic() - began)
        entries, people, team = wait_for(settled, max(remaining, 5), "both devices to agree", 0.2)
        converged = time.monotonic() - written
        weeks = [
            week_json(a.folder, config_a, runtimes[0]),
            week_json(b.folder, config_b, runtimes[1]),
        ]
        if apps is not None:
            assert all(p.poll() is None for p in apps.processes), apps.said()  # both still run
            for app, data, config in zip(
                apps.processes, (a.folder, b.folder), (config_a, config_b), strict=True
            ):
                # Each app holds its device's lock: a command line writing itself would have
                # waited and failed, so every acknowledged entry came through the app's socket.
                lock = data / "devices" / device_id(config) / "lock"
                assert lock.read_text().split() == ["pid", str(app.pid)]
            assert "Traceback" not in apps.said(), apps.said()
    finally:
        if apps is not None:
            apps.stop()
        a.stop()
        b.stop()
    ids = [entry[0] for entry in entries]
    assert sorted(ids) == sorted(acknowledged)  # 0 lost, 0 doubled
    assert len(set(ids)) == len(ids)
    assert sorted(name for _id, name, _rev in people) == ["Aperson Jansen", "Bperson Jansen"]
    assert team in ("Team a", "Team b")
    assert weeks[0] == weeks[1]  # the same week on both devices
    for data in (a.folder, b.folder):
        assert not list(data.glob("devices/*/*.sync-conflict-*"))
        assert {p.name for p in (data / "devices").iterdir()} == {
            device_id(config_a),
            device_id(config_b),
        }
    return {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "apps": apps is not None,
        "logged_per_device": [len(w.acknowledged) for w in writers],
        "seen_on_each": [len(entries), len(entries)],
        "lost": len(set(acknowledged) - set(ids)),
        "doubled": len(ids) - len(set(ids)),
        "people": len(people),
        "seconds_to_converge": round(converged, 2),
        "seconds_in_all": round(time.monotonic() - began, 2),
    }


def test_two_devices_through_two_syncthings_converge_losing_and_doubling_nothing(tmp_path):
    report = run_two_devices(tmp_path)
    print(f"\nsyncthing e2e: {json.dumps(report)}")


def test_two_apps_logging_through_their_sockets_under_syncthing_converge(xsession, tmp_path):  # noqa: F811
    """The issue's setup: two running apps, their own config folders, logging through their
    sockets while Syncthing syncs; both show the same week, 0 lost, 0 doubled."""
    report = run_two_devices(tmp_path, xsession)
    print(f"\nsyncthing e2e: {json.dumps(report)}")
