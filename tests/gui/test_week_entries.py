"""Entries in the painted week: short ones can be clicked, labels are never cut, a dragged edge
says its new time while it moves."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from tests.gui.weeks import AMS, TUESDAY, add, at
from tracker.kernel.clock import FakeClock
from tracker.store.journal import Journal
from tracker.ui.week.labels import MIN_ENTRY_HEIGHT, fit_label
from tracker.ui.week.window import WeekWindow

# A time on screen is whole ("11:00") or a whole range ("11:00-12:00"), never "11:00-12:0".
WHOLE_TIMES = re.compile(r"\d\d:\d\d(-(\d\d:\d\d|…))?")


@pytest.fixture
def week_journal(tmp_path):
    clock = FakeClock(at(date(2026, 11, 26), 15))
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock, hold_lock=True).open()
    journal.test_clock = clock
    yield journal
    journal.close()


@pytest.fixture
def window(qtbot, week_journal):
    window = WeekWindow(week_journal, week_journal.test_clock, AMS, first_weekday=0)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    return window


def times_in(line: str) -> list[str]:
    return re.findall(r"[\d:…-]*\d[\d:…-]*", line)


def assert_whole_times(line: str) -> None:
    for part in times_in(line):
        assert WHOLE_TIMES.fullmatch(part), f"a cut time {part!r} in {line!r}"


def busy_week(journal) -> None:
    for offset in range(5):
        day = TUESDAY + timedelta(days=offset - 1)
        add(journal, "life", at(day, 7), at(day, 8, 30), title="school run")
        add(journal, "work", at(day, 8, 30), at(day, 12), title="Quarterly planning session")
        add(journal, "work", at(day, 13), at(day, 17), title="reviews")
        add(journal, "call", at(day, 11), at(day, 11, 2), title="Anna de Vries")
        add(journal, "call", at(day, 15), at(day, 15, 40), title="budget")
        add(journal, "disruption", at(day, 9, 10), cause="tech")
        add(journal, "contact", at(day, 14))


def test_a_two_minute_call_can_be_seen_and_clicked_with_its_true_time(window, week_journal, qtbot):
    add(week_journal, "life", at(TUESDAY, 10), at(TUESDAY, 13), title="errands")
    call = add(week_journal, "call", at(TUESDAY, 11), at(TUESDAY, 11, 2), title="Anna")
    window.reload()
    timeline = window.timeline
    [rect] = timeline.rects_of(call.id)
    assert rect.height() >= MIN_ENTRY_HEIGHT
    assert rect.top() == pytest.approx(timeline.y_for(11 * 60))  # it starts where it starts
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert timeline.selected.id == call.id
    assert "11:00 – 11:02" in window.details.text()
    [label] = timeline.label_of(call.id)  # one line: as much of "11:00-11:02 Anna" as fits
    assert label in ("11:00-11:02 Anna", "11:00 Anna", "Anna")
    assert timeline.tip_at(rect.center()) == "Call 11:00-11:02 · Anna"


def test_every_entry_of_a_busy_week_has_a_clickable_height(window, week_journal):
    busy_week(week_journal)
    add(week_journal, "call", at(TUESDAY, 23, 59), at(date(2026, 11, 25), 0), title="late")
    window.reload()
    timeline = window.timeline
    for item in timeline.placed():
        hit = timeline.hit_rect(item)
        assert hit.height() >= MIN_ENTRY_HEIGHT, item.entry
        assert timeline.column_rect(item.day_index).contains(item.rect.center())
        assert timeline.entry_at(item.rect.center()) is not None


@pytest.mark.parametrize("width", [8, 20, 34, 48, 60, 75, 90, 140])
@pytest.mark.parametrize("height", [10, 16, 24, 40])
def test_a_label_fits_its_box_by_the_font_metrics(qapp, width, height):
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * 0.85)
    metrics = QFontMetricsF(font)
    for title in ("Anna de Vries", "Quarterly planning session", "x", ""):
        lines = fit_label(metrics, title, "11:00", "12:00", width, height)
        assert len(lines) * metrics.lineSpacing() <= height
        for line in lines:
            assert metrics.horizontalAdvance(line) <= width, (line, width)
            assert_whole_times(line)


def test_a_label_drops_its_parts_in_order(qapp):
    metrics = QFontMetricsF(qapp.font())
    room = metrics.lineSpacing() * 2.5
    wide = metrics.horizontalAdvance("Quarterly planning session") + 4
    assert fit_label(metrics, "Quarterly planning session", "11:00", "12:00", wide, room) == [
        "Quarterly planning session",
        "11:00-12:00",
    ]
    narrow = metrics.horizontalAdvance("11:00-1")
    two = fit_label(metrics, "Quarterly planning session", "11:00", "12:00", narrow, room)
    assert two[0].endswith("…") and two[1] == "11:00"  # the end time goes before the start
    one_row = metrics.lineSpacing() + 2
    line = fit_label(metrics, "Anna", "11:00", "11:02", wide, one_row)
    assert line == ["11:00-11:02 Anna"]
    tight = metrics.horizontalAdvance("11:00 Anna") + 2
    assert fit_label(metrics, "Anna", "11:00", "11:02", tight, one_row) == ["11:00 Anna"]
    too_narrow = metrics.horizontalAdvance("11:0")
    assert fit_label(metrics, "Anna de Vries", "11:00", "11:02", too_narrow, one_row) == []


@pytest.mark.parametrize("size", [(1100, 700), (760, 520)])
def test_painted_labels_are_never_clipped(window, week_journal, size):
    busy_week(week_journal)
    window.resize(*size)
    window.reload()
    timeline = window.timeline
    metrics = QFontMetricsF(timeline.label_font())
    assert timeline.labels()
    for box, lines in timeline.labels():
        assert len(lines) * metrics.lineSpacing() <= box.height() + 0.01
        for line in lines:
            assert metrics.horizontalAdvance(line) <= box.width(), line
            assert_whole_times(line)
    window.grab()


def test_dragging_an_edge_shows_the_new_time_while_dragging(window, week_journal, qtbot):
    work = add(week_journal, "work", at(TUESDAY, 9), at(TUESDAY, 12), title="plan")
    window.resize(1700, 760)  # room for "09:00-13:30" in the block's label too
    window.reload()
    timeline = window.timeline
    timeline.select(next(e for e in timeline.entries if e.id == work.id))
    [rect] = timeline.rects_of(work.id)
    x = int(rect.center().x())
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=QPoint(x, round(rect.bottom())))
    assert timeline.drag_text() == "09:00-12:00"
    qtbot.mouseMove(timeline, pos=QPoint(x, round(timeline.y_for(13 * 60 + 31))))
    assert timeline.drag_text() == "09:00-13:30"
    [moved] = timeline.rects_of(work.id)
    assert moved.bottom() == pytest.approx(timeline.y_for(13 * 60 + 30))
    assert "09:00-13:30" in timeline.label_of(work.id)
    timeline.grab()  # the time bubble paints
    assert week_journal.get(work.id, near=work.start).end == at(TUESDAY, 12)  # not stored yet
    drop = QPoint(x, round(timeline.y_for(13 * 60 + 31)))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=drop)
    assert timeline.drag_text() is None
    assert week_journal.get(work.id, near=work.start).end == at(TUESDAY, 13, 30)


def test_dragging_the_start_above_the_end_keeps_the_end(window, week_journal, qtbot):
    work = add(week_journal, "work", at(TUESDAY, 9), at(TUESDAY, 12))
    window.reload()
    timeline = window.timeline
    timeline.select(next(e for e in timeline.entries if e.id == work.id))
    [rect] = timeline.rects_of(work.id)
    x = int(rect.center().x())
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=QPoint(x, round(rect.top())))
    qtbot.mouseMove(timeline, pos=QPoint(x, round(timeline.y_for(8 * 60))))
    assert timeline.drag_text() == "08:00-12:00"
    qtbot.mouseMove(timeline, pos=QPoint(x, round(timeline.y_for(14 * 60))))
    assert timeline.drag_text() == "12:00-12:00"


@pytest.mark.parametrize("kind", ["call", "disruption", "contact"])
def test_two_short_entries_minutes_apart_can_each_be_clicked_where_they_are_drawn(
    window, week_journal, qtbot, kind
):
    """Two one-minute calls two minutes apart: at 16 px each, the later one was drawn over the
    earlier, and a click on the one drawn on top selected the one beneath it."""
    add(week_journal, "work", at(TUESDAY, 10), at(TUESDAY, 13), title="plan")
    if kind == "call":
        first = add(week_journal, kind, at(TUESDAY, 11), at(TUESDAY, 11, 1), title="Anna")
        second = add(week_journal, kind, at(TUESDAY, 11, 2), at(TUESDAY, 11, 3), title="Bo")
    else:
        causes = ("tech", "noise") if kind == "disruption" else (None, None)
        first = add(week_journal, kind, at(TUESDAY, 11), cause=causes[0])
        second = add(week_journal, kind, at(TUESDAY, 11, 2), cause=causes[1])
    window.reload()
    timeline = window.timeline
    [one], [two] = timeline.rects_of(first.id), timeline.rects_of(second.id)
    assert not one.intersects(two), "one short entry covers the other"
    for entry, rect in ((first, one), (second, two)):
        assert timeline.entry_at(rect.center()).id == entry.id
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
        assert timeline.selected.id == entry.id
