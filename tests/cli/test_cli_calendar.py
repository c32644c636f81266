"""`dayweave calendar add/list/remove` and `dayweave agenda`, as processes over real files."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import dayweave

RENEWAL = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
BEGIN:VEVENT
UID:renewal-1
SUMMARY:Renewal
DTSTART;TZID=Europe/Amsterdam:20261202T140000
DTEND;TZID=Europe/Amsterdam:20261202T150000
LOCATION:Bakker BV\\, Utrecht
ORGANIZER;CN=Me:mailto:me@example.org
ATTENDEE;CN=Joost Bakker;PARTSTAT=ACCEPTED:mailto:JOOST@bakker.nl
ATTENDEE;CN=Sara;PARTSTAT=NEEDS-ACTION:mailto:sara@bakker.nl
END:VEVENT
BEGIN:VEVENT
UID:standup
SUMMARY:Stand-up
DTSTART;TZID=Europe/Amsterdam:20261130T093000
DTEND;TZID=Europe/Amsterdam:20261130T094500
RRULE:FREQ=DAILY;COUNT=5
EXDATE;TZID=Europe/Amsterdam:20261201T093000
LOCATION:https://meet.google.com/abc-defg-hij
END:VEVENT
BEGIN:VEVENT
UID:skip-me
SUMMARY:Declined
DTSTART:20261202T120000Z
ATTENDEE;PARTSTAT=DECLINED:mailto:me@example.org
END:VEVENT
END:VCALENDAR
"""


def test_calendar_add_list_remove(data_dir, tmp_path):
    ics = tmp_path / "work.ics"
    ics.write_text(RENEWAL)
    added = dayweave("calendar", "add", str(ics), data_dir=data_dir)
    assert added.returncode == 0, added.stderr
    assert "3 events, 0 problems" in added.stdout and "Added the calendar" in added.stdout
    again = dayweave("calendar", "add", str(ics), data_dir=data_dir)
    assert again.returncode == 0 and "Already one of your calendars" in again.stdout
    folder = tmp_path / "shared-calendars"
    folder.mkdir()
    (folder / "a.ics").write_text(RENEWAL)
    (folder / "b.ics").write_text(RENEWAL.replace("UID:", "UID:b-"))
    added = dayweave("calendar", "add", str(folder), data_dir=data_dir)
    assert added.returncode == 0, added.stderr
    assert f"Read {folder}: 2 files" in added.stdout
    listed = dayweave("calendar", "list", "--json", data_dir=data_dir)
    assert json.loads(listed.stdout) == [
        {"path": str(ics), "exists": True},
        {"path": str(folder), "exists": True},
    ]
    removed = dayweave("calendar", "remove", str(folder) + "/", data_dir=data_dir)
    assert removed.returncode == 0, removed.stderr
    assert dayweave("calendar", "list", data_dir=data_dir).stdout.splitlines() == [str(ics)]
    # Kept on this device only: its paths mean nothing on another machine.
    stored = json.loads(next(data_dir.glob("devices/*/calendars.json")).read_text())
    assert stored == {"sources": [str(ics)]}


def test_calendar_add_refuses_what_is_not_a_calendar_and_writes_nothing(data_dir, tmp_path):
    missing = dayweave("calendar", "add", str(tmp_path / "nope.ics"), data_dir=data_dir)
    assert missing.returncode == 2 and missing.stderr.startswith("dayweave: There is no ")
    (tmp_path / "notes.txt").write_text("hello")
    other = dayweave("calendar", "add", str(tmp_path / "notes.txt"), data_dir=data_dir)
    assert other.returncode == 2 and "not an .ics file" in other.stderr
    gone = dayweave("calendar", "remove", str(tmp_path / "x.ics"), data_dir=data_dir)
    assert gone.returncode == 2 and "is not one of your calendars" in gone.stderr
    assert not list(data_dir.glob("devices/*/calendars.json"))


