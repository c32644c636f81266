"""A calendar shaped like a heavy Google export (issue 24): 15,000 events over five years (four
and a half behind today, half a year ahead), 1 to 6 attendees each, descriptions, alarms, about
a hundred weekly series with exceptions and moved occurrences; about 13 MB. Made up, seeded:
the same every run. Written as one file, or as a vdir (one file per UID, as vdirsyncer keeps it).

    python tests/bench/heavy_calendar.py OUT.ics [VDIR]
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

__all__ = ["EVENTS", "events", "write_calendar", "write_vdir"]

EVENTS = 15_000
SERIES = 100
STAMP = "%Y%m%dT%H%M%SZ"
HEAD = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
    "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:me@example.com\r\n"
    "X-WR-TIMEZONE:Europe/Amsterdam\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\nX-LIC-LOCATION:Europe/Amsterdam\r\n"
    "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
    "DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
    "DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
)
WORDS = str.split(
    "agenda roadmap review budget customer renewal contract hiring quarterly planning release "
    "retro design architecture migration incident follow-up onboarding demo pricing partner "
    "support escalation security audit forecast pipeline workshop offsite strategy"
)
GIVEN = ["Anna", "Joost", "Sara", "Pieter", "Noor", "Daan", "Maria", "Lars", "Eva", "Sem"]
FAMILY = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos"]


def _fold(line: str) -> str:
    """A content line folded at 75 octets, as RFC 5545 and Google write it."""
    parts = [line[:75]]
    rest = line[75:]
    while rest:
        parts.append(" " + rest[:74])
        rest = rest[74:]
    return "\r\n".join(parts) + "\r\n"


def _attendees(rng: random.Random) -> str:
    lines = [_fold("ORGANIZER;CN=me@example.com:mailto:me@example.com")]
    for _ in range(rng.randint(1, 6)):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        address = f"{given.lower()}.{family.replace(' ', '').lower()}{rng.randint(1, 400)}"
        state = rng.choice(["ACCEPTED", "ACCEPTED", "NEEDS-ACTION", "TENTATIVE", "DECLINED"])
        lines.append(
            _fold(
                f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT={state}"
                f";CN={given} {family}:mailto:{address}@example.org"
            )
        )
    return "".join(lines)


def _event(rng: random.Random, uid: str, start: datetime, minutes: int, extra: str = "") -> str:
    summary = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5))).capitalize()
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 18)))
    description = f"{words}\\n\\nJoin: https://meet.google.com/{uid[:3]}-{uid[3:7]}-{uid[7:10]}"
    location = rng.choice(["", "", "Room 4.12", "Utrecht office\\, Catharijnesingel 1"])
    stamp = datetime(2026, 11, 30, 8, tzinfo=UTC)
    alarm = (
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:This is an event reminder\r\n"
        "TRIGGER:-P0DT0H10M0S\r\nEND:VALARM\r\n"
        if rng.random() < 0.5
        else ""
    )
    return (
        f"BEGIN:VEVENT\r\nDTSTART:{start:{STAMP}}\r\n"
        f"DTEND:{start + timedelta(minutes=minutes):{STAMP}}\r\nDTSTAMP:{stamp:{STAMP}}\r\n"
        f"{extra}{_attendees(rng)}UID:{uid}@google.com\r\nCREATED:{stamp:{STAMP}}\r\n"
        f"{_fold('DESCRIPTION:' + description)}LAST-MODIFIED:{stamp:{STAMP}}\r\n"
        f"{_fold('LOCATION:' + location)}SEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
        f"{_fold('SUMMARY:' + summary)}TRANSP:OPAQUE\r\n{alarm}END:VEVENT\r\n"
    )


def events(today: date) -> Iterator[tuple[str, str]]:
    """(UID, its VEVENTs' text): the series first, each with its moved occurrences, then the
    one-off events, EVENTS VEVENTs in all."""
    rng = random.Random(24)
    first = today - timedelta(days=int(4.5 * 365))
    days = 5 * 365
    made = 0
    for number in range(SERIES):
        uid = f"{rng.getrandbits(64):016x}series{number}"
        day = first + timedelta(days=rng.randrange(days - 60))
        start = datetime(day.year, day.month, day.day, 8 + rng.randrange(9), 0, tzinfo=UTC)
        ends = start + timedelta(days=rng.randrange(60, 900))
        until = "" if number % 3 else f";UNTIL={ends:{STAMP}}"
        gaps = "".join(
            f"EXDATE:{start + timedelta(weeks=w):{STAMP}}\r\n" for w in rng.sample(range(1, 50), 3)
        )
        text = _event(rng, uid, start, 30, f"RRULE:FREQ=WEEKLY{until}\r\n{gaps}")
        for moved in rng.sample(range(4, 60), 2):
            was = start + timedelta(weeks=moved)
            text += _event(rng, uid, was + timedelta(hours=2), 30,
                           f"RECURRENCE-ID:{was:{STAMP}}\r\n")  # fmt: skip
        made += 3
        yield uid, text
    while made < EVENTS:
        day = first + timedelta(days=rng.randrange(days))
        if day.weekday() >= 5:
            continue
        start = datetime(day.year, day.month, day.day, 7 + rng.randrange(10), rng.choice([0, 30]),
                         tzinfo=UTC)  # fmt: skip
        uid = f"{rng.getrandbits(96):024x}"
        made += 1
        yield uid, _event(rng, uid, start, rng.choice([15, 30, 45, 60, 90]))


def write_calendar(path: Path, today: date) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(HEAD)
        for _uid, text in events(today):
            out.write(text)
        out.write("END:VCALENDAR\r\n")


def write_vdir(folder: Path, today: date) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for uid, text in events(today):
        path = folder / f"{uid}.ics"
        path.write_text(HEAD + text + "END:VCALENDAR\r\n", encoding="utf-8", newline="")
        paths.append(path)
    return paths


if __name__ == "__main__":
    today = datetime.now(UTC).date()
    write_calendar(Path(sys.argv[1]), today)
    if len(sys.argv) > 2:
        write_vdir(Path(sys.argv[2]), today)
