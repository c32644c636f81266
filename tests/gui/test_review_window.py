"""The review window: painted from tracker.review's numbers, a week's bar opens that week, a
change reads again only the weeks it touched, and it draws offscreen in light and dark,
English and Dutch (the images are looked at: see the report of issue 22)."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from tracker.commands import Log
from tracker.review.load import last_weeks
from tracker.ui.review.image import WIDTH, render_review
from tracker.ui.review.window import ReviewWindow
from tracker.ui.week.window import WeekWindow

AMS = ZoneInfo("Europe/Amsterdam")


def fill_weeks(quicklog, clock, weeks: int = 6) -> None:
    for back in range(1, weeks):
        start = clock.now() - timedelta(weeks=back)
        quicklog.commands.run(
            Log(kind="work", at=start, until=start + timedelta(hours=3), tz=AMS.key)
        )
        quicklog.commands.run(
            Log(kind="disruption", at=start + timedelta(hours=1), cause="tech", tz=AMS.key)
        )


def test_the_review_shows_the_weeks_and_a_bar_opens_its_week(qtbot, journal, clock, quicklog):
    fill_weeks(quicklog, clock)
    window = ReviewWindow(journal, clock, AMS, weeks=12)
    qtbot.addWidget(window)
    window.show()
    review = window.chart.review
    assert review is not None and len(review.weeks) == 12
    assert review.work_min == 5 * 180 and review.disruptions == 5
    window.chart.resize(1000, window.chart.sizeHint().height())
    window.chart.grab()  # painted once: the bars' places are known
    first = review.weeks[-2].first_day
    (rect,) = [r for r, day in window.chart._week_rects if day == first]
    with qtbot.waitSignal(window.week_requested) as opened:
        qtbot.mouseClick(window.chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened.args == [first]


def test_a_change_reads_again_only_the_weeks_it_touched(qtbot, journal, clock, quicklog):
    fill_weeks(quicklog, clock)
    window = ReviewWindow(journal, clock, AMS, weeks=12)
    qtbot.addWidget(window)
    window.show()
    reads = window.cache.reads
    window.reload()
    assert window.cache.reads == reads + 1  # only this week, still open
    reads += 1
    start = clock.now() - timedelta(weeks=10)
    quicklog.commands.run(Log(kind="life", at=start, until=start + timedelta(hours=1), tz=AMS.key))
    window.on_notice()
    # Its week, the (at most five) weeks whose look-back holds its day, and this one: not 12.
    assert window.cache.reads - reads <= 1 + 5 + 1
    assert window.chart.review.life_min == 60


def test_the_span_can_be_chosen(qtbot, journal, clock):
    window = ReviewWindow(journal, clock, AMS, weeks=4)
    qtbot.addWidget(window)
    assert len(window.chart.review.weeks) == 4
    window.span.setCurrentIndex(3)
    assert len(window.chart.review.weeks) == 52
    first = window.journal.settings().first_weekday or 0
    today = clock.now().astimezone(AMS).date()
    assert [w.first_day for w in window.chart.review.weeks] == last_weeks(52, today, first)


def test_the_week_window_asks_for_the_review(qtbot, journal, clock):
    week = WeekWindow(journal, clock, AMS)
    qtbot.addWidget(week)
    with qtbot.waitSignal(week.review_requested):
        week.review_button.click()


def test_the_tray_action_asks_for_the_review(qtbot, actions):
    with qtbot.waitSignal(actions.review_requested):
        actions.review()


def background(pixmap) -> QColor:
    return pixmap.toImage().pixelColor(QPointF(2, 2).toPoint())


def test_it_draws_offscreen_light_and_dark_in_english_and_dutch(qtbot, journal, clock, quicklog):
    fill_weeks(quicklog, clock)
    window = ReviewWindow(journal, clock, AMS, weeks=12)
    qtbot.addWidget(window)
    review, sentences = window.chart.review, window.chart.sentences
    light = render_review(review, sentences, dark=False, lang="en")
    dark = render_review(review, sentences, dark=True, lang="nl")
    assert light.width() == dark.width() == WIDTH and light.height() > 600
    assert background(light).lightness() > 200 and background(dark).lightness() < 60


def test_the_app_opens_the_review_and_a_week_from_it(journal, clock, qtbot, monkeypatch, tmp_path):
    from tracker.ui.shell import Shell

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    shell.actions.review()  # the tray's Review
    assert shell.review_window.isVisible()
    first = shell.review_window.chart.review.weeks[0].first_day
    shell.review_window.week_requested.emit(first)  # a week's bar clicked
    assert shell.week_window.isVisible() and shell.week_window.first_day == first
    shell.review_window.hide()
    shell.week_window.review_button.click()
    assert shell.review_window.isVisible()
    start = clock.now() - timedelta(hours=2)
    shell.quicklog.commands.run(
        Log(kind="work", at=start, until=start + timedelta(hours=1), tz=AMS.key)
    )
    assert shell.review_window.chart.review.work_min == 60  # told by the change notice
    shell.shutdown()


def lowest_painted_row(pixmap) -> int:
    """The lowest row of the image holding anything but the background."""
    image = pixmap.toImage()
    base = background(pixmap)
    for y in range(image.height() - 1, -1, -1):
        if any(image.pixelColor(x, y) != base for x in range(0, image.width(), 2)):
            return y
    return -1


def test_the_chart_is_as_tall_as_what_it_paints(qtbot, journal, clock, quicklog):
    # At 1366x768 the chart left some 150 px empty at its bottom: its height hint was a sum of
    # its own, apart from what the sections draw.
    fill_weeks(quicklog, clock)
    window = ReviewWindow(journal, clock, AMS, weeks=12)
    qtbot.addWidget(window)
    for dark, lang in ((False, "en"), (True, "nl")):
        pixmap = render_review(window.chart.review, window.chart.sentences, dark=dark, lang=lang)
        assert 0 < pixmap.height() - lowest_painted_row(pixmap) <= 40


def test_minutes_disrupted_per_week_and_when_they_struck(qtbot, journal, clock, quicklog):
    fill_weeks(quicklog, clock)
    window = ReviewWindow(journal, clock, AMS, weeks=12)
    qtbot.addWidget(window)
    chart = window.chart
    drawn = [draw.__name__ for draw, _ in chart.sections()]
    assert chart.review.disrupted_min == 0 and "_disrupted" not in drawn  # none known: no bars
    start = (clock.now() - timedelta(weeks=2)).astimezone(AMS).replace(hour=9, minute=20)
    quicklog.commands.run(
        Log(kind="disruption", at=start, until=start + timedelta(minutes=45), cause="family",
            tz=AMS.key)
    )  # fmt: skip
    window.reload()
    assert chart.review.disrupted_by_week[-3] == 45
    assert "_disrupted" in [draw.__name__ for draw, _ in chart.sections()]
    chart.resize(1000, chart.sizeHint().height())
    chart.grab()  # painted once: the heatmap's cells are known
    weekday = start.weekday()
    tip = chart.heat_tip(chart.heat_cell(weekday, 9).center())
    assert "09:00" in tip and "45m" in tip
    assert chart.heat_tip(chart.heat_cell((weekday + 3) % 7, 3).center()) == ""
