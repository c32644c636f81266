"""Calendars read as far as they go (issue 24): each file below is written here in the shape of a
real one from another program (a train-ticket export, a hand-edited file, several calendars in
one file), and a broken part costs only itself, said with the file, the event and the line."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tracker.calendar.files import CalendarFile, meetings_between, parse_calendar

EVER = (datetime(1990, 1, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC))
NEW_YORK = ZoneInfo("America/New_York")  # a reader far from the calendar's own zone


def _read(text: str, reader: ZoneInfo = NEW_YORK):
    calendars, problems = parse_calendar(text.replace("\n", "\r\n").encode(), "t.ics")
    file = CalendarFile(Path("t.ics"), tuple(calendars), tuple(problems))
    meetings, problems = meetings_between([file], *EVER, reader)
    return meetings, [p.describe() for p in problems]


def _trip(uid: str, title: str, start: str, end: str, trigger: str) -> str:
    return (
        f"BEGIN:VEVENT\nUID:{uid}\nSUMMARY:{title}\nDTSTART:{start}\nDTEND:{end}\n"
        f"LOCATION:Berlin Hbf\nBEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:Reminder\n"
        f"TRIGGER:{trigger}\nEND:VALARM\nEND:VEVENT\n"
    )


def test_a_broken_alarm_costs_only_the_alarm_and_both_trips_are_read():
    """A train-ticket export: each trip has an alarm whose TRIGGER is no duration; icalendar
    rejects the whole file for it."""
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Railway//Tickets//EN\n"
        + _trip("t1", "ICE 1000 Berlin - Hamburg", "20261202T080000Z", "20261202T100000Z", "-PT15")
        + _trip("t2", "ICE 1001 Hamburg - Berlin", "20261203T170000Z", "20261203T190000Z", "-15M")
        + "END:VCALENDAR\n"
    )
    meetings, problems = _read(text)
    assert [(m.title, m.start.hour) for m in meetings] == [
        ("ICE 1000 Berlin - Hamburg", 8),
        ("ICE 1001 Hamburg - Berlin", 17),
    ]
    assert problems == [
        "t.ics: ICE 1000 Berlin - Hamburg: its reminder cannot be read and is left out"
        " (line 13: TRIGGER:-PT15)",
        "t.ics: ICE 1001 Hamburg - Berlin: its reminder cannot be read and is left out"
        " (line 25: TRIGGER:-15M)",
    ]


def test_a_line_without_a_colon_costs_only_that_line_and_is_named():
    long_words = "this line lost its colon somewhere " * 4
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:n1\nSUMMARY:Planning\n"
        f"DTSTART:20261202T080000Z\nDTEND:20261202T090000Z\n{long_words}\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:n2\nDTSTART:20261203T080000Z\nbroken\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    meetings, problems = _read(text)
    assert [(m.title, m.start, m.end.hour) for m in meetings] == [
        ("Planning", datetime(2026, 12, 2, 8, tzinfo=UTC), 9),
        ("", datetime(2026, 12, 3, 8, tzinfo=UTC), 8),
    ]
    assert problems == [
        "t.ics: Planning: line 8 cannot be read and is left out:"
        " this line lost its colon somewhere this line lost its colon…",
        "t.ics: n2: line 13 cannot be read and is left out: broken",
    ]
    assert not any("(?)" in p for p in problems)


def test_a_folded_line_is_named_by_the_line_it_starts_on():
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:f1\nSUMMARY:Long\n description\n"
        "DTSTART:20261202T080000Z\nno colon here but\n folded over two lines\nEND:VEVENT\n"
        "END:VCALENDAR\n"
    )
    meetings, problems = _read(text)
    assert [m.title for m in meetings] == ["Longdescription"]
    assert problems == [
        "t.ics: Longdescription: line 8 cannot be read and is left out:"
        " no colon here butfolded over two lines"
    ]


def test_a_bad_parameter_costs_only_itself():
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:p1\nSUMMARY:Review\n"
        "DTSTART;;TZID=Europe/Berlin:20261202T090000\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    meetings, problems = _read(text)
    assert [(m.title, m.start) for m in meetings] == [
        ("Review", datetime(2026, 12, 2, 8, tzinfo=UTC))
    ]
    assert problems == [
        "t.ics: Review: line 6: a parameter cannot be read and is left out:"
        " DTSTART;;TZID=Europe/Berlin:20261202T090000"
    ]


def test_a_component_icalendar_rejects_costs_only_itself():
    """A broken zone offset in one event's own part: the file is read part by part, with the
    file's zones, and the other events are kept."""
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nX-WR-CALNAME:Work\n" + _zone("Europe/Berlin")
        + "BEGIN:VEVENT\nUID:a\nSUMMARY:First\nDTSTART;TZID=Europe/Berlin:20260701T090000\n"
        "END:VEVENT\n"
        "BEGIN:VEVENT\nUID:b\nSUMMARY:Odd\nDTSTART:20260702T090000Z\nBEGIN:X-THING\n"
        "TZOFFSETTO:+9999\nEND:X-THING\nEND:VEVENT\n"
        "BEGIN:VTODO\nUID:c\nSUMMARY:Todo\nEND:VTODO\n"
        "BEGIN:VEVENT\nUID:d\nSUMMARY:Last\nDTSTART;TZID=Europe/Berlin:20260703T090000\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )  # fmt: skip
    meetings, problems = _read(text)
    assert [(m.title, m.start.hour) for m in meetings] == [("First", 7), ("Odd", 9), ("Last", 7)]
    assert problems == [
        "t.ics: Odd: its X-THING cannot be read and is left out (line 29: TZOFFSETTO:+9999)"
    ]


