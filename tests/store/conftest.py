from __future__ import annotations

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
