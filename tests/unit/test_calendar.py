"""Calendars read from real exports (the corpora's ics/ folder, read in place: tests/conftest.py
finds it) and from small hand-written ones: expansions in the event's own zone, what is left
out, and why."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.corpora import corpus_files
from tracker.calendar.agenda import agenda_to_json, match_attendees, plan_day
from tracker.calendar.files import (
    Attendee,
    CalendarFile,
    calendar_files,
    day_bounds,
    meetings_between,
    parse_calendar,
    read_calendar,
)
from tracker.kernel.model import Person

AMS = ZoneInfo("Europe/Amsterdam")
EVER = (datetime(1990, 1, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC))


def _starts(corpus: Path, name: str) -> list[str]:
    meetings, _problems = meetings_between([read_calendar(corpus / name)], *EVER, AMS)
    return [m.start.strftime("%Y-%m-%dT%H:%MZ") for m in meetings]


def test_the_corpus_is_there(ics_corpus: Path):
    assert len(list(ics_corpus.glob("*.ics"))) >= 39


@pytest.mark.parametrize("path", corpus_files("ics", "*.ics"))
def test_every_corpus_file_yields_events_or_a_clear_message(path: Path):
    meetings, problems = meetings_between([read_calendar(path)], *EVER, AMS)
    for problem in problems:
        assert problem.where.startswith(path.name) and problem.text
        assert "Traceback" not in problem.describe() and "\n" not in problem.describe()
    for meeting in meetings:
        assert meeting.start.tzinfo is not None and meeting.end >= meeting.start
    text = path.read_text(encoding="utf-8", errors="replace")
    if "BEGIN:VEVENT" in text and not meetings:
        # Nothing came out of a file with events: they are all day, or it says why.
        all_day = re.search(r"^DTSTART(;[^:]*)?:\d{8}\s*$", text, re.MULTILINE) is not None
        assert problems or all_day, path.name


# Worked out by hand from each file (the file's zone rules, then UTC):
EXPECTED = {
    # Weekly 00:30 Berlin, COUNT=8 from Mon 4 March 2019; EXDATE 10 and 24 March 23:30Z take
    # out 11 and 25 March; CET (+1) until 31 March, CEST (+2) after: the hour moves.
    "recurring-ical-events__each-week-but-two-deleted.ics": [
        "2019-03-03T23:30Z", "2019-03-17T23:30Z", "2019-03-31T22:30Z", "2019-04-07T22:30Z",
        "2019-04-14T22:30Z", "2019-04-21T22:30Z",
    ],
    # Daily 02:00 Berlin 7-10 March (CET): the 8th moved to 01:00 and the 9th to 03:00; daily
    # 04:00 18-20 March, the 19th edited at the same time.
    "recurring-ical-events__recurring-events-moved.ics": [
        "2019-03-07T01:00Z", "2019-03-08T00:00Z", "2019-03-09T02:00Z", "2019-03-10T01:00Z",
        "2019-03-18T03:00Z", "2019-03-19T03:00Z", "2019-03-20T03:00Z",
    ],
    # A bare VEVENT: Fridays and Saturdays 12:00 New York (EDT, -4) from 7 Sep 2013 until
    # 25 Oct 03:59Z, without 11 and 12 October.
    "icalendar__event-issue-112-missing-tzinfo-on-exdate.ics": [
        "2013-09-07T16:00Z", "2013-09-13T16:00Z", "2013-09-14T16:00Z", "2013-09-20T16:00Z",
        "2013-09-21T16:00Z", "2013-09-27T16:00Z", "2013-09-28T16:00Z", "2013-10-04T16:00Z",
        "2013-10-05T16:00Z", "2013-10-18T16:00Z", "2013-10-19T16:00Z",
    ],
    # Fiji's own VTIMEZONE: 29 Aug 2014 08:00 is standard time (+12); summer starts 26 Oct.
    "icalendar__pacific-fiji.ics": ["2014-08-28T20:00Z"],
    # TZID "(UTC-03:00) Brasília": May is standard time, -3.
    "icalendar__issue-237-fail-to-parse-timezone-with-non-ascii-tzid.ics": ["2017-05-11T16:30Z"],
    # A Microsoft zone name, "Canberra, Melbourne, Sydney": 30 May 15:00 is standard, +10.
    "vobject__ms-tzid.ics": ["2008-05-30T05:00Z"],
    # No TZID, X-WR-TIMEZONE Europe/Brussels: 16 Sep 2021 21:00 CEST.
    "recurring-ical-events__issue-86-x-wr-timezone-without-time-zone-in-dt.ics": [
        "2021-09-16T19:00Z"
    ],
    # 29 Aug 2014 08:00 America/New_York (EDT).
    "icalendar__america-new-york.ics": ["2014-08-29T12:00Z"],
}  # fmt: skip


@pytest.mark.parametrize(("name", "starts"), sorted(EXPECTED.items()))
def test_known_expansions_start_when_worked_out_by_hand(
    ics_corpus: Path, name: str, starts: list[str]
):
    assert _starts(ics_corpus, name) == starts


def test_a_broken_event_is_left_out_with_its_name_and_the_rest_counts(ics_corpus: Path):
    meetings, problems = meetings_between(
        [read_calendar(ics_corpus / "icalendar__multiple-timezones.ics")], *EVER, AMS
    )
    assert not meetings and len(problems) == 3
    assert [p.text for p in problems] == ["has a repeat date (RDATE) with a time but no day"] * 3
    meetings, problems = meetings_between(
        [read_calendar(ics_corpus / "icalendar__issue-722-missing-timezones.ics")], *EVER, AMS
    )
    # Zones named but not defined in the file are still known by name.
    assert [m.start for m in meetings] == [
        datetime(2014, 8, 29, 12, 0, tzinfo=UTC),
        datetime(2024, 9, 13, 10, 0, tzinfo=UTC),
    ]
    assert [p.describe() for p in problems] == [
        "icalendar__issue-722-missing-timezones.ics: ?: has no start time"
    ] * 2
    data = (ics_corpus / "icalendar__issue-1050-multiple-calendars.ics").read_bytes()
    _calendars, problems = parse_calendar(data, "x.ics")
    assert [p.describe() for p in problems] == [
        "x.ics: Event 1: has no start time",
        "x.ics: Event 2: has no start time",
    ]


def test_a_file_cut_short_is_read_as_far_as_it_goes(ics_corpus: Path):
    meetings, problems = meetings_between(
        [read_calendar(ics_corpus / "radicale__broken-vevent.ics")], *EVER, AMS
    )
    assert [m.start for m in meetings] == [datetime(2016, 7, 27, 15, 0, tzinfo=UTC)]
    assert [p.text for p in problems] == ["the file is cut short; read what is there"]


def test_an_unreadable_or_foreign_file_is_a_message(tmp_path: Path):
    missing = read_calendar(tmp_path / "gone.ics")
    assert not missing.calendars and "cannot be read" in missing.problems[0].text
    (tmp_path / "notes.ics").write_bytes(b"\x00\xffhello")
    assert "not a calendar" in read_calendar(tmp_path / "notes.ics").problems[0].text


def test_a_vdir_is_its_ics_files(tmp_path: Path):
    for name in ("b.ics", "a.ics", "readme.txt"):
        (tmp_path / name).write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n")
    assert [p.name for p in calendar_files(tmp_path)] == ["a.ics", "b.ics"]


def _calendar(*events: str, head: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT\n" for e in events)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\n{head}{body}END:VCALENDAR\n".encode()


def _day(data: bytes, day: date, own: tuple[str, ...] = ()):
    from tracker.calendar.files import CalendarFile

    calendars, problems = parse_calendar(data, "t.ics")
    file = CalendarFile(Path("t.ics"), tuple(calendars), tuple(problems))
    return meetings_between([file], *day_bounds(day, AMS), AMS, own)


def test_all_day_cancelled_and_declined_events_are_not_meetings():
    data = _calendar(
        "UID:a\nSUMMARY:Holiday\nDTSTART;VALUE=DATE:20261202",
        "UID:b\nSUMMARY:Off\nSTATUS:CANCELLED\nDTSTART:20261202T090000Z",
        "UID:c\nSUMMARY:Declined\nDTSTART:20261202T100000Z\n"
        "ATTENDEE;PARTSTAT=DECLINED:mailto:Me@Example.org",
        "UID:d\nSUMMARY:Kept\nDTSTART:20261202T110000Z\nDTEND:20261202T113000Z\n"
        "ATTENDEE;PARTSTAT=DECLINED;CN=Eva:mailto:eva@example.org\n"
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:me@example.org",
    )
    meetings, problems = _day(data, date(2026, 12, 2), ("me@example.org",))
    assert [m.title for m in meetings] == ["Kept"] and not problems
    # The user is not one of their own attendees; Eva declined: the meeting stays, without her.
    assert meetings[0].attendees == ()
    assert [m.title for m in _day(data, date(2026, 12, 2))[0]] == ["Declined", "Kept"]
    # Own addresses as copied from a calendar ("MAILTO:", spaces) still say who the user is.
    assert [m.title for m in _day(data, date(2026, 12, 2), (" MAILTO:Me@Example.org",))[0]] == [
        "Kept"
    ]


def test_rooms_and_those_who_declined_are_not_the_people_met():
    data = _calendar(
        "UID:r\nSUMMARY:Review\nDTSTART:20261202T090000Z\nLOCATION:Room 4.12\n"
        "ATTENDEE;CUTYPE=ROOM;CN=Room 4.12 (8):mailto:c_room412@resource.calendar.google.com\n"
        "ATTENDEE;CUTYPE=RESOURCE;CN=Beamer:mailto:beamer@example.org\n"
        "ATTENDEE;ROLE=NON-PARTICIPANT;CN=Assistant:mailto:assist@example.org\n"
        "ATTENDEE;PARTSTAT=DECLINED;CN=Eva:mailto:eva@example.org\n"
        'ATTENDEE;CN="Bakker, Joost";PARTSTAT=ACCEPTED:MAILTO:Joost@Bakker.NL\n'
        "ATTENDEE;CN=Sara;EMAIL=sara@example.org:urn:uuid:0b5e6f7a\n"
        "ATTENDEE;CN=Kim:invalid:nomail"
    )
    meetings, problems = _day(data, date(2026, 12, 2))
    assert not problems
    assert meetings[0].attendees == (
        Attendee("joost@bakker.nl", "Bakker, Joost"),
        Attendee("sara@example.org", "Sara"),
        Attendee("", "Kim"),
    )


def test_all_day_events_written_as_midnight_to_midnight_are_not_meetings():
    data = _calendar(
        # Outlook and Exchange mark theirs; others write whole days from midnight.
        "UID:a\nSUMMARY:Holiday\nDTSTART;TZID=Europe/Amsterdam:20261202T000000\n"
        "DTEND;TZID=Europe/Amsterdam:20261203T000000\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
        "UID:b\nSUMMARY:Conference\nDTSTART;TZID=America/New_York:20261201T000000\n"
        "DTEND;TZID=America/New_York:20261203T000000",
        "UID:c\nSUMMARY:Off\nDTSTART:20261202T000000\nDURATION:P1D",
        "UID:d\nSUMMARY:Night call\nDTSTART;TZID=Europe/Amsterdam:20261202T000000\n"
        "DTEND;TZID=Europe/Amsterdam:20261202T003000",
    )
    assert [m.title for m in _day(data, date(2026, 12, 2))[0]] == ["Night call"]


@pytest.mark.parametrize(
    ("lines", "live"),
    [
        ("LOCATION:Café de Jaren, Amsterdam", True),
        ("LOCATION:Room 4.12", True),
        ("LOCATION:Room 4.12\nDESCRIPTION:Join at https://us02web.zoom.us/j/123", False),
        ("LOCATION:Microsoft Teams Meeting", False),
        ("LOCATION:https://meet.google.com/abc-defg-hij", False),
        ("LOCATION:Office\nX-GOOGLE-CONFERENCE:https://meet.google.com/x", False),
        ("LOCATION:Office\nURL:https://whereby.com/team", False),
        ("LOCATION:Hall\nCONFERENCE;VALUE=URI:https://meet.jit.si/abc", False),
        ("DESCRIPTION:no place given", False),
        # A link to the agenda, or the word "teams", is not a video call.
        ("LOCATION:Room 4.12\nDESCRIPTION:Agenda: https://docs.example.org/d/1", True),
        ("LOCATION:Room 4.12\nDESCRIPTION:Both teams show their plans", True),
        ("LOCATION:Expo hall\nURL:https://www.example.org/summit", True),
        ("LOCATION:Room 1\nDESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/1", False),
        # No place to go to.
        ("LOCATION:Online", False),
        ("LOCATION:Phone call", False),
        ("LOCATION:Telefonisch", False),
        ("LOCATION:tel:+31201234567", False),
        ("LOCATION:mumble.openspeak.cc port: 64747", False),  # Hacker Public Radio's
    ],
)
def test_live_means_a_place_and_no_video_link(lines: str, live: bool):
    data = _calendar(f"UID:x\nSUMMARY:M\nDTSTART:20261202T090000Z\n{lines}")
    meetings, _ = _day(data, date(2026, 12, 2))
    assert meetings[0].live is live


def test_attendees_match_by_email_then_by_name_and_nobody_is_made():
    joost = Person("Joost Bakker", "customer", emails=("joost@bakker.nl",), id="p1")
    maria = Person("Maria Jansen", "peer", id="p2")
    old = Person("Mia J", "peer", merged_into="p2", emails=("mia@old.nl",), id="p3")
    people = [joost, maria, old]
    attendees = (
        Attendee("JOOST@bakker.nl", "Someone Else"),
        Attendee("mia@old.nl", ""),
        Attendee("new@x.org", "Maria Jansen"),
        Attendee("stranger@x.org", "Stranger"),
        Attendee("", "Maria"),
    )
    found, unmatched = match_attendees(attendees, people)
    assert [(p.id, how) for p, how in found] == [("p1", "email"), ("p2", "email")]
    assert unmatched == (Attendee("stranger@x.org", "Stranger"),)


def test_the_agenda_json_has_the_contract_fields():
    data = _calendar(
        "UID:r1\nSUMMARY:Renewal\nDTSTART;TZID=Europe/Amsterdam:20261202T140000\n"
        "DTEND;TZID=Europe/Amsterdam:20261202T150000\nLOCATION:Bakker BV, Utrecht\n"
        "ATTENDEE;CN=Joost:mailto:joost@bakker.nl\nATTENDEE:mailto:who@x.org"
    )
    meetings, _ = _day(data, date(2026, 12, 2))
    joost = Person("Joost Bakker", "customer", emails=("joost@bakker.nl",), id="p1")
    shown = agenda_to_json(date(2026, 12, 2), AMS, plan_day(meetings, [joost]))
    assert shown == {
        "date": "2026-12-02",
        "tz": "Europe/Amsterdam",
        "meetings": [
            {
                "uid": "r1",
                "start": "2026-12-02T14:00:00+01:00",
                "end": "2026-12-02T15:00:00+01:00",
                "title": "Renewal",
                "location": "Bakker BV, Utrecht",
                "live": True,
                "people": [{"id": "p1", "name": "Joost Bakker", "matched_by": "email"}],
                "unmatched": ["who@x.org"],
            }
        ],
    }


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "America/New_York", "Asia/Tokyo"])
def test_floating_times_at_either_end_of_the_day_are_on_it(zone: str):
    """A time without a zone is the reader's wall clock: 00:30 and 23:30 are on that day,
    whatever the zone's distance from UTC."""
    data = _calendar(
        "UID:a\nSUMMARY:Early\nDTSTART:20261202T003000\nDTEND:20261202T004500",
        "UID:b\nSUMMARY:Late\nDTSTART:20261202T233000\nDTEND:20261202T234500",
        "UID:c\nSUMMARY:Weekly late\nDTSTART:20261125T230000\nRRULE:FREQ=WEEKLY",
    )
    local = ZoneInfo(zone)
    calendars, problems = parse_calendar(data, "t.ics")
    file = CalendarFile(Path("t.ics"), tuple(calendars), tuple(problems))
    meetings, _ = meetings_between([file], *day_bounds(date(2026, 12, 2), local), local)
    shown = [(m.title, f"{m.start.astimezone(local):%d %H:%M}") for m in meetings]
    assert shown == [("Early", "02 00:30"), ("Weekly late", "02 23:00"), ("Late", "02 23:30")]


