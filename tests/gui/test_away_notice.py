"""The question on return as a desktop notification (issue 21): where the server shows actions
and "Show nudges as" allows it, the gap asks by notification, never a window taking focus; a
break or still working is one action; a disruption, a live meeting and Split... open the quiet
panel or the split window. The bus is a stand-in that records calls and hands in signals."""

from __future__ import annotations

import gc
import socket
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTime

from tracker.commands import ChangeSettings
from tracker.commands.requests import AnswerGap
from tracker.kernel.model import Entry
from tracker.ui.away.question import GapQuestion
from tracker.ui.away.sources import AwaySource
from tracker.ui.away.split import GapSplit
from tracker.ui.away.watch import AwayQuestions, AwayWatch

AMS = ZoneInfo("Europe/Amsterdam")
QUIET: list[socket.socket] = []


@pytest.fixture(autouse=True, scope="module")
def _quiet_socket():
    QUIET[:] = socket.socketpair()
    yield
    for end in QUIET:
        end.close()


class FakeSource(AwaySource):
    name = "fake"

    def start(self, threshold):
        pass


class Bus:
    """The calls NotificationBus answers, recorded; signals are handed in by the test."""

    def __init__(self, capabilities=("actions", "body")):
        self.caps = frozenset(capabilities)
        self.broken = False
        self.sent: list[tuple[str, str, list]] = []
        self.incoming: list[tuple[str, tuple]] = []
        self.closed: list[int] = []

    def fileno(self):
        return QUIET[0].fileno()  # never readable: the test hands in the signals

    def has_server(self):
        return True

    def capabilities(self):
        return self.caps

    def inhibited(self):
        return False

    def notify(self, summary, body, actions, icon=""):
        self.sent.append((summary, body, list(actions)))
        return len(self.sent)

    def close(self, notification):
        self.closed.append(notification)

    def signals(self):
        received, self.incoming = self.incoming, []
        return received


@pytest.fixture
def bus():
    return Bus()


@pytest.fixture
def away(quicklog, journal, clock, bus, qtbot):
    source = FakeSource()
    questions = AwayQuestions(AwayWatch([source]), quicklog, clock, AMS, notices=lambda: bus)
    questions.start()
    asked = []
    questions.asked.connect(asked.append)
    journal.add(Entry("work", clock.now() - timedelta(hours=1), tz=AMS.key))
    yield source, questions, asked
    for thing in (questions, questions.question, questions.splitting):
        if thing is not None:
            thing.deleteLater()
    gc.collect()


def come_back(source, clock, minutes=12):
    since = clock.now()
    source.away.emit(since)
    clock.advance(minutes=minutes)
    source.back.emit(clock.now())
    return since


def pick(questions, bus, action):
    bus.incoming.append(("ActionInvoked", (len(bus.sent), action)))
    questions.notice("automatic").read_signals()


def kinds(journal, since, clock):
    return [e for e in journal.entries_between(since, clock.now()) if e.kind != "work"]


def test_the_gap_asks_by_notification_with_its_times_and_one_action_per_answer(
    away, bus, journal, clock
):
    source, questions, asked = away
    since = come_back(source, clock)
    [(summary, body, actions)] = bus.sent
    assert summary == "Dayweave: time away"
    start = since.astimezone(AMS)
    assert (
        body
        == f"You were away {start:%H:%M}–{clock.now().astimezone(AMS):%H:%M} (12m). What was it?"
    )
    assert [label for _key, label in actions] == [
        "Open", "A break", "A disruption…", "A live meeting…", "Still working", "Split…",
    ]  # fmt: skip
    assert questions.question is None  # no window at all: nothing to take focus
    assert asked == [questions.notice("automatic")]
    pick(questions, bus, "break")
    [life] = kinds(journal, since, clock)
    assert (life.kind, life.start, life.end) == ("life", since, clock.now())


