"""Time away not answered yet, in the week (issue 21): hatched over the block it interrupted,
never an answered one; a row of its own in the day list, which answers it (a cause, Split...),
after which the hatch and the row are gone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QColor

from tracker.commands.requests import AnswerGap, Undo
from tracker.kernel.clock import FakeClock
from tracker.kernel.model import Entry
from tracker.ui.timeline.quicklog import QuickLog
from tracker.ui.week.painting import gap_rects
from tracker.ui.week.window import WeekWindow

AMS = ZoneInfo("Europe/Amsterdam")
TUESDAY = date(2026, 11, 24)
AMBER = QColor("#b45309")


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 24, hour, minute, tzinfo=AMS).astimezone(UTC)


@pytest.fixture
def clock():
    return FakeClock(at(17))


@pytest.fixture
def window(qtbot, journal, clock):
    quicklog = QuickLog(journal, clock, AMS)
    journal.add(Entry("work", at(8), at(16), tz=AMS.key))
    for start, answer in ((at(10), ""), (at(13), "working")):  # one open, one answered
        quicklog.commands.run(
            AnswerGap(
                start=start,
                end=start + timedelta(minutes=40),
                answer=answer,
                tz=AMS.key,
                now=clock.now(),
            )
        )
    window = WeekWindow(journal, clock, AMS, first_weekday=0, quicklog=quicklog)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    window.show_week_of(TUESDAY)
    return window


def amber_in(image, rect) -> int:
    """Pixels close to the hatch's colour inside `rect`."""
    found = 0
    for x in range(int(rect.left()) + 2, int(rect.right()) - 2, 2):
        for y in range(int(rect.top()) + 2, int(rect.bottom()) - 2, 2):
            colour = image.pixelColor(x, y)
            close = sum(
                abs(a - b) for a, b in zip(colour.getRgb()[:3], AMBER.getRgb()[:3], strict=True)
            )
            found += close < 60
    return found


def test_the_unanswered_gap_is_hatched_over_its_block_the_answered_one_not(window):
    timeline = window.timeline
    assert [(g.start, g.end) for g in timeline.gaps] == [(at(10), at(10, 40))]
    [rect] = gap_rects(timeline)
    work = timeline.rects_of(timeline.entries[0].id)[0]
    assert work.contains(rect.center()) and rect.height() > 10
    assert rect.top() == pytest.approx(timeline.y_for(10 * 60))
    image = timeline.grab().toImage()
    assert amber_in(image, rect) > 5
    answered = rect.translated(0, timeline.y_for(13 * 60) - rect.top())
    assert amber_in(image, answered) == 0
    tip = "Time away 10:00–10:40, not answered yet: the day list answers it"
    assert timeline.tip_at(rect.center()) == tip
    assert timeline.tip_at(answered.center()).startswith("Work")


def gap_row(window) -> int:
    model = window.day_list.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 1).data() == "Time away"]
    assert len(rows) == 1
    return rows[0]


def test_the_day_list_answers_the_gap_and_the_hatch_goes(window, journal, qtbot):
    day_list = window.day_list
    row = gap_row(window)
    assert day_list.model().index(row, 0).data().endswith("10:00–10:40")
    day_list.setFocus()
    day_list.selectRow(row)
    assert day_list.selected_gap() is not None, day_list.selectionModel().selectedRows()
    assert day_list.selected_entry() is None  # a gap is no entry to edit or delete
    qtbot.keyClick(day_list, Qt.Key.Key_Return)
    menu = day_list.menu
    assert menu is not None and menu.isVisible()
    [disruption] = [a for a in menu.actions() if a.text() == "A disruption"]
    [family] = [a for a in disruption.menu().actions() if a.text() == "Family"]
    family.trigger()
    found = [e for e in journal.entries_between(at(8), at(17)) if e.kind == "disruption"]
    assert [(e.start, e.until, e.cause) for e in found] == [(at(10), at(10, 40), "family")]
    assert window.timeline.gaps == [] and "Time away" not in str(
        [day_list.model().index(r, 1).data() for r in range(day_list.model().rowCount())]
    )
    menu.close()


def test_split_from_the_context_menu(window, journal, qtbot):
    day_list = window.day_list
    row = gap_row(window)
    where = day_list.visualRect(day_list.model().index(row, 2)).center()
    day_list.contextMenuEvent(
        type("Event", (), {"pos": lambda self: where})()  # a right-click there
    )
    [split] = [a for a in day_list.menu.actions() if a.text() == "Split..."]
    split.trigger()
    dialog = window.week_gaps.dialog
    qtbot.addWidget(dialog)
    first, last = dialog.parts
    first.until.setTime(QTime(10, 15))
    first.answer.setCurrentIndex(first.answer.findData("working"))
    last.answer.setCurrentIndex(last.answer.findData("break"))
    dialog.answer_button.click()
    life = [e for e in journal.entries_between(at(8), at(17)) if e.kind == "life"]
    assert [(e.start, e.end) for e in life] == [(at(10, 15), at(10, 40))]
    assert window.timeline.gaps == []
    day_list.menu.close()


def test_an_answer_undone_hatches_the_gap_again(window, journal):
    day_list = window.day_list
    day_list.gap_answered.emit(window.timeline.gaps[0], "break", None)
    assert window.timeline.gaps == []
    window.commands.run(Undo())  # the tray's Undo
    window.reload()
    assert [(g.start, g.end) for g in window.timeline.gaps] == [(at(10), at(10, 40))]


def test_an_open_week_follows_gaps_noted_and_answered_elsewhere(window, journal, clock):
    """Still working, answered on the notification or the command line, logs nothing: the
    week hears it all the same and its hatch goes; a gap noted elsewhere is hatched at once."""
    window.quicklog.notice.connect(window.on_notice)  # as the shell connects them
    run = window.quicklog.commands.run
    gap = {"end": at(10, 40), "tz": AMS.key, "now": clock.now()}
    run(AnswerGap(start=at(10), answer="working", **gap))
    assert window.timeline.gaps == [] and window.day_list.gaps == []
    later = {"start": at(14, 30), "end": at(14, 50), "tz": AMS.key, "now": clock.now()}
    run(AnswerGap(answer="", **later))
    assert [(g.start, g.end) for g in window.timeline.gaps] == [(at(14, 30), at(14, 50))]
    assert gap_row(window) >= 0
