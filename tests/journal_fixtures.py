"""The fixtures the GUI and end-to-end suites share (registered for all in tests/conftest.py):
a fake clock at `now`, a journal in the test's own folder on that clock, and the quick log on
that journal in Amsterdam's zone. A module that names its own `clock` (another moment) gets
the journal and the quick log on it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from tracker.kernel.clock import FakeClock
from tracker.store.journal import Journal

__all__ = ["clock", "journal", "quicklog"]

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def clock(now) -> FakeClock:
    return FakeClock(now)


@pytest.fixture
def journal(tmp_path, clock):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock, hold_lock=True).open()
    yield journal
    journal.close()


@pytest.fixture
def quicklog(qapp, journal, clock):
    # Qt only for the tests that ask for it: the command line's suites never load it here.
    from tracker.ui.timeline.quicklog import QuickLog

    return QuickLog(journal, clock, AMS)
