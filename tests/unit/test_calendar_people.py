"""People as the calendar names them (issue 24): attendees by their CN where the file gives one,
matched by address first; mailing lists, group calendars, rooms and resources are no people."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from tracker.calendar.agenda import attendee_name, match_attendees, plan_day
from tracker.calendar.files import (
    Attendee,
    CalendarFile,
    day_bounds,
    meetings_between,
    organizers,
    parse_calendar,
)
from tracker.kernel.model import Person

AMS = ZoneInfo("Europe/Amsterdam")

# A Google Calendar export of a team meeting: a mailing list, the team's group calendar,
# a room without CUTYPE, holidays and an import as organiser or guest.
TEAM = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:team-1@google.com
SUMMARY:Planning
DTSTART:20261202T090000Z
DTEND:20261202T100000Z
ORGANIZER;CN=Team Product:mailto:c_8f2a1b@group.calendar.google.com
ATTENDEE;CUTYPE=GROUP;CN=product-all:mailto:product-all@example.org
ATTENDEE;CUTYPE=INDIVIDUAL;CN=Joost Bakker;PARTSTAT=ACCEPTED:mailto:joost@bakker.nl
ATTENDEE;CN=Sara de Wit;PARTSTAT=NEEDS-ACTION:mailto:sara@dewit.nl
ATTENDEE;CN=Room 4.12:mailto:c_188a@resource.calendar.google.com
ATTENDEE;CN=Dutch holidays:mailto:en.dutch#holiday@group.v.calendar.google.com
ATTENDEE;CN=Imported:mailto:abc123@import.calendar.google.com
ATTENDEE;CN=Friends of the product:mailto:friends@googlegroups.com
ATTENDEE:mailto:kim@example.org
END:VEVENT
BEGIN:VEVENT
UID:team-2@google.com
SUMMARY:Retro
DTSTART:20261202T140000Z
ORGANIZER:mailto:unknownorganizer@calendar.google.com
ATTENDEE;CN=Sara de Wit:mailto:sara@dewit.nl
END:VEVENT
END:VCALENDAR
"""


def _planned(people: list[Person]):
    calendars, problems = parse_calendar(TEAM.replace("\n", "\r\n").encode(), "t.ics")
    file = CalendarFile(Path("t.ics"), tuple(calendars), tuple(problems))
    meetings, problems = meetings_between([file], *day_bounds(date(2026, 12, 2), AMS), AMS)
    assert not problems
    return plan_day(meetings, people)


def test_lists_group_calendars_rooms_and_resources_are_not_people():
    joost = Person("Joost Bakker", "customer", emails=("joost@bakker.nl",), id="p1")
    planning, retro = _planned([joost])
    assert [(p.id, how) for p, how in planning.people] == [("p1", "email")]
    assert planning.unmatched == (Attendee("sara@dewit.nl", "Sara de Wit"),
                                  Attendee("kim@example.org", ""))  # fmt: skip
    assert retro.unmatched == (Attendee("sara@dewit.nl", "Sara de Wit"),)


def test_a_group_calendar_is_never_taken_for_the_user_who_organises():
    calendars, problems = parse_calendar(TEAM.encode(), "t.ics")
    assert organizers([CalendarFile(Path("t.ics"), tuple(calendars), tuple(problems))]) == []


def test_attendees_nobody_is_are_named_by_their_cn_where_given():
    planning, _retro = _planned([])
    assert [attendee_name(a) for a in planning.unmatched] == [
        "Joost Bakker", "Sara de Wit", "kim@example.org",
    ]  # fmt: skip


def test_an_address_shared_by_two_people_is_matched_by_the_name_the_calendar_gives():
    """A family address on two people (as a vCard import of a family keeps it)."""
    jan = Person("Jan Bakker", "friend", emails=("family@bakker.nl",), id="jan")
    anna = Person("Anna Bakker", "friend", emails=("family@bakker.nl",), id="anna")
    attendees = (Attendee("family@bakker.nl", "Anna Bakker"),)
    found, unmatched = match_attendees(attendees, [jan, anna])
    assert [(p.id, how) for p, how in found] == [("anna", "email")] and unmatched == ()
    found, _ = match_attendees((Attendee("family@bakker.nl", "Jan"),), [anna, jan])
    assert [p.id for p, _how in found] == ["jan"]
