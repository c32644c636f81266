"""Planned meetings read from the user's own calendar files (docs/ARCHITECTURE.md, "Calendars and
contacts from the tools people already use"): an .ics file or a folder of them (a vdir as vdirsyncer
and khal keep it), read only, never fetched.

`icalendar` parses; `recurring-ical-events` expands RRULE, RDATE, EXDATE and moved
occurrences (RECURRENCE-ID) in each event's own zone (VTIMEZONE, Microsoft zone names,
X-WR-TIMEZONE). All-day, cancelled and declined events are not meetings. One broken event is
left out with a message; the rest of its file still counts; no file ever raises.

one job: a calendar file to meetings, its problems worded beside the rules that find them
(asking for a day lives in index.py; reading ahead for the nudges in ahead.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import partial
from pathlib import Path
from typing import Any

from tracker.calendar.bounds import (
    Budget,
    NotRegular,
    SetAside,
    TooLarge,
    read_regular,
    without_wild_zones,
)
from tracker.calendar.index import expand
from tracker.calendar.moved import join_moved, joined_copies
from tracker.calendar.salvage import Line, Sources, read_by_parts, shown
from tracker.calendar.zones import trimmed_zone_ids
from tracker.kernel.logs import logger, safe
from tracker.kernel.words import translate

__all__ = [
    "Attendee",
    "CalendarFile",
    "Meeting",
    "Problem",
    "calendar_files",
    "day_bounds",
    "is_live",
    "join_files",
    "meetings_between",
    "organizers",
    "parse_calendar",
    "read_calendar",
]

# A video-call link, wherever it is written (location, description, URL).
_VIDEO_LINK = re.compile(
    r"zoom\.us/|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|webex\.com"
    r"|whereby\.com|meet\.jit\.si|jitsi|gotomeet|meet\.goto\.com|bluejeans\.com"
    r"|join\.skype\.com|chime\.aws|facetime\.apple\.com|meet\.lync\.com",
    re.IGNORECASE,
)
# A location that is no place to go to: a call's name or address (only in LOCATION: a
# description speaking of "both teams" or linking the agenda is no call).
_NO_PLACE = re.compile(
    r"\bzoom\b|microsoft teams|\bteams\b|google meet|webex|whereby|jitsi|skype|https?://"
    r"|\btel:|\bonline\b|\bvirtual\b|\b(tele)?phone\b|\btelefo\w*|\bbellen\b"
    r"|\bmumble\b|\bdiscord\b|\b[\w-]+\.[\w-]+\.[a-z]{2,}\b",  # the last: a server's name
    re.IGNORECASE,
)
# Properties that are there only for a call (any value: a link or a dial-in number).
_CONFERENCE_KEYS = (
    "CONFERENCE", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK", "X-MICROSOFT-ONLINEMEETINGINFORMATION",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Problem:
    """Something left out of a calendar, said in the user's words: `where` names the file and,
    for one event, its title or UID."""

    where: str
    text: str

    def describe(self) -> str:
        return f"{self.where}: {self.text}"


@dataclass(frozen=True, slots=True)
class Attendee:
    email: str  # lower case, without "mailto:"; "" when the calendar gives only a name
    name: str
    # Who sent the invitation: matched when they are someone, never offered as a new person
    # (mostly it is the user: "Me").
    organizer: bool = False


@dataclass(frozen=True, slots=True)
class Meeting:
    """One planned occurrence; times are aware, in UTC."""

    uid: str
    start: datetime
    end: datetime
    title: str
    location: str
    live: bool
    attendees: tuple[Attendee, ...]


@dataclass(frozen=True, slots=True)
class CalendarFile:
    """One file, parsed once: its calendars and what could not be read."""

    path: Path
    calendars: tuple[Any, ...]
    problems: tuple[Problem, ...]


# A calendar's file names and its events' summaries are the user's words: the log keeps
# counts and kinds of error, and names the file only at DEBUG (-vv, asked for by the user).
log = logger("dayweave.calendar")


def _say(text: str, *values: str) -> str:
    for number, value in enumerate(values, 1):
        text = text.replace(f"%{number}", value)
    return text


def calendar_files(path: Path) -> list[Path]:
    """The .ics files of a source: the file itself, or a folder's (a vdir), sorted. A folder
    that cannot be listed is given back itself, so reading it says why."""
    if path.is_dir():
        try:
            return sorted(p for p in path.iterdir() if p.suffix.lower() == ".ics" and p.is_file())
        except OSError:
            return [path]
    return [path]


def _close_open_components(text: str) -> str:
    """A file cut short (no END:VEVENT or END:VCALENDAR) gets its END lines back, so what is in
    it can still be read."""
    stack: list[str] = []
    for line in text.splitlines():
        upper = line.strip().upper()
        if upper.startswith("BEGIN:"):
            stack.append(upper[6:])
        elif upper.startswith("END:") and stack and stack[-1] == upper[4:]:
            stack.pop()
    return text.rstrip("\r\n") + "".join(f"\r\nEND:{name}" for name in reversed(stack)) + "\r\n"


def parse_calendar(data: bytes, where: str) -> tuple[list[Any], list[Problem]]:
    """The calendars in a file's bytes, and the problems met; never raises."""
    problems: list[Problem] = []
    text = data.decode("utf-8-sig", errors="replace")
    if "\ufffd" in text:
        text = data.decode("cp1252", errors="replace")
        problems.append(Problem(where, translate("Calendar", "not UTF-8; read as Windows-1252")))
    first = 1  # the number of the text's first line in the file, for messages
    if "BEGIN:VCALENDAR" not in text.upper() and "BEGIN:VEVENT" in text.upper():
        # Bare events (as some programs save one event): they still say when they are.
        text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{text.rstrip()}\r\nEND:VCALENDAR\r\n"
        first = -1  # two lines put before the file's first
    if "BEGIN:VCALENDAR" not in text.upper():
        return [], [Problem(where, translate("Calendar", "not a calendar (no BEGIN:VCALENDAR)"))]
    text, wild = without_wild_zones(trimmed_zone_ids(text))
    for tzid in wild:
        said = translate("Calendar", "time zone %1 changes more often than once a year: left out")
        problems.append(Problem(where, _say(said, tzid)))
    sources: Sources = {}
    calendars = _whole(text, where, problems)
    if calendars is None:  # icalendar rejects the file, or cannot say which line it skipped
        calendars, sources = _by_parts(text, where, problems, first)
    kept = [_clean(c, where, problems, sources) for c in calendars if c.name == "VCALENDAR"]
    return join_moved(kept), problems


