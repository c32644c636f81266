"""Generated calendars: Dayweave's reading gives what recurring-ical-events alone gives, and an
agenda over any mix of good and broken lines never raises."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import recurring_ical_events
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from tracker.calendar.agenda import agenda_to_json, plan_day
from tracker.calendar.files import CalendarFile, day_bounds, meetings_between, parse_calendar
from tracker.kernel.model import Person

ZONES = ["Europe/Amsterdam", "America/New_York", "Pacific/Fiji", "Australia/Sydney",
         "Asia/Kolkata", "America/Sao_Paulo", "UTC"]  # fmt: skip
AMS = ZoneInfo("Europe/Amsterdam")
WINDOW = (datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 7, 1, tzinfo=UTC))


@st.composite
def series(draw) -> tuple[str, str]:
    zone = draw(st.sampled_from(ZONES))
    start = draw(st.datetimes(datetime(2025, 1, 1), datetime(2026, 1, 1))).replace(
        second=0, microsecond=0
    )
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY"]))
    rule = f"FREQ={freq};INTERVAL={draw(st.integers(1, 3))};COUNT={draw(st.integers(1, 25))}"
    if freq == "WEEKLY" and draw(st.booleans()):
        rule += ";BYDAY=" + ",".join(draw(st.sets(st.sampled_from(["MO", "WE", "FR"]), min_size=1)))
    stamp = "%Y%m%dT%H%M%S"
    lines = [
        f"UID:s-{zone}",
        "SUMMARY:Weekly",
        f"DTSTART;TZID={zone}:{start:{stamp}}",
        f"DTEND;TZID={zone}:{start + timedelta(minutes=draw(st.integers(5, 120))):{stamp}}",
        f"RRULE:{rule}",
    ]
    gaps = draw(st.lists(st.integers(0, 20), max_size=3, unique=True))
    step = {"DAILY": 1, "WEEKLY": 7, "MONTHLY": 31}[freq]
    for gap in gaps:
        lines.append(f"EXDATE;TZID={zone}:{start + timedelta(days=gap * step):{stamp}}")
    body = "BEGIN:VEVENT\n" + "\n".join(lines) + "\nEND:VEVENT\n"
    moved = draw(st.integers(0, 3))
    if moved:  # the first occurrence moved by some hours
        shifted = start + timedelta(hours=moved)
        body += (
            f"BEGIN:VEVENT\nUID:s-{zone}\nSUMMARY:Moved\n"
            f"RECURRENCE-ID;TZID={zone}:{start:{stamp}}\n"
            f"DTSTART;TZID={zone}:{shifted:{stamp}}\nEND:VEVENT\n"
        )
    return zone, body


@st.composite
def once(draw) -> tuple[str, str]:
    """A meeting that happens once: in a zone, in UTC, floating, or all day."""
    moment = draw(st.datetimes(datetime(2024, 12, 1), datetime(2026, 8, 1))).replace(
        second=0, microsecond=0
    )
    zone = draw(st.sampled_from(ZONES))
    start = draw(
        st.sampled_from([
            f"DTSTART;TZID={zone}:{moment:%Y%m%dT%H%M%S}", f"DTSTART:{moment:%Y%m%dT%H%M%S}Z",
            f"DTSTART:{moment:%Y%m%dT%H%M%S}", f"DTSTART;VALUE=DATE:{moment:%Y%m%d}",
        ])
    )  # fmt: skip
    uid = draw(st.uuids())
    return zone, f"BEGIN:VEVENT\nUID:{uid}\nSUMMARY:Once\n{start}\nEND:VEVENT\n"


def _utc(value) -> datetime | None:
    if not isinstance(value, datetime):
        return None  # all day: never a meeting
    return (value if value.tzinfo else value.replace(tzinfo=AMS)).astimezone(UTC)


def _touches(event) -> datetime | None:
    """The occurrence's start when it touches WINDOW: starts in it, or runs into it."""
    start = _utc(event.decoded("DTSTART"))
    if start is None:
        return None
    end = _utc(event.decoded("DTEND")) if "DTEND" in event else start
    end = max(end or start, start)
    return start if start < WINDOW[1] and (end > WINDOW[0] or start >= WINDOW[0]) else None


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.one_of(series(), once()), min_size=1, max_size=6),
    st.sampled_from(["", "X-WR-TIMEZONE:America/New_York\n"]),
)
def test_occurrences_are_those_of_recurring_ical_events_alone(drawn, head):
    body = "".join(b for _z, b in drawn)
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\n{head}{body}END:VCALENDAR\n"
    # Asked two days wider: recurring-ical-events alone places floating times as if in UTC.
    wide = (WINDOW[0] - timedelta(days=2), WINDOW[1] + timedelta(days=2))
    expected = sorted(
        start
        for e in recurring_ical_events.of(Calendar.from_ical(text)).between(*wide)
        if (start := _touches(e)) is not None
    )
    calendars, problems = parse_calendar(text.encode(), "g.ics")
    file = CalendarFile(Path("g.ics"), tuple(calendars), tuple(problems))
    meetings, problems = meetings_between([file], *WINDOW, AMS)
    assert not problems
    assert [m.start for m in meetings] == expected


