"""`dayweave devices [--json]`: the devices seen in the data folder, when each last wrote, and
the ones not seen for more than a week (issue 23)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path


def dayweave(data_dir: Path, config: Path, *words: str, lang: str = "en_US.UTF-8", **more: str):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=lang, DAYWEAVE_CONFIG_DIR=str(config), **more)
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data_dir), *words],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


def two_devices(tmp_path):
    data = tmp_path / "data"
    here, there = tmp_path / "here", tmp_path / "there"
    for config in (here, there):
        assert dayweave(data, config, "log", "disruption").returncode == 0
    [other] = [
        p for p in (data / "devices").iterdir() if p.name in (there / "device-id").read_text()
    ]
    ten_days_ago = time.time() - 10 * 86400  # the files' own clock: what a sync tool carries over
    for path in other.iterdir():
        os.utime(path, (ten_days_ago, ten_days_ago), follow_symlinks=False)
    return data, here, other


def test_devices_lists_each_device_and_names_one_not_seen_for_a_week(tmp_path):
    data, here, other = two_devices(tmp_path)
    shown = dayweave(data, here, "devices", "--json")
    assert shown.returncode == 0, shown.stderr
    devices = json.loads(shown.stdout)["devices"]
    assert [d["this_device"] for d in devices] == [True, False]
    mine, theirs = devices
    assert mine["id"] == (here / "device-id").read_text().strip()
    assert theirs["id"] == other.name and theirs["name"] == other.name.rpartition("-")[0]
    assert mine["quiet_days"] == 0 and not mine["not_seen_for_a_week"]
    assert theirs["quiet_days"] == 10 and theirs["not_seen_for_a_week"]
    assert theirs["last_write"].endswith("Z")


def test_devices_as_text_in_english_and_dutch(tmp_path):
    data, here, other = two_devices(tmp_path)
    english = dayweave(data, here, "devices").stdout.splitlines()
    assert "(this device)" in english[0] and "last wrote" in english[0]
    assert other.name in english[1] and english[1].endswith("not seen for 10 days")
    dutch = dayweave(data, here, "devices", lang="nl_NL.UTF-8").stdout.splitlines()
    assert "(dit apparaat)" in dutch[0] and "schreef het laatst" in dutch[0]
    assert dutch[1].endswith("10 dagen niet gezien")


def _json(data: Path, config: Path) -> dict:
    shown = dayweave(data, config, "devices", "--json")
    assert shown.returncode == 0, shown.stderr
    return {d["id"]: d for d in json.loads(shown.stdout)["devices"]}


def test_a_rename_is_seen_by_every_device_and_the_newest_wins(tmp_path):
    data, here, other = two_devices(tmp_path)
    there = tmp_path / "there"
    renamed = dayweave(data, here, "devices", "rename", other.name, "Laptop")
    assert renamed.returncode == 0, renamed.stderr
    assert not (other / "devices.json").exists()  # another device's folder is never written
    assert _json(data, here)[other.name]["name"] == "Laptop"
    assert _json(data, there)[other.name]["name"] == "Laptop"
    # The other device renames itself after seeing that: its version is newer, so it wins.
    assert dayweave(data, there, "devices", "rename", "Laptop", "Work laptop").returncode == 0
    assert _json(data, here)[other.name]["name"] == "Work laptop"
    assert dayweave(data, here, "devices", "rename", "work LAPTOP", "Old").returncode == 0
    assert _json(data, there)[other.name]["name"] == "Old"


def test_a_retired_device_keeps_its_history_and_is_not_called_unseen(tmp_path):
    data, here, other = two_devices(tmp_path)
    retired = dayweave(data, here, "devices", "retire", other.name)
    assert retired.returncode == 0, retired.stderr
    theirs = _json(data, here)[other.name]
    assert theirs["retired"] and not theirs["not_seen_for_a_week"]
    assert theirs["quiet_days"] == 10  # its history and last write stay
    assert not _json(data, here)[(here / "device-id").read_text().strip()]["retired"]
    english = dayweave(data, here, "devices").stdout.splitlines()
    assert english[1].endswith("retired") and "not seen" not in english[1]
    dutch = dayweave(data, here, "devices", lang="nl_NL.UTF-8").stdout.splitlines()
    assert dutch[1].endswith("buiten gebruik")
    week = dayweave(data, here, "week", "--json")
    assert week.returncode == 0 and week.stdout.count("disruption") >= 2


def test_an_unknown_or_ambiguous_device_is_refused_and_nothing_is_written(tmp_path):
    data, here, other = two_devices(tmp_path)
    own = data / "devices" / (here / "device-id").read_text().strip()
    before = sorted(p.name for p in own.iterdir())
    unknown = dayweave(data, here, "devices", "retire", "nosuch")
    assert unknown.returncode == 2 and "nosuch" in unknown.stderr
    assert "no device" in unknown.stderr
    # Both devices carry this machine's host name: the name alone says neither.
    ambiguous = dayweave(data, here, "devices", "rename", other.name.rpartition("-")[0], "X")
    assert ambiguous.returncode == 2 and "more than one device" in ambiguous.stderr
    dutch = dayweave(data, here, "devices", "retire", "nosuch", lang="nl_NL.UTF-8")
    assert dutch.returncode == 2 and "geen apparaat" in dutch.stderr
    empty = dayweave(data, here, "devices", "rename", other.name, "  ")
    assert empty.returncode == 2
    assert sorted(p.name for p in own.iterdir()) == before


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


def test_while_the_app_runs_it_renames_and_retires_for_the_command_line(tmp_path):
    """The app holds this device's lock: the command line asks it through the socket."""
    data, here, other = two_devices(tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(XDG_RUNTIME_DIR=str(tmp_path), DAYWEAVE_CONFIG_DIR=str(here), LANG="en_US.UTF-8")
    app = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(data)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert app.stdout.readline().strip()
        runtime = {"XDG_RUNTIME_DIR": str(tmp_path)}  # where the app's socket is found
        renamed = dayweave(data, here, "devices", "rename", other.name, "Laptop", **runtime)
        retired = dayweave(data, here, "devices", "retire", "Laptop", **runtime)
        unknown = dayweave(data, here, "devices", "retire", "nosuch", **runtime)
    finally:
        app.kill()
        app.wait()
        app.stdout.close()
    assert renamed.returncode == 0, renamed.stderr
    assert retired.returncode == 0, retired.stderr
    assert unknown.returncode == 2 and "no device nosuch" in unknown.stderr
    theirs = _json(data, here)[other.name]
    assert theirs["name"] == "Laptop" and theirs["retired"]
