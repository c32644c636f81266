from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tracker.kernel.clock import FakeClock
from tracker.store.journal import Journal
from tracker.store.tinystorage import MemoryFiles


@pytest.fixture
def clock(now) -> FakeClock:
    return FakeClock(now)


@pytest.fixture(params=["memory", "file"])
def make_journal(request, tmp_path: Path, clock: FakeClock):
    """Journals over TinyDB's shape in memory and over the real files, so both run every test."""
    memory = MemoryFiles() if request.param == "memory" else None
    opened: list[Journal] = []

    def make(device: str = "laptop-aaaaaa") -> Journal:
        journal = Journal(tmp_path / "data", device, clock, memory=memory).open()
        opened.append(journal)
        return journal

    yield make
    for journal in opened:
        journal.close()


@pytest.fixture
def journal(make_journal) -> Journal:
    return make_journal()


@pytest.fixture
def file_journal(tmp_path: Path, clock: FakeClock):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    yield journal
    journal.close()


def mounted(where: Path, options: str) -> Path:
    """A tmpfs at WHERE (a small disk; times past the year 9999, which ext4 cannot keep)."""
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"{options},mode=0700", "tmpfs", str(where)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        reason = f"cannot mount a tmpfs here (needs root): {done.stderr.strip() or done.returncode}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return where


@pytest.fixture
def small_disk(tmp_path):
    """Mount tmpfs file systems with the options given; unmounted when the test ends."""
    made: list[Path] = []

    def make(options: str) -> Path:
        made.append(mounted(tmp_path / f"disk{len(made)}", options))
        return made[-1]

    yield make
    for where in made:
        subprocess.run(["umount", "-l", str(where)], check=False)
