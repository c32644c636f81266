"""Nudges as desktop notifications: the order of fallbacks, what a notification says, and that
its actions run what the popup's buttons run. The bus here is a stand-in that records calls;
tests/e2e/test_notifications_e2e.py speaks to a real notification server."""

from __future__ import annotations

import socket
from datetime import timedelta

import pytest

from tracker.core.model import Entry, Person
from tracker.core.nudges import Nudge
from tracker.ui.delivery import NudgeDelivery
from tracker.ui.notify import DesktopNotifier, route
from tracker.ui.nudges import NudgeScheduler

AMS_KEY = "Europe/Amsterdam"
QUIET: list[socket.socket] = []


@pytest.fixture(autouse=True, scope="module")
def _quiet_socket():
    QUIET[:] = socket.socketpair()
    yield
    for end in QUIET:
        end.close()


class RecordingBus:
    """The calls NotificationBus answers, recorded; signals are handed in by the test."""

    def __init__(self, capabilities=("actions", "body-markup"), inhibited=False, server=True):
        self.caps = frozenset(capabilities)
        self.is_inhibited = inhibited
        self.server = server
        self.broken = False
        self.sent: list[tuple[str, str, list]] = []
        self.incoming: list[tuple[str, tuple]] = []

    def fileno(self) -> int:
        return QUIET[0].fileno()  # never readable: the test hands in the signals

    def has_server(self) -> bool:
        return self.server

    def capabilities(self) -> frozenset[str]:
        return self.caps

    def inhibited(self) -> bool:
        return self.is_inhibited

    def notify(self, summary, body, actions, icon=""):
        self.sent.append((summary, body, list(actions)))
        return len(self.sent)

    def signals(self):
        received, self.incoming = self.incoming, []
        return received


@pytest.mark.parametrize(
    ("choice", "bus", "expected"),
    [
        ("popup", RecordingBus(), "popup"),
        ("automatic", None, "popup"),
        ("automatic", RecordingBus(server=False), "popup"),
        ("automatic", RecordingBus(inhibited=True), "wait"),
        ("notifications", RecordingBus(inhibited=True), "wait"),
        ("automatic", RecordingBus(capabilities=("body",)), "popup"),
        ("notifications", RecordingBus(capabilities=("body",)), "notify"),
        ("automatic", RecordingBus(), "notify"),
    ],
)
def test_the_fallback_order(qapp, choice, bus, expected):
    assert route(choice, bus) == expected


def test_a_notification_says_who_why_and_what_matters_with_its_actions(qapp):
    bus = RecordingBus()
    notifier = DesktopNotifier(bus)
    nudge = Nudge("reach_out", "p1", "reach_out:p1")
    assert notifier.deliver(nudge, "Reach out: Anna", ["Sales: 19 days <ago>"], "her son & school")
    [(summary, body, actions)] = bus.sent
    assert summary == "Reach out: Anna"
    assert body == "Sales: 19 days &lt;ago&gt;\n<i>“her son &amp; school”</i>"
    assert [key for key, _label in actions] == ["default", "done", "snooze", "skip", "open"]
    plain = RecordingBus(capabilities=("actions",))
    DesktopNotifier(plain).deliver(nudge, "Reach out: Anna", ["19 days <ago>"], "a & b")
    assert plain.sent[0][1] == "19 days <ago>\n“a & b”"  # no markup: the text as it is


def test_actions_answer_once_and_a_closed_notification_is_forgotten(qapp, qtbot):
    bus = RecordingBus()
    notifier = DesktopNotifier(bus)
    first, second = Nudge("reach_out", "p1", "k1"), Nudge("reach_out", "p2", "k2")
    notifier.deliver(first, "one", [])
    notifier.deliver(second, "two", [])
    answers = []
    notifier.answered.connect(
        lambda nudge, action, value: answers.append((nudge.key, action, value))
    )
    bus.incoming = [("ActionInvoked", (1, "snooze")), ("NotificationClosed", (1, 3)),
                    ("ActionInvoked", (1, "done")), ("NotificationClosed", (2, 2)),
                    ("ActionInvoked", (2, "done")), ("ActionInvoked", (99, "done"))]  # fmt: skip
    notifier.read_signals()
    assert answers == [("k1", "snooze", 60)]
    assert notifier.shown == {}


@pytest.fixture
def delivery(journal, clock, quicklog, monkeypatch):
    anna = journal.add_person(Person(name="Anna de Vries", circle="customer", notes="sails"))
    yesterday = clock.now() - timedelta(days=1)
    journal.add(Entry(kind="meeting", start=yesterday, end=yesterday + timedelta(hours=1)))
    from zoneinfo import ZoneInfo

    scheduler = NudgeScheduler(journal, clock, ZoneInfo(AMS_KEY), quicklog, monotonic=lambda: 1.0)
    opened = []
    delivery = NudgeDelivery(scheduler, journal, opened.append, lambda: None)
    bus = RecordingBus()
    delivery._desktop = DesktopNotifier(bus, delivery)
    delivery._desktop.answered.connect(delivery.answer)
    scheduler.show_nudge.connect(delivery.present)
    delivery.anna, delivery.bus, delivery.opened = anna, bus, opened
    return delivery


def test_done_from_the_notification_logs_the_contact(delivery, journal, clock):
    delivery.scheduler.replan()
    assert delivery.last_route == "notify" and delivery.popup is None
    [(summary, body, _actions)] = delivery.bus.sent
    assert summary == "Reach out: Anna de Vries · Customer" and "sails" in body
    delivery.bus.incoming = [("ActionInvoked", (1, "done"))]
    delivery.desktop.read_signals()
    assert journal.last_contacts()[delivery.anna.id] == clock.now()
    assert delivery.scheduler.pending == []


def test_in_do_not_disturb_nothing_shows_and_the_nudge_waits_in_the_tray(delivery):
    delivery.bus.is_inhibited = True
    delivery.scheduler.replan()
    assert delivery.last_route == "wait"
    assert delivery.bus.sent == [] and delivery.popup is None
    assert delivery.scheduler.waiting().lines == ("Waiting: Reach out: Anna de Vries",)


def test_a_refused_notification_falls_back_to_the_popup(delivery, qtbot):
    delivery.bus.notify = lambda *args, **kwargs: None  # the server answered with an error
    delivery.scheduler.replan()
    assert delivery.last_route == "popup" and delivery.popup.isVisible()
    qtbot.addWidget(delivery.popup)
