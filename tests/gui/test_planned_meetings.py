"""Planned meetings in the running app, with a fake clock: the tray's "Next:" line, the prompt
at a planned start, "Log it", adding an attendee, the close prompt, re-reading a changed file,
and the week's outlines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from tracker.commands import AddCalendar, AddPerson
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
LOCATION:Bakker BV\\, Utrecht
ATTENDEE;CN=Joost Bakker:mailto:joost@bakker.nl
ATTENDEE;CN=Sara Visser:mailto:sara@bakker.nl
END:VEVENT
{extra}END:VCALENDAR
"""


@pytest.fixture
def shell(journal, clock, tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    clock.set(datetime(2026, 12, 2, 11, 0, tzinfo=UTC))  # 12:00 in Amsterdam
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    shell.commands.run(
        AddPerson(name="Joost Bakker", circle="customer", emails=("joost@bakker.nl",))
    )
    joost = journal.people()[0]
    journal.update_person(
        joost.with_changes(notes="his daughter starts school", next_action="send the quote")
    )
    (tmp_path / "work.ics").write_text(CALENDAR.format(extra=""))
    shell.quicklog.run(AddCalendar(path=str(tmp_path / "work.ics")))
    shell.planned.start()
    yield shell
    shell.planned.prompt.hide()
    shell.shutdown()


def test_the_tray_shows_the_next_planned_meeting(shell):
    assert shell.tray.next_line == "Next: 14:00 Renewal · Joost Bakker"
    shell.tray.rebuild_menu()
    texts = [a.text() for a in shell.tray.menu.actions()]
    assert "Next: 14:00 Renewal · Joost Bakker" in texts
    assert shell.tray.icon.toolTip().endswith("Next: 14:00 Renewal · Joost Bakker")


def test_the_prompt_opens_at_the_planned_start_and_log_it_stores_the_meeting(shell, clock, qtbot):
    timer = shell.planned.planned.start_timer
    assert timer.active and timer.remaining_seconds == pytest.approx(7200, abs=2)
    prompt = shell.planned.prompt
    assert not prompt.isVisible()
    clock.set(datetime(2026, 12, 2, 13, 0, tzinfo=UTC))  # 14:00 in Amsterdam
    timer.fire()
    assert prompt.isVisible()
    assert prompt.heading.text() == "14:00-15:00 Renewal"
    text = prompt.connect_line.text()
    assert "First minutes: connect with Joost Bakker" in text
    assert "his daughter starts school" in text and "Last time you agreed: send the quote" in text
    assert list(prompt.add_buttons) == ["sara@bakker.nl"]
    prompt.log_button.click()
    assert not prompt.isVisible()
    assert shell._delivery is None and not shell.nudges.pending  # the prompt was the first minutes
    joost = shell.journal.people()[0]
    [entry] = [e for e in shell.journal.entries_between(clock.now() - timedelta(hours=1),
               clock.now() + timedelta(hours=2)) if e.kind in ("call", "meeting")]  # fmt: skip
    assert entry.kind == "meeting"  # a place and no video link: live
    assert (entry.title, entry.people) == ("Renewal", (joost.id,))
    # Running, as it happens: ended from the tray, early or late, or at its planned end.
    assert (entry.start, entry.end) == (datetime(2026, 12, 2, 13, 0, tzinfo=UTC), None)
    # Logged: its own call prompts follow; the planned close prompt is not shown twice.
    clock.set(datetime(2026, 12, 2, 13, 55, tzinfo=UTC))
    shell.planned.planned.close_timer.fire()
    assert shell._delivery is None  # neither a second first-minutes prompt nor a planned close
    assert not shell.nudges.pending


def test_an_unmatched_attendee_is_added_to_people_from_the_prompt(shell, clock):
    clock.set(datetime(2026, 12, 2, 13, 0, tzinfo=UTC))
    shell.planned.planned.start_timer.fire()
    prompt = shell.planned.prompt
    from PySide6.QtWidgets import QComboBox

    combo = prompt.add_buttons["sara@bakker.nl"].parent().findChild(QComboBox)
    combo.setCurrentIndex(combo.findData("peer"))
    prompt.add_buttons["sara@bakker.nl"].click()
    sara = next(p for p in shell.journal.people() if p.name == "Sara Visser")
    assert (sara.circle, sara.emails) == ("peer", ("sara@bakker.nl",))
    assert prompt.isVisible() and not prompt.add_buttons
    assert "First minutes: connect with Sara Visser" in prompt.connect_line.text()


def test_not_now_then_the_close_prompt_five_minutes_before_the_planned_end(shell, clock):
    clock.set(datetime(2026, 12, 2, 13, 0, tzinfo=UTC))
    shell.planned.planned.start_timer.fire()
    shell.planned.prompt.not_now_button.click()
    assert not shell.planned.prompt.isVisible()
    assert not [
        e
        for e in shell.journal.entries_between(
            clock.now() - timedelta(hours=1), clock.now() + timedelta(hours=2)
        )
        if e.kind != "contact"
    ]
    close = shell.planned.planned.close_timer
    assert close.remaining_seconds == pytest.approx(55 * 60, abs=2)
    clock.set(datetime(2026, 12, 2, 13, 55, tzinfo=UTC))
    close.fire()
    popup = shell.delivery.popup
    assert popup.isVisible()
    assert popup.heading.text() == "Last minutes: agree a concrete action"


def test_a_changed_file_is_read_again_without_polling(shell, tmp_path, qtbot):
    planned = shell.planned.planned
    assert str(tmp_path / "work.ics") in planned.watcher.files()
    extra = (
        "BEGIN:VEVENT\nUID:lunch\nSUMMARY:Lunch walk\n"
        "DTSTART;TZID=Europe/Amsterdam:20261202T123000\n"
        "DTEND;TZID=Europe/Amsterdam:20261202T131500\nEND:VEVENT\n"
    )
    with qtbot.waitSignal(planned.watcher.fileChanged, timeout=5000):
        (tmp_path / "work.ics").write_text(CALENDAR.format(extra=extra))
    assert planned.settle.active  # read once the editor's writes have settled
    planned.settle.fire()
    assert shell.tray.next_line == "Next: 12:30 Lunch walk"


def test_a_planned_live_meeting_counts_for_the_live_nudge(shell):
    assert shell.planned.planned.next_live == datetime(2026, 12, 2, 13, 0, tzinfo=UTC)
    assert shell.nudges.planned_live() == datetime(2026, 12, 2, 13, 0, tzinfo=UTC)
    plan = shell.nudges.replan()
    assert not [n for n in plan.due if n.kind == "plan_live"]


def test_the_week_outlines_planned_meetings(shell):
    shell.show_week()
    timeline = shell.week_window.timeline
    from tracker.ui.week.planned_layer import planned_rects

    meetings = timeline.planned.meetings(timeline)
    assert [m.title for m in meetings] == ["Renewal"]
    [(_meeting, rect)] = planned_rects(timeline, meetings)
    day_index = next(i for i, d in enumerate(timeline.days) if d.date.isoformat() == "2026-12-02")
    assert timeline.column_rect(day_index).contains(rect.center())
    assert rect.top() == pytest.approx(timeline.y_for(14 * 60))
    assert timeline.grab().width() > 0  # painting with the outlines raises nothing
    shell.week_window.close()


def test_calendar_add_goes_to_the_running_app_over_the_socket(shell, tmp_path, qtbot):
    import os
    import subprocess
    import sys

    shell.start_server()
    assert shell.server.is_listening()
    (tmp_path / "home.ics").write_text(
        CALENDAR.replace("renewal-1", "coffee").replace("Renewal", "Coffee")
        .replace("T140000", "T123000").format(extra="")
    )  # fmt: skip
    env = dict(os.environ, XDG_RUNTIME_DIR=str(tmp_path), TZ="Europe/Amsterdam")
    command = [sys.executable, "-m", "tracker", "--data-dir", str(shell.journal.layout.root),
               "calendar", "add", str(tmp_path / "home.ics")]  # fmt: skip
    # The app holds the folder's lock: only the app itself can have saved the new source.
    with qtbot.waitSignal(shell.planned.planned.changed, timeout=8000):
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        while process.poll() is None:
            qtbot.wait(10)
    out, err = process.communicate()
    assert process.returncode == 0, err
    assert "Added the calendar" in out
    assert shell.journal.calendar_sources()[-1] == str(tmp_path / "home.ics")
    assert shell.tray.next_line == "Next: 12:30 Coffee · Joost Bakker"
    assert str(tmp_path / "home.ics") in shell.planned.planned.watcher.files()


def test_the_calendar_is_read_again_at_day_change(shell, clock):
    day = shell.planned.planned.day_timer
    # 12:00 in Amsterdam: the next read is at midnight, twelve hours on.
    assert day.remaining_seconds == pytest.approx(12 * 3600 + 1, abs=2)
    clock.set(datetime(2026, 12, 2, 23, 0, 1, tzinfo=UTC))
    day.fire()
    assert shell.planned.planned.today == [] and shell.tray.next_line is None


def test_settings_add_and_remove_calendars_and_own_emails(shell, tmp_path, journal):
    from tracker.ui.calendar.sources import CalendarSources
    from tracker.ui.settings.dialog import SettingsDialog

    sources = CalendarSources(journal.calendar_sources, shell.quicklog.run)
    dialog = SettingsDialog(journal.settings(), calendars=sources)
    assert [sources.list.item(i).text() for i in range(sources.list.count())] == [
        str(tmp_path / "work.ics")
    ]
    (tmp_path / "vdir").mkdir()
    (tmp_path / "vdir" / "a.ics").write_text(
        CALENDAR.replace("renewal-1", "walk").replace("Renewal", "Walk")
        .replace("T140000", "T123000").format(extra="")
    )  # fmt: skip
    sources.add_path(str(tmp_path / "vdir"))  # what the folder chooser gives
    assert journal.calendar_sources() == (str(tmp_path / "work.ics"), str(tmp_path / "vdir"))
    assert sources.list.count() == 2
    assert shell.tray.next_line == "Next: 12:30 Walk · Joost Bakker"  # read at once
    sources.list.setCurrentRow(0)
    sources.remove.click()
    assert journal.calendar_sources() == (str(tmp_path / "vdir"),)
    dialog.own_emails.setText("me@example.org, me@home.example")
    assert dialog.settings().own_emails == ("me@example.org", "me@home.example")
    dialog.own_emails.setText("not an address")
    dialog._try_accept()
    assert dialog.problem.text() == "Your own e-mails must be e-mail addresses."
    dialog.close()


MORNING = (
    "BEGIN:VEVENT\nUID:standup\nSUMMARY:Stand-up\n"
    "DTSTART;TZID=Europe/Amsterdam:20261202T100000\n"
    "DTEND;TZID=Europe/Amsterdam:20261202T110000\nEND:VEVENT\n"
)


def test_after_a_night_asleep_the_new_day_is_read_and_its_prompt_comes(shell, clock, tmp_path):
    planned = shell.planned.planned
    clock.set(datetime(2026, 12, 1, 17, 0, tzinfo=UTC))  # the evening before
    planned.reload()
    assert planned.today == [] and shell.tray.next_line is None
    # Qt's timers stand still while the machine sleeps: the day timer would come at 15:00.
    clock.set(datetime(2026, 12, 2, 7, 0, tzinfo=UTC))
    shell.nudges.woke.emit(datetime(2026, 12, 1, 17, 0, tzinfo=UTC))
    assert shell.tray.next_line == "Next: 14:00 Renewal · Joost Bakker"
    assert planned.start_timer.remaining_seconds == pytest.approx(6 * 3600, abs=2)
    # Asleep across the start: awake three minutes after it, the prompt still comes, once.
    clock.set(datetime(2026, 12, 2, 13, 3, tzinfo=UTC))
    shell.nudges.woke.emit(datetime(2026, 12, 2, 12, 50, tzinfo=UTC))
    assert shell.planned.prompt.isVisible()
    shell.planned.prompt.not_now_button.click()
    shell.nudges.woke.emit(datetime(2026, 12, 2, 13, 3, tzinfo=UTC))
    planned.start_timer.fire()
    assert not shell.planned.prompt.isVisible()


def test_a_restarted_app_gives_no_close_prompt_for_meetings_already_over(shell, clock, tmp_path):
    planned = shell.planned.planned
    (tmp_path / "work.ics").write_text(CALENDAR.format(extra=MORNING))
    planned.reload()  # as an app started at 12:00, after the stand-up
    closing = []
    planned.closing.connect(closing.append)
    clock.set(datetime(2026, 12, 2, 13, 55, tzinfo=UTC))
    planned.close_timer.fire()
    assert [p.meeting.title for p in closing] == ["Renewal"]
    # Woken long after a meeting's end: no "last minutes" for it either.
    closing.clear()
    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    planned.reload()
    clock.set(datetime(2026, 12, 2, 12, 0, tzinfo=UTC))
    planned.close_timer.fire()  # late: the machine slept from 09:30 to 13:00
    assert closing == []


def test_a_meeting_past_midnight_still_gets_its_close_prompt_after_the_day_change(
    shell, clock, tmp_path
):
    late = (
        "BEGIN:VEVENT\nUID:launch\nSUMMARY:Launch\n"
        "DTSTART;TZID=Europe/Amsterdam:20261202T233000\n"
        "DTEND;TZID=Europe/Amsterdam:20261203T010000\nEND:VEVENT\n"
    )
    (tmp_path / "work.ics").write_text(CALENDAR.format(extra=late))
    planned = shell.planned.planned
    clock.set(datetime(2026, 12, 2, 23, 0, 1, tzinfo=UTC))  # 00:00:01 on 3 December
    planned.day_timer.fire()
    assert [p.meeting.title for p in planned.today] == ["Launch"]
    assert planned.close_timer.remaining_seconds == pytest.approx(55 * 60 - 1, abs=2)


LUNCH = (
    "BEGIN:VEVENT\nUID:lunch\nSUMMARY:Lunch walk\n"
    "DTSTART;TZID=Europe/Amsterdam:20261202T123000\n"
    "DTEND;TZID=Europe/Amsterdam:20261202T131500\nEND:VEVENT\n"
)


def _heard(qtbot, planned, change) -> None:
    """Make a change on disk, wait for the watch to hear it, then read as when it settled."""
    assert not planned.settle.active
    change()
    qtbot.waitUntil(lambda: planned.settle.active, timeout=5000)
    planned.settle.fire()


def test_a_file_replaced_by_a_rename_is_read_and_still_watched(shell, tmp_path, qtbot):
    """vdirsyncer and most editors write a new file and rename it over the old one: the
    watch on the old file ends there, and must be set again on the new one."""
    import os

    planned = shell.planned.planned
    work = tmp_path / "work.ics"

    def rename_over(text: str) -> None:
        (tmp_path / ".work.ics.tmp").write_text(text)
        os.replace(tmp_path / ".work.ics.tmp", work)

    _heard(qtbot, planned, lambda: rename_over(CALENDAR.format(extra=LUNCH)))
    assert shell.tray.next_line == "Next: 12:30 Lunch walk"
    assert str(work) in planned.watcher.files()
    _heard(qtbot, planned, lambda: rename_over(CALENDAR.format(extra="")))
    assert shell.tray.next_line == "Next: 14:00 Renewal · Joost Bakker"


def test_a_source_that_goes_away_and_comes_back_is_read_again(shell, tmp_path, qtbot):
    planned = shell.planned.planned
    work = tmp_path / "work.ics"
    _heard(qtbot, planned, work.unlink)
    assert planned.today == [] and shell.tray.next_line is None
    # Back a while later (a sync, an export saved again): heard, not only at day change.
    _heard(qtbot, planned, lambda: work.write_text(CALENDAR.format(extra=LUNCH)))
    assert shell.tray.next_line == "Next: 12:30 Lunch walk"


def test_a_file_added_to_a_calendar_folder_is_read(shell, tmp_path, qtbot):
    from tracker.commands import RemoveCalendar

    folder = tmp_path / "vdir"
    folder.mkdir()
    shell.quicklog.run(RemoveCalendar(path=str(tmp_path / "work.ics")))
    shell.quicklog.run(AddCalendar(path=str(folder)))
    assert shell.planned.planned.today == []
    _heard(
        qtbot,
        shell.planned.planned,
        lambda: (folder / "a.ics").write_text(CALENDAR.format(extra="")),
    )
    assert shell.tray.next_line == "Next: 14:00 Renewal · Joost Bakker"


def test_the_week_follows_a_change_of_own_emails(shell, tmp_path):
    from tracker.commands import ChangeSettings

    declined = "ATTENDEE;PARTSTAT=DECLINED:mailto:me@example.org\nEND:VEVENT"
    (tmp_path / "work.ics").write_text(CALENDAR.replace("END:VEVENT", declined, 1).format(extra=""))
    shell.planned.planned.reload()
    shell.show_week()
    timeline = shell.week_window.timeline
    assert [m.title for m in timeline.planned.meetings(timeline)] == ["Renewal"]
    shell.quicklog.run(ChangeSettings(changes={"own_emails": ["me@example.org"]}))
    assert shell.planned.planned.today == []
    assert timeline.planned.meetings(timeline) == []  # declined: gone from the week too
    shell.week_window.close()


def test_the_prompt_shows_what_an_invitation_says_as_plain_text(shell, clock, tmp_path):
    """Titles and names come from other people's invitations: never read as HTML."""
    from PySide6.QtWidgets import QLabel

    invite = CALENDAR.replace("SUMMARY:Renewal", 'SUMMARY:<img src="x"><b>Renewal</b>')
    invite = invite.replace("CN=Sara Visser", "CN=<a href='http://x'>Sara</a>")
    (tmp_path / "work.ics").write_text(invite.format(extra=""))
    shell.planned.planned.reload()
    clock.set(datetime(2026, 12, 2, 13, 0, tzinfo=UTC))
    shell.planned.planned.start_timer.fire()
    prompt = shell.planned.prompt
    assert prompt.isVisible()
    labels = prompt.findChildren(QLabel)
    assert any("<b>Renewal</b>" in label.text() for label in labels)
    assert any("<a href=" in label.text() for label in labels)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_only_the_files_that_changed_are_read_again(shell, tmp_path, monkeypatch):
    """A vdir holds one file per event, and a sync touches a few: the others are not read
    again (the calendar cache keeps what they hold), at every change and at day change."""
    import os

    from tracker.calendar import cache
    from tracker.commands import RemoveCalendar

    folder = tmp_path / "vdir"
    folder.mkdir()
    (folder / "a.ics").write_text(CALENDAR.format(extra=""))
    (folder / "b.ics").write_text(CALENDAR.replace("renewal-1", "b").format(extra=""))
    for name in ("a.ics", "b.ics"):  # written long ago: a file changed just now is read again
        os.utime(folder / name, (1_700_000_000, 1_700_000_000))
    read: list[str] = []
    real = cache.read_regular
    monkeypatch.setattr(cache, "read_regular", lambda path: read.append(path.name) or real(path))
    shell.quicklog.run(RemoveCalendar(path=str(tmp_path / "work.ics")))
    shell.quicklog.run(AddCalendar(path=str(folder)))
    planned = shell.planned.planned
    assert sorted(read) == ["a.ics", "b.ics"]
    (folder / "b.ics").write_text(CALENDAR.replace("renewal-1", "b").format(extra=LUNCH))
    os.utime(folder / "b.ics", (1_700_000_100, 1_700_000_100))
    planned.reload()
    assert sorted(read) == ["a.ics", "b.ics", "b.ics"]
    assert shell.tray.next_line == "Next: 12:30 Lunch walk"
    planned.day_timer.fire()
    assert sorted(read) == ["a.ics", "b.ics", "b.ics"]


def log_it(shell, clock):
    clock.set(datetime(2026, 12, 2, 13, 0, tzinfo=UTC))  # 14:00 in Amsterdam
    shell.planned.planned.start_timer.fire()
    shell.planned.prompt.log_button.click()
    [entry] = shell.journal.running()
    return entry


@pytest.fixture
def said(shell, monkeypatch):
    said = []
    monkeypatch.setattr(shell.tray, "say", lambda text, *_: said.append(text))
    return said


def test_a_logged_meeting_nobody_ends_ends_at_its_planned_end_and_says_so(shell, clock, said):
    entry = log_it(shell, clock)
    ends = shell.planned.ends.timer
    # Set at 14:00 for 16:30: the planned end at 15:00, and half an hour it may run over.
    assert ends.active and ends.remaining_seconds == pytest.approx(90 * 60, abs=2)
    clock.set(datetime(2026, 12, 2, 14, 30, tzinfo=UTC))
    ends.fire()
    stored = shell.journal.get(entry.id, near=entry.start)
    assert stored.end == datetime(2026, 12, 2, 14, 0, tzinfo=UTC)
    assert said[-1] == "Ended the live meeting with Joost Bakker at its planned end 15:00"
    assert not ends.active


@pytest.mark.parametrize("ended", [(13, 40), (14, 20)], ids=["early", "overrun"])
def test_a_logged_meeting_ended_early_or_late_is_kept_as_it_was(shell, clock, said, ended):
    entry = log_it(shell, clock)
    clock.set(datetime(2026, 12, 2, *ended, tzinfo=UTC))
    shell.actions.end(entry)  # the tray's "End meeting with Joost Bakker"
    assert not shell.planned.ends.timer.active
    clock.set(datetime(2026, 12, 2, 15, 0, tzinfo=UTC))
    shell.planned.ends.end_forgotten()
    stored = shell.journal.get(entry.id, near=entry.start)
    assert stored.end == datetime(2026, 12, 2, *ended, tzinfo=UTC)
    assert not any("planned end" in text for text in said)


def test_the_organizer_is_never_offered_and_unknown_attendees_come_unsorted(shell, clock, tmp_path):
    """The prompt offered the organizer ("Me") as a new person, pre-set to Customer."""
    invite = CALENDAR.replace(
        "ATTENDEE;CN=Joost Bakker",
        "ORGANIZER;CN=Me:mailto:me@work.example\nATTENDEE;CN=Me:mailto:me@work.example\n"
        "ATTENDEE;CN=Joost Bakker",
    )
    (tmp_path / "work.ics").write_text(invite.format(extra=""))
    shell.planned.planned.reload()
    clock.set(datetime(2026, 12, 2, 13, 0, tzinfo=UTC))
    shell.planned.planned.start_timer.fire()
    prompt = shell.planned.prompt
    assert list(prompt.add_buttons) == ["sara@bakker.nl"]
    from PySide6.QtWidgets import QComboBox

    combo = prompt.add_buttons["sara@bakker.nl"].parent().findChild(QComboBox)
    assert combo.currentData() is None  # not sorted yet: the user chooses
    prompt.add_buttons["sara@bakker.nl"].click()
    sara = next(p for p in shell.journal.people() if p.name == "Sara Visser")
    assert sara.circle is None


def test_the_first_calendar_added_asks_once_for_your_own_addresses(
    shell, tmp_path, journal, monkeypatch
):
    """Prefilled from the invitations' organizers: the user's own address, never a person."""
    from PySide6.QtWidgets import QInputDialog

    from tracker.commands import RemoveCalendar
    from tracker.ui.calendar.sources import CalendarSources
    from tracker.ui.settings.dialog import SettingsDialog

    shell.quicklog.run(RemoveCalendar(path=str(tmp_path / "work.ics")))
    organizer = "ORGANIZER;CN=Me:mailto:Me@Work.example\n"
    sent = CALENDAR.replace("ATTENDEE;CN=Joost Bakker", organizer + "ATTENDEE;CN=Joost Bakker")
    (tmp_path / "work.ics").write_text(sent.format(extra=""))
    asked = []

    def answer(_parent, _title, label, _echo, text):
        asked.append((label, text))
        return text, True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    sources = CalendarSources(journal.calendar_sources, shell.quicklog.run)
    dialog = SettingsDialog(journal.settings(), calendars=sources)
    sources.add_path(str(tmp_path / "work.ics"))
    assert [text for _label, text in asked] == ["me@work.example"]
    assert dialog.own_emails.text() == "me@work.example"  # stored with the settings
    assert dialog.settings().own_emails == ("me@work.example",)
    (tmp_path / "home.ics").write_text(sent.format(extra=""))
    sources.add_path(str(tmp_path / "home.ics"))
    assert len(asked) == 1  # once: the first calendar only
    dialog.close()


def test_a_planned_end_that_cannot_be_written_is_tried_again_in_a_minute_not_at_once(
    shell, clock, said, monkeypatch
):
    """A read-only folder (or a refusal) left the meeting running, and the timer was set again
    for a moment already past: a write and a balloon every 50 ms for as long as it lasted."""
    from tracker.store.atomic import ReadOnlyFolder

    entry = log_it(shell, clock)
    run = shell.quicklog.commands.run

    def read_only(request, initiator=None):
        raise ReadOnlyFolder(shell.journal.layout.root, PermissionError(13, "Permission denied"))

    monkeypatch.setattr(shell.quicklog.commands, "run", read_only)
    clock.set(datetime(2026, 12, 2, 14, 30, tzinfo=UTC))
    ends = shell.planned.ends.timer
    ends.fire()
    assert shell.journal.get(entry.id, near=entry.start).end is None
    assert ends.active and ends.interval_seconds >= 60
    monkeypatch.setattr(shell.quicklog.commands, "run", run)  # the folder is writable again
    clock.set(datetime(2026, 12, 2, 14, 31, tzinfo=UTC))
    ends.fire()
    assert shell.journal.get(entry.id, near=entry.start).end == datetime(
        2026, 12, 2, 14, 0, tzinfo=UTC
    )
    assert not ends.active
