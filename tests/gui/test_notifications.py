"""Nudges as desktop notifications: the order of fallbacks, what a notification says, and that
its actions run what the popup's buttons run. The bus here is a stand-in that records calls;
tests/e2e/test_notifications_e2e.py speaks to a real notification server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import timedelta

import pytest

from tracker.kernel.model import Entry, Person
from tracker.nudges.policy import Nudge
from tracker.ui.nudges.delivery import NudgeDelivery
from tracker.ui.nudges.notify import DesktopNotifier, route
from tracker.ui.nudges.scheduler import NudgeScheduler

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
        self.closed: list[int] = []

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

    def close(self, notification):
        self.closed.append(notification)

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


def test_the_actions_say_what_they_do(qapp):
    """Issue 20: "Done" read like "OK"; a reach-out's logs a contact, a live meeting's plans."""
    bus = RecordingBus()
    notifier = DesktopNotifier(bus)
    notifier.deliver(Nudge("reach_out", "p1", "reach_out:p1"), "Reach out: Anna", [])
    notifier.deliver(Nudge("plan_live", None, "plan_live:2026-48"), "Plan a live meeting", [])
    notifier.deliver(Nudge("call_close", "p1", "call_close:e1"), "Last minutes", [])
    reach, live, prompt = (dict(actions) for _summary, _body, actions in bus.sent)
    assert reach["done"] == "I reached out" and "plan" not in reach
    assert live["plan"] == "Plan it..." and "done" not in live
    assert list(prompt) == ["default", "done"] and prompt["done"] == "OK"
    answers = []
    notifier.answered.connect(lambda nudge, action, _value: answers.append((nudge.kind, action)))
    bus.incoming = [("ActionInvoked", (2, "plan"))]
    notifier.read_signals()
    assert answers == [("plan_live", "plan")]


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
    # Overdue: a person is due from their last contact, not from being added (issue 20).
    journal.add(Entry(kind="contact", start=clock.now() - timedelta(days=20), people=(anna.id,)))
    from zoneinfo import ZoneInfo

    scheduler = NudgeScheduler(journal, clock, ZoneInfo(AMS_KEY), quicklog, monotonic=lambda: 1.0)
    opened = []
    delivery = NudgeDelivery(scheduler, journal, opened.append, lambda: None)
    bus = RecordingBus()
    delivery.use_desktop(DesktopNotifier(bus, delivery))
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


def _resume(delivery) -> None:
    """The server leaves "do not disturb" and says so (KDE's Inhibited, dunst's paused)."""
    delivery.bus.is_inhibited = False
    changed = ("org.dunstproject.cmd0", {"paused": ("b", False)}, [])
    delivery.bus.incoming = [("PropertiesChanged", changed)]
    delivery.desktop.read_signals()


def test_a_nudge_held_in_do_not_disturb_is_sent_when_it_ends(delivery):
    delivery.bus.is_inhibited = True
    delivery.scheduler.replan()
    assert delivery.bus.sent == []
    _resume(delivery)
    [(summary, _body, _actions)] = delivery.bus.sent
    assert summary == "Reach out: Anna de Vries · Customer"
    delivery.scheduler.replan()  # sent once, not at every plan after
    assert len(delivery.bus.sent) == 1


def test_a_held_nudge_waits_for_the_next_pause_of_a_work_block(delivery, journal, clock):
    switch = clock.now() - timedelta(minutes=3)
    journal.add(Entry(kind="life", start=switch - timedelta(hours=2), end=switch))
    journal.add(Entry(kind="work", start=switch))
    scheduler = delivery.scheduler
    scheduler.monotonic = lambda: clock.now().timestamp()  # awake all along: no sleep seen
    scheduler._anchor = scheduler._wall_minus_monotonic()
    delivery.bus.is_inhibited = True
    delivery.scheduler.replan()  # at the switch into work: a pause, but do not disturb
    assert delivery.last_route == "wait"
    clock.advance(minutes=30)
    _resume(delivery)  # in the middle of focus: it keeps waiting
    assert delivery.bus.sent == []
    timer = delivery.scheduler.timer
    assert timer.active and timer.remaining_seconds == pytest.approx(57 * 60, abs=5)
    clock.advance(minutes=57)
    timer.fire()  # the focus length has run: a break, with the nudge in it
    assert len(delivery.bus.sent) == 1


def test_a_held_nudge_is_looked_at_again_without_a_signal(delivery):
    """A server that does not announce the end of do not disturb: the next plan looks again,
    and the timer is set no sooner than a few minutes while one is held (nothing polls)."""
    delivery.bus.is_inhibited = True
    delivery.scheduler.replan()
    assert 60 <= delivery.scheduler.timer.remaining_seconds <= 15 * 60
    delivery.bus.is_inhibited = False
    delivery.scheduler.timer.fire()
    assert len(delivery.bus.sent) == 1


def test_an_action_on_a_nudge_answered_elsewhere_does_nothing(delivery, journal, clock):
    delivery.scheduler.replan()
    delivery.scheduler.done(delivery.scheduler.pending[0])  # e.g. Done in the tray's popup
    logged = journal.last_contacts()[delivery.anna.id]
    clock.advance(minutes=5)
    delivery.bus.incoming = [("ActionInvoked", (1, "done"))]
    delivery.desktop.read_signals()
    assert journal.last_contacts()[delivery.anna.id] == logged
    assert delivery.bus.closed == [1]  # its notification was taken down when it was answered
    contacts = [e for e in journal.entries_between(logged, clock.now()) if e.kind == "contact"]
    assert len(contacts) == 1


def test_the_notification_bus_loads_on_the_first_nudge_not_at_start_up(tmp_path):
    """jeepney and the bus cost ~12 ms of imports: a plan with nothing due leaves them unloaded
    (the first plan runs two seconds after start-up), the first due nudge loads them."""
    code = f"""
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tracker.kernel.clock import FakeClock
from tracker.kernel.model import Entry, Person
from tracker.store.journal import Journal
from tracker.ui.shell import Shell
clock = FakeClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
journal = Journal({str(tmp_path / "data")!r}, "laptop-aaaaaa", clock, hold_lock=True).open()
shell = Shell(journal, clock, ZoneInfo("Europe/Amsterdam"), journal.layout.root)
journal.add(Entry(kind="meeting", start=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
                  end=datetime(2026, 11, 25, 10, 0, tzinfo=UTC)))  # no live meeting due
