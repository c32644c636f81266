"""Calendars as untrusted input (issue 25, breaks 12-14): a series that repeats every second or
minute, a time zone whose rules do, a FIFO, a device or a huge file as a calendar. Each is set
aside and named; the work done is bounded by counts, never measured by a clock."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tracker.calendar import bounds
from tracker.calendar.files import (
    CalendarFile,
    day_bounds,
    meetings_between,
    parse_calendar,
    read_calendar,
)

AMS = ZoneInfo("Europe/Amsterdam")
DAY = date(2026, 12, 7)

MEETING = (
    "BEGIN:VEVENT\r\nUID:real\r\nSUMMARY:Renewal\r\nDTSTART:20261207T130000Z\r\n"
    "DTEND:20261207T140000Z\r\nEND:VEVENT\r\n"
)


def _series(title: str, rule: str, start: str = "20260101T000000Z") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{title}\r\nSUMMARY:{title}\r\nDTSTART:{start}\r\n"
        f"DURATION:PT1S\r\nRRULE:{rule}\r\nEND:VEVENT\r\n"
    )


def _file(*parts: str, name: str = "bomb.ics") -> CalendarFile:
    text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(parts) + "END:VCALENDAR\r\n"
    calendars, problems = parse_calendar(text.encode(), name)
    return CalendarFile(Path(name), tuple(calendars), tuple(problems))


def _day(file: CalendarFile) -> tuple[list[str], list[str]]:
    meetings, problems = meetings_between([file], *day_bounds(DAY, AMS), AMS)
    return [m.title for m in meetings], [p.describe() for p in problems]


@pytest.mark.parametrize(
    ("rule", "said"),
    [
        ("FREQ=SECONDLY", "repeats every second: not a meeting, left out"),
        ("FREQ=MINUTELY", "repeats every minute: not a meeting, left out"),
        ("FREQ=MINUTELY;INTERVAL=30", "repeats every minute: not a meeting, left out"),
    ],
)
def test_a_series_every_second_or_minute_is_set_aside_and_named(rule: str, said: str, monkeypatch):
    expanded = []
    monkeypatch.setattr(bounds, "counted", lambda n: expanded.append(n))
    titles, problems = _day(_file(MEETING, _series("Bomb", rule)))
    assert titles == ["Renewal"]
    assert problems == [f"bomb.ics: Bomb: {said}"]
    assert expanded == []  # told by its rule alone: not one occurrence worked out


def test_an_hourly_series_within_the_cap_is_kept(monkeypatch):
    monkeypatch.setattr(bounds, "MAX_OCCURRENCES", 10_000)
    titles, problems = _day(_file(_series("Hourly", "FREQ=HOURLY", "20261201T000000Z")))
    assert problems == [] and titles.count("Hourly") == 24


def test_a_series_over_the_cap_stops_at_the_cap_and_is_named(monkeypatch):
    """Every second of every day written out as BYHOUR, BYMINUTE and BYSECOND of a daily rule:
    not told by its frequency, so it is counted, and the counting stops at the cap."""
    monkeypatch.setattr(bounds, "MAX_OCCURRENCES", 500)
    expanded: list[int] = []
    monkeypatch.setattr(bounds, "counted", expanded.append)
    every = ",".join(str(n) for n in range(60))
    rule = (
        f"FREQ=DAILY;BYHOUR={','.join(str(n) for n in range(24))};BYMINUTE={every};BYSECOND={every}"
    )
    titles, problems = _day(_file(MEETING, _series("Flood", rule)))
    assert titles == ["Renewal"]
    assert problems == ["bomb.ics: Flood: repeats more than 500 times: left out"]
    assert expanded == [501]  # one past the cap, and no further


def test_a_series_set_aside_stays_aside_and_is_named_at_every_query(monkeypatch):
    expanded: list[int] = []
    monkeypatch.setattr(bounds, "MAX_OCCURRENCES", 100)
    monkeypatch.setattr(bounds, "counted", expanded.append)
    file = _file(MEETING, _series("Hourly", "FREQ=HOURLY"))
    first, second = _day(file), _day(file)
    assert (
        first
        == second
        == (["Renewal"], ["bomb.ics: Hourly: repeats more than 100 times: left out"])
    )
    assert expanded == [101]


def test_thousands_of_repeat_dates_are_set_aside(monkeypatch):
    monkeypatch.setattr(bounds, "MAX_OCCURRENCES", 100)
    dates = ",".join(f"2026{m:02d}{d:02d}T090000Z" for m in range(1, 13) for d in range(1, 29))
    event = (
        "BEGIN:VEVENT\r\nUID:many\r\nSUMMARY:Many\r\nDTSTART:20260101T090000Z\r\n"
        f"RDATE:{dates}\r\nEND:VEVENT\r\n"
    )
    titles, problems = _day(_file(MEETING, event))
    assert titles == ["Renewal"]
    assert problems == ["bomb.ics: Many: repeats more than 100 times: left out"]


ZONE_BOMB = """BEGIN:VTIMEZONE\r
TZID:Bomb/Zone\r
BEGIN:STANDARD\r
DTSTART:19700101T000000\r
RRULE:FREQ=SECONDLY\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0000\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:19700101T000000\r
RRULE:FREQ=SECOND\r
 LY\r