def test_a_meeting_running_past_midnight_is_on_both_days():
    data = _calendar(
        "UID:n\nSUMMARY:Night shift\nDTSTART:20261201T223000Z\nDTEND:20261201T233000Z",
        "UID:r\nSUMMARY:Launch\nDTSTART;TZID=Europe/Amsterdam:20261124T233000\n"
        "DTEND;TZID=Europe/Amsterdam:20261125T010000\nRRULE:FREQ=WEEKLY",
    )
    for day in (date(2026, 12, 1), date(2026, 12, 2)):
        assert [m.title for m in _day(data, day)[0]] == ["Night shift", "Launch"], day
    assert _day(data, date(2026, 12, 3))[0] == []


@pytest.mark.parametrize(
    ("tzid", "utc_hour", "told"),
    [
        ("W. Europe Standard Time", 7, False),  # Microsoft's names, without a VTIMEZONE
        ("Pacific Standard Time", 16, False),
        # Unknown (read as local time, and said so): an Outlook display name, and nothing.
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", 7, True),
        ("Nowhere/Land", 7, True),
    ],
)
def test_zone_names_without_a_vtimezone(tzid: str, utc_hour: int, told: bool):
    data = _calendar(f'UID:x\nSUMMARY:M\nDTSTART;TZID="{tzid}":20260701T090000')
    meetings, problems = _day(data, date(2026, 7, 1))
    assert [m.start.hour for m in meetings] == [utc_hour]
    expected = [f"t.ics: M: time zone {tzid} is unknown; read as local time"] if told else []
    assert [p.describe() for p in problems] == expected


