"""A data folder that is a file, and what `check --repair` tidies (issue 11)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from tests.store.test_hostile import dayweave, own_dir


@pytest.mark.parametrize(
    "words", [("week",), ("log", "disruption"), ("check",), ("people", "list")]
)
def test_a_data_folder_that_is_a_file_says_so_in_one_line(data_dir, words):
    data_dir.write_text("my notes\n")
    result = dayweave(data_dir, *words)
    assert result.returncode == 1, result.stdout
    assert result.stderr == f"dayweave: {data_dir} is not a folder\n"
    assert data_dir.read_text() == "my notes\n"


def test_a_device_folder_that_is_a_file_is_named_too(data_dir):
    assert dayweave(data_dir, "log", "disruption").returncode == 0
    folder = own_dir(data_dir)
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    folder.write_text("not a folder")
    result = dayweave(data_dir, "log", "disruption")
    assert result.returncode == 1
    assert result.stderr == f"dayweave: {folder} is not a folder\n"


def modes(data_dir):
    return {
        str(p.relative_to(data_dir)): stat.S_IMODE(p.lstat().st_mode)
        for p in data_dir.rglob("*")
        if not p.is_symlink()
    }


def test_check_repair_removes_temp_files_and_makes_everything_private(data_dir, tmp_path):
    assert dayweave(data_dir, "log", "disruption").returncode == 0
    assert dayweave(data_dir, "people", "add", "Anna", "--circle", "peer").returncode == 0
    folder = own_dir(data_dir)
    leftover = folder / ".people.json.99.abcd.tmp"
    leftover.write_bytes(b"half a file")
    os.utime(leftover, (0, 0))  # a killed writer's, long ago: a fresh one may be a live writer's
    for path in data_dir.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    outside = tmp_path / "outside.txt"
    outside.write_text("keep")
    outside.chmod(0o644)
    (folder / "a-link").symlink_to(outside)
    checked = dayweave(data_dir, "check")
    assert checked.returncode == 1
    assert "killed writer" in checked.stdout and "other users" in checked.stdout
    repaired = dayweave(data_dir, "check", "--repair")
    assert repaired.returncode == 0, repaired.stdout
    assert not leftover.exists()
    found = modes(data_dir)
    assert found and all(
        mode == (0o700 if (data_dir / name).is_dir() else 0o600) for name, mode in found.items()
    ), found
    assert stat.S_IMODE(os.stat(outside).st_mode) == 0o644  # never changed through a link
    assert dayweave(data_dir, "check").returncode == 0


@pytest.mark.parametrize("words", [("log", "disruption"), ("week",), ("check",)])
def test_a_data_folder_whose_name_is_not_utf8_works(tmp_path, words):
    """Issue 25, break 11: a path is bytes on Linux; the name of the folder (here Latin-1's
    "daten-ü", as an old disk may hold) is kept as it is, never a traceback."""
    folder = os.fsencode(tmp_path) + b"/daten-\xfc"
    for said in (("log", "contact", "--with", "Anna"), words):
        result = subprocess.run([sys.executable, "-m", "tracker", b"--data-dir", folder, *said],
                                capture_output=True, timeout=60)  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert b"Traceback" not in result.stderr
    if words == ("check",):
        said_first = result.stdout.splitlines()[0]
        assert said_first == b"OK: " + folder + b" is readable."  # its bytes, as they are
