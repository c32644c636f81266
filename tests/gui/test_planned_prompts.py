"""The first-minutes prompt of a planned meeting when the app starts just after the meeting did,
and when two meetings start at once (issue 12's note, issue 24), on a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.gui.test_planned_meetings import CALENDAR
from tracker.commands import AddCalendar, AddPerson
from tracker.ui.shell import Shell

AMS = ZoneInfo("Europe/Amsterdam")
BUDGET = (  # at the same time as the Renewal, 14:00-15:00 in Amsterdam
    "BEGIN:VEVENT\nUID:budget-1\nSUMMARY:Budget\n"
    "DTSTART;TZID=Europe/Amsterdam:20261202T140000\n"
    "DTEND;TZID=Europe/Amsterdam:20261202T150000\n"
    "ATTENDEE;CN=Eva de Wit:mailto:eva@example.org\nEND:VEVENT\n"
)


@pytest.fixture
def start_app(journal, clock, tmp_path, monkeypatch, qapp):
    """`start_app(utc_time, extra_events)`: the app started on the calendar at that moment."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    (tmp_path / "work.ics").write_text(CALENDAR.format(extra=""))
    shells = []

    def start(at: datetime, extra: str = "") -> Shell:
        (tmp_path / "work.ics").write_text(CALENDAR.format(extra=extra))
        clock.set(at)
        shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
        if not journal.people():
            shell.commands.run(
                AddPerson(name="Joost Bakker", circle="customer", emails=("joost@bakker.nl",))
            )
            shell.quicklog.run(AddCalendar(path=str(tmp_path / "work.ics")))
        shells.append(shell)
        shell.planned.start()
        return shell

    yield start
    for shell in shells:
        for prompt in shell.planned.prompts:
            prompt.hide()
        shell.shutdown()


def test_a_meeting_that_began_just_before_the_app_started_gets_its_prompt(start_app, qtbot):
    shell = start_app(datetime(2026, 12, 2, 13, 4, tzinfo=UTC))  # 14:04, Renewal began at 14:00
    qtbot.waitUntil(shell.planned.prompt.isVisible, timeout=5000)  # due now: the event loop
    assert shell.planned.prompt.heading.text() == "14:00-15:00 Renewal"
    assert "First minutes: connect with Joost Bakker" in shell.planned.prompt.connect_line.text()
    # Once: a re-plan (a person changed, a file read again) does not bring it back.
    shell.planned.prompt.not_now_button.click()
    shell.planned.planned.reload()
    assert not shell.planned.planned.start_timer.active
    assert not shell.planned.prompt.isVisible()


def test_a_meeting_over_ten_minutes_under_way_at_start_gets_none(start_app):
    shell = start_app(datetime(2026, 12, 2, 13, 11, tzinfo=UTC))  # 14:11: the first minutes
    assert not shell.planned.planned.start_timer.active  # are over, so is their prompt
    shell.planned.planned.woke()  # nor after a wall-clock jump
    assert not shell.planned.prompt.isVisible()


def test_a_restart_after_log_it_asks_no_second_time(start_app, clock):
    """Logged at 14:00, the app restarted at 14:03 (an update): the meeting runs already."""
    first = start_app(datetime(2026, 12, 2, 13, 0, tzinfo=UTC))
    first.planned.planned.start_timer.fire()
    first.planned.prompt.log_button.click()
    assert [e.title for e in first.journal.running()] == ["Renewal"]
    first.shutdown()
    again = start_app(datetime(2026, 12, 2, 13, 3, tzinfo=UTC))
    again.planned.planned.start_timer.fire()
    assert not any(prompt.isVisible() for prompt in again.planned.prompts)


def test_two_meetings_starting_at_once_each_get_their_prompt(start_app, clock):
    shell = start_app(datetime(2026, 12, 2, 12, 0, tzinfo=UTC), extra=BUDGET)
    clock.set(datetime(2026, 12, 2, 13, 0, tzinfo=UTC))
    shell.planned.planned.start_timer.fire()
    shown = [p for p in shell.planned.prompts if p.isVisible()]
    assert sorted(p.heading.text() for p in shown) == [
        "14:00-15:00 Budget",
        "14:00-15:00 Renewal",
    ]
    first, second = shown
    assert not first.frameGeometry().intersects(second.frameGeometry())  # side by side
    # Each answers for its own meeting: Log it on one logs that one, the other stays.
    budget = next(p for p in shown if p.planned.meeting.title == "Budget")
    renewal = next(p for p in shown if p is not budget)
    budget.add_buttons["eva@example.org"].click()
    assert "First minutes: connect with Eva de Wit" in budget.connect_line.text()
    assert "Joost Bakker" in renewal.connect_line.text()
    budget.log_button.click()
    assert [e.title for e in shell.journal.running()] == ["Budget"]
    assert renewal.isVisible() and not budget.isVisible()


def test_two_prompts_that_wait_for_a_balloon_both_come_after_it(start_app, clock):
    """A balloon up at 14:00 ("Logged: ..."): the prompts wait their turn, neither taking the
    other's window while they wait."""
    from tracker.ui.turns import turns

    shell = start_app(datetime(2026, 12, 2, 12, 0, tzinfo=UTC), extra=BUDGET)
    turns().balloon(lambda: None, 4000)
    clock.set(datetime(2026, 12, 2, 13, 0, tzinfo=UTC))
    shell.planned.planned.start_timer.fire()
    assert not any(p.isVisible() for p in shell.planned.prompts)
    turns().balloon_timer.fire()
    shown = sorted(p.heading.text() for p in shell.planned.prompts if p.isVisible())
    assert shown == ["14:00-15:00 Budget", "14:00-15:00 Renewal"]
