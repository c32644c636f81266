"""CSV for spreadsheets and iCalendar for calendars, read back by the `csv` module and by
`icalendar`; the peers' exports made into work blocks."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from tracker.exchange.csvfile import BOM, CSV_HEADER, safe_cell, write_csv
from tracker.exchange.icsfile import IcsWriter
from tracker.exchange.peers import from_timewarrior, from_watson, which_peer
from tracker.kernel.model import Entry, Person

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
ANNA = Person(name="Anna de Vries", circle="customer")
JOOST = Person(name="Joost", circle=None)
PEOPLE = {ANNA.id: ANNA, JOOST.id: JOOST}


def _entries() -> list[Entry]:
    # 29 March 2026: Amsterdam skips 02:00-03:00, so 01:00-04:00 local is two hours.
    return [
        Entry(
            "work",
            datetime(2026, 3, 29, 0, 0, tzinfo=UTC),
            datetime(2026, 3, 29, 2, 0, tzinfo=UTC),
            tz="Europe/Amsterdam",
            title='Plan, "draft"\nline two',
            tags=("sales", "q1"),
            note="=cmd|' /C calc'!A0",
        ),
        Entry(
            "call",
            datetime(2026, 3, 29, 8, 0, tzinfo=UTC),
            datetime(2026, 3, 29, 8, 30, tzinfo=UTC),
            tz="Europe/Amsterdam",
            title="Renewal",
            people=(ANNA.id, JOOST.id),
        ),
        Entry(
            "disruption",
            datetime(2026, 3, 29, 9, 0, tzinfo=UTC),
            tz="America/New_York",
            cause="wifi-outage",
        ),
        Entry(
            "meeting",
            datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
            datetime(2026, 10, 25, 1, 30, tzinfo=UTC),
            tz="Europe/Amsterdam",
            title="Offsite",
        ),
        Entry(
            "life",
            datetime(2026, 4, 1, 8, 0, tzinfo=UTC),
            tz="Europe/Amsterdam",
            title="gone",
            deleted=True,
        ),
    ]


ENTRIES = _entries()


def entries() -> list[Entry]:
    return list(ENTRIES)


def csv_text(items: list[Entry]) -> str:
    stream = io.StringIO(newline="")
    write_csv(stream, items, PEOPLE)
    return stream.getvalue()


def test_csv_reads_back_with_the_csv_module_row_for_row():
    text = csv_text(entries())
    assert text.startswith(BOM) and "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text.removeprefix(BOM), newline="")))
    assert tuple(rows[0]) == CSV_HEADER
    work, call, disruption, meeting = rows  # the deleted life block is left out
    assert work["start"] == "2026-03-29T01:00:00+01:00"
    assert work["end"] == "2026-03-29T04:00:00+02:00" and work["minutes"] == "120"
    assert work["title"] == 'Plan, "draft"\nline two' and work["tags"] == "sales; q1"
    assert work["note"] == "'=cmd|' /C calc'!A0"
    assert call["people"] == "Anna de Vries; Joost" and call["circles"] == "customer; "
    assert disruption["start"] == "2026-03-29T05:00:00-04:00" and disruption["end"] == ""
    assert disruption["cause"] == "wifi-outage" and disruption["minutes"] == ""
    assert meeting["live"] == "true" and call["live"] == "false"
    assert meeting["start"] == "2026-10-25T02:30:00+02:00" and meeting["minutes"] == "60"


@pytest.mark.parametrize(
    ("title", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("plain = fine", "plain = fine"),
        ("'quoted", "'quoted"),
    ],
)
def test_a_cell_a_spreadsheet_would_run_starts_with_a_quote(title, cell):
    assert safe_cell(title) == cell
    entry = Entry("work", NOW, NOW + timedelta(hours=1), tz="UTC", title="x", note=title)
    [row] = list(csv.DictReader(io.StringIO(csv_text([entry]).removeprefix(BOM), newline="")))
    assert row["note"] == cell


def test_people_names_cannot_smuggle_a_formula_either():
    mallory = Person(name="=1+2", circle="peer")
    entry = Entry("call", NOW, NOW + timedelta(minutes=5), tz="UTC", people=(mallory.id,))
    stream = io.StringIO(newline="")
    write_csv(stream, [entry], {mallory.id: mallory})
    assert "'=1+2" in stream.getvalue()


def ics(items: list[Entry], moments: bool = False) -> icalendar.Calendar:
    writer = IcsWriter(NOW, moments=moments)
    writer.add(items, PEOPLE)
    return icalendar.Calendar.from_ical(writer.finish())


def test_icalendar_parses_validates_and_keeps_local_times():
    calendar = ics(entries())
    calendar.validate()  # icalendar's own validation: raises on a missing part
    assert all(not component.errors for component in calendar.walk())
    events = {e["UID"]: e for e in calendar.walk("VEVENT")}
    work, call, _disruption, meeting, _gone = entries()
    assert set(events) == {work.id, call.id, meeting.id}  # moments and deleted left out
    first = events[work.id]
    assert str(first["SUMMARY"]) == 'Work: Plan, "draft"\nline two'
    assert first.start.isoformat() == "2026-03-29T01:00:00+01:00"
    assert first.end.isoformat() == "2026-03-29T04:00:00+02:00"
    assert first["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert first.categories == ["Work"]
    assert "Anna de Vries, Joost" in str(events[call.id]["DESCRIPTION"])
    assert str(events[meeting.id]["SUMMARY"]) == "Live meeting: Offsite"
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]


def test_with_moments_disruptions_are_zero_length_events():
    calendar = ics(entries(), moments=True)
    disruption = entries()[2]
    [event] = [e for e in calendar.walk("VEVENT") if e["UID"] == disruption.id]
    assert event.start == event.end
    assert event.start.isoformat() == "2026-03-29T05:00:00-04:00"
    assert "wifi-outage" in str(event["DESCRIPTION"])
    assert {str(z["TZID"]) for z in calendar.walk("VTIMEZONE")} == {
        "Europe/Amsterdam",
        "America/New_York",
    }


def test_timewarrior_and_watson_exports_become_work_blocks_with_tags():
    timew = [
        {"id": 2, "start": "20260329T000000Z", "end": "20260329T020000Z",
         "tags": ["Customer call", "sales"]},
        {"id": 1, "start": "20260330T070000Z", "end": "20260330T081500Z", "tags": ["plan"],
         "annotation": "Quarterly plan"},
        {"id": 3, "start": "20260331T070000Z", "tags": ["running"]},
    ]  # fmt: skip
    assert which_peer(timew) == "timewarrior"
    blocks, problems = from_timewarrior(timew, "Europe/Amsterdam")
    assert [(b.kind, b.title, b.tags) for b in blocks] == [
        ("work", "Customer call sales", ("Customer-call", "sales")),
        ("work", "Quarterly plan", ("plan",)),
    ]
    assert blocks[0].end - blocks[0].start == timedelta(hours=2)
    assert [where for where, _ in problems] == ["timewarrior 3"]
    again, _ = from_timewarrior(timew, "Europe/Amsterdam")
    assert again == blocks  # the same ids and versions: importing twice changes nothing
    watson = [{"id": "a6cba0657f1a4bffadba029c841916a6", "project": "dayweave",
               "start": "2026-03-29T01:00:00+01:00", "stop": "2026-03-29T04:00:00+02:00",
               "tags": ["code"]}]  # fmt: skip
    assert which_peer(watson) == "watson"
    [block], problems = from_watson(watson, "Europe/Amsterdam")
    assert (block.title, block.tags, block.device, problems) == (
        "dayweave",
        ("code",),
        "watson",
        [],
    )
    assert block.start == datetime(2026, 3, 29, 0, 0, tzinfo=UTC)


def test_an_empty_timewarrior_export_brings_nothing_and_junk_is_named():
    from tracker.exchange.peers import peer_records

    assert peer_records([], "UTC") == ("timewarrior", [], [])
    with pytest.raises(ValueError, match="not a Dayweave backup, a Timewarrior export"):
        peer_records([{"x": 1}], "UTC")


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        (" =1+1", "' =1+1"),  # spreadsheets that trim spaces (LibreOffice's option) run it
        ("\u00a0@SUM(A1)", "'\u00a0@SUM(A1)"),
        ("\n=1+1", "'\n=1+1"),
        ("   plain", "   plain"),
    ],
)
def test_a_formula_behind_leading_blanks_is_quoted_too(text, cell):
    assert safe_cell(text) == cell


def test_a_moment_is_an_event_without_dtend_not_one_that_ends_as_it_starts():
    # RFC 5545 3.8.2.2: DTEND must be later than DTSTART; an instant is a DTSTART alone.
    calendar = ics(entries(), moments=True)
    disruption = entries()[2]
    [event] = [e for e in calendar.walk("VEVENT") if e["UID"] == disruption.id]
    assert "DTEND" not in event and "DURATION" not in event
    assert event.start.isoformat() == "2026-03-29T05:00:00-04:00"


def test_a_running_block_ends_at_the_export_and_its_zone_covers_that_end():
    # Running since before the autumn change; the export is after it: the VTIMEZONE must
    # describe the end's offset too, or a client cannot place the event's end.
    start = datetime(2026, 10, 20, 7, 0, tzinfo=UTC)
    running = Entry("work", start, tz="Europe/Amsterdam", title="long haul")
    writer = IcsWriter(datetime(2026, 11, 3, 9, 0, tzinfo=UTC))
    writer.add([running], PEOPLE)
    calendar = icalendar.Calendar.from_ical(writer.finish())
    [event] = calendar.walk("VEVENT")
    assert event.end.isoformat() == "2026-11-03T10:00:00+01:00"
    [zone] = calendar.walk("VTIMEZONE")
    standard = [c for c in zone.walk("STANDARD")]
    assert any(c["DTSTART"].dt.date().isoformat() == "2026-10-25" for c in standard)


def test_two_people_merged_into_one_are_named_once():
    # people_by_id maps a merged-away id to the person that stays: an entry with both names
    # that one person once, in CSV and in iCalendar.
    merged_away = Person(name="Anna dV", circle="customer")
    people = {**PEOPLE, merged_away.id: ANNA}
    entry = Entry("call", NOW, NOW + timedelta(minutes=30), tz="UTC",
                  people=(ANNA.id, merged_away.id, JOOST.id))  # fmt: skip
    stream = io.StringIO(newline="")
    write_csv(stream, [entry], people)
    [row] = list(csv.DictReader(io.StringIO(stream.getvalue().removeprefix(BOM), newline="")))
    assert (row["people"], row["circles"]) == ("Anna de Vries; Joost", "customer; ")
    writer = IcsWriter(NOW)
    writer.add([entry], people)
    [event] = icalendar.Calendar.from_ical(writer.finish()).walk("VEVENT")
    assert "With: Anna de Vries, Joost" in str(event["DESCRIPTION"])


def test_a_zero_minute_call_and_a_block_running_from_a_fast_clock_have_no_dtend_either():
    ahead = NOW + timedelta(minutes=3)  # another device's clock runs a little fast
    items = [
        Entry("call", NOW, NOW, tz="UTC", title="missed"),
        Entry("work", ahead, tz="UTC", title="fast clock"),
    ]
    events = ics(items).walk("VEVENT")
    assert [("DTEND" in e, e.start) for e in events] == [(False, NOW), (False, ahead)]