def _whole(text: str, where: str, problems: list[Problem]) -> list[Any] | None:
    """The file read at once (the fast way, and how every sound file is read); None when it
    must be read part by part: rejected, or an event lost a line icalendar does not name or
    one of its times (whose line the message then names)."""
    import icalendar

    cut = False
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except Exception:  # icalendar raises many kinds on bad input (RecursionError, MemoryError
        calendars = []  # too: they are Exceptions); the file is then read part by part
    if not calendars:
        closed = _close_open_components(text)
        if closed.rstrip("\r\n") == text.rstrip("\r\n"):
            return None  # not cut short: rejected for something inside
        try:
            calendars = icalendar.Calendar.from_ical(closed, multiple=True)
        except Exception:
            return None
        cut = bool(calendars)
    for calendar in calendars:
        for event in calendar.walk("VEVENT"):
            if any(name in _TIMES for name, _message in getattr(event, "errors", ()) or ()):
                return None
    if cut:
        problems.append(
            Problem(where, translate("Calendar", "the file is cut short; read what is there"))
        )
    return calendars


def _by_parts(
    text: str, where: str, problems: list[Problem], first: int
) -> tuple[list[Any], Sources]:
    def said(label: str, reason: str) -> None:
        problems.append(Problem(f"{where}: {label}" if label else where, reason))

    calendars, cut, sources = read_by_parts(text, said, first)
    if cut:
        problems.append(
            Problem(where, translate("Calendar", "the file is cut short; read what is there"))
        )
    if not calendars:
        problems.append(Problem(where, translate("Calendar", "nothing in it can be read")))
    return calendars, sources