LINES = [
    "DTSTART:20261202T090000Z", "DTSTART;TZID=Europe/Amsterdam:20261202T140000",
    "DTSTART;VALUE=DATE:20261202", "DTSTART;TZID=Nowhere/Land:20261202T100000",
    "DTSTART:garbage", "DTEND:20261202T080000Z", "DURATION:PT45M", "DURATION:bad",
    "RRULE:FREQ=DAILY;COUNT=3", "RRULE:FREQ=NEVER", "RRULE:FREQ=WEEKLY;UNTIL=2026",
    "EXDATE:20261202T090000Z", "RDATE;VALUE=TIME:083000", "RDATE:20261202T160000Z",
    "RECURRENCE-ID:20261202T090000Z", "STATUS:CANCELLED", "LOCATION:Room 1",
    "ATTENDEE;CN=Joost;PARTSTAT=DECLINED:mailto:joost@bakker.nl", "ATTENDEE:not-an-address",
    "ATTENDEE;CN=:mailto:", "ORGANIZER;CN=Maria Jansen:mailto:m@x.org", "UID:same",
    "SUMMARY:Renewal", "X-WR-TIMEZONE:Europe/Brussels", ";;;", "DTSTART;;:x",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(LINES), max_size=8), max_size=5), st.booleans())
def test_the_agenda_never_raises_on_any_mix_of_lines(events, closed):
    body = "".join("BEGIN:VEVENT\n" + "\n".join(lines) + "\nEND:VEVENT\n" for lines in events)
    text = "BEGIN:VCALENDAR\n" + body + ("END:VCALENDAR\n" if closed else "")
    calendars, problems = parse_calendar(text.encode(), "r.ics")
    file = CalendarFile(Path("r.ics"), tuple(calendars), tuple(problems))
    zone = ZoneInfo("Europe/Amsterdam")
    meetings, problems = meetings_between([file], *day_bounds(date(2026, 12, 2), zone), zone)
    joost = Person("Joost Bakker", "customer", emails=("joost@bakker.nl",), id="p1")
    shown = agenda_to_json(date(2026, 12, 2), zone, plan_day(meetings, [joost]))
    assert len(shown["meetings"]) == len(meetings)
    assert all(isinstance(p.describe(), str) for p in problems)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(ZONES),
    st.dates(date(2025, 1, 1), date(2026, 12, 31)),
    st.lists(st.tuples(st.integers(-1, 1), st.integers(0, 24 * 60 - 1)), min_size=1, max_size=5),
    st.booleans(),
)
def test_a_day_holds_the_times_of_that_day_on_the_readers_wall_clock(zone, day, moments, repeat):
    """Floating times (no zone) are the reader's: a day holds those written on that date and
    no others, at either end of the day and whatever the reader's distance from UTC."""
    local = ZoneInfo(zone)
    body = ""
    for number, (shift, minute) in enumerate(moments):
        when = datetime.combine(day + timedelta(days=shift), datetime.min.time())
        when += timedelta(minutes=minute)
        rule = "RRULE:FREQ=DAILY;COUNT=1\n" if repeat else ""
        body += f"BEGIN:VEVENT\nUID:f{number}\nDTSTART:{when:%Y%m%dT%H%M%S}\n{rule}END:VEVENT\n"
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\n{body}END:VCALENDAR\n"
    calendars, problems = parse_calendar(text.encode(), "f.ics")
    file = CalendarFile(Path("f.ics"), tuple(calendars), tuple(problems))
    meetings, _ = meetings_between([file], *day_bounds(day, local), local)
    midnight = datetime.combine(day, datetime.min.time(), tzinfo=local)
    expected = sorted(
        (midnight + timedelta(minutes=minute)).astimezone(UTC)  # a time the clocks skip: later
        for shift, minute in moments
        if shift == 0
    )
    assert [m.start for m in meetings] == expected
