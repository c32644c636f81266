"""'Plan it...' on a live-meeting nudge (issue 20): whom to invite (people due, by circle, the
most important first), a default slot, and an .ics invitation the user's calendar opens."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from tracker.kernel.model import Person
from tracker.kernel.settings import Settings
from tracker.kernel.timefmt import to_updated_text
from tracker.nudges.invite import default_slot, invitation, suggest_whom, write_invitation

AMS = ZoneInfo("Europe/Amsterdam")
FRIDAY_15 = datetime(2026, 11, 27, 15, 0, tzinfo=AMS).astimezone(UTC)
SETTINGS = Settings(own_team="Product")


def person(name, circle, days_ago, email=""):
    created = to_updated_text(FRIDAY_15 - timedelta(days=days_ago))
    return Person(name=name, circle=circle, every_days=14, emails=(email,) if email else (),
                  created=created)  # fmt: skip


def test_whom_people_due_by_circle_the_most_important_first():
    peer = person("Piet", "peer", 40)
    customer = person("Zoë", "customer", 20)
    boss = person("Bo", "leadership", 30)
    mia = person("Mia", "team", 90)  # own team: the silo, not suggested
    fresh = person("Nieuw", "customer", 2)  # not due yet
    unsorted = person("Card", None, 90)
    groups = suggest_whom([peer, customer, boss, mia, fresh, unsorted], {}, SETTINGS, FRIDAY_15)
    assert [(circle, [p.name for p in people]) for circle, people in groups] == [
        ("leadership", ["Bo"]),  # as important as customers, and more overdue
        ("customer", ["Zoë"]),
        ("peer", ["Piet"]),
    ]


def test_the_default_slot_is_the_next_nudge_day_at_ten():
    slot = default_slot(FRIDAY_15, AMS, SETTINGS)  # Friday afternoon: Monday at 10:00
    assert slot == datetime(2026, 11, 30, 10, 0, tzinfo=AMS)


def test_the_invitation_has_attendees_by_mail_and_no_organizer(tmp_path):
    anna = Person(name="Anna de Vries", circle="customer", emails=("anna@example.com",))
    bram = Person(name="Bram", circle="peer")  # no e-mail: named in the description
    start = datetime(2026, 11, 30, 10, 0, tzinfo=AMS)
    data = invitation([anna, bram], start, 60, FRIDAY_15)
    [event] = Calendar.from_ical(data).walk("VEVENT")
    assert event.get("ORGANIZER") is None  # the user's calendar makes itself the organizer
    attendees = event.get("ATTENDEE")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert [str(a) for a in attendees] == ["mailto:anna@example.com"]
    assert attendees[0].params["CN"] == "Anna de Vries"
    assert event.decoded("DTSTART") == start
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(hours=1)
    assert "Bram" in str(event.get("DESCRIPTION")) and "Anna" in str(event.get("SUMMARY"))
    path = write_invitation(tmp_path / "invitations", data, FRIDAY_15)
    assert path.read_bytes() == data and path.suffix == ".ics"
    assert os.stat(path).st_mode & 0o777 == 0o600
    again = write_invitation(tmp_path / "invitations", data, FRIDAY_15)
    assert again != path  # a second one the same minute does not overwrite the first


def test_an_invitation_never_goes_through_a_link_planted_under_its_name(tmp_path):
    """Issue 25: the one private writer for files outside the data folder (break 20)."""
    folder = tmp_path / "invitations"
    folder.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    (folder / f"live-meeting-{FRIDAY_15.astimezone(UTC):%Y%m%d-%H%M%S}.ics").symlink_to(victim)
    (folder / f"live-meeting-{FRIDAY_15.astimezone(UTC):%Y%m%d-%H%M%S}-2.ics").symlink_to(
        tmp_path / "nowhere.txt"
    )
    path = write_invitation(folder, b"BEGIN:VCALENDAR\r\n", FRIDAY_15)
    assert path.name.endswith("-3.ics") and not path.is_symlink()
    assert victim.read_text() == "mine" and not (tmp_path / "nowhere.txt").exists()
