"""Nudges in the running app: the timer, the gates, the popup and each answer's effect."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from tracker.kernel.clock import FakeClock
from tracker.kernel.model import Entry, Person
from tracker.store.journal import Journal
from tracker.ui.nudges.popup import NudgePopup
from tracker.ui.nudges.scheduler import NudgeScheduler
from tracker.ui.timeline.quicklog import QuickLog

AMS = ZoneInfo("Europe/Amsterdam")
TUESDAY_10 = datetime(2026, 11, 24, 10, 0, tzinfo=AMS).astimezone(UTC)


@pytest.fixture
def setup(tmp_path, qapp):
    t = SimpleNamespace()
    t.clock = FakeClock(TUESDAY_10)
    t.journal = Journal(tmp_path / "data", "laptop-aaaaaa", t.clock, hold_lock=True).open()
    # The weekly review moment is off here: tests/gui/test_review_moment_in_app.py holds it.
    t.journal.save_settings(t.journal.settings().with_changes(review_moment=False))
    t.quicklog = QuickLog(t.journal, t.clock, AMS)
    t.ticks = [1000.0]
    t.scheduler = NudgeScheduler(t.journal, t.clock, AMS, t.quicklog, monotonic=lambda: t.ticks[0])
    t.shown = []
    t.scheduler.show_nudge.connect(lambda nudge, person: t.shown.append((nudge, person)))
    t.anna = t.journal.add_person(
        Person(
            name="Anna",
            circle="peer",
            team="Sales",
            every_days=14,
            notes="her son starts at the academy in May",
        )
    )
    t.journal.add(Entry(kind="contact", start=TUESDAY_10 - timedelta(days=19), people=(t.anna.id,)))
    yesterday = TUESDAY_10 - timedelta(days=1)
    t.journal.add(Entry(kind="meeting", start=yesterday, end=yesterday + timedelta(hours=1)))
    yield t
    t.journal.close()


def test_an_overdue_person_is_shown_once_and_waits_in_the_tray(setup):
    t = setup
    t.scheduler.replan()
    assert [(n.kind, p.name) for n, p in t.shown] == [("reach_out", "Anna")]
    t.scheduler.replan()
    assert len(t.shown) == 1 and len(t.scheduler.pending) == 1


def test_inside_a_work_block_it_waits_for_a_pause_then_shows(setup):
    t = setup
    t.quicklog.switch("work")  # logging re-plans
    assert t.shown == []
    [waiting] = t.scheduler.plan.waiting
    assert (waiting.because, waiting.until) == ("focus", t.clock.now() + timedelta(minutes=90))
    assert t.scheduler.timer.remaining_seconds == pytest.approx(90 * 60, abs=2)
    t.clock.advance(minutes=30)
    t.ticks[0] += 30 * 60
    t.quicklog.with_people("call", [], "standup")  # inside the block: nothing shows during it
    assert t.shown == []
    t.clock.advance(minutes=20)
    t.ticks[0] += 20 * 60
    t.quicklog.end_entry(t.quicklog.status().calls[0])  # right after the call: a pause
    assert [(n.kind, n.pause) for n, _p in t.shown] == [("reach_out", "call_ended")]


def test_a_long_block_gets_its_nudge_as_a_break_suggestion_when_the_timer_fires(setup):
    t = setup
    t.quicklog.switch("work")
    t.clock.advance(minutes=90)
    t.ticks[0] += 90 * 60  # awake all along: both clocks moved
    t.scheduler.timer.fire()
    assert [(n.kind, n.pause) for n, _p in t.shown] == [("reach_out", "focus")]


def test_waking_inside_a_block_is_a_pause(setup):
    t = setup
    t.quicklog.switch("work")
    t.clock.advance(minutes=40)
    t.ticks[0] += 1  # the machine slept: the wall clock moved on, the monotonic one did not
    t.scheduler.replan()
    assert [(n.kind, n.pause) for n, _p in t.shown] == [("reach_out", "returned")]


def test_a_snooze_does_not_pop_the_next_nudge_in_its_place(setup):
    t = setup
    joost = t.journal.add_person(Person(name="Joost", circle="customer", every_days=7))
    # A person's clock starts when they are added (issue 20): Joost is due from a contact.
    t.journal.add(Entry(kind="contact", start=TUESDAY_10 - timedelta(days=10), people=(joost.id,)))
    t.scheduler.replan()
    assert len(t.shown) == 1
    t.clock.advance(seconds=3)
    t.scheduler.snooze(t.shown[0][0], 60)
    assert len(t.shown) == 1
    assert t.scheduler.plan.next == t.clock.now() + timedelta(minutes=15)
    t.clock.advance(minutes=15)
    t.ticks[0] += 15 * 60
    t.scheduler.timer.fire()
    # The customer first (circle weight), then Anna once the room after the snooze is over.
    assert [p.id for _n, p in t.shown] == [joost.id, t.anna.id]


def test_done_logs_a_contact(setup):
    t = setup
    t.scheduler.replan()
    t.scheduler.done(t.shown[0][0])
    assert t.journal.last_contacts()[t.anna.id] == t.clock.now()
    assert t.scheduler.pending == []
    # Next: the live-meeting nudge, 14 days after yesterday's meeting (Anna comes a day later).
    assert t.scheduler.plan.next == t.clock.now() + timedelta(days=13)
    assert t.scheduler.timer.active


def test_snooze_for_an_hour_and_skip_for_today(setup):
    t = setup
    t.scheduler.replan()
    t.scheduler.snooze(t.shown[0][0], 60)
    assert t.scheduler.plan.next == t.clock.now() + timedelta(hours=1)
    assert t.scheduler.timer.remaining_seconds == pytest.approx(3600, abs=2)
    t.clock.advance(hours=1)
    t.scheduler.timer.fire()  # the timer, fired by hand instead of waited for
    assert len(t.shown) == 2
    t.scheduler.skip(t.shown[1][0])
    assert t.journal.nudge_state().skipped[t.anna.id] == t.clock.now().astimezone(AMS).date()


def test_a_wall_clock_jump_is_noticed_and_the_due_nudge_shows_once(setup):
    t = setup
    t.clock.set(datetime(2026, 11, 24, 1, 0, tzinfo=AMS).astimezone(UTC))
    t.scheduler.replan()
    assert t.shown == []
    t.clock.advance(hours=8)  # suspended: the wall t.clock moved, the monotonic one did not
    t.ticks[0] += 1
    t.scheduler.replan()
    assert t.scheduler.last_jumped
    assert [n.kind for n, _p in t.shown] == ["reach_out"]
    t.scheduler.replan()
    assert len(t.shown) == 1


def test_the_popup_never_takes_focus_and_answers(qtbot, setup):
    from PySide6.QtCore import Qt

    t = setup
    t.scheduler.replan()
    nudge, person = t.shown[0]
    popup = NudgePopup()
    qtbot.addWidget(popup)
    popup.present(nudge, person, "Sales: last contact 19 days ago · every 14 days")
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert popup.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert popup.heading.text() == "Reach out: Anna · Other team"  # the circle, not the team
    assert "academy" in popup.notes.text()
    with qtbot.waitSignal(popup.done) as answered:
        popup.done_button.click()
    assert answered.args[0].key == nudge.key and not popup.isVisible()
    popup.present(nudge, person, "")
    assert popup.hide_timer.active
    popup.hide_timer.fire()
    assert not popup.isVisible()


def test_done_logs_the_contact_with_that_person_even_when_two_share_a_name(setup):
    from tracker.nudges.policy import Nudge

    t = setup
    namesake = t.journal.add_person(Person(name="Anna", circle="customer", every_days=7))
    t.scheduler.done(Nudge("reach_out", namesake.id, f"reach_out:{namesake.id}"))
    contacts = t.journal.last_contacts()
    assert contacts.get(namesake.id) == t.clock.now()
    assert contacts[t.anna.id] < t.clock.now()  # the other Anna was not contacted


def test_why_counts_days_in_the_singular_too_in_english_and_dutch(qapp):
    """A notification's or popup's why said "last contact 1 days ago · every 1 days"."""
    from tracker.nudges.policy import Nudge
    from tracker.nudges.texts import reason_text
    from tracker.ui.i18n import install_translations

    sales = Person(name="Anna", circle="customer", team="Sales")
    one = Nudge("reach_out", sales.id, "k", days_since=1, every_days=1)
    many = Nudge("reach_out", sales.id, "k", days_since=19, every_days=14)
    live = Nudge("plan_live", None, "l", days_since=1)
    assert reason_text(one, sales) == "Sales: last contact 1 day ago · every day"
    assert reason_text(many, sales) == "Sales: last contact 19 days ago · every 14 days"
    assert reason_text(live, None) == "No live meeting for 1 day."
    install_translations(qapp, "nl")
    try:
        assert reason_text(one, sales) == "Sales: laatste contact 1 dag geleden · elke dag"
        assert reason_text(many, sales) == "Sales: laatste contact 19 dagen geleden · elke 14 dagen"
        assert reason_text(live, None) == "Al 1 dag geen live afspraak."
    finally:
        install_translations(qapp, "en")
