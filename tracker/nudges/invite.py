"""Planning a live meeting ("Plan it..." on the nudge): whom to invite (the people due, by
circle, the most important first), a default slot the user can change, and an .ics invitation
their own calendar opens and sends (Dayweave sends no mail).

The event has no ORGANIZER: an empty one is not a calendar address (RFC 5545 3.8.4.3 wants a
URI), and the calendar that opens the file makes its user the organizer when it invites the
ATTENDEEs. People without an e-mail address are named in the description.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tracker.kernel.model import Person, normalise_name
from tracker.kernel.settings import Settings
from tracker.kernel.words import fill, translate
from tracker.nudges.policy import CIRCLE_WEIGHT, due_moment, in_own_silo
from tracker.store.private import write_private

__all__ = [
    "DEFAULT_MINUTES",
    "SUGGESTED_MOST",
    "default_slot",
    "invitation",
    "suggest_whom",
    "write_invitation",
]

DEFAULT_MINUTES = 60
DEFAULT_HOUR = 10  # a morning slot: moved inside the nudge hours where they start later
SUGGESTED_MOST = 12  # a live meeting is a handful of people, not the whole import


def suggest_whom(
    people: Iterable[Person],
    last_contacts: Mapping[str, datetime],
    settings: Settings,
    now: datetime,
    first_use: datetime | None = None,
) -> list[tuple[str, list[Person]]]:
    """The people due now by circle, the circles in the nudges' order of importance
    (tracker.nudges.policy.CIRCLE_WEIGHT) and the most overdue for their rhythm first in each;
    none due: those due soonest. Never the own team, nor anyone not sorted yet."""
    ranked = []
    for person in people:
        if person.deleted or person.circle is None or in_own_silo(person, settings):
            continue
        due = due_moment(person, last_contacts.get(person.id), settings, first_use, now)
        every = timedelta(days=person.every_days or settings.default_every_days)
        ranked.append(((now - due) / every, due <= now, person))
    due_now = [r for r in ranked if r[1]] or ranked
    due_now.sort(
        key=lambda r: (-CIRCLE_WEIGHT.get(r[2].circle or "", 0), -r[0], normalise_name(r[2].name))
    )
    groups: dict[str, list[Person]] = {}
    for _overdue, _due, person in due_now[:SUGGESTED_MOST]:
        groups.setdefault(person.circle or "", []).append(person)
    return list(groups.items())


def default_slot(now: datetime, zone: ZoneInfo, settings: Settings) -> datetime:
    """The next nudge day after today, in the morning: room to invite people."""
    hour = min(max(DEFAULT_HOUR, settings.nudge_start_hour), max(settings.nudge_end_hour - 1, 0))
    today = now.astimezone(zone).date()
    day: date = today + timedelta(days=1)
    for offset in range(1, 8):
        day = today + timedelta(days=offset)
        if day.weekday() in settings.nudge_days:
            break
    return datetime.combine(day, time(hour), tzinfo=zone)


def invitation(people: list[Person], start: datetime, minutes: int, now: datetime) -> bytes:
    """An iCalendar file with one VEVENT: the people with an e-mail address as ATTENDEEs."""
    from icalendar import Calendar, Event, vCalAddress, vText

    names = ", ".join(p.name for p in people)
    summary = (
        fill(translate("Nudges", "Live meeting with %1"), names)
        if names
        else translate("Nudges", "Live meeting")
    )
    event = Event()
    event.add("uid", f"{uuid.uuid4()}@dayweave")
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", start.astimezone(UTC))
    event.add("dtend", (start + timedelta(minutes=minutes)).astimezone(UTC))
    event.add("summary", summary)
    without = [p.name for p in people if not p.emails]
    if without:
        text = translate("Nudges", "Also invite (no e-mail address known): %1")
        event.add("description", fill(text, ", ".join(without)))
    for person in people:
        if person.emails:
            attendee = vCalAddress(f"mailto:{person.emails[0]}")
            attendee.params["CN"] = vText(person.name)
            attendee.params["ROLE"] = vText("REQ-PARTICIPANT")
            attendee.params["PARTSTAT"] = vText("NEEDS-ACTION")
            attendee.params["RSVP"] = vText("TRUE")
            event.add("attendee", attendee, encode=False)
    calendar = Calendar()
    calendar.add("prodid", "-//Dayweave//Plan a live meeting//EN")
    calendar.add("version", "2.0")
    calendar.add_component(event)
    return bytes(calendar.to_ical())


def write_invitation(folder: Path, data: bytes, now: datetime) -> Path:
    """Write the invitation in `folder` (made private), atomically and readable by the user
    only (it names people); never over an earlier one."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stem = f"live-meeting-{now.astimezone(UTC):%Y%m%d-%H%M%S}"
    path = folder / f"{stem}.ics"
    number = 1
    while os.path.lexists(path):  # a link planted under the next name is passed by, too
        number += 1
        path = folder / f"{stem}-{number}.ics"
    write_private(path, data)  # 0600, never through a link, as every file written outside
    return path