anna = journal.add_person(Person(name="Anna"))  # not sorted yet: not nudged
journal.add(Entry(kind="contact", start=datetime(2026, 11, 6, 9, 0, tzinfo=UTC),
                  people=(anna.id,)))  # overdue: due from the last contact, not from being added
shell.nudges.replan()
loaded = lambda: sorted(m for m in ("jeepney", "tracker.ui.nudges.desktop_bus") if m in sys.modules)
print("NOTHING DUE", loaded())
journal.update_person(anna.with_changes(circle="customer"))
shell.nudges.replan()
print("FIRST NUDGE", loaded())
"""
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "NOTHING DUE []" in lines
    assert "FIRST NUDGE ['jeepney', 'tracker.ui.nudges.desktop_bus']" in lines


def test_a_held_nudge_opened_from_the_tray_is_not_sent_again_when_do_not_disturb_ends(
    delivery, qtbot
):
    delivery.bus.is_inhibited = True
    delivery.scheduler.replan()
    held = delivery.scheduler.pending[0]
    delivery.present(held, delivery.anna, popup_only=True)  # the tray's "nudge waiting" item
    qtbot.addWidget(delivery.popup)
    assert delivery.popup.isVisible()
    _resume(delivery)
    assert delivery.bus.sent == []  # in the popup already: not a notification on top of it
