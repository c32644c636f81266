from __future__ import annotations

import pytest

from tracker.ui.timeline.actions import LogActions


@pytest.fixture
def actions(quicklog) -> LogActions:
    return LogActions(quicklog)


@pytest.fixture(autouse=True)
def _english(qapp):
    """Tests read English labels; the app's English catalogue supplies the plural forms."""
    from tracker.ui.i18n import install_translations

    install_translations(qapp, "en")


@pytest.fixture(autouse=True)
def _own_qsettings(tmp_path):
    """Qt reads its config folder once per process, not from each test's XDG_CONFIG_HOME: each
    test gets its own QSettings folder (a window's geometry, hidden panes), never the user's."""
    from PySide6.QtCore import QSettings

    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(tmp_path / "qt"))


@pytest.fixture(autouse=True)
def _fresh_turns():
    """Balloons and popups take turns app-wide: each test starts with an empty queue."""
    yield
    from tracker.ui.turns import reset_turns

    reset_turns()


@pytest.fixture(autouse=True)
def _calendar_in_step(monkeypatch):
    """The app reads its calendars on their own thread; a test stepping a fake clock reads
    them in step (tests/gui/test_planned_thread.py tests the thread itself)."""
    from tracker.ui.calendar.planned import PlannedMeetings

    monkeypatch.setattr(PlannedMeetings, "background", False)


@pytest.fixture(autouse=True)
def _no_review_ahead(monkeypatch):
    """The app sums the review's weeks ahead in a child process: the tests of windows and the
    shell start none (tests/gui/test_review_prepare.py tests it)."""
    from tracker.ui.review.prepare import ReviewPreparer

    monkeypatch.setattr(ReviewPreparer, "ahead", False)


@pytest.fixture(autouse=True)
def _garbage_collected_here():
    """Each test's garbage is collected here, on the GUI thread, when it ends: left to the
    collector, a widget in a reference cycle may be freed on the next test's worker thread
    (a vCard reader, the calendar's), which Qt does not survive (a segfault seen in CI)."""
    import gc

    yield
    gc.collect()