TZOFFSETFROM:+0000\r
TZOFFSETTO:+0100\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:tz-1\r
SUMMARY:Meeting\r
DTSTART;TZID=Bomb/Zone:20261207T100000\r
DTEND;TZID=Bomb/Zone:20261207T110000\r
END:VEVENT\r
"""


YEARLY = ("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")


def _zone(name: str, standard: str, daylight: str) -> str:
    text = ZONE_BOMB.replace("Bomb/Zone", name).replace("RRULE:FREQ=SECONDLY", f"RRULE:{standard}")
    return text.replace("RRULE:FREQ=SECOND\r\n LY", f"RRULE:{daylight}")


@pytest.mark.parametrize(
    ("standard", "daylight"),
    [
        ("FREQ=SECONDLY", "FREQ=SECOND\r\n LY"),  # the bomb as it came: folded, too
        ("FREQ=DAILY", YEARLY[1]),
        (YEARLY[0], "FREQ=YEARLY;BYMONTH=3;BYHOUR=1,2"),
        (YEARLY[0], "FREQ=YEARLY;BYSECOND=0,1,2"),
    ],
)
def test_a_time_zone_that_changes_more_than_yearly_is_set_aside(standard: str, daylight: str):
    titles, problems = _day(_file(_zone("Bomb/Zone", standard, daylight)))
    assert titles == ["Meeting"]  # read as local time: 10:00 here
    assert problems == [
        "bomb.ics: time zone Bomb/Zone changes more often than once a year: left out",
        "bomb.ics: Meeting: time zone Bomb/Zone is unknown; read as local time",
    ]


def test_a_real_time_zone_is_kept():
    titles, problems = _day(_file(_zone("Real/Zone", *YEARLY)))
    assert titles == ["Meeting"] and problems == []


def test_a_fifo_is_no_calendar_and_reading_it_does_not_wait(tmp_path: Path):
    fifo = tmp_path / "calendar.ics"
    os.mkfifo(fifo)
    file = read_calendar(fifo)  # before: blocked here forever, waiting for a writer
    assert [p.describe() for p in file.problems] == ["calendar.ics: is not a regular file"]


def test_a_device_is_no_calendar():
    file = read_calendar(Path("/dev/zero"))  # before: read until memory ran out
    assert [p.describe() for p in file.problems] == ["zero: is not a regular file"]


def test_a_file_over_the_size_cap_is_left_out_unread(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_BYTES", 2048)
    big = tmp_path / "big.ics"
    big.write_text("BEGIN:VCALENDAR\r\n" + "X-PAD:" + "x" * 3000 + "\r\nEND:VCALENDAR\r\n")
    file = read_calendar(big)
    assert [p.describe() for p in file.problems] == ["big.ics: is larger than 2 KB: left out"]


@pytest.mark.parametrize("error", [RecursionError, MemoryError])
def test_running_out_of_stack_or_memory_while_parsing_is_damage(error, monkeypatch):
    import icalendar

    def fails(*_args, **_kwargs):
        raise error()

    monkeypatch.setattr(icalendar.Calendar, "from_ical", fails)
    calendars, problems = parse_calendar(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "deep.ics")
    assert calendars == [] and [p.where for p in problems] == ["deep.ics"]


def test_a_series_that_takes_too_long_to_count_is_set_aside(monkeypatch):
    """The time budget, on a clock the test turns: ten seconds pass at every look at it."""
    seconds = iter(range(0, 1_000_000, 10))
    monkeypatch.setattr(bounds, "clock", lambda: next(seconds))
    monkeypatch.setattr(bounds, "CALENDAR_SECONDS", 1_000_000)  # the calendar's: not this one
    expanded: list[int] = []
    monkeypatch.setattr(bounds, "counted", expanded.append)
    titles, problems = _day(_file(MEETING, _series("Slow", "FREQ=HOURLY")))
    assert titles == ["Renewal"]
    assert problems == ["bomb.ics: Slow: takes too long to work out: left out"]
    assert expanded == [1024]  # stopped at the first look at the clock


def test_many_series_each_under_the_cap_share_one_budget_per_calendar(monkeypatch):
    """A thousand series each just under the cap would cost a thousand times the cap: past the
    calendar's budget its series are set aside together, and the file is named once."""
    monkeypatch.setattr(bounds, "MAX_CALENDAR_OCCURRENCES", 250)
    expanded: list[int] = []
    monkeypatch.setattr(bounds, "counted", expanded.append)
    many = [_series(f"Daily {n}", "FREQ=DAILY", "20261101T090000Z") for n in range(10)]
    titles, problems = _day(_file(MEETING, *many))
    assert titles == ["Renewal"]
    assert problems == ["bomb.ics: repeats too much to work out: 10 series left out"]
    assert len(expanded) == 1  # the first series went past the budget: no other was counted


def test_the_budget_is_shared_by_every_calendar_a_query_reads(monkeypatch):
    """A folder of a hundred such files costs one budget, not a hundred."""
    monkeypatch.setattr(bounds, "MAX_CALENDAR_OCCURRENCES", 250)
    expanded: list[int] = []
    monkeypatch.setattr(bounds, "counted", expanded.append)
    files = [
        _file(_series(f"Daily {n}", "FREQ=DAILY", "20261101T090000Z"), name=f"{n}.ics")
        for n in range(5)
    ]
    meetings, problems = meetings_between(files, *day_bounds(DAY, AMS), AMS)
    assert [p.describe() for p in problems] == [
        f"{n}.ics: repeats too much to work out: 1 series left out" for n in range(1, 5)
    ]
    assert [m.title for m in meetings] == ["Daily 0"] and len(expanded) == 1


def test_a_wild_time_zone_in_a_file_cut_short_is_set_aside_too():
    text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + _zone("Cut/Zone", "FREQ=SECONDLY", YEARLY[1])
    text = text[: text.index("END:VTIMEZONE")]  # the copy stopped inside the zone
    _calendars, problems = parse_calendar(text.encode(), "cut.ics")
    assert problems[0].describe() == (
        "cut.ics: time zone Cut/Zone changes more often than once a year: left out"
    )
