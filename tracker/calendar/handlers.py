"""This device's calendar sources: `dayweave calendar add PATH / remove PATH` and Settings.

A source is an .ics file or a folder of them (a vdir), given as an absolute path on this
machine and kept in the device's own `calendars.json`: never fetched, never written to."""

from __future__ import annotations

from pathlib import Path

from tracker.commands.door import Commands, handles
from tracker.commands.errors import Refused
from tracker.commands.requests import AddCalendar, RemoveCalendar
from tracker.commands.results import Result
from tracker.kernel.words import translate

__all__ = ["add_calendar", "remove_calendar"]


def _refuse(path: str, text: str, code: str) -> Refused:
    return Refused("path", text.replace("%1", path), code, {"path": path})


@handles(AddCalendar)
def add_calendar(door: Commands, request: AddCalendar) -> Result:
    from tracker.calendar.files import calendar_files

    path = Path(request.path)
    if not path.is_absolute():
        raise _refuse(request.path, translate("Calendar", "%1 is not a full path"), "not_absolute")
    if not path.exists():
        raise _refuse(request.path, translate("Calendar", "there is no %1"), "no_such_file")
    if not path.is_file() and not path.is_dir():  # a FIFO would hang, a device never end
        raise _refuse(
            request.path,
            translate("Calendar", "%1 is not a regular file or a folder"),
            "not_regular",
        )
    files = calendar_files(path)
    if path.is_file() and path.suffix.lower() != ".ics":
        raise _refuse(
            request.path,
            translate("Calendar", "%1 is not an .ics file or a folder of them"),
            "not_a_calendar",
        )
    result = Result(request.NAME)
    # Not read here: in the app this runs on the GUI thread. Whoever asked reads the files into
    # the calendar cache and counts them (tracker/cli/calendar.py); the app reads them on its
    # calendar thread.
    result.note("calendar_read", path=str(path), files=len(files))
    sources = door.journal.calendar_sources()
    if str(path) in sources:
        return result.note("unchanged")
    door.journal.save_calendar_sources((*sources, str(path)))
    result.calendars = door.journal.calendar_sources()
    return result


@handles(RemoveCalendar)
def remove_calendar(door: Commands, request: RemoveCalendar) -> Result:
    sources = door.journal.calendar_sources()
    wanted = request.path
    if wanted not in sources:
        # A relative path or a trailing slash still names the same source.
        wanted = str(Path(request.path).expanduser().absolute())
        wanted = next((s for s in sources if Path(s) == Path(wanted)), wanted)
    if wanted not in sources:
        raise _refuse(
            request.path, translate("Calendar", "%1 is not one of your calendars"), "not_a_source"
        )
    door.journal.save_calendar_sources(tuple(s for s in sources if s != wanted))
    result = Result(request.NAME)
    result.calendars = door.journal.calendar_sources()
    return result
