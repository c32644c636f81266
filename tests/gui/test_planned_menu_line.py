"""The tray menu's calendar line once the day's planned meeting has started: it must not say
that nothing was planned today (found walking through a day with a real .ics file)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from tracker.commands import AddCalendar
from tracker.ui.shell import Shell

AMS = ZoneInfo("Europe/Amsterdam")

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
BEGIN:VEVENT
UID:renewal-1
SUMMARY:Renewal
DTSTART;TZID=Europe/Amsterdam:20261202T140000
DTEND;TZID=Europe/Amsterdam:20261202T150000
END:VEVENT
END:VCALENDAR
"""


def menu_texts(shell: Shell) -> list[str]:
    shell.tray.rebuild_menu()
    return [action.text() for action in shell.tray.menu.actions()]


def test_once_the_meeting_started_the_menu_does_not_say_none_was_planned(
    journal, clock, tmp_path, monkeypatch, qapp
):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    clock.set(datetime(2026, 12, 2, 11, 0, tzinfo=UTC))  # 12:00 in Amsterdam
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    (tmp_path / "work.ics").write_text(CALENDAR)
    shell.quicklog.run(AddCalendar(path=str(tmp_path / "work.ics")))
    shell.planned.start()
    try:
        assert "Next: 14:00 Renewal" in menu_texts(shell)
        clock.set(datetime(2026, 12, 2, 13, 30, tzinfo=UTC))  # 14:30: Renewal runs
        shell.planned.planned.start_timer.fire()
        texts = menu_texts(shell)
        assert "No meeting planned today" not in texts
        assert "No meeting ahead today" in texts
    finally:
        shell.planned.prompt.hide()
        shell.shutdown()


def test_without_a_calendar_nothing_of_the_calendars_is_made_until_one_is_added(
    journal, clock, tmp_path, monkeypatch, qapp
):
    """The first plan with no calendar set up makes none of the calendar's parts (its modules
    stay out of the tray at rest); a calendar added later is read at once and shown."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    clock.set(datetime(2026, 12, 2, 11, 0, tzinfo=UTC))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    try:
        shell._first_nudge_plan()
        assert shell._planned is None
        (tmp_path / "work.ics").write_text(CALENDAR)
        shell.quicklog.run(AddCalendar(path=str(tmp_path / "work.ics")))
        assert shell._planned is not None
        assert "Next: 14:00 Renewal" in menu_texts(shell)
    finally:
        if shell._planned is not None:
            shell.planned.prompt.hide()
        shell.shutdown()
