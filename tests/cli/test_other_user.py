"""A read-only data folder, and folders others can write, as a user who is not root (issue 11).

Root reads and writes whatever the modes say, so these run `dayweave` as another uid.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.cli.other_user import OtherUser, other_user

__all__ = ["other_user"]  # the fixture, used by name

READERS = (("week", "2026-11-24", "--json"), ("check",), ("people", "list"), ("nudges",))


def tree(folder: Path) -> dict[str, tuple]:
    """Every file's bytes, mode and mtime, and every folder's mode: what a write would change."""
    seen: dict[str, tuple] = {}
    for path in [folder, *sorted(folder.rglob("*"))]:
        info = path.lstat()
        content = path.read_bytes() if path.is_file() else b""
        seen[str(path.relative_to(folder))] = (content, info.st_mode, info.st_mtime_ns)
    return seen


def read_only(folder: Path) -> None:
    for path in sorted(folder.rglob("*"), reverse=True):
        path.chmod(0o500 if path.is_dir() else 0o400)
    folder.chmod(0o500)


def logged_by(user: OtherUser, **env: str) -> None:
    result = user.dayweave("log", "contact", "--at", "2026-11-24T09:00", "--with", "Anna", **env)
    assert result.returncode == 0, result.stderr


def assert_reads_and_refuses_writes(user: OtherUser) -> None:
    before = tree(user.data)
    for words in READERS:
        result = user.dayweave(*words)
        assert result.returncode == 0, (words, result.stderr)
        assert "Traceback" not in result.stderr, result.stderr
    week = json.loads(user.dayweave(*READERS[0]).stdout)
    assert [e["kind"] for day in week["days"] for e in day["entries"]] == ["contact"]
    assert "Anna" in user.dayweave("people", "list").stdout
    logged = user.dayweave("log", "contact", "--with", "Bert")
    assert logged.returncode == 1 and "Traceback" not in logged.stderr
    [line] = logged.stderr.splitlines()
    assert line.startswith("dayweave: ") and "Errno" not in line
    assert "read-only" in line and str(user.data) in line, line
    assert tree(user.data) == before


def test_a_read_only_data_folder_is_read_and_a_write_says_why_not(other_user):
    logged_by(other_user)
    read_only(other_user.data)
    assert_reads_and_refuses_writes(other_user)


def test_a_read_only_folder_this_machine_never_wrote_to_is_read(other_user):
    """A synced copy this machine only reads: its own device folder does not exist yet."""
    logged_by(other_user, DAYWEAVE_CONFIG_DIR=str(other_user.home / "other-machine"))
    read_only(other_user.data)
    assert_reads_and_refuses_writes(other_user)


def test_a_data_folder_others_can_write_is_made_private_as_its_owner(other_user):
    other_user.data.mkdir(mode=0o777)
    os.chmod(other_user.data, 0o777)
    other_user.owns(other_user.data)
    result = other_user.dayweave("log", "disruption")
    assert result.returncode == 0, result.stderr
    assert "now private" in result.stderr
    for folder in [other_user.data, *(p for p in other_user.data.rglob("*") if p.is_dir())]:
        assert folder.stat().st_mode & 0o777 == 0o700, folder


def test_a_folder_others_can_write_that_is_not_ours_to_tighten_is_named(other_user):
    """Someone else's folder open to all: it cannot be made private, and the user is told once."""
    shared = other_user.base / "shared"
    shared.mkdir()
    shared.chmod(0o777)  # owned by root
    result = other_user.dayweave("log", "disruption", data=shared)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if str(shared) in line]
    assert len(warnings) == 1 and "other users" in warnings[0], result.stderr
    own = next((shared / "devices").iterdir())
    assert own.stat().st_mode & 0o777 == 0o700


UNREADABLE = ("entries-2026-11-24.json", "people.json", "meta.json", "settings.json",
              "nudges.json", "session.json", "lock", "device-id")  # fmt: skip


@pytest.mark.parametrize("name", UNREADABLE)
def test_a_file_its_owner_cannot_read_stops_nothing_and_is_named(other_user, name):
    """The hostile-files suite's one case only a user who is not root can see: mode 000."""
    logged_by(other_user)
    assert other_user.dayweave("settings", "default_every_days", "21").returncode == 0
    [own] = (other_user.data / "devices").iterdir()
    (own / "nudges.json").write_text('{"shown": [], "snoozed": {}, "skipped": {}}')
    (own / "session.json").write_text('{"last_seen": "2026-11-24T08:00:00Z"}')
    for made_here in ("nudges.json", "session.json"):
        (own / made_here).chmod(0o600)
    other_user.owns(other_user.data)
    path = other_user.config / name if name == "device-id" else own / name
    path.chmod(0)
    results = [other_user.dayweave(*words) for words in (*READERS, ("log", "disruption"))]
    said = "".join(r.stdout + r.stderr for r in results)
    assert "Traceback" not in said
    if name == "device-id":  # never silently a new device
        assert all(r.returncode == 1 and name in r.stderr for r in results), said
        return
    readers = [r for words, r in zip(READERS, results, strict=False) if words[0] != "check"]
    assert all(r.returncode == 0 for r in readers), said  # check exits 1 when it finds damage

    if name != "lock":  # the lock holds no data; a write opens it, the others read without it
        assert name in said, said
    week = json.loads(results[0].stdout)
    assert [e["kind"] for day in week["days"] for e in day["entries"]] == ["contact"]
