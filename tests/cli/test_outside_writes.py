"""Files written outside the data folder go through one private writer (issue 25, breaks 19 and
20): only a regular file is replaced, never written through, and made 0600; a link, a pipe, a
device or a folder is refused with one line, exit 2, and nothing written; `-` is standard
output. Real processes, as `dayweave` runs."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

PNG = b"\x89PNG"


def dayweave(data: Path, *words: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, TZ="Europe/Amsterdam", LANG="C.UTF-8", LANGUAGE="", LC_ALL="")
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data), *words],
        capture_output=True, env=env, timeout=120,
    )  # fmt: skip


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    done = dayweave(folder, "log", "2026-11-24 9:00-10:00 work plan")
    assert done.returncode == 0, done.stderr
    return folder


def _fifo(path: Path) -> str:
    os.mkfifo(path)
    return "fifo"


def _device(path: Path) -> str:
    try:
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))  # /dev/null's numbers
    except PermissionError:
        pytest.skip("making a device node needs root")
    return "device"


def _link(path: Path) -> str:
    victim = path.with_name("victims-notes.txt")
    victim.write_text("the victim's own notes\n")
    path.symlink_to(victim)
    return "link"


def _dangling(path: Path) -> str:
    path.symlink_to(path.with_name("not-there-yet.txt"))
    return "link"


def _folder(path: Path) -> str:
    path.mkdir()
    return "folder"


TARGETS = {"fifo": _fifo, "device": _device, "link": _link, "dangling": _dangling,
           "folder": _folder}  # fmt: skip


def _kind(path: Path) -> str:
    mode = os.lstat(path).st_mode
    for test, name in ((stat.S_ISLNK, "link"), (stat.S_ISFIFO, "fifo"), (stat.S_ISCHR, "device"),
                       (stat.S_ISDIR, "folder")):  # fmt: skip
        if test(mode):
            return name
    return "file"


def _refused(done: subprocess.CompletedProcess, path: Path) -> None:
    err = done.stderr.decode()
    assert done.returncode == 2, (done.returncode, err)
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert str(path) in err


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_export_o_never_replaces_nor_writes_through_what_is_not_a_file(data, tmp_path, target):
    path = tmp_path / "out.csv"
    kind = TARGETS[target](path)
    done = dayweave(data, "export", "--format", "csv", "-o", str(path))
    _refused(done, path)
    assert _kind(path) == kind
    if target == "link":
        assert path.with_name("victims-notes.txt").read_text() == "the victim's own notes\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


@pytest.mark.parametrize("target", ["link", "dangling", "fifo"])
def test_week_png_never_follows_a_link_nor_fills_a_pipe(data, tmp_path, target):
    path = tmp_path / "week.png"
    kind = TARGETS[target](path)
    done = dayweave(data, "week", "2026-11-24", "--png", str(path))
    _refused(done, path)
    assert _kind(path) == kind
    if target == "link":
        assert path.with_name("victims-notes.txt").read_text() == "the victim's own notes\n"
    assert not path.with_name("not-there-yet.txt").exists()


def test_week_png_replaces_a_premade_open_file_and_keeps_its_own_private(data, tmp_path):
    path = tmp_path / "week.png"
    path.write_bytes(b"an attacker's file")
    path.chmod(0o666)
    held = os.open(path, os.O_RDONLY)  # what the attacker keeps open
    try:
        done = dayweave(data, "week", "2026-11-24", "--png", str(path))
        assert done.returncode == 0, done.stderr
        assert os.read(held, 100) == b"an attacker's file"  # the week never went into it
    finally:
        os.close(held)
    assert path.read_bytes().startswith(PNG)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_week_png_dash_is_standard_output(data):
    done = dayweave(data, "week", "2026-11-24", "--png", "-")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(PNG)