def test_a_disruption_opens_the_quiet_panel_for_its_cause(away, bus, journal, clock, qtbot):
    source, questions, _asked = away
    since = come_back(source, clock)
    pick(questions, bus, "disruption")
    question = questions.question
    assert isinstance(question, GapQuestion) and question.isVisible()
    assert question.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    question.cause_buttons["family"].click()
    [disruption] = kinds(journal, since, clock)
    assert (disruption.cause, disruption.until) == ("family", clock.now())


def test_a_live_meeting_asks_whom_and_still_working_keeps_the_block(
    away, bus, journal, clock, qtbot
):
    source, questions, _asked = away
    since = come_back(source, clock)
    pick(questions, bus, "meeting")
    questions.question.whom.textValueSelected.emit("Anna Visser")
    [meeting] = kinds(journal, since, clock)
    assert (meeting.kind, len(meeting.people)) == ("meeting", 1)
    clock.advance(minutes=30)
    later = come_back(source, clock)
    pick(questions, bus, "working")
    assert kinds(journal, later, clock) == []
    assert journal.running_block().kind == "work"


def test_split_opens_its_window_and_logs_the_parts_as_one_answer(away, bus, journal, clock, qtbot):
    source, questions, _asked = away
    since = come_back(source, clock, minutes=30)
    pick(questions, bus, "split")
    split = questions.splitting
    assert isinstance(split, GapSplit) and split.isVisible() and not split.isModal()
    first, last = split.parts
    middle = (since + timedelta(minutes=10)).astimezone(AMS)
    first.until.setTime(QTime(middle.hour, middle.minute))
    first.answer.setCurrentIndex(first.answer.findData("disruption"))
    first.cause.setCurrentIndex(first.cause.findData("family"))
    last.answer.setCurrentIndex(last.answer.findData("break"))
    split.answer_button.click()
    found = sorted(kinds(journal, since, clock), key=lambda e: e.start)
    assert [(e.kind, e.start) for e in found] == [
        ("disruption", since),
        ("life", middle.replace(second=0, microsecond=0)),
    ]
    assert found[1].end == clock.now()


@pytest.mark.parametrize("way", ["popup setting", "no actions", "no bus", "refused"])
def test_the_panel_asks_where_a_notification_cannot(quicklog, journal, clock, qtbot, way):
    bus = None if way == "no bus" else Bus(() if way == "no actions" else ("actions",))
    if way == "refused":
        bus.notify = lambda *args, **kwargs: None
    source = FakeSource()
    questions = AwayQuestions(AwayWatch([source]), quicklog, clock, AMS, notices=lambda: bus)
    if way == "popup setting":
        quicklog.run(ChangeSettings(changes={"nudge_delivery": "popup"}))
    questions.start()
    journal.add(Entry("work", clock.now() - timedelta(hours=1), tz=AMS.key))
    come_back(source, clock)
    assert questions.question is not None and questions.question.isVisible()
    assert bus is None or way == "refused" or bus.sent == []
    questions.question.deleteLater()
    questions.deleteLater()
    gc.collect()


def test_answered_elsewhere_the_notification_is_withdrawn(away, bus, quicklog, clock):
    source, questions, _asked = away
    since = come_back(source, clock)
    quicklog.run(  # as the week's day list or `dayweave log life --gap 1` would
        AnswerGap(start=since, end=clock.now(), answer="break", tz=AMS.key, now=clock.now())
    )
    assert bus.closed == [1]
    assert questions.notice("automatic").shown == {}


def test_a_later_gap_noted_leaves_the_earlier_question_shown(away, bus, clock):
    # Noting a gap is a change notice now (the week hatches it): it answers nothing, so the
    # question about an earlier gap stays, answerable.
    source, questions, _asked = away
    come_back(source, clock)
    clock.advance(minutes=30)
    come_back(source, clock)
    assert len(bus.sent) == 2 and bus.closed == []
    assert len(questions.notice("automatic").shown) == 2
