"""The door every change a person can make goes through: typed requests, the results and their
change notice, undo and the socket's protocol. No Qt, no argparse, and no feature: each feature
registers its handlers by request type (tracker/features.py imports them all).

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
    KeepAction,
    Log,
    MergePeople,
    NoteDevice,
    RemoveCalendar,
    Request,
    SetIntention,
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
    "KeepAction",
    "Listener",
    "Log",
    "MergePeople",
    "NoteDevice",
    "Refused",
    "RemoveCalendar",
    "Request",
    "Result",
    "SetIntention",
    "Stop",
    "Undo",
    "needs_someone",
    "request_from_json",
]