@pytest.mark.parametrize("reader", ["Europe/Amsterdam", "America/New_York", "Asia/Tokyo"])
def test_x_wr_timezone_places_floating_times_wherever_the_reader_is(ics_corpus: Path, reader: str):
    """Brussels' 21:00 from the file's X-WR-TIMEZONE, not the reader's own (Amsterdam alone
    could not tell the two apart)."""
    name = "recurring-ical-events__issue-86-x-wr-timezone-without-time-zone-in-dt.ics"
    file = read_calendar(ics_corpus / name)
    meetings, _ = meetings_between([file], *EVER, ZoneInfo(reader))
    assert [m.start for m in meetings] == [datetime(2021, 9, 16, 19, 0, tzinfo=UTC)]


@pytest.mark.parametrize("reader", ["Europe/Amsterdam", "America/New_York", "Asia/Tokyo"])
def test_a_time_with_its_own_zone_keeps_it_under_an_x_wr_timezone(reader: str):
    data = _calendar(
        "UID:t\nSUMMARY:Own zone\nDTSTART;TZID=Asia/Kolkata:20261202T093000",
        head="X-WR-TIMEZONE:America/New_York\n",
    )
    calendars, problems = parse_calendar(data, "t.ics")
    file = CalendarFile(Path("t.ics"), tuple(calendars), tuple(problems))
    meetings, _ = meetings_between([file], *EVER, ZoneInfo(reader))
    assert [m.start for m in meetings] == [datetime(2026, 12, 2, 4, 0, tzinfo=UTC)]


