"""The app reads and expands its calendars on their own thread (issue 25, breaks 12-14): while a
calendar is being read the app still answers its socket, and a calendar bomb is set aside."""

from __future__ import annotations

import faulthandler
import threading
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.calendar import cache as reading  # where the calendar thread reads a file
from tracker.commands import AddCalendar
from tracker.ui.calendar import planned as module
from tracker.ui.shell import Shell

AMS = ZoneInfo("Europe/Amsterdam")

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:renewal-1
SUMMARY:{title}
DTSTART;TZID=Europe/Amsterdam:20261202T140000
DTEND;TZID=Europe/Amsterdam:20261202T150000
END:VEVENT
{extra}END:VCALENDAR
"""

BOMB = """BEGIN:VEVENT
UID:bomb
SUMMARY:Every second
DTSTART:20260101T000000Z
DURATION:PT1S
RRULE:FREQ=SECONDLY
END:VEVENT
"""


@pytest.fixture
def shell(journal, clock, tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    clock.set(datetime(2026, 12, 2, 11, 0, tzinfo=UTC))  # 12:00 in Amsterdam
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    (tmp_path / "work.ics").write_text(CALENDAR.format(title="Renewal", extra=""))
    shell.quicklog.run(AddCalendar(path=str(tmp_path / "work.ics")))
    shell.planned.start()  # in step (tests/gui/conftest.py): the file is read
    monkeypatch.setattr(module.PlannedMeetings, "background", True)  # from here on, as the app
    yield shell
    shell.shutdown()


def _titles(shell) -> list[str]:
    return [p.meeting.title for p in shell.planned.planned.today]


def test_the_app_answers_its_socket_while_a_calendar_is_read(shell, tmp_path, qtbot, monkeypatch):
    """The read waits until the socket has answered: on the GUI thread (before) no answer could
    come while it waits, and the wait gives up (False)."""
    from tracker.commands.remote import ask_app

    answered = threading.Event()
    waited: list[bool] = []
    read = reading.read_regular

    def slow(path):
        waited.append(answered.wait(15))
        return read(path)

    monkeypatch.setattr(reading, "read_regular", slow)
    shell.start_server()
    (tmp_path / "work.ics").write_text(CALENDAR.format(title="Renewal moved", extra=""))
    replies: list[object] = []

    def ask() -> None:
        replies.append(ask_app(shell.journal.layout.root, "calendar.remove", {"path": "/no.ics"}))
        answered.set()

    shell.planned.planned.reload()
    asker = threading.Thread(target=ask)
    asker.start()
    qtbot.waitUntil(lambda: _titles(shell) == ["Renewal moved"], timeout=20_000)
    asker.join()
    assert waited[0] is True  # the socket answered while the file was being read
    assert replies[0] is not None


def test_a_calendar_bomb_in_a_watched_file_is_set_aside_in_the_app(shell, tmp_path, qtbot):
    (tmp_path / "work.ics").write_text(CALENDAR.format(title="Renewal", extra=BOMB))
    planned = shell.planned.planned
    with qtbot.waitSignal(planned.changed, timeout=20_000):
        planned.reload()
    assert _titles(shell) == ["Renewal"]
    assert [p.describe() for p in planned.problems] == [
        "work.ics: Every second: repeats every second: not a meeting, left out"
    ]


def test_a_read_that_fails_on_the_thread_still_lets_the_first_plan_go_on(
    shell, tmp_path, qtbot, monkeypatch, caplog
):
    def fails(path):
        raise MemoryError

    monkeypatch.setattr(reading, "read_regular", fails)
    (tmp_path / "work.ics").write_text(CALENDAR.format(title="Renewal moved", extra=""))
    went_on: list[bool] = []
    shell.planned.start(then=lambda: went_on.append(True))
    qtbot.waitUntil(lambda: went_on == [True], timeout=20_000)
    assert _titles(shell) == ["Renewal"]  # the calendar as it was last read
    assert "reading the calendars failed: MemoryError" in caplog.text


def test_the_week_asks_the_calendar_thread_and_is_painted_again_when_it_answers(
    shell, tmp_path, qtbot
):
    shell.show_week()
    timeline = shell.week_window.timeline
    planned = shell.planned.planned
    # The week shown is asked of the calendar thread while painting: its answer is queued.
    qtbot.waitUntil(
        lambda: [m.title for m in timeline.planned.meetings(timeline)] == ["Renewal"],
        timeout=20_000,
    )
    (tmp_path / "work.ics").write_text(CALENDAR.format(title="Renewal moved", extra=""))
    planned.reload()
    # Asked while painting, answered on the calendar thread: until then the same days' meetings
    # as last read; the answer paints the week again.
    titles = [m.title for m in timeline.planned.meetings(timeline)]
    assert titles in (["Renewal"], ["Renewal moved"])
    qtbot.waitUntil(
        lambda: [m.title for m in timeline.planned.meetings(timeline)] == ["Renewal moved"],
        timeout=20_000,
    )
    shell.week_window.close()


def test_stopping_with_a_read_queued_neither_hangs_nor_reads_on(shell, tmp_path, qapp, monkeypatch):
    """At quit a read may be running with another queued behind it (the file changed again):
    cancelling the queued one asked for a new read under the pool's shutdown lock, and the app
    hung at quit for ever. The read still running ends on its own and changes nothing after."""
    gate = threading.Event()
    read = reading.read_regular

    def slow(path):
        gate.wait(15)
        return read(path)

    monkeypatch.setattr(reading, "read_regular", slow)
    planned = shell.planned.planned
    (tmp_path / "work.ics").write_text(CALENDAR.format(title="Renewal moved", extra=""))
    planned.reload()
    (tmp_path / "work.ics").write_text(CALENDAR.format(title="Renewal moved again", extra=""))
    planned.reload()  # queued behind the first
    worker = planned._worker
    faulthandler.dump_traceback_later(20, exit=True)  # a hang fails the run instead of lasting
    try:
        planned.stop()
    finally:
        faulthandler.cancel_dump_traceback_later()
    gate.set()
    worker.shutdown(wait=True)  # the running read has ended and sent its result
    qapp.processEvents()
    assert _titles(shell) == ["Renewal"]  # stopped: nothing read after is planned
    assert planned._worker is None
