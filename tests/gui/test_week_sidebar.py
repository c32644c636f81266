"""Beside the week: a bar of work and life per day with its switches, a bar per disruption
cause, and a pattern sentence only when it rests on at least three disruptions."""

from __future__ import annotations

from datetime import date

import pytest

from tests.gui.weeks import AMS, MONDAY, TUESDAY, add, at
from tracker.kernel.clock import FakeClock
from tracker.store.journal import Journal
from tracker.ui.week.bars import DayRow
from tracker.ui.week.window import WeekWindow


@pytest.fixture
def journal(tmp_path):
    clock = FakeClock(at(date(2026, 11, 26), 15))
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock, hold_lock=True).open()
    journal.test_clock = clock
    yield journal
    journal.close()


def open_week(qtbot, journal) -> WeekWindow:
    window = WeekWindow(journal, journal.test_clock, AMS, first_weekday=0)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    return window


def test_a_bar_per_day_holds_work_and_life_to_scale_with_the_switches(qtbot, journal):
    add(journal, "life", at(MONDAY, 7), at(MONDAY, 8))
    add(journal, "work", at(MONDAY, 8), at(MONDAY, 14))
    add(journal, "life", at(MONDAY, 14), at(MONDAY, 15))
    add(journal, "work", at(TUESDAY, 9), at(TUESDAY, 11))
    bars = open_week(qtbot, journal).summary_panel.day_bars
    assert len(bars.rows) == 7
    assert bars.rows[0] == DayRow("Mon 23", 360, 120, 2)
    assert bars.rows[1] == DayRow("Tue 24", 120, 0, 0)
    monday_work, monday_life = bars.segments(0)
    tuesday_work, tuesday_life = bars.segments(1)
    assert monday_work.width() == pytest.approx(3 * monday_life.width())
    assert monday_life.left() == pytest.approx(monday_work.right())  # one bar, two parts
    assert tuesday_work.width() == pytest.approx((monday_work.width() + monday_life.width()) / 4)
    assert tuesday_life.width() == 0
    assert monday_life.right() <= bars.width()
    assert bars.row_text(0) == "Mon 23: work 6h 00m, life 2h 00m, 2 switches"
    assert bars.row_text(1) == "Tue 24: work 2h 00m, life 0m, 0 switches"
    assert "Mon 23: work 6h 00m" in bars.accessibleDescription()
    bars.grab()


def test_the_day_lines_of_text_are_gone(qtbot, journal):
    add(journal, "work", at(TUESDAY, 9), at(TUESDAY, 9, 3))
    add(journal, "life", at(TUESDAY, 12), at(TUESDAY, 12, 25))
    panel = open_week(qtbot, journal).summary_panel
    assert "3m / 25m" not in panel.totals.text()
    assert panel.day_bars.rows[1] == DayRow("Tue 24", 3, 25, 1)


def test_disruptions_by_cause_are_a_bar_per_cause_commonest_first(qtbot, journal):
    for minute in (0, 20, 40):
        add(journal, "disruption", at(TUESDAY, 9, minute), cause="tech")
    add(journal, "disruption", at(MONDAY, 15), cause="family")
    panel = open_week(qtbot, journal).summary_panel
    bars = panel.cause_bars
    assert bars.counts == [("tech", 3), ("family", 1)]
    assert bars.bar(0).width() == pytest.approx(3 * bars.bar(1).width())
    assert bars.bar(0).left() == pytest.approx(bars.bar(1).left())
    assert [bars.row_text(r) for r in range(2)] == ["Tech, wifi: 3", "Family: 1"]
    assert "Disruptions: 4" in panel.disruptions.text()
    assert "Most around" not in panel.disruptions.text()  # drawn from one disruption each
    panel.grab()


def test_the_pattern_sentence_waits_for_three_disruptions(qtbot, journal):
    add(journal, "disruption", at(TUESDAY, 9), cause="tech")
    add(journal, "disruption", at(TUESDAY, 10), cause="tech")
    window = open_week(qtbot, journal)
    assert window.summary_panel.pattern.isHidden()
    add(journal, "disruption", at(TUESDAY, 11), cause="tech")
    window.reload()
    assert not window.summary_panel.pattern.isHidden()
    assert window.summary_panel.pattern.text() == (
        "3 of 3 tech disruptions came on Tuesday mornings."
    )


def test_the_sidebar_speaks_dutch(qapp, qtbot, journal):
    from tracker.ui.i18n import install_translations

    add(journal, "work", at(MONDAY, 8), at(MONDAY, 14))
    add(journal, "life", at(MONDAY, 14), at(MONDAY, 15))
    add(journal, "disruption", at(MONDAY, 9), cause="noise")
    install_translations(qapp, "nl")
    try:
        panel = open_week(qtbot, journal).summary_panel
        assert panel.day_bars.row_text(0) == "ma 23: werk 6u 00m, privé 1u 00m, 1 wisseling"
        assert panel.cause_bars.row_text(0) == "Lawaai: 1"
        panel.grab()
    finally:
        install_translations(qapp, "en")


def test_the_sidebar_counts_the_minutes_of_disruptions_that_lasted(qtbot, journal):
    add(journal, "work", at(MONDAY, 9), at(MONDAY, 12))
    add(journal, "disruption", at(MONDAY, 10), cause="family", until=at(MONDAY, 10, 25))
    add(journal, "disruption", at(MONDAY, 11), cause="tech")
    text = open_week(qtbot, journal).summary_panel.disruptions.text()
    assert "Disruptions: 2" in text
    assert "Disrupted for: 25m" in text
