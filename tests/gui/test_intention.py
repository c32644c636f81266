"""One intention for next week (issue 22): typed in the review, stored through the door, shown
from Monday (the week it is for) in the tray's tooltip and at the top of the week window.
Clock injected: the tooltip's week turns over on the Monday timer, fired by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from tracker.commands import SetIntention
from tracker.store.intentions import intention_for
from tracker.ui.intention import next_week_start
from tracker.ui.review.window import ReviewWindow
from tracker.ui.tray import Tray
from tracker.ui.week.window import WeekWindow

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY = date(2026, 12, 7)


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 12, 4, 16, 5, tzinfo=AMS).astimezone(UTC)  # Friday, after the moment


def _typed(qtbot, window: ReviewWindow, text: str) -> None:
    window.intention.edit.setFocus()
    window.intention.edit.clear()
    qtbot.keyClicks(window.intention.edit, text)
    qtbot.keyClick(window.intention.edit, Qt.Key.Key_Return)


def test_typed_in_the_review_stored_and_shown_from_monday(qtbot, journal, clock, quicklog, actions):
    window = ReviewWindow(journal, clock, AMS, weeks=4)
    qtbot.addWidget(window)
    window.intention.chosen.connect(
        lambda text, week: quicklog.run(SetIntention(text=text, day=str(week), tz=AMS.key))
    )
    window.show()
    assert window.intention.label.text() == "&Intention for the week of 7 December:"
    tray = Tray(quicklog, actions, clock)
    _typed(qtbot, window, "Two mornings without meetings")
    assert intention_for(journal, MONDAY) == "Two mornings without meetings"
    assert "This week:" not in tray.icon.toolTip()  # Friday: not its week yet
    timer = tray.intention.timer
    assert timer.active
    assert timer.remaining_seconds == pytest.approx(
        (next_week_start(clock.now(), AMS, 0) - clock.now()).total_seconds(), abs=1
    )
    clock.set(datetime(2026, 12, 7, 0, 0, 1, tzinfo=AMS).astimezone(UTC))
    timer.fire()  # Monday: the tooltip turns over without anything logged
    assert "This week: Two mornings without meetings" in tray.icon.toolTip().splitlines()
    assert timer.remaining_seconds >= 60  # at rest: the next Monday (or a day, its longest)
    week = WeekWindow(journal, clock, AMS)
    qtbot.addWidget(week)
    assert week.intention.isVisibleTo(week)
    assert week.intention.text() == "Intention for the week: Two mornings without meetings"
    week.go(-7)  # the week before has none: no line
    assert not week.intention.isVisibleTo(week)


def test_with_weeks_from_sunday_the_intention_is_for_the_week_from_sunday(
    qtbot, journal, clock, quicklog, actions
):
    """The user's week begins on Sunday: typed on Friday it is for the week from Sunday 6
    December, and the tooltip and the week window show it from that Sunday (they showed last
    week's, kept under the Monday after)."""
    from tracker.kernel.settings import Settings

    journal.save_settings(Settings(first_weekday=6))
    window = ReviewWindow(journal, clock, AMS, weeks=4)
    qtbot.addWidget(window)
    window.intention.chosen.connect(
        lambda text, week: quicklog.run(SetIntention(text=text, day=str(week), tz=AMS.key))
    )
    window.show()
    assert window.intention.label.text() == "&Intention for the week of 6 December:"
    tray = Tray(quicklog, actions, clock)
    _typed(qtbot, window, "A week from Sunday")
    assert intention_for(journal, date(2026, 12, 6), first_weekday=6) == "A week from Sunday"
    timer = tray.intention.timer
    sunday = datetime(2026, 12, 6, tzinfo=AMS)
    assert timer.remaining_seconds == pytest.approx((sunday - clock.now()).total_seconds(), abs=1)
    clock.set(datetime(2026, 12, 6, 0, 0, 1, tzinfo=AMS).astimezone(UTC))
    timer.fire()  # Sunday: the user's new week
    assert "This week: A week from Sunday" in tray.icon.toolTip().splitlines()
    week = WeekWindow(journal, clock, AMS, first_weekday=6)
    qtbot.addWidget(week)
    assert week.intention.text() == "Intention for the week: A week from Sunday"
    week.go(-7)
    assert not week.intention.isVisibleTo(week)


def test_a_sunday_first_week_shows_the_intention_of_the_monday_inside_it(qtbot, journal, clock):
    from tracker.store.intentions import note_intention

    note_intention(journal, MONDAY, "Call Anna first")
    week = WeekWindow(journal, clock, AMS, first_weekday=6)
    qtbot.addWidget(week)
    week.show_week_of(date(2026, 12, 6))  # Sunday 6 - Saturday 12 December
    assert week.intention.text().endswith("Call Anna first")


def test_leaving_the_line_unchanged_stores_nothing(qtbot, journal, clock):
    window = ReviewWindow(journal, clock, AMS, weeks=4)
    qtbot.addWidget(window)
    asked = []
    window.intention.chosen.connect(lambda text, week: asked.append((text, week)))
    window.show()
    _typed(qtbot, window, "  ")
    assert asked == []
    _typed(qtbot, window, "Focus")
    assert asked == [("Focus", MONDAY)]


def test_the_shell_stores_the_typed_intention_and_the_open_week_and_tray_show_it(
    qtbot, journal, clock, tmp_path, monkeypatch
):
    from tests.gui.test_app_parts import make_shell

    clock.set(datetime(2026, 12, 7, 9, tzinfo=AMS).astimezone(UTC))  # Monday morning
    shell = make_shell(journal, clock, tmp_path, monkeypatch)
    shell.show_week()
    shell.show_review()
    qtbot.addWidget(shell.week_window)
    qtbot.addWidget(shell.review_window)
    assert not shell.week_window.intention.isVisibleTo(shell.week_window)
    _typed(qtbot, shell.review_window, "Call Anna first")  # the moment still waits: this week
    assert shell.week_window.intention.text() == "Intention for the week: Call Anna first"
    assert "This week: Call Anna first" in shell.tray.icon.toolTip().splitlines()
    shell.quicklog.run(SetIntention(text="", day=str(MONDAY), tz=AMS.key))  # e.g. from the CLI
    assert not shell.week_window.intention.isVisibleTo(shell.week_window)
    assert "This week:" not in shell.tray.icon.toolTip()


def test_refused_while_another_devices_note_arrives_enter_again_tries_again(
    qtbot, journal, clock, tmp_path, monkeypatch
):
    """Another device's intentions are still arriving: the box's intention is refused (said in
    the app), and once they have arrived, Enter on the same words stores it."""
    from tests.gui.test_app_parts import make_shell
    from tracker.store.intentions import NOTE_FILE, note_intention
    from tracker.store.journal import Journal

    desktop = Journal(journal.layout.root, "desktop-bbbbbb", clock).open()
    note_intention(desktop, MONDAY, "From the desktop")
    desktop.close()
    theirs = desktop.layout.own_dir / NOTE_FILE
    whole = theirs.read_bytes()
    theirs.write_bytes(whole[: len(whole) // 2])  # a copy in flight
    shell = make_shell(journal, clock, tmp_path, monkeypatch)
    told: list[str] = []
    shell.quicklog.failed.connect(told.append)
    shell.show_review()
    qtbot.addWidget(shell.review_window)
    _typed(qtbot, shell.review_window, "From the laptop")
    assert intention_for(journal, MONDAY) == "" and "still arriving" in told[-1]
    theirs.write_bytes(whole)  # arrived
    qtbot.keyClick(shell.review_window.intention.edit, Qt.Key.Key_Return)
    assert intention_for(journal, MONDAY) == "From the laptop"
