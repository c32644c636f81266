"""The question on return (issue 21): asked once, after the gap, never during; never modal nor
taking focus; each answer one click; unanswered, the block stays. An injected clock and idle
source: no timer is waited for."""

from __future__ import annotations

import gc
from datetime import timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from tracker.away.handlers import noted_gaps
from tracker.commands import ChangeSettings
from tracker.kernel.model import Entry
from tracker.ui.away.sources import MIN_POLL_SECONDS, AwaySource, X11Idle
from tracker.ui.away.watch import AwayQuestions, AwayWatch

AMS = ZoneInfo("Europe/Amsterdam")


class FakeSource(AwaySource):
    name = "fake"
    threshold = None

    def start(self, threshold):
        self.threshold = threshold


class FakeReader:
    def __init__(self):
        self.ms = 0

    def idle_ms(self):
        return self.ms

    def close(self):
        pass


def deleted_here(*objects) -> None:
    """Qt objects deleted on this thread, not by Python's cycle collector on another (a
    background import's in a later test), where destroying a running timer crashes."""
    for thing in objects:
        thing.deleteLater()
    gc.collect()


@pytest.fixture
def away(quicklog, clock, qtbot):
    source = FakeSource()
    questions = AwayQuestions(AwayWatch([source]), quicklog, clock, AMS)
    questions.start()
    asked = []
    questions.asked.connect(asked.append)
    yield source, questions, asked
    deleted_here(questions)  # and its watch, its child


@pytest.fixture
def work(journal, clock):
    return journal.add(Entry("work", clock.now() - timedelta(hours=1), tz=AMS.key))


def leave_and_return(source, clock, minutes):
    since = clock.now()
    source.away.emit(since)
    clock.advance(minutes=minutes)
    source.back.emit(clock.now())
    return since


def test_asked_once_on_return_not_during_and_a_cause_is_one_click(
    away, work, journal, clock, qtbot
):
    source, _questions, asked = away
    assert source.threshold == timedelta(minutes=10)  # the default threshold reaches the source
    since = clock.now()
    source.away.emit(since)
    clock.advance(minutes=12)
    assert asked == []  # not during
    source.back.emit(clock.now())
    [question] = asked
    qtbot.addWidget(question)
    assert question.isVisible() and not question.isModal()
    assert question.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert question.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert "(12m)" in question.heading.text()
    source.back.emit(clock.now())  # a second "back" (another source) asks nothing more
    assert len(asked) == 1
    question.cause_buttons["family"].click()
    assert not question.isVisible()
    day = journal.entries_between(since - timedelta(hours=2), clock.now())
    [disruption] = [e for e in day if e.kind == "disruption"]
    assert (disruption.start, disruption.until, disruption.cause) == (
        since, since + timedelta(minutes=12), "family",
    )  # fmt: skip
    assert [e for e in day if e.kind == "work"] == [work]


def test_unanswered_the_block_stays_and_the_gap_is_noted(away, work, journal, clock, qtbot):
    source, questions, asked = away
    leave_and_return(source, clock, 15)
    [question] = asked
    qtbot.addWidget(question)
    question.later_button.click()
    assert journal.running_block() == work
    assert [g["answer"] for g in noted_gaps(questions.quicklog.commands)] == [""]


def test_a_break_and_still_working_are_one_click(away, work, journal, clock, qtbot):
    source, _questions, asked = away
    leave_and_return(source, clock, 20)
    qtbot.addWidget(asked[-1])
    asked[-1].working_button.click()
    assert journal.running_block() == work
    clock.advance(minutes=30)
    start = leave_and_return(source, clock, 20)
    qtbot.addWidget(asked[-1])
    clock.advance(seconds=30)  # the question read
    asked[-1].break_button.click()
    life = [e for e in journal.entries_between(start, clock.now()) if e.kind == "life"]
    assert [(e.start, e.end) for e in life] == [(start, start + timedelta(minutes=20))]
    assert journal.running_block().kind == "work"  # work goes on after the break


def test_no_question_inside_life_during_a_call_when_short_or_switched_off(
    away, journal, quicklog, clock, qtbot
):
    source, _questions, asked = away
    leave_and_return(source, clock, 30)  # nothing runs
    journal.add(Entry("life", clock.now() - timedelta(hours=1), tz=AMS.key))
    leave_and_return(source, clock, 30)
    work = journal.add(Entry("work", clock.now(), tz=AMS.key))
    call = journal.add(Entry("call", clock.now(), tz=AMS.key))
    clock.advance(minutes=1)
    leave_and_return(source, clock, 30)  # a call is never away
    journal.update(call.with_changes(end=clock.now()))
    leave_and_return(source, clock, 9)  # under the threshold
    quicklog.run(ChangeSettings(changes={"away_questions": False}))
    leave_and_return(source, clock, 30)
    assert asked == [] and journal.running_block() == work


def test_the_x11_source_looks_at_most_once_a_minute_and_finds_the_gaps_real_times(clock, qtbot):
    reader = FakeReader()
    source = X11Idle(reader, clock)
    said = []
    source.away.connect(lambda since: said.append(("away", since)))
    source.back.connect(lambda at: said.append(("back", at)))
    source.start(timedelta(minutes=10))
    assert source.timer.interval_seconds == 600  # active: next look when idleness could tell
    left = clock.now()
    clock.advance(minutes=10)
    reader.ms = 10 * 60 * 1000
    source.timer.fire()
    assert said == [("away", left)]
    assert source.timer.interval_seconds == MIN_POLL_SECONDS  # while idle: once a minute
    clock.advance(minutes=2)
    reader.ms = 12 * 60 * 1000
    source.timer.fire()
    assert said == [("away", left)]  # still away: nothing said, no timer under a minute
    assert source.timer.interval_seconds == MIN_POLL_SECONDS
    clock.advance(seconds=30)
    reader.ms = 20 * 1000  # a key was pressed ten seconds after 12:30 idle
    source.timer.fire()
    assert said[1] == ("back", clock.now() - timedelta(seconds=20))
    assert source.timer.interval_seconds >= MIN_POLL_SECONDS
    source.stop()
    deleted_here(source)


def test_settings_say_what_detects_time_away_or_that_nothing_does(qtbot):
    from tracker.kernel.settings import Settings
    from tracker.ui.settings.dialog import SettingsDialog

    found = SettingsDialog(Settings(), away=SimpleNamespace(names=["X11", "logind"]))
    qtbot.addWidget(found)
    assert found.away_through.text() == "Away is detected through: X11, logind"
    nothing = SettingsDialog(Settings(away_questions=False))
    qtbot.addWidget(nothing)
    assert nothing.away_through.text().startswith("Nothing on this desktop says")
    assert not nothing.away_minutes.isEnabled()


def test_the_watch_joins_sources_into_one_gap_from_the_first_away(clock, qtbot):
    idle, lock = FakeSource(), FakeSource()
    watch = AwayWatch([idle, lock])
    gaps = []
    watch.returned.connect(gaps.append)
    start = clock.now()
    idle.away.emit(start)  # idle from 9:00 ...
    lock.away.emit(start + timedelta(minutes=3))  # ... locked at 9:03
    lock.back.emit(start + timedelta(minutes=30))  # unlocked at 9:30
    idle.back.emit(start + timedelta(minutes=31))  # the idle source hears it later: no gap
    assert [(g.start, g.end) for g in gaps] == [(start, start + timedelta(minutes=30))]
    deleted_here(watch)
