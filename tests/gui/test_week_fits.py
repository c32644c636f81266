"""The week window fits its screen and never grows by itself (issue 20, "Windows that fit")."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.weeks import AMS, THURSDAY, add, at, open_week
from tracker.kernel.clock import FakeClock
from tracker.ui.timeline.quicklog import QuickLog
from tracker.ui.week.room import bounded_by_screen
from tracker.ui.week.window import WeekWindow


@pytest.fixture
def clock():
    return FakeClock(at(THURSDAY, 15))


def busy_week(journal, first: date) -> None:
    """A week with long titles, notes and many people: the texts that made the window grow."""
    long_note = "a note that goes on " * 12
    for offset in range(5):
        day = date.fromordinal(first.toordinal() + offset)
        add(journal, "work", at(day, 9), at(day, 12), title="quarterly planning " * 4,
            note=long_note)  # fmt: skip
        for cause in ("noise", "family", "colleague", "tech", "late", "overrun", "self", "other"):
            add(journal, "disruption", at(day, 10), cause=cause, note=long_note)
        add(journal, "call", at(day, 14), at(day, 15), title="status " * 10, note=long_note)


def test_the_window_never_grows_by_itself(qtbot, journal, clock):
    busy_week(journal, date(2026, 11, 16))
    quicklog = QuickLog(journal, clock, AMS)
    window = WeekWindow(journal, clock, AMS, first_weekday=0, quicklog=quicklog)
    qtbot.addWidget(window)
    window.resize(1340, 700)
    window.show()
    qtbot.waitExposed(window)
    window.go(7)  # opened on an empty week: the busy one must not push the window taller
    opened = QSize(window.size())
    window.go(-14)
    qtbot.wait(1)
    assert window.size() == opened
    entries = journal.entries_between(at(date(2026, 11, 16), 0), at(date(2026, 11, 17), 0))
    [call] = [e for e in entries if e.kind == "call"]
    window.timeline.select(call)
    window.views.picked.emit(call)
    qtbot.wait(1)
    assert window.size() == opened
    window.delete_selected()
    qtbot.wait(1)
    assert window.size() == opened
    # The smallest the window can be fits a 1366x768 screen with a tray panel.
    assert window.minimumSizeHint().height() <= 700
    assert window.minimumSizeHint().width() <= 1300


def test_the_window_opens_inside_its_screen(qtbot, journal, clock):
    window = WeekWindow(journal, clock, AMS, first_weekday=0)
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert window.height() <= room.height()
    assert bounded_by_screen(QSize(1340, 720), QRect(0, 0, 1366, 740)) == QSize(1340, 700)
    assert bounded_by_screen(QSize(1340, 720), QRect(0, 0, 1920, 1050)) == QSize(1340, 720)


def test_the_day_list_and_sidebar_hide_and_the_week_gets_the_width(qtbot, journal, clock):
    window = WeekWindow(journal, clock, AMS, first_weekday=0)
    qtbot.addWidget(window)
    window.resize(1340, 700)
    window.show()
    qtbot.waitExposed(window)
    before = window.timeline.width()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.timeline, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.timeline, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(1)
    assert not window.day_list.isVisible() and not window.sidebar.isVisible()
    assert window.timeline.width() > before + 500
    window.close()
    # Remembered: the next window opens with both hidden, and they come back.
    again = WeekWindow(journal, clock, AMS, first_weekday=0)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.day_list.isVisible() and not again.sidebar.isVisible()
    again.pane_toggles.day_list.trigger()  # the View menu's items
    again.pane_toggles.sidebar.trigger()
    assert again.day_list.isVisible() and again.sidebar.isVisible()


def test_the_window_and_the_command_line_start_the_week_alike(qtbot, journal, clock):
    """No setting: Monday, whatever the locale says (under LANG=C Qt says Sunday, and
    `dayweave week` said Monday: one week had two totals)."""
    from PySide6.QtCore import QLocale

    from tracker.kernel.days import first_weekday

    sunday_first = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert sunday_first.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    before = QLocale()
    QLocale.setDefault(sunday_first)
    try:
        window = WeekWindow(journal, clock, AMS)
        qtbot.addWidget(window)
    finally:
        QLocale.setDefault(before)
    assert window.first_day.weekday() == first_weekday(None) == 0
    assert first_weekday(6) == 6  # Settings' week start, for both
    window6 = WeekWindow(journal, clock, AMS, first_weekday=6)
    qtbot.addWidget(window6)
    assert window6.first_day.weekday() == 6


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_weeks_title_is_whole_on_a_1366_pixel_screen(qtbot, qapp, journal, clock, language):
    """The title names the week in full at 1366x768, in English and Dutch, in the week of the
    longest month's name on both sides (September): one header row cut it to "21 Septem"."""
    from tracker.ui.i18n import install_translations

    install_translations(qapp, language)
    try:
        window = open_week(qtbot, journal, clock, (1366, 768))
        window.go(-63)  # Monday 21 September 2026
        title = window.title
        assert window.width() == 1366
        assert title.text().startswith("21 ") and title.text().endswith(" 2026")
        assert "eptember –" in title.text()
        needed = title.fontMetrics().horizontalAdvance(title.text())
        assert needed <= title.contentsRect().width(), (title.text(), title.width())
        field = window.finder.field  # its placeholder whole beside it, in either language
        shown = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert shown + 30 <= field.width(), (field.placeholderText(), field.width())
    finally:
        install_translations(qapp, "en")