def test_attendees_are_matched_by_name_without_reading_every_person_for_each(monkeypatch):
    """A day's attendees against thousands of people (a big vCard import) is one pass over
    the people, not one per attendee: each re-plan runs in the app's UI thread."""
    import tracker.calendar.agenda as agenda
    import tracker.people.identity as identity
    from tracker.kernel.model import normalise_name

    people = [Person(f"Person{i} Name{i}", "peer", id=f"p{i}") for i in range(500)]
    people += [
        Person("Maria Jansen", "peer", id="m1"),
        Person("Mia Old", "peer", merged_into="m1", aliases=("Mimi",), id="m0"),
        Person("Maria Jansen-Smit", "peer", id="m2", deleted=True),
    ]
    calls = []

    def counted(text: str) -> str:
        calls.append(text)
        return normalise_name(text)

    monkeypatch.setattr(identity, "normalise_name", counted)
    monkeypatch.setattr(agenda, "normalise_name", counted, raising=False)
    attendees = tuple(Attendee(f"s{i}@y.org", f"Stranger {i}") for i in range(100))
    attendees += (Attendee("", "Mia Old"), Attendee("", "Mimi"), Attendee("", "maria"))
    found, unmatched = match_attendees(attendees, people)
    assert [(p.id, how) for p, how in found] == [("m1", "name")]
    assert len(unmatched) == 100
    assert len(calls) < 5 * len(people)  # before: about 2 x 500 x 103