def read_calendar(path: Path) -> CalendarFile:
    """One file, read and parsed; an unreadable file is a problem, not an exception."""
    try:
        if path.is_dir():  # a folder that could not be listed: list it again for the reason
            next(path.iterdir(), None)
        data = read_regular(path)  # never a FIFO's wait, a device's flood, a file without end
    except OSError as error:
        log.warning("a calendar file cannot be read: %s", safe(error))
        log.debug("... it is %s", path.name)
        reason = error.strerror or type(error).__name__
        text = _say(translate("Calendar", "cannot be read: %1"), reason)
        if isinstance(error, NotRegular | TooLarge):
            text = reason  # says it all: "is not a regular file"
        return CalendarFile(path, (), (Problem(path.name, text),))
    calendars, problems = parse_calendar(data, path.name)
    if problems:
        level = log.info if calendars else log.warning  # nothing of it could be read
        level("a calendar file of %d bytes: %d calendars, %d problems", len(data),
              len(calendars), len(problems))  # fmt: skip
        log.debug("... it is %s", path.name)
    return CalendarFile(path, tuple(calendars), tuple(problems))


# The properties that say when an event is: one that cannot be read costs the event (or, for
# its end, only the end); icalendar does not say their line, so such a file is read by parts.
_TIMES = (None, "DTSTART", "DTEND", "RRULE", "RDATE", "EXDATE", "DURATION")
_ENDS = ("DTEND", "DURATION")


def _label(event: Any) -> str:
    summary = str(event.get("SUMMARY", "") or "").strip()
    return summary or str(event.get("UID", "") or "").strip() or "?"


def _event_problem(event: Any, lines: Sequence[Line]) -> str | None:
    """Why an event cannot be a meeting at all (checked before expanding its series)."""
    if event.get("DTSTART") is None:
        return translate("Calendar", "has no start time")
    for key in ("RDATE", "EXDATE"):
        values = event.get(key, [])
        for value in values if isinstance(values, list) else [values]:
            if str(getattr(value, "params", {}).get("VALUE", "")).upper() == "TIME":
                text = translate("Calendar", "has a repeat date (%1) with a time but no day")
                return _say(text, key)
    for name, _message in getattr(event, "errors", ()) or ():
        if name in _TIMES and name not in _ENDS:
            text = translate("Calendar", "has a line that cannot be read (%1)")
            return _say(text, _at(name or "?", lines))
    return None


def _at(name: str, lines: Sequence[Line]) -> str:
    """Where a property that cannot be read is: its line (number and text) where it is known,
    else its name."""
    line = next((x for x in lines if x.text.partition(":")[0].split(";")[0].upper() == name), None)
    if line is None:
        return name
    return _say(translate("Calendar", "line %1: %2"), str(line.number), shown(line))


def _clean(calendar: Any, where: str, problems: list[Problem], sources: Sources) -> Any:
    """The calendar without its broken events (each named in a problem, with the line it
    stumbled on where it was read part by part: `sources`)."""
    bad = []
    for event in calendar.walk("VEVENT"):
        if isinstance(event.get("DTSTART"), list):
            event["DTSTART"] = event["DTSTART"][0]  # two start times: the first one is meant
            problems.append(
                Problem(
                    f"{where}: {_label(event)}",
                    translate("Calendar", "has two start times; the first is used"),
                )
            )
        lines = sources.get(id(event), ())
        reason = _event_problem(event, lines)
        if reason is not None:
            bad.append(id(event))
            problems.append(Problem(f"{where}: {_label(event)}", reason))
            continue
        for name in sorted({n for n, _m in getattr(event, "errors", ()) or () if n in _ENDS}):
            del event[name]  # a broken end costs only itself: the meeting is a moment
            said = translate("Calendar", "its end cannot be read and is left out (%1)")
            problems.append(Problem(f"{where}: {_label(event)}", _say(said, _at(name, lines))))
        if (zone := _unknown_zone(event)) is not None:
            text = translate("Calendar", "time zone %1 is unknown; read as local time")
            problems.append(Problem(f"{where}: {_label(event)}", _say(text, zone)))
    if bad:
        calendar.subcomponents = [c for c in calendar.subcomponents if id(c) not in bad]
    return calendar


def _unknown_zone(event: Any) -> str | None:
    """A TZID neither the file nor the zone database (nor Microsoft's names) defines: icalendar
    reads the time as floating, so the user is told."""
    tzid = getattr(event.get("DTSTART"), "params", {}).get("TZID")
    if not tzid:
        return None
    try:
        value = event.decoded("DTSTART")
    except Exception:  # told elsewhere, when the series is expanded
        return None
    return str(tzid) if isinstance(value, datetime) and value.tzinfo is None else None


