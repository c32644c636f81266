"""Every change a person can make, as plain functions over the journal: no Qt, no argparse.

The tray, the panel, the week and People windows, the dialogs, the command line and the
socket all send a request here (`Commands.run`) and get a `Result` saying what changed.
"""

from tracker.commands.door import UNDO_SECONDS, Commands, Listener
from tracker.commands.errors import NEEDS_SOMEONE, AmbiguousName, Refused, needs_someone
from tracker.commands.requests import (
    REQUESTS,
    AddCalendar,
    AddPerson,
    BadRequest,
    ChangeSettings,
    DeleteEntry,
    DeletePeople,
    DeletePerson,
    EditEntry,
    EditPeople,
    EditPerson,
    EndEntry,
    ImportPeople,
    ImportRecords,
    Log,
    MergePeople,
    RemoveCalendar,
    Request,
    Stop,
    Undo,
    request_from_json,
)
from tracker.commands.results import Changes, Result

__all__ = [
    "NEEDS_SOMEONE",
    "REQUESTS",
    "UNDO_SECONDS",
    "AddCalendar",
    "AddPerson",
    "AmbiguousName",
    "BadRequest",
    "ChangeSettings",
    "Changes",
    "Commands",
    "DeleteEntry",
    "DeletePeople",
    "DeletePerson",
    "EditEntry",
    "EditPeople",
    "EditPerson",
    "EndEntry",
    "ImportPeople",
    "ImportRecords",
    "Listener",
    "Log",
    "MergePeople",
    "Refused",
    "RemoveCalendar",
    "Request",
    "Result",
    "Stop",
    "Undo",
    "needs_someone",
    "request_from_json",
]
