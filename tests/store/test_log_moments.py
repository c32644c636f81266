"""The store's moments that the log keeps: a lock taken over from a killed process, a write
that failed. Only names of our own files, pids and error classes."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from tracker.kernel import logs
from tracker.store.atomic import StoreWriteError, atomic_write
from tracker.store.lock import DataLock


@pytest.fixture(autouse=True)
def _fresh_log():
    logs.stop()  # set up again in this test's state folder when something is said
    yield
    logs.stop()


def said(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "dayweave.store"]


def test_a_lock_a_killed_process_left_is_taken_over_and_logged(tmp_path, caplog):
    path = tmp_path / "device" / "lock"
    path.parent.mkdir()
    killed = subprocess.run(
        [sys.executable, "-c", "import os, sys; from tracker.store.lock import DataLock;"
         f"DataLock(__import__('pathlib').Path({str(path)!r})).acquire(); print(os.getpid());"
         "sys.stdout.flush(); os._exit(9)"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    pid = killed.stdout.strip()
    assert killed.returncode == 9 and pid.isdigit(), killed.stderr
    lock = DataLock(path)
    with caplog.at_level(logging.WARNING):
        lock.acquire(timeout=1)
        lock.release()
        lock.acquire(timeout=1)  # released cleanly: nothing was left behind this time
        lock.release()
    assert said(caplog) == [f"took over the lock of device: pid {pid} ended without letting go"]


def test_a_lock_released_cleanly_says_nothing(tmp_path, caplog):
    path = tmp_path / "lock"
    released = subprocess.run(
        [sys.executable, "-c", "from pathlib import Path; from tracker.store.lock import DataLock;"
         f"lock = DataLock(Path({str(path)!r})); lock.acquire(); lock.release()"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert released.returncode == 0, released.stderr
    lock = DataLock(path)
    with caplog.at_level(logging.WARNING):
        lock.acquire(timeout=1)
    lock.release()
    assert said(caplog) == []


def test_a_write_that_failed_is_logged_by_file_and_error_class(tmp_path, caplog):
    with caplog.at_level(logging.WARNING), pytest.raises(StoreWriteError):
        atomic_write(tmp_path / "gone" / "entries-2026-11-24.json", b"{}")
    assert said(caplog) == [
        "could not save gone/entries-2026-11-24.json: FileNotFoundError(ENOENT)"
    ]