def test_a_folder_that_cannot_be_listed_is_a_message_not_an_exception(tmp_path, monkeypatch):
    """(As root the tests cannot take a permission away: the listing is made to fail.)"""
    folder = tmp_path / "vdir"
    folder.mkdir()

    def refused(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refused)
    files = [read_calendar(path) for path in calendar_files(folder)]
    assert [p.describe() for f in files for p in f.problems] == [
        "vdir: cannot be read: Permission denied"
    ]


def test_a_series_that_cannot_be_expanded_costs_only_itself_and_is_named(monkeypatch):
    import recurring_ical_events

    series = (
        "BEGIN:VEVENT\r\nUID:{0}\r\nSUMMARY:{0}\r\nDTSTART:20240102T090000Z\r\n"
        "DTEND:20240102T100000Z\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\n"
    )
    text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + series.format("Good") + series.format("Bad")
    calendars, problems = parse_calendar((text + "END:VCALENDAR\r\n").encode(), "x.ics")
    of = recurring_ical_events.of

    def failing(calendar, *args, **kwargs):
        if any(str(e.get("SUMMARY")) == "Bad" for e in calendar.walk("VEVENT")):
            raise ValueError("no such day\nand more")
        return of(calendar, *args, **kwargs)

    monkeypatch.setattr(recurring_ical_events, "of", failing)
    file = CalendarFile(Path("x.ics"), tuple(calendars), tuple(problems))
    meetings, problems = meetings_between([file], *day_bounds(date(2024, 1, 5), AMS), AMS)
    assert [m.title for m in meetings] == ["Good"]
    assert [p.describe() for p in problems] == ["x.ics: Bad: cannot be expanded: no such day"]
