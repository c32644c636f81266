"""The week window on fixed weeks: geometry, hit-testing, edits, navigation, DST, export."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from tests.gui.weeks import AMS, TUESDAY, add, at
from tracker.kernel.clock import FakeClock
from tracker.store.journal import Journal
from tracker.ui.timeline.quicklog import QuickLog
from tracker.ui.week.timeline import HEADER_HEIGHT
from tracker.ui.week.window import WeekWindow


@pytest.fixture
def week_clock():
    return FakeClock(at(date(2026, 11, 26), 15))


@pytest.fixture
def week_journal(tmp_path, week_clock):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", week_clock, hold_lock=True).open()
    yield journal
    journal.close()


@pytest.fixture
def window(qtbot, week_journal, week_clock):
    quicklog = QuickLog(week_journal, week_clock, AMS)
    window = WeekWindow(week_journal, week_clock, AMS, first_weekday=0, quicklog=quicklog)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    window.reload()
    return window


def test_blocks_are_drawn_at_their_hours_in_their_day(window, week_journal):
    work = add(week_journal, "work", at(TUESDAY, 9), at(TUESDAY, 12), title="plan")
    window.reload()
    timeline = window.timeline
    [rect] = timeline.rects_of(work.id)
    column = timeline.column_rect(1)
    assert rect.left() >= column.left() and rect.right() <= column.right()
    assert rect.top() == pytest.approx(timeline.y_for(9 * 60))
    assert rect.bottom() == pytest.approx(timeline.y_for(12 * 60))
    assert timeline.y_for(6 * 60) == pytest.approx(HEADER_HEIGHT)


def test_calls_are_drawn_over_the_block_and_hit_first(window, week_journal):
    life = add(week_journal, "life", at(TUESDAY, 15), at(TUESDAY, 17))
    call = add(week_journal, "call", at(TUESDAY, 15, 30), at(TUESDAY, 16))
    mark = add(week_journal, "disruption", at(TUESDAY, 16, 30), cause="family")
    window.reload()
    timeline = window.timeline
    [call_rect] = timeline.rects_of(call.id)
    [life_rect] = timeline.rects_of(life.id)
    [mark_rect] = timeline.rects_of(mark.id)
    assert life_rect.contains(call_rect.center())
    assert timeline.entry_at(call_rect.center()).id == call.id
    assert timeline.entry_at(QPointF(life_rect.left() + 5, call_rect.center().y())).id == life.id
    assert timeline.entry_at(mark_rect.center()).id == mark.id
    assert timeline.entry_at(QPointF(timeline.column_rect(5).center().x(), 300)) is None


def test_clicking_selects_and_shows_details(window, week_journal, qtbot):
    work = add(week_journal, "work", at(TUESDAY, 9), at(TUESDAY, 12), title="Quarterly plan")
    window.reload()
    [rect] = window.timeline.rects_of(work.id)
    qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.timeline.selected.id == work.id
    assert "Quarterly plan" in window.details.text() and "09:00" in window.details.text()
    assert window.edit_button.isEnabled()


def test_dragging_the_bottom_edge_changes_the_end_with_a_five_minute_snap(
    window, week_journal, qtbot
):
    work = add(week_journal, "work", at(TUESDAY, 9), at(TUESDAY, 12))
    window.reload()
    timeline = window.timeline
    [rect] = timeline.rects_of(work.id)
    timeline.select(work)
    x = int(rect.center().x())
    target_y = round(timeline.y_for(12 * 60 + 47))
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=QPoint(x, round(rect.bottom())))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=QPoint(x, target_y))
    stored = week_journal.get(work.id, near=work.start)
    assert stored.end.astimezone(AMS).strftime("%H:%M") in ("12:45", "12:50")
    assert stored.end.astimezone(AMS).minute % 5 == 0
    assert stored.rev == 2


def test_edit_delete_and_undo(window, week_journal, qtbot, monkeypatch):
    from tracker.ui.week.editor import EntryEditor

    mark = add(week_journal, "disruption", at(TUESDAY, 10), cause="tech")
    window.reload()
    window.timeline.select(next(e for e in window.timeline.entries if e.id == mark.id))

    def fake_exec(editor):
        editor.title.setText("vpn down")
        editor.cause.setCurrentIndex(editor.cause.findData("noise"))
        editor.with_people.setText("Anna")
        return EntryEditor.DialogCode.Accepted

    monkeypatch.setattr(EntryEditor, "exec", fake_exec)
    window.edit_selected()
    edited = week_journal.get(mark.id, near=mark.start)
    assert (edited.title, edited.cause) == ("vpn down", "noise")
    assert [week_journal.people_by_id()[p].name for p in edited.people] == ["Anna"]
    window.timeline.select(next(e for e in window.timeline.entries if e.id == mark.id))
    window.delete_selected()
    assert window.timeline.entries == []
    assert window.undo_button.isVisible()
    window.undo_delete()
    assert [e.id for e in window.timeline.entries] == [mark.id]


def test_navigation_by_buttons_and_keys(window, week_clock, qtbot):
    assert window.first_day == date(2026, 11, 23)
    qtbot.mouseClick(window.previous, Qt.MouseButton.LeftButton)
    assert window.first_day == date(2026, 11, 16)
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.first_day == date(2026, 11, 30)
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert window.first_day == date(2026, 11, 23)
    window.show_week_of(date(2026, 3, 29))
    assert window.first_day == date(2026, 3, 23)


def test_a_week_starting_on_sunday(qtbot, week_journal, week_clock):
    window = WeekWindow(week_journal, week_clock, AMS, first_weekday=6)
    qtbot.addWidget(window)
    assert window.first_day == date(2026, 11, 22)
    assert [d.date.weekday() for d in window.timeline.days][:2] == [6, 0]


def test_dst_weeks_are_drawn_truthfully(qtbot, week_journal, week_clock):
    window = WeekWindow(week_journal, week_clock, AMS, first_weekday=0)
    qtbot.addWidget(window)
    autumn = date(2026, 10, 25)
    late = add(week_journal, "life", at(autumn, 22), at(date(2026, 10, 26), 0))
    window.show_week_of(autumn)
    days = window.timeline.days
    assert [round(d.minutes) for d in days][-1] == 25 * 60
    assert window.summary.days[-1].life_min == 120
    [rect] = window.timeline.rects_of(late.id)
    assert rect.bottom() == pytest.approx(window.timeline.y_for(24 * 60))
    window.show_week_of(date(2026, 3, 29))
    assert round(window.timeline.days[-1].minutes) == 23 * 60
    window.timeline.grab()  # paints the hatched band of the missing hour without error


def test_an_empty_week_and_a_week_of_500_entries(window, week_journal):
    assert (
        window.timeline.entries == []
        and "Disruptions: 0" in window.summary_panel.disruptions.text()
    )
    start = at(TUESDAY, 6)
    for n in range(500):
        add(week_journal, "disruption", start + timedelta(minutes=7 * n), cause="tech")
    window.reload()
    assert len(window.timeline.placed()) == 500
    assert window.summary.disruptions == 500
    window.grab()


def test_the_pattern_sentence_names_the_cluster(window, week_journal):
    for minute in (0, 20, 40):
        add(week_journal, "disruption", at(TUESDAY, 9, minute), cause="tech")
    add(week_journal, "disruption", at(date(2026, 11, 25), 15), cause="tech")
    window.reload()
    assert (
        window.summary_panel.pattern.text() == "3 of 4 tech disruptions came on Tuesday mornings."
    )


def test_quick_entry_in_the_window_and_live_refresh(window, week_journal, week_clock):
    window.quick.setText("2026-11-25 10:00-11:00 meeting with Joost (customer)")
    window._quick_entry()
    assert [e.kind for e in window.timeline.entries] == ["meeting"]
    window.quick.setText("lunch")
    window._quick_entry()
    assert "not a kind" in window.error.text()


def test_week_png_from_the_command_line_without_a_display(tmp_path):
    data = tmp_path / "data"
    env = dict(os.environ, TZ="Europe/Amsterdam")
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    run = [sys.executable, "-m", "tracker", "--data-dir", str(data)]
    subprocess.run(
        [*run, "log", "2026-11-24 9:00-12:00 work plan"], env=env, check=True, capture_output=True
    )
    for extra in ([], ["--dark", "--lang", "nl"]):
        image = tmp_path / f"week{len(extra)}.png"
        result = subprocess.run([*run, "week", "2026-11-24", "--png", str(image), *extra], env=env,
                                capture_output=True, text=True, timeout=60)  # fmt: skip
        assert result.returncode == 0, result.stderr
        loaded = QImage(str(image))
        assert loaded.width() >= 1000 and loaded.height() >= 600
    light, dark = QImage(str(tmp_path / "week0.png")), QImage(str(tmp_path / "week3.png"))
    assert light.pixelColor(5, 5).lightness() > 128 > dark.pixelColor(5, 5).lightness()


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_busy_week_screenshots(qapp, qtbot, week_journal, week_clock, language, theme):
    """Saved as artifacts to be looked at; the checks here are that it paints and reads."""
    from pathlib import Path

    from tracker.ui.i18n import install_translations
    from tracker.ui.week.palette import dark_palette, light_palette

    for offset in range(4):
        day = date(2026, 11, 23) + timedelta(days=offset)
        add(week_journal, "life", at(day, 7), at(day, 8, 30), title="school run")
        add(week_journal, "work", at(day, 8, 30), at(day, 12), title="Quarterly plan")
        add(week_journal, "life", at(day, 12), at(day, 13), title="lunch walk")
        add(week_journal, "work", at(day, 13), at(day, 17, 30), title="reviews")
        add(week_journal, "call", at(day, 15), at(day, 15, 40), title="budget")
        add(
            week_journal,
            "disruption",
            at(day, 9, 10 + offset),
            cause=("tech", "noise", "family", "tech")[offset],
        )
        add(week_journal, "contact", at(day, 14))
    add(week_journal, "meeting", at(TUESDAY, 10), at(TUESDAY, 11, 30), title="customer visit")
    old_palette = qapp.palette()
    install_translations(qapp, language)
    qapp.setPalette(dark_palette() if theme == "dark" else light_palette())
    try:
        window = WeekWindow(week_journal, week_clock, AMS, first_weekday=0)
        qtbot.addWidget(window)
        window.resize(1200, 760)
        artifacts = Path(__file__).resolve().parents[2] / "test-artifacts"
        artifacts.mkdir(exist_ok=True)
        image = window.grab().toImage()
        assert image.save(str(artifacts / f"week-{language}-{theme}.png"))
        background = image.pixelColor(3, 3).lightness()
        assert (background < 128) == (theme == "dark")
        assert len(window.timeline.placed()) == 4 * 7 + 1
    finally:
        install_translations(qapp, "en")
        qapp.setPalette(old_palette)


def test_a_drop_inside_the_skipped_dst_hour_lands_on_the_jump(qtbot, week_journal, week_clock):
    sunday = date(2026, 3, 29)
    add(week_journal, "life", at(sunday, 0, 30), at(sunday, 1, 30))  # widens the axis to 00:00
    window = WeekWindow(week_journal, week_clock, AMS, first_weekday=0)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show_week_of(sunday)
    timeline = window.timeline
    x = timeline.column_rect(6).center().x()
    inside_gap = timeline.moment_at(QPointF(x, timeline.y_for(2 * 60 + 30)))
    after_gap = timeline.moment_at(QPointF(x, timeline.y_for(3 * 60)))
    assert inside_gap == after_gap == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)


def test_only_the_piece_holding_the_real_start_can_move_it(window, week_journal, qtbot):
    late = add(week_journal, "work", at(TUESDAY, 22), at(date(2026, 11, 25), 2))
    window.reload()
    timeline = window.timeline
    timeline.select(next(e for e in timeline.entries if e.id == late.id))
    second_day = next(p for p in timeline.placed() if p.entry.id == late.id and p.day_index == 2)
    assert (
        timeline._edge_under(QPointF(second_day.rect.center().x(), second_day.rect.top())) is None
    )
    assert (
        timeline._edge_under(QPointF(second_day.rect.center().x(), second_day.rect.bottom()))
        == "end"
    )


def test_a_block_ending_at_midnight_does_not_stretch_the_axis(window, week_journal):
    add(week_journal, "life", at(TUESDAY, 22), at(date(2026, 11, 25), 0))
    window.reload()
    assert window.timeline.hours == (6, 24)


def test_an_edit_that_breaks_a_rule_is_refused_and_said(window, week_journal, monkeypatch):
    from tracker.ui.week.editor import EntryEditor

    mark = add(week_journal, "disruption", at(TUESDAY, 10), cause="tech")
    window.reload()
    window.timeline.select(next(e for e in window.timeline.entries if e.id == mark.id))

    def too_long(editor):
        editor.title.setText("x" * 600)
        return EntryEditor.DialogCode.Accepted

    monkeypatch.setattr(EntryEditor, "exec", too_long)
    window.edit_selected()
    assert "longer than 500" in window.error.text()
    assert week_journal.get(mark.id, near=mark.start).rev == 1


@pytest.mark.parametrize(
    ("language", "shown", "widest"),
    [("en", "Monday, November 23, 2026", "Wednesday, September 30, 2026"),
     ("nl", "maandag 23 november 2026", "donderdag 30 september 2026")],
)  # fmt: skip
def test_the_date_box_uses_the_long_date_format(
    qapp, qtbot, week_journal, week_clock, language, shown, widest
):
    from tracker.ui.i18n import install_translations

    install_translations(qapp, language)
    try:
        window = WeekWindow(week_journal, week_clock, AMS, first_weekday=0)
        qtbot.addWidget(window)
        window.show()
        assert window.picker.text() == shown  # not "11/23/26"
        # Wide enough for the longest date of the year, not only for this one.
        text_room = window.picker.lineEdit().contentsRect().width()
        assert text_room >= window.picker.fontMetrics().horizontalAdvance(widest)
    finally:
        install_translations(qapp, "en")


def test_the_week_reloads_only_for_a_change_it_shows(window, week_journal, monkeypatch):
    """The change notice says what changed and on which days: a person nobody in the week
    names, or an entry of another week, leaves the open week as it is."""
    from tracker.commands import AddPerson, EditPerson, Log

    window.quicklog.notice.connect(window.on_notice)
    reloads: list[int] = []
    reload = window.reload
    monkeypatch.setattr(window, "reload", lambda: (reloads.append(1), reload()))
    door = window.quicklog.commands
    anna = door.run(AddPerson(name="Anna de Vries"), initiator="tray").people_added[0]
    door.run(Log(kind="work", at=at(TUESDAY + timedelta(days=7), 9),
                 until=at(TUESDAY + timedelta(days=7), 10), tz=AMS.key))  # fmt: skip
    assert reloads == []  # a person only, and next week's entry
    door.run(Log(kind="call", at=at(TUESDAY, 9), until=at(TUESDAY, 10), tz=AMS.key,
                 person_ids=[anna.id]))  # fmt: skip
    assert len(reloads) == 1 and [e.kind for e in window.timeline.entries] == ["call"]
    door.run(EditPerson(person_id=anna.id, changes={"name": "Anna Jansen"}))
    assert len(reloads) == 2  # the week names her: her new name shows
    door.run(AddPerson(name="Joost Bakker"))
    assert len(reloads) == 2


def test_undo_delete_goes_when_undo_expires(window, week_journal, week_clock):
    """Never a control that silently does nothing: the button leaves when undo runs out."""
    mark = add(week_journal, "disruption", at(TUESDAY, 10), cause="tech")
    window.reload()
    window.timeline.select(next(e for e in window.timeline.entries if e.id == mark.id))
    window.delete_selected()
    assert window.undo_button.isVisible()
    timer = window.quicklog.undo_timer
    # set to the expiry, ten seconds on (a loaded machine may take a few before it is read)
    assert timer.active and timer.remaining_seconds == pytest.approx(10, abs=5)
    week_clock.advance(seconds=11)
    timer.fire()
    assert not window.undo_button.isVisible()
    window.undo_delete()
    assert window.timeline.entries == []


def test_every_field_of_the_entry_editor_is_stored(window, week_journal, monkeypatch):
    from PySide6.QtCore import QDateTime

    from tracker.kernel.model import Person
    from tracker.ui.week.editor import EntryEditor

    anna = week_journal.add_person(Person(name="Anna Smit", circle="peer"))
    work = add(week_journal, "work", at(TUESDAY, 9), at(TUESDAY, 10), title="plan")
    window.reload()
    window.timeline.select(next(e for e in window.timeline.entries if e.id == work.id))

    def moment(editor, when):
        return QDateTime.fromSecsSinceEpoch(int(when.timestamp()), editor.start.timeZone())

    def fill(editor):
        editor.kind.setCurrentIndex(editor.kind.findData("meeting"))
        editor.title.setText("Renewal")
        editor.start.setDateTime(moment(editor, at(TUESDAY, 9, 15)))
        editor.end.setDateTime(moment(editor, at(TUESDAY, 9, 50)))
        editor.with_people.setText("Anna Smit, Joost")
        editor.note.setPlainText("signed")
        return EntryEditor.DialogCode.Accepted

    monkeypatch.setattr(EntryEditor, "exec", fill)
    window.edit_selected()
    stored = week_journal.get(work.id, near=work.start)
    names = {p.id: p.name for p in week_journal.people()}
    assert (stored.kind, stored.title, stored.note) == ("meeting", "Renewal", "signed")
    assert (stored.start, stored.end) == (at(TUESDAY, 9, 15), at(TUESDAY, 9, 50))
    assert stored.people[0] == anna.id
    assert [names[p] for p in stored.people] == ["Anna Smit", "Joost"]


def test_an_edit_that_trims_a_neighbour_says_so_in_the_window(window, week_journal):
    work = add(week_journal, "work", at(TUESDAY, 9), at(TUESDAY, 10))
    add(week_journal, "life", at(TUESDAY, 10), at(TUESDAY, 11))
    window.reload()
    window.change_times(work, at(TUESDAY, 9), at(TUESDAY, 10, 30))
    assert window.error.text() == "trimmed Life to 10:30-11:00"
    window.quick.setText(f"{TUESDAY.isoformat()} 10:45-11:30 work")
    window._quick_entry()
    assert window.error.text() == "Logged: Work · trimmed Life to 10:30-10:45"