def test_an_event_that_cannot_be_read_at_all_is_named_by_its_line():
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nSUMMARY:Kept\n"
        "DTSTART:20260702T090000Z\nEND:VEVENT\nEND:X-NOTHING\nEND:VCALENDAR\n"
    )
    meetings, problems = _read(text)
    assert [m.title for m in meetings] == ["Kept"]
    assert problems == ["t.ics: line 8 cannot be read and is left out: END:X-NOTHING"]


def _zone(tzid: str) -> str:
    return (
        f"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:STANDARD\nDTSTART:19701025T030000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
        "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:19700329T020000\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
        "END:DAYLIGHT\nEND:VTIMEZONE\n"
    )


@pytest.mark.parametrize(
    ("defined", "used"),
    [
        ("Europe/Berlin", '"Europe/Berlin "'),  # a trailing space in the event's TZID
        ("Europe/Berlin ", "Europe/Berlin"),
        ("Berlin Time", '" Berlin Time "'),  # a name only the file's own VTIMEZONE defines
        ("W. Europe Standard Time", '"W. Europe Standard Time "'),
    ],
)
def test_zone_ids_are_matched_trimmed_as_calendar_programs_match_them(defined: str, used: str):
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\n" + _zone(defined)
        + f"BEGIN:VEVENT\nUID:z\nSUMMARY:Standup\nDTSTART;TZID={used}:20260701T090000\n"
        f"DTEND;TZID={used}:20260701T093000\nEND:VEVENT\nEND:VCALENDAR\n"
    )  # fmt: skip
    for reader in (NEW_YORK, ZoneInfo("Asia/Tokyo")):
        meetings, problems = _read(text, reader)
        assert [(m.start, m.end.minute) for m in meetings] == [
            (datetime(2026, 7, 1, 7, 0, tzinfo=UTC), 30)
        ]
        assert problems == []


def _series_calendar(*events: str) -> str:
    return "BEGIN:VCALENDAR\nVERSION:2.0\n" + "".join(events) + "END:VCALENDAR\n"


WEEKLY = (
    "BEGIN:VEVENT\nUID:s1\nSUMMARY:Weekly\nDTSTART;TZID=Europe/Berlin:20261202T090000\n"
    "DTEND;TZID=Europe/Berlin:20261202T100000\nRRULE:FREQ=WEEKLY;COUNT=3\nEND:VEVENT\n"
)
MOVED = (
    "BEGIN:VEVENT\nUID:s1\nSUMMARY:Weekly (moved)\n"
    "RECURRENCE-ID;TZID=Europe/Berlin:20261209T090000\n"
    "DTSTART;TZID=Europe/Berlin:20261209T150000\nDTEND;TZID=Europe/Berlin:20261209T160000\n"
    "END:VEVENT\n"
)


