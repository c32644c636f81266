"""`dayweave calendar add PATH / list / remove PATH` and `dayweave agenda [DATE] [--json]`, and
the planned meetings `week --png` draws.

Adding and removing go through the one door (to the running app over its socket when it
runs); listing and the agenda only read, from the data folder and the calendar files."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.kernel.words import Words, translate

if TYPE_CHECKING:
    from tracker.commands import Result
    from tracker.store.faces import DeviceStateFace, ReadingFace

__all__ = [
    "calendar_request",
    "planned_between",
    "print_calendar_result",
    "run_agenda",
    "run_calendar_list",
]


CalendarCli = Words("CalendarCli")  # plurals lupdate can read (see tracker.kernel.words.Words)


def _say(text: str, *values: object) -> str:
    for number, value in enumerate(values, 1):
        text = text.replace(f"%{number}", str(value))
    return text


def calendar_request(args: argparse.Namespace) -> Any:
    from tracker import commands

    # The path is the one this machine's user means, wherever the app was started from.
    path = str(Path(args.path).expanduser().absolute())
    if args.calendar_command == "add":
        return commands.AddCalendar(path=path)
    return commands.RemoveCalendar(path=path)


def print_calendar_result(result: Result, as_json: bool, data_dir: Path | None = None) -> None:
    if as_json:
        print(json.dumps({"sources": list(result.calendars or ())}, ensure_ascii=False))
        return
    read = dict(result.notes).get("calendar_read")
    if read:
        # Read here, in this process: the app, which stored the source, never waits on it.
        events, problems = _read_into_cache(read["path"], data_dir)
        print(
            _say(
                translate("CalendarCli", "Read %1: %2, %3, %4."),
                read["path"],
                CalendarCli.tr("%n files", "", read["files"]),
                CalendarCli.tr("%n events", "", events),
                CalendarCli.tr("%n problems", "", problems),
            )
        )  # fmt: skip
    if result.has_note("unchanged"):
        print(translate("CalendarCli", "Already one of your calendars."))
    elif result.request == "calendar.add":
        print(translate("CalendarCli", "Added the calendar; it is read, never changed."))
    else:
        print(translate("CalendarCli", "Removed the calendar."))


def _read_into_cache(source: str, data_dir: Path | None) -> tuple[int, int]:
    """(events, problems) of a source just added, read into the calendar cache as the agenda
    reads it (so the first agenda after it reads no file): the events counted in the pieces
    kept, by a line scan; the problems those of the files that cannot be read and those met in
    the window kept around today (with the series set aside for what they would cost), not
    those of events years away: finding those would take a parse of the whole file."""
    from tracker.calendar.cache import CalendarCache
    from tracker.calendar.files import day_bounds
    from tracker.cli.render import local_zone
    from tracker.kernel.clock import SystemClock
    from tracker.store.journal import open_journal

    journal = open_journal(data_dir)
    try:
        own = journal.settings().own_emails  # the agenda's window is worked out for them
    finally:
        journal.close()
    zone = local_zone()
    today = SystemClock().now().astimezone(zone).date()
    cache = CalendarCache()
    try:
        _found, problems = cache.meetings([source], *day_bounds(today, zone), zone, own, today)
        return cache.events(source), len(problems)
    finally:
        cache.close()


def run_calendar_list(args: argparse.Namespace, journal: DeviceStateFace) -> None:
    sources = journal.calendar_sources()
    if args.json:
        listed = [{"path": s, "exists": Path(s).exists()} for s in sources]
        print(json.dumps(listed, ensure_ascii=False))
        return
    if not sources:
        print(translate("CalendarCli", "No calendars yet: dayweave calendar add PATH"))
    for source in sources:
        missing = "" if Path(source).exists() else translate("CalendarCli", " (not there now)")
        print(f"{source}{missing}")


def planned_day(journal: ReadingFace, day: Any, zone: Any) -> tuple[list[Any], list[Any]]:
    """The day's planned meetings with their people, and the problems met reading them: from
    the calendar cache, which reads only the files changed since it was last asked."""
    from tracker.calendar.agenda import plan_day
    from tracker.calendar.cache import CalendarCache
    from tracker.calendar.files import day_bounds
    from tracker.kernel.clock import SystemClock

    own = journal.settings().own_emails
    today = SystemClock().now().astimezone(zone).date()
    cache = CalendarCache()
    try:
        sources = journal.calendar_sources()
        meetings, problems = cache.meetings(sources, *day_bounds(day, zone), zone, own, today)
    finally:
        cache.close()
    return plan_day(meetings, journal.people(include_deleted=True)), problems


def run_agenda(args: argparse.Namespace, journal: ReadingFace) -> None:
    from tracker.calendar.agenda import agenda_to_json, attendee_name
    from tracker.cli.errors import UsageError
    from tracker.cli.render import local_zone
    from tracker.kernel.clock import SystemClock
    from tracker.timeline.when import parse_day

    zone = local_zone()
    today = SystemClock().now().astimezone(zone).date()
    text = args.date.strip().casefold()
    try:
        day = today + timedelta(days=1) if text == "tomorrow" else parse_day(args.date, today)
    except ValueError as error:
        raise UsageError(str(error)) from None
    planned, problems = planned_day(journal, day, zone)
    from tracker.cli.errors import one_line

    for problem in problems:
        warning = translate("Cli", "warning: %1").replace("%1", problem.describe())
        print(f"dayweave: {one_line(warning)}", file=sys.stderr)
    if args.json:
        print(json.dumps(agenda_to_json(day, zone, planned), ensure_ascii=False, indent=2))
        return
    from tracker.cli.render import day_text

    print(f"{day_text(day, year=True)} ({zone.key})")
    if not planned:
        print(translate("CalendarCli", "No planned meetings."))
    for item in planned:
        meeting = item.meeting
        when = f"{meeting.start.astimezone(zone):%H:%M}-{meeting.end.astimezone(zone):%H:%M}"
        names = ", ".join(person.name for person, _how in item.people)
        line = f"{when}  {meeting.title}" + (f" · {names}" if names else "")
        if meeting.live:
            line += "  " + _say(translate("CalendarCli", "[live, %1]"), meeting.location)
        others = [attendee_name(a) for a in item.unmatched]
        if others:
            line += "  " + _say(translate("CalendarCli", "(not in People: %1)"), ", ".join(others))
        print(one_line(line))


def planned_between(journal: ReadingFace, start: Any, end: Any, zone: Any) -> list[Any]:
    """The meetings planned from `start` to `end` in this device's calendars, as the app's week
    window outlines them; what could not be read is said on stderr, as the agenda says it."""
    sources = journal.calendar_sources()
    if not sources:
        return []  # no calendar: the parser is not even loaded
    from tracker.calendar.ahead import read_sources
    from tracker.calendar.files import meetings_between
    from tracker.cli.errors import one_line

    own = journal.settings().own_emails
    meetings, problems = meetings_between(read_sources(sources), start, end, zone, own)
    for problem in problems:
        warning = translate("Cli", "warning: %1").replace("%1", problem.describe())
        print(f"dayweave: {one_line(warning)}", file=sys.stderr)
    return meetings
