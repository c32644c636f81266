from __future__ import annotations

from pathlib import Path

import pytest

from tracker.commands import Commands
from tracker.kernel.clock import FakeClock
from tracker.store.journal import Journal
from tracker.store.tinystorage import MemoryFiles


@pytest.fixture
def clock(now) -> FakeClock:
    return FakeClock(now)


@pytest.fixture(params=["memory", "file"])
def journal(request, tmp_path: Path, clock: FakeClock):
    memory = MemoryFiles() if request.param == "memory" else None
    opened = Journal(tmp_path / "data", "laptop-aaaaaa", clock, memory=memory).open()
    yield opened
    opened.close()


@pytest.fixture
def door(journal, clock) -> Commands:
    return Commands(journal, clock)