def _short(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text[:120]


def _aware(value: Any, zone: tzinfo) -> datetime | None:
    """An occurrence's time in UTC; floating times are the user's own zone's. None: all day."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=zone)
        return moment.astimezone(UTC)
    return None


def _text(event: Any, key: str) -> str:
    value = event.get(key)
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value or "").strip()


_NOT_PEOPLE = ("ROOM", "RESOURCE")  # CUTYPE: a room or a beamer is booked, not met
# Addresses that are calendars, rooms or lists, whatever CUTYPE says (Google writes none for
# its group, resource, holiday and imported calendars, and "unknownorganizer@calendar..."
# when it does not know who organised), and the usual mailing-list hosts.
_NOT_SOMEONE = re.compile(
    r"@(?:[\w.-]+\.)?calendar\.google\.com$|@googlegroups\.com$|@groups\.io$|@lists?\.",
    re.IGNORECASE,
)


def _address(text: str) -> str:
    """An e-mail address as compared: lower case, without "mailto:"."""
    text = text.strip()
    return (text[7:] if text.lower().startswith("mailto:") else text).strip().lower()


def _attendees(event: Any) -> list[tuple[str, str, str, bool]]:
    """(e-mail, name, participation, is someone met) of each attendee and of the organiser."""
    found = []
    values = event.get("ATTENDEE", [])
    values = values if isinstance(values, list) else [values]
    organizer = event.get("ORGANIZER")
    for value in [*values, *([organizer] if organizer is not None else [])]:
        params = getattr(value, "params", {})
        address = _address(str(value))
        if "@" not in address:  # "urn:uuid:..." with the address in EMAIL= (RFC 7986)
            address = _address(str(params.get("EMAIL", "") or ""))
        email = address if "@" in address else ""
        name = str(params.get("CN", "") or "").strip().strip('"')
        state = str(params.get("PARTSTAT", "") or "").upper()
        if _NOT_SOMEONE.search(email) or str(params.get("CUTYPE", "")).upper() == "GROUP":
            continue  # a calendar or a list (CUTYPE=GROUP): not met, and not who organised
        met = (
            str(params.get("CUTYPE", "") or "").upper() not in _NOT_PEOPLE
            and str(params.get("ROLE", "") or "").upper() != "NON-PARTICIPANT"
            and state != "DECLINED"
        )
        found.append((email, name, state, met))
    return found


def _organizer(event: Any) -> str:
    """The organizer's address (or name when it has none), as `_attendees` reads it; ""."""
    organizer = event.get("ORGANIZER")
    if organizer is None:
        return ""
    address = _address(str(organizer))
    if _NOT_SOMEONE.search(address):
        return ""
    if "@" in address:
        return address
    return str(getattr(organizer, "params", {}).get("CN", "") or "").strip().strip('"')


def organizers(files: Sequence[CalendarFile]) -> list[str]:
    """The organizers' e-mail addresses in these files, most frequent first: in one's own
    calendar, who sent the most invitations is mostly oneself (the first guess at own_emails)."""
    counts: Counter[str] = Counter()
    for file in files:
        for calendar in file.calendars:
            for event in calendar.walk("VEVENT"):
                address = _organizer(event)
                if "@" in address:
                    counts[address] += 1
    return [address for address, _ in counts.most_common()]


def is_live(location: str, event: Any) -> bool:
    """A physical place and no video-call link anywhere in the event."""
    if not location or _NO_PLACE.search(location) or _VIDEO_LINK.search(location):
        return False
    if any(_text(event, k).upper() not in ("", "FALSE") for k in _CONFERENCE_KEYS):
        return False
    texts = (_text(event, "DESCRIPTION"), _text(event, "URL"))
    return not any(_VIDEO_LINK.search(t) for t in texts if t)


_ALL_DAY_MARKS = ("X-MICROSOFT-CDO-ALLDAYEVENT", "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT")


def _whole_days(event: Any, start: datetime, end: datetime, zone: tzinfo) -> bool:
    """An all-day event written with times: marked so (Outlook), or from midnight to midnight
    in its own zone. No prompt at midnight for a holiday."""
    if any(_text(event, key).upper() == "TRUE" for key in _ALL_DAY_MARKS):
        return True
    if end - start < timedelta(days=1):
        return False
    own = event.decoded("DTSTART").tzinfo or zone
    return start.astimezone(own).time() == end.astimezone(own).time() == time(0)


def _meeting(event: Any, zone: tzinfo, own: frozenset[str]) -> Meeting | None:
    start = _aware(event.decoded("DTSTART"), zone)
    if start is None or _text(event, "STATUS").upper() == "CANCELLED":
        return None  # all-day events and cancelled ones are not meetings
    people = _attendees(event)
    if any(email in own and state == "DECLINED" for email, _n, state, _met in people):
        return None
    try:
        end = _aware(event.decoded("DTEND"), zone) if "DTEND" in event else None
    except Exception:  # a bad end: the meeting still starts when it says
        end = None
    if end is None and "DURATION" in event and isinstance(event.decoded("DURATION"), timedelta):
        end = start + event.decoded("DURATION")
    end = end if end is not None and end >= start else start
    if _whole_days(event, start, end, zone):
        return None
    location = _text(event, "LOCATION")
    seen: set[str] = set()
    attendees = []
    sender = _organizer(event)
    for email, name, _state, met in people:
        key = email or name.casefold()
        if not met or not key or key in seen or email in own:
            continue
        seen.add(key)
        attendees.append(Attendee(email, name, organizer=bool(sender) and sender in (email, name)))
    return Meeting(
        uid=_text(event, "UID"),
        start=start,
        end=end,
        title=_text(event, "SUMMARY"),
        location=location,
        live=is_live(location, event),
        attendees=tuple(attendees),
    )


def meetings_between(
    files: list[CalendarFile],
    start: datetime,
    end: datetime,
    zone: tzinfo,
    own_emails: tuple[str, ...] = (),
) -> tuple[list[Meeting], list[Problem]]:
    """The planned meetings in [start, end), sorted: those starting in it and those still
    running at its start (a meeting past midnight is on both days); and every problem met
    (the files' own and those of their events)."""
    own = frozenset(_address(e) for e in own_emails)
    files = join_files(files)
    budget = Budget()  # what counting the series may cost in this query, all files together
    meetings: list[Meeting] = []
    problems: list[Problem] = []
    for file in files:
        problems += file.problems
        where = file.path.name
        failed = partial(_cannot_expand, where, problems)
        for calendar in file.calendars:
            # What is found may lie around the range (floating times): keep what touches it.
            for event in expand(calendar, start, end, failed, budget):
                try:
                    meeting = _meeting(event, zone, own)
                except Exception as error:  # one odd occurrence, never the whole day
                    log.warning("an occurrence cannot be read: %s", safe(error))
                    reason = _say(translate("Calendar", "cannot be read: %1"), _short(error))
                    problems.append(Problem(f"{where}: {_label(event)}", reason))
                    continue
                if meeting is not None and _touches(meeting, start, end):
                    meetings.append(meeting)
    meetings.sort(key=lambda m: (m.start, m.end, m.title, m.uid))
    return meetings, problems


def join_files(files: Sequence[CalendarFile]) -> list[CalendarFile]:
    """The files of a query (a vdir's among them) with each moved occurrence kept in another
    file than its series joined to it by UID; the files given are not changed, and come back
    as they are when nothing is to be joined (the usual case: a vdir keeps one UID a file)."""
    copies = joined_copies([c for file in files for c in file.calendars]) if len(files) > 1 else {}
    if not copies:
        return list(files)
    return [
        CalendarFile(file.path, tuple(copies.get(id(c), c) for c in file.calendars), file.problems)
        for file in files
    ]


def _cannot_expand(where: str, problems: list[Problem], event: Any, error: Exception) -> None:
    """A series the index could not expand or set aside: one problem, named by its first event."""
    if isinstance(error, SetAside):
        reason = str(error)
        if error.whole:  # every series of the calendar: the file is named
            problems.append(Problem(where, reason))
            return
    else:
        reason = _say(translate("Calendar", "cannot be expanded: %1"), _short(error))
    problems.append(Problem(f"{where}: {_label(event)}", reason))


def _touches(meeting: Meeting, start: datetime, end: datetime) -> bool:
    """Starts in [start, end), or started before it and still runs at `start`."""
    return meeting.start < end and (meeting.end > start or meeting.start >= start)


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """A local day's start and end in UTC (23 or 25 hours on DST days)."""
    first = datetime(day.year, day.month, day.day, tzinfo=zone)
    following = day + timedelta(days=1)
    last = datetime(following.year, following.month, following.day, tzinfo=zone)
    return first.astimezone(UTC), last.astimezone(UTC)