@pytest.mark.parametrize("moved_first", [False, True])
def test_a_moved_occurrence_in_another_vcalendar_replaces_its_slot(moved_first: bool):
    calendars = [
        _series_calendar(_zone("Europe/Berlin"), WEEKLY),
        _series_calendar(_zone("Europe/Berlin"), MOVED),
    ]
    if moved_first:
        calendars.reverse()
    meetings, problems = _read("".join(calendars))
    assert [(m.title, m.start) for m in meetings] == [
        ("Weekly", datetime(2026, 12, 2, 8, tzinfo=UTC)),
        ("Weekly (moved)", datetime(2026, 12, 9, 14, tzinfo=UTC)),
        ("Weekly", datetime(2026, 12, 16, 8, tzinfo=UTC)),
    ]
    assert problems == []


def test_a_moved_occurrence_without_its_series_anywhere_is_still_shown():
    meetings, _problems = _read(_series_calendar(_zone("Europe/Berlin"), MOVED))
    assert [m.title for m in meetings] == ["Weekly (moved)"]


def test_every_event_with_a_broken_alarm_costs_a_few_parses_not_one_per_event(monkeypatch):
    """An exporter that writes every alarm wrong: the events are read together without their
    alarms, not halved down to each one (15,000 events would take minutes)."""
    import icalendar

    trips = "".join(
        _trip(f"t{i}", f"Trip {i}", f"202612{i % 28 + 1:02}T080000Z",
              f"202612{i % 28 + 1:02}T090000Z", "-PT15")
        for i in range(64)
    )  # fmt: skip
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\n{trips}END:VCALENDAR\n"
    calls = []
    whole = icalendar.Calendar.from_ical.__func__  # type: ignore[attr-defined]

    def counted(cls, *args, **kwargs):
        calls.append(1)
        return whole(cls, *args, **kwargs)

    monkeypatch.setattr(icalendar.Calendar, "from_ical", classmethod(counted))
    meetings, problems = _read(text)
    assert len(meetings) == 64 and len(problems) == 64
    assert len(calls) <= 8  # a constant: the file, its head, the events with and without alarms


def test_what_is_left_out_is_named_by_the_summary_written_after_it():
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:late-1\nno colon\n"
        "DTSTART:20261202T080000Z\nSUMMARY:Named late\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    assert _read(text)[1] == ["t.ics: Named late: line 5 cannot be read and is left out: no colon"]


def test_a_moved_occurrence_in_another_file_of_the_vdir_replaces_its_slot(tmp_path: Path):
    from tracker.calendar.files import calendar_files, read_calendar

    (tmp_path / "series.ics").write_text(_series_calendar(_zone("Europe/Berlin"), WEEKLY))
    (tmp_path / "moved.ics").write_text(_series_calendar(_zone("Europe/Berlin"), MOVED))
    files = [read_calendar(path) for path in calendar_files(tmp_path)]
    for _again in range(2):  # asked twice: the files as read are not changed by asking
        meetings, problems = meetings_between(files, *EVER, NEW_YORK)
        assert [(m.title, m.start.day) for m in meetings] == [
            ("Weekly", 2), ("Weekly (moved)", 9), ("Weekly", 16),
        ]  # fmt: skip
        assert problems == []
    assert [len(c.walk("VEVENT")) for f in files for c in f.calendars] == [1, 1]


def test_a_time_that_cannot_be_read_is_named_by_its_line_and_a_broken_end_costs_only_the_end():
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:r1\nSUMMARY:Daily\n"
        "DTSTART:20261202T080000Z\nRRULE:FREQ=DAILY;BYDAY=MO, TU\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:e1\nSUMMARY:Call\nDTSTART:20261202T090000Z\nDTEND:2026-12-02 10:00\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    meetings, problems = _read(text)
    assert [(m.title, m.start.hour, m.end.hour) for m in meetings] == [("Call", 9, 9)]
    assert problems == [
        "t.ics: Daily: has a line that cannot be read (line 7: RRULE:FREQ=DAILY;BYDAY=MO, TU)",
        "t.ics: Call: its end cannot be read and is left out (line 13: DTEND:2026-12-02 10:00)",
    ]


def test_lines_are_numbered_as_in_the_file_when_it_holds_bare_events():
    text = "BEGIN:VEVENT\nUID:b1\nSUMMARY:Bare\nDTSTART:20261202T080000Z\noops\nEND:VEVENT\n"
    meetings, problems = _read(text)
    assert [m.title for m in meetings] == ["Bare"]
    assert problems == ["t.ics: Bare: line 5 cannot be read and is left out: oops"]
