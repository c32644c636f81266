"""The weekly review moment in the running app (issue 22): one notification at Friday 16:00 (the
setting), through the nudges' delivery, so calls, focus and do not disturb hold it back like
any nudge; its click opens the review; once a week, remembered across restarts; off is off.
Clock injected, timers fired by hand."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.gui.test_notifications import RecordingBus, _quiet_socket  # noqa: F401 (its socket)
from tracker.kernel.model import Entry
from tracker.ui.nudges.delivery import NudgeDelivery
from tracker.ui.nudges.notify import DesktopNotifier
from tracker.ui.nudges.scheduler import NudgeScheduler

AMS = ZoneInfo("Europe/Amsterdam")
TITLE = "Your week in review"


def amsterdam(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=AMS).astimezone(UTC)


@pytest.fixture
def now() -> datetime:
    return amsterdam(4, 11)  # Friday 4 December 2026, 11:00 in Amsterdam


def _app(journal, clock, quicklog):
    """A scheduler and delivery as the shell makes them, with a recording notification bus."""
    scheduler = NudgeScheduler(journal, clock, AMS, quicklog, monotonic=lambda: 1.0)
    opened: list[str] = []
    delivery = NudgeDelivery(
        scheduler, journal, print, lambda: None, open_review=lambda: opened.append("review")
    )
    bus = RecordingBus()
    delivery.use_desktop(DesktopNotifier(bus, delivery))
    scheduler.show_nudge.connect(delivery.present)
    return scheduler, delivery, bus, opened


def _reviews(bus) -> list[tuple[str, str, list]]:
    return [sent for sent in bus.sent if sent[0] == TITLE]


@pytest.fixture
def app(journal, clock, quicklog):
    # A live meeting this week: no "plan a live meeting" nudge beside the moment.
    journal.add(Entry(kind="meeting", start=amsterdam(3, 10), end=amsterdam(3, 11)))
    return _app(journal, clock, quicklog)


def test_at_friday_four_one_notification_whose_click_opens_the_review(app, clock):
    scheduler, delivery, bus, opened = app
    scheduler.replan()
    assert _reviews(bus) == []
    # At rest the one timer waits for the moment itself: no looking every minute.
    assert scheduler.timer.remaining_seconds == pytest.approx(5 * 3600, abs=5)
    clock.set(amsterdam(4, 16))
    scheduler.timer.fire()
    [(_title, body, actions)] = _reviews(bus)
    assert "one intention for the next" in body
    assert dict(actions)["open"] == "Open the review"
    bus.incoming = [("ActionInvoked", (len(bus.sent), "default"))]  # a click on it
    delivery.desktop.read_signals()
    assert opened == ["review"]
    assert not any(n.kind == "review" for n in scheduler.pending)
    assert scheduler.timer.remaining_seconds >= 60


def test_not_again_that_week_not_even_after_a_restart(app, journal, clock, quicklog):
    scheduler, _delivery, bus, _opened = app
    clock.set(amsterdam(4, 16, 5))
    scheduler.replan()
    assert len(_reviews(bus)) == 1
    clock.advance(hours=2)
    scheduler.replan()
    again, _delivery2, bus2, _opened2 = _app(journal, clock, quicklog)  # the app restarted
    clock.set(amsterdam(5, 10))  # Saturday: still inside the moment's grace
    again.replan()
    assert len(_reviews(bus)) == 1 and _reviews(bus2) == []
    clock.set(amsterdam(11, 16))  # the next Friday: the next week's moment
    again.timer.fire()
    assert len(_reviews(bus2)) == 1


def test_the_off_switch_is_honoured(app, journal, clock):
    scheduler, _delivery, bus, _opened = app
    journal.save_settings(journal.settings().with_changes(review_moment=False))
    clock.set(amsterdam(4, 16))
    scheduler.replan()
    assert _reviews(bus) == []
    assert scheduler.timer.remaining_seconds >= 60


def test_it_waits_for_a_pause_in_a_work_block_and_through_do_not_disturb(app, journal, clock):
    scheduler, _delivery, bus, _opened = app
    scheduler.monotonic = lambda: clock.now().timestamp()  # awake all along
    scheduler._anchor = scheduler._wall_minus_monotonic()
    journal.add(Entry(kind="work", start=amsterdam(4, 14, 50)))
    clock.set(amsterdam(4, 16))
    scheduler.replan()  # 70 minutes into focus: it waits, in sight in the tray
    assert _reviews(bus) == []
    assert any(TITLE in line for line in scheduler.waiting().lines)
    bus.is_inhibited = True
    assert scheduler.timer.remaining_seconds == pytest.approx(20 * 60, abs=5)
    clock.set(amsterdam(4, 16, 20))  # 90 minutes of focus (the default): a break
    scheduler.timer.fire()  # the break comes, but the desktop says do not disturb
    assert _reviews(bus) == []
    bus.is_inhibited = False
    clock.advance(minutes=2)
    scheduler.replan()  # still in the break's few minutes: now it shows, once
    assert len(_reviews(bus)) == 1


def test_the_shell_opens_the_review_with_the_intention_ready(qtbot, journal, clock, tmp_path,
                                                           monkeypatch):  # fmt: skip
    from tests.gui.test_app_parts import make_shell

    shell = make_shell(journal, clock, tmp_path, monkeypatch)
    assert shell.delivery.open_review == shell.review_moment
    shell.review_moment()
    qtbot.addWidget(shell.review_window)
    assert shell.review_window.isVisible()
    assert shell.review_window.focusWidget() is shell.review_window.intention.edit


def test_shown_it_waits_for_its_answer_and_its_notification_stays(app, journal, clock):
    scheduler, delivery, bus, opened = app
    clock.set(amsterdam(4, 16))
    scheduler.replan()
    [shown] = [i for i, sent in enumerate(bus.sent, 1) if sent[0] == TITLE]
    journal.add(Entry(kind="life", start=amsterdam(4, 16, 10)))  # any change: a new plan
    clock.advance(minutes=15)
    scheduler.replan()
    assert shown not in bus.closed  # not taken down: it is not answered yet
    assert any(TITLE in line for line in scheduler.waiting().lines)
    bus.incoming = [("ActionInvoked", (shown, "open"))]
    delivery.desktop.read_signals()
    assert opened == ["review"] and not any(n.kind == "review" for n in scheduler.pending)
    scheduler.replan()
    assert shown in bus.closed or not any(TITLE in line for line in scheduler.waiting().lines)
    assert len(_reviews(bus)) == 1


def test_answered_on_one_device_the_others_do_not_offer_it_that_week(app, journal, clock):
    """One notification a week across the user's devices (a data folder synced between
    machines, each its own device folder), not one per device."""
    from tracker.store.journal import Journal

    scheduler, _delivery, bus, _opened = app
    desktop = Journal(journal.layout.root, "desktop-bbbbbb", clock).open()
    there, there_delivery, there_bus, there_opened = _app(desktop, clock, None)
    clock.set(amsterdam(4, 16))
    there.replan()
    assert len(_reviews(there_bus)) == 1
    there_bus.incoming = [("ActionInvoked", (len(there_bus.sent), "default"))]  # a click on it
    there_delivery.desktop.read_signals()
    assert there_opened == ["review"]
    clock.set(amsterdam(4, 18))  # the laptop, later that evening (or woken on Saturday)
    scheduler.replan()
    assert _reviews(bus) == []
    assert not any(TITLE in line for line in scheduler.waiting().lines)
    clock.set(amsterdam(11, 16))  # the next Friday: the next week's moment, here too
    scheduler.timer.fire()
    assert len(_reviews(bus)) == 1
    desktop.close()


def test_the_review_opened_from_the_tray_answers_this_weeks_moment(
    qtbot, journal, clock, tmp_path, monkeypatch
):
    """Opened by hand after the moment came (from the tray or the week window): the moment is
    answered on every device; opened before it, or with the moment off, nothing is noted."""
    from tests.gui.test_app_parts import make_shell
    from tracker.store.intentions import reviewed

    shell = make_shell(journal, clock, tmp_path, monkeypatch)
    clock.set(amsterdam(4, 15))
    shell.show_review()
    qtbot.addWidget(shell.review_window)
    assert not reviewed(journal, "2026-12-04")
    clock.set(amsterdam(4, 16, 30))
    journal.save_settings(journal.settings().with_changes(review_moment=False))
    shell.show_review()
    assert not reviewed(journal, "2026-12-04")  # switched off: no moment to answer
    journal.save_settings(journal.settings().with_changes(review_moment=True))
    shell.show_review()
    assert reviewed(journal, "2026-12-04")


def test_held_here_and_answered_on_another_device_it_waits_no_more(app, journal, clock):
    """Held back here (do not disturb) or shown and not answered yet, then answered on the
    desktop: not shown at the next pause, and no longer waiting in the tray."""
    from tracker.store.intentions import note_reviewed
    from tracker.store.journal import Journal

    scheduler, _delivery, bus, _opened = app
    bus.is_inhibited = True
    clock.set(amsterdam(4, 16))
    scheduler.replan()
    assert _reviews(bus) == [] and any(TITLE in line for line in scheduler.waiting().lines)
    desktop = Journal(journal.layout.root, "desktop-bbbbbb", clock).open()
    note_reviewed(desktop, "2026-12-04")
    desktop.close()
    bus.is_inhibited = False
    clock.advance(minutes=5)
    scheduler.replan()
    assert _reviews(bus) == []
    assert not any(TITLE in line for line in scheduler.waiting().lines)