def test_agenda_lists_the_days_meetings_with_their_people(data_dir, tmp_path):
    ics = tmp_path / "work.ics"
    ics.write_text(RENEWAL)
    assert dayweave("calendar", "add", str(ics), data_dir=data_dir).returncode == 0
    add = ("people", "add", "Joost Bakker", "--circle", "customer", "--email", "joost@bakker.nl")
    assert dayweave(*add, data_dir=data_dir).returncode == 0
    mine = dayweave("settings", "own_emails", "me@example.org", data_dir=data_dir)
    assert mine.returncode == 0, mine.stderr
    shown = dayweave("agenda", "2026-12-02", "--json", data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    agenda = json.loads(shown.stdout)
    assert agenda["date"] == "2026-12-02" and agenda["tz"] == "Europe/Amsterdam"
    [standup, renewal] = agenda["meetings"]  # the declined one is not there
    assert (standup["title"], standup["start"], standup["live"]) == (
        "Stand-up", "2026-12-02T09:30:00+01:00", False,
    )  # fmt: skip
    assert renewal["location"] == "Bakker BV, Utrecht" and renewal["live"] is True
    assert [p["name"] for p in renewal["people"]] == ["Joost Bakker"]
    assert renewal["people"][0]["matched_by"] == "email"
    assert renewal["unmatched"] == ["sara@bakker.nl"]  # never made into a person
    assert [p["name"] for p in json.loads(dayweave("people", "list", "--json",
            data_dir=data_dir).stdout)] == ["Joost Bakker"]  # fmt: skip
    text = dayweave("agenda", "2026-12-02", data_dir=data_dir).stdout.splitlines()
    assert text[1:] == [
        "09:30-09:45  Stand-up",
        "14:00-15:00  Renewal · Joost Bakker  [live, Bakker BV, Utrecht]"
        "  (not in People: Sara)",  # named as the calendar names her (CN)
    ]
    # The stand-up's EXDATE: not on 1 December.
    assert "Stand-up" not in dayweave("agenda", "2026-12-01", data_dir=data_dir).stdout


def test_agenda_over_the_whole_corpus_warns_and_never_fails(ics_corpus, data_dir):
    added = dayweave("calendar", "add", str(ics_corpus), data_dir=data_dir)
    assert added.returncode == 0 and f"Read {ics_corpus}: 39 files" in added.stdout
    shown = dayweave("agenda", "2019-03-18", "--json", data_dir=data_dir)
    assert shown.returncode == 0 and "Traceback" not in shown.stderr
    assert "dayweave: warning: icalendar__issue-1050-multiple-calendars.ics" in shown.stderr
    titles = [m["title"] for m in json.loads(shown.stdout)["meetings"]]
    assert "test7" in titles
    bad = dayweave("agenda", "someday", data_dir=data_dir)
    assert bad.returncode == 2 and bad.stderr.startswith("dayweave: ")


def test_calendar_add_refuses_a_device_or_a_fifo(data_dir, tmp_path):
    """Issue 25, break 14: /dev/null was accepted, /dev/zero read until memory ran out, a FIFO
    hung every reader."""
    import os

    fifo = tmp_path / "pipe.ics"
    os.mkfifo(fifo)
    for path in ("/dev/null", "/dev/zero", str(fifo)):
        refused = dayweave("calendar", "add", path, data_dir=data_dir)
        assert refused.returncode == 2, (path, refused.stdout)
        assert refused.stderr == f"dayweave: {path} is not a regular file or a folder.\n"
    assert not list(data_dir.glob("devices/*/calendars.json"))


BOMB = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Bomb/Zone
BEGIN:STANDARD
DTSTART:19700101T000000
RRULE:FREQ=SECONDLY
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:tz-1
SUMMARY:Meeting
DTSTART;TZID=Bomb/Zone:20261207T100000
DTEND;TZID=Bomb/Zone:20261207T110000
END:VEVENT
BEGIN:VEVENT
UID:bomb
SUMMARY:Every second
DTSTART:20260101T000000Z
DURATION:PT1S
RRULE:FREQ=SECONDLY
END:VEVENT
END:VCALENDAR
"""


def test_the_calendar_bombs_are_set_aside_and_named(data_dir, tmp_path):
    """Issue 25, breaks 12 and 13: a series every second, a zone changing every second since
    1970 (before: 14 s and past 300 s, gigabytes): now left out, each said, the rest read.
    The meeting is today's: `calendar add` counts the problems met around today."""
    from datetime import date

    today = date.today()  # the commands' own day: they run on this process's clock and zone
    ics = tmp_path / "bomb.ics"
    ics.write_text(BOMB.replace("20261207", f"{today:%Y%m%d}"))
    added = dayweave("calendar", "add", str(ics), data_dir=data_dir)
    assert added.returncode == 0, added.stderr
    assert "2 events, 3 problems" in added.stdout
    shown = dayweave("agenda", today.isoformat(), data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    assert shown.stderr.splitlines() == [
        "dayweave: warning: bomb.ics: time zone Bomb/Zone changes more often than once a year:"
        " left out",
        "dayweave: warning: bomb.ics: Meeting: time zone Bomb/Zone is unknown; read as local time",
        "dayweave: warning: bomb.ics: Every second: repeats every second: not a meeting, left out",
    ]
    assert shown.stdout.splitlines()[1:] == ["10:00-11:00  Meeting"]


def test_agenda_reads_a_calendar_once_and_again_only_when_it_changed(data_dir, tmp_path):
    """Issue 24: after the first read the agenda comes from the calendar cache, not the file."""
    import os

    ics = tmp_path / "work.ics"
    ics.write_text(RENEWAL)
    os.utime(ics, ns=(1_700_000_000 * 10**9, 1_700_000_000 * 10**9))
    assert dayweave("calendar", "add", str(ics), data_dir=data_dir).returncode == 0
    assert "Renewal" in dayweave("agenda", "2026-12-02", data_dir=data_dir).stdout
    # Other words, the same size and time: the file is not read again...
    ics.write_text(RENEWAL.replace("SUMMARY:Renewal", "SUMMARY:Renewed"))
    os.utime(ics, ns=(1_700_000_000 * 10**9, 1_700_000_000 * 10**9))
    assert "Renewal" in dayweave("agenda", "2026-12-02", data_dir=data_dir).stdout
    # ...until it says it changed.
    os.utime(ics, ns=(1_700_000_001 * 10**9, 1_700_000_001 * 10**9))
    shown = dayweave("agenda", "2026-12-02", data_dir=data_dir).stdout
    assert "Renewed" in shown and "Renewal" not in shown


def test_agenda_over_a_damaged_calendar_cache_says_nothing_of_it(data_dir, tmp_path):
    """Issue 24: the cache is only a cache; garbage in it is thrown away, never shown."""
    import os

    ics = tmp_path / "work.ics"
    ics.write_text(RENEWAL)
    assert dayweave("calendar", "add", str(ics), data_dir=data_dir).returncode == 0
    first = dayweave("agenda", "2026-12-02", data_dir=data_dir)
    cache = Path(os.environ["DAYWEAVE_CACHE_DIR"]) / "calendars" / "calendars.sqlite3"
    cache.write_bytes(b"\x00garbage" * 1000)
    again = dayweave("agenda", "2026-12-02", data_dir=data_dir)
    assert (again.returncode, again.stdout, again.stderr) == (0, first.stdout, "")
    assert "Renewal" in again.stdout


MOVED = """BEGIN:VEVENT
UID:standup
RECURRENCE-ID;TZID=Europe/Amsterdam:20261202T093000
SUMMARY:Stand-up, later
DTSTART;TZID=Europe/Amsterdam:20261202T100000
DTEND;TZID=Europe/Amsterdam:20261202T101500
END:VEVENT
"""


def test_calendar_add_fills_the_cache_and_counts_the_events_it_kept(data_dir, tmp_path):
    """Adding reads the calendar into the cache (a line scan, not a parse of the whole file):
    the first agenda after it reads no file, and the events are counted from what was kept."""
    import os

    ics = tmp_path / "work.ics"
    ics.write_text(RENEWAL.replace("END:VCALENDAR", MOVED + "END:VCALENDAR"))
    os.utime(ics, ns=(1_700_000_000 * 10**9, 1_700_000_000 * 10**9))
    added = dayweave("calendar", "add", str(ics), data_dir=data_dir)
    assert added.returncode == 0, added.stderr
    assert "1 file, 4 events, 0 problems" in added.stdout
    # Other words, the same size and time: the agenda answers from what `calendar add` kept.
    ics.write_text(ics.read_text().replace("SUMMARY:Renewal", "SUMMARY:Renewed"))
    os.utime(ics, ns=(1_700_000_000 * 10**9, 1_700_000_000 * 10**9))
    shown = dayweave("agenda", "2026-12-02", data_dir=data_dir).stdout
    assert "Renewal" in shown and "Renewed" not in shown
    assert "10:00-10:15  Stand-up, later" in shown
    # Two calendars in one file are not cut up: kept whole, their events still counted.
    twice = tmp_path / "twice.ics"
    twice.write_text(RENEWAL + RENEWAL.replace("UID:", "UID:b-"))
    added = dayweave("calendar", "add", str(twice), data_dir=data_dir)
    assert "1 file, 6 events, 0 problems" in added.stdout, added.stdout
