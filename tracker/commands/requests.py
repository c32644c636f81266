"""Typed requests: what a person asks for, the same from the tray, a dialog, the command line
or the socket. Each has a name and typed fields, and travels as JSON with them (never as a
command line to re-parse); `request_from_json` refuses unknown names and ill-typed fields.
one job: every request the door takes, one short class each, so they stay side by side."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from tracker.kernel.timefmt import parse_utc, to_utc_text
from tracker.kernel.vocabulary import cause_of, circle_of, kind_of

__all__ = [
    "REQUESTS",
    "AddCalendar",
    "AddPerson",
    "AnswerGap",
    "BadRequest",
    "ChangeSettings",
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
    "Log",
    "MergePeople",
    "NoteDevice",
    "RemoveCalendar",
    "Request",
    "SetIntention",
    "Stop",
    "Undo",
    "request_from_json",
    "texts_of",
]


class BadRequest(ValueError):
    """A request that is not of the protocol's form (the socket answers it with exit 2)."""


def _is_names(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(item, list)
        and len(item) == 2
        and isinstance(item[0], str)
        and (item[1] is None or isinstance(item[1], str))
        for item in value
    )


# field type -> (check of the JSON value, decode, encode)
_TYPES: dict[str, tuple[Any, Any, Any]] = {
    "text": (lambda v: isinstance(v, str), str, str),
    "text?": (lambda v: v is None or isinstance(v, str), lambda v: v, lambda v: v),
    "bool": (lambda v: isinstance(v, bool), bool, bool),
    "int?": (
        lambda v: v is None or (isinstance(v, int) and not isinstance(v, bool)),
        lambda v: v,
        lambda v: v,
    ),
    "time?": (
        lambda v: v is None or isinstance(v, str),
        lambda v: None if v is None else parse_utc(v),
        lambda v: None if v is None else to_utc_text(v),
    ),
    "texts": (
        lambda v: isinstance(v, list) and all(isinstance(i, str) for i in v),
        tuple,
        list,
    ),
    "names": (_is_names, lambda v: tuple((n, c) for n, c in v), lambda v: [list(i) for i in v]),
    "record": (lambda v: isinstance(v, dict), dict, dict),
    # Records of a backup: each is checked by the import itself, so one bad record is named
    # and skipped instead of refusing the rest.
    "records": (lambda v: isinstance(v, list), list, list),
    # Cards read from a vCard file: records all, or the request is refused.
    "cards": (
        lambda v: isinstance(v, list) and all(isinstance(i, dict) for i in v),
        tuple,
        list,
    ),
    "map": (
        lambda v: isinstance(v, dict) and all(isinstance(x, str) for x in (*v, *v.values())),
        dict,
        dict,
    ),
}
_EMPTY: dict[str, Any] = {
    "text": "", "text?": None, "bool": False, "int?": None, "time?": None, "texts": (),
    "names": (), "record": None, "map": None, "records": (), "cards": (),
}  # fmt: skip

Read = Callable[[str], Any]  # a vocabulary's reader: kind_of, cause_of or circle_of


def _stored(read: Read | None, value: Any) -> Any:
    """A word the vocabulary knows as the word stored for it ("Techniek" is "tech"); anything
    else as it came: a cause of one's own, or what the handler will refuse."""
    found = read(value) if read is not None and isinstance(value, str) else None
    return value if found is None else found.value


def _in_stored_words(field_type: str, value: Any, read: Any) -> Any:
    """One field with its vocabulary's words made stored ones: a text, the circle of each
    (name, circle) pair, or the named keys of a record of changes (`read`: key -> reader)."""
    if field_type == "record" and isinstance(value, dict):
        return {key: _stored(read.get(key), item) for key, item in value.items()}
    if field_type == "names" and isinstance(value, tuple | list):
        return tuple(
            (pair[0], _stored(read, pair[1]))
            if isinstance(pair, tuple | list) and len(pair) == 2
            else pair
            for pair in value
        )
    return _stored(read, value)


class Request:
    """A named request with typed fields (`FIELDS`: name -> type); values are immutable."""

    __slots__ = ("_values",)
    NAME: ClassVar[str] = ""
    FIELDS: ClassVar[dict[str, str]] = {}
    WRITES: ClassVar[bool] = True
    # Fields that hold a kind, cause or circle, and the vocabulary that reads them: the words
    # a person typed ("Storing", "klant", "Own team") are held as the stored words from the
    # start, so every path (tray, socket, quick line, command line) stores the same value.
    WORDS: ClassVar[dict[str, Any]] = {}

    def __init__(self, **values: Any) -> None:
        unknown = set(values) - set(self.FIELDS)
        if unknown:
            raise TypeError(f"{self.NAME} has no field {', '.join(sorted(unknown))}")
        filled = {name: values.get(name, _EMPTY[kind]) for name, kind in self.FIELDS.items()}
        for name, kind in self.FIELDS.items():
            if kind in ("record", "map") and filled[name] is None:
                filled[name] = {}
        for name, read in self.WORDS.items():
            filled[name] = _in_stored_words(self.FIELDS[name], filled[name], read)
        object.__setattr__(self, "_values", filled)

    def __getattr__(self, name: str) -> Any:
        try:
            return object.__getattribute__(self, "_values")[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a request is immutable")

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Request)
            and type(other) is type(self)
            and other._values == self._values
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._values!r})"

    def with_fields(self, **changes: Any) -> Request:
        return type(self)(**{**self._values, **changes})

    def to_json(self) -> dict[str, Any]:
        return {
            name: _TYPES[kind][2](self._values[name])
            for name, kind in self.FIELDS.items()
            if self._values[name] is not None
        }


class Log(Request):
    """A block, call, meeting, disruption or contact; or a quick-entry `line`. Times are
    resolved by the asker, in the asker's zone (`tz`); `now` is the asker's clock. `chosen`
    maps a name several people answer to onto the person the user picked (name -> id).
    `long_ok`: the user confirmed a block over 16 hours (a span, or one running since then)."""

    __slots__ = ()
    NAME = "log"
    FIELDS: ClassVar[dict[str, str]] = {
        "kind": "text?", "line": "text?", "title": "text", "at": "time?", "until": "time?",
        "cause": "text?", "note": "text", "tags": "texts", "names": "names",
        "person_ids": "texts", "tz": "text", "now": "time?", "end_day_given": "bool",
        "chosen": "map", "long_ok": "bool",
    }  # fmt: skip
    WORDS: ClassVar[dict[str, Any]] = {"kind": kind_of, "cause": cause_of, "names": circle_of}


class Stop(Request):
    """End the running block (`what` "block"), calls and meetings ("calls"), or both ("all");
    with `names`, only the calls with those people."""

    __slots__ = ()
    NAME = "stop"
    FIELDS: ClassVar[dict[str, str]] = {
        "at": "time?",
        "what": "text",
        "names": "names",
        "now": "time?",
    }


class EndEntry(Request):
    __slots__ = ()
    NAME = "end"
    FIELDS: ClassVar[dict[str, str]] = {"entry_id": "text", "at": "time?", "near": "time?"}


class EditEntry(Request):
    """`changes`: any of kind, title, start, end, cause, note, tags, people, lost_min, tz;
    `names` are people to add by name."""

    __slots__ = ()
    NAME = "edit"
    FIELDS: ClassVar[dict[str, str]] = {
        "entry_id": "text", "changes": "record", "names": "names", "near": "time?",
        "end_day_given": "bool",
    }  # fmt: skip
    WORDS: ClassVar[dict[str, Any]] = {
        "changes": {"kind": kind_of, "cause": cause_of},
        "names": circle_of,
    }


class DeleteEntry(Request):
    __slots__ = ()
    NAME = "delete"
    FIELDS: ClassVar[dict[str, str]] = {"entry_id": "text", "near": "time?"}


class Undo(Request):
    __slots__ = ()
    NAME = "undo"
    FIELDS: ClassVar[dict[str, str]] = {}


class AddPerson(Request):
    __slots__ = ()
    NAME = "people.add"
    FIELDS: ClassVar[dict[str, str]] = {
        "name": "text", "circle": "text?", "team": "text", "every_days": "int?",
        "notes": "text", "emails": "texts", "aliases": "texts", "next_action": "text",
    }  # fmt: skip
    WORDS: ClassVar[dict[str, Any]] = {"circle": circle_of}


class EditPerson(Request):
    """`changes`: any of name, circle, team, every_days, notes, emails, next_action, aliases.
    The person is `person_id`, or without one `name`, resolved as MergePeople resolves it (the
    command line names people: the one writer reads the names)."""

    __slots__ = ()
    NAME = "people.edit"
    FIELDS: ClassVar[dict[str, str]] = {"person_id": "text", "name": "text", "changes": "record"}
    WORDS: ClassVar[dict[str, Any]] = {"changes": {"circle": circle_of}}


class MergePeople(Request):
    """`name` is merged into `into`; each a name to resolve, or a person id."""

    __slots__ = ()
    NAME = "people.merge"
    FIELDS: ClassVar[dict[str, str]] = {"name": "text", "into": "text"}


class DeletePerson(Request):
    """`person_id`, or without one `name`, as for EditPerson."""

    __slots__ = ()
    NAME = "people.delete"
    FIELDS: ClassVar[dict[str, str]] = {"person_id": "text", "name": "text"}


class EditPeople(Request):
    """The same `changes` for many people at once (a selection in People given a circle):
    one write and one undo, where a request each rewrites the people file each time."""

    __slots__ = ()
    NAME = "people.edit_many"
    FIELDS: ClassVar[dict[str, str]] = {"person_ids": "texts", "changes": "record"}
    WORDS: ClassVar[dict[str, Any]] = {"changes": {"circle": circle_of}}


class DeletePeople(Request):
    """Many people removed at once: one write, one undo."""

    __slots__ = ()
    NAME = "people.delete_many"
    FIELDS: ClassVar[dict[str, str]] = {"person_ids": "texts"}


class ImportPeople(Request):
    """Cards read from a vCard file by the asker (tracker.people.vcard.Card records: the reading
    is slow and says its own problems, the store is written here), the circle for new people,
    the file's name. A big file may come in several requests, one part each; `follows` says
    a part continues the import before it, so Undo takes back the whole import."""

    __slots__ = ()
    NAME = "people.import"
    FIELDS: ClassVar[dict[str, str]] = {
        "cards": "cards", "circle": "text?", "source": "text", "follows": "bool",
    }  # fmt: skip
    WORDS: ClassVar[dict[str, Any]] = {"circle": circle_of}


class ImportRecords(Request):
    """A chunk of a backup, or of a Timewarrior or Watson export made into entry records by the
    asker: versions kept as they are where newer. `version` is the backup's format version,
    `first` the number of the chunk's first entry in its file (for messages); `dry_run`
    counts what it would add, update and trim, and writes nothing."""

    __slots__ = ()
    NAME = "import"
    FIELDS: ClassVar[dict[str, str]] = {
        "version": "int?", "entries": "records", "people": "records", "settings": "record",
        "source": "text", "first": "int?", "dry_run": "bool",
    }  # fmt: skip


class ChangeSettings(Request):
    __slots__ = ()
    NAME = "settings"
    FIELDS: ClassVar[dict[str, str]] = {"changes": "record"}


class AddCalendar(Request):
    """An .ics file or a folder of them, as an absolute path on this machine (read only)."""

    __slots__ = ()
    NAME = "calendar.add"
    FIELDS: ClassVar[dict[str, str]] = {"path": "text"}


class RemoveCalendar(Request):
    __slots__ = ()
    NAME = "calendar.remove"
    FIELDS: ClassVar[dict[str, str]] = {"path": "text"}


class NoteDevice(Request):
    """A device's new name, or its retirement (issue 23): `device` is its name or its id."""

    __slots__ = ()
    NAME = "devices.note"
    FIELDS: ClassVar[dict[str, str]] = {"device": "text", "name": "text?", "retire": "bool"}


class SetIntention(Request):
    """The one intention for a week (issue 22): `text` ("" takes it back); `day` any day of the
    week it is for as an ISO date, else the week after the latest review moment, at `now` in
    `tz` (tracker/nudges/moment.py)."""

    __slots__ = ()
    NAME = "review.intention"
    FIELDS: ClassVar[dict[str, str]] = {
        "text": "text", "day": "text?", "tz": "text", "now": "time?",
    }  # fmt: skip


class KeepAction(Request):
    """A next action agreed after a call marked kept (issue 22; tracker/store/prompts.py):
    the one agreed after `call_id`, or without one the last agreed with the person. The person
    is `person_id`, or without one `name`, as for EditPerson; `now` when it was kept."""

    __slots__ = ()
    NAME = "people.done"
    FIELDS: ClassVar[dict[str, str]] = {
        "person_id": "text", "name": "text", "call_id": "text", "now": "time?",
    }  # fmt: skip


class AnswerGap(Request):
    """What a gap in the user's presence was (tracker.away): `answer` one of break,
    disruption (with its `cause`), meeting (with `names`), working; "" notes the gap unanswered
    (asked, not answered yet); "split" with `parts`, consecutive, each a record of its "end"
    (UTC text; the last may leave it out), "answer", "cause" and "names" ([name, circle]
    pairs). `start`/`end` are the gap's real times; `now` the asker's."""

    __slots__ = ()
    NAME = "away.answer"
    FIELDS: ClassVar[dict[str, str]] = {
        "start": "time?", "end": "time?", "answer": "text", "cause": "text?", "names": "names",
        "person_ids": "texts", "tz": "text", "now": "time?", "parts": "records",
    }  # fmt: skip
    WORDS: ClassVar[dict[str, Any]] = {"cause": cause_of, "names": circle_of}


REQUESTS: dict[str, type[Request]] = {
    cls.NAME: cls
    for cls in (
        Log, Stop, EndEntry, EditEntry, DeleteEntry, Undo, AddPerson, EditPerson, MergePeople,
        DeletePerson, ImportPeople, ImportRecords, ChangeSettings, AddCalendar, RemoveCalendar,
        EditPeople, DeletePeople, AnswerGap, NoteDevice, SetIntention,
        KeepAction,
    )
}  # fmt: skip


def texts_of(value: Any, field_name: str) -> tuple[str, ...]:
    """A list of text given in a request's `changes` (tags, people, e-mails, other names)."""
    from tracker.kernel.model import ValidationError

    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise ValidationError(field_name, f"{field_name} must be a list of text", "not_text")
    if not all(isinstance(item, str) for item in value):
        raise ValidationError(field_name, f"{field_name} must be a list of text", "not_text")
    return tuple(value)


def request_from_json(name: Any, fields: Any) -> Request:
    """A request from the socket; BadRequest names what is wrong with it."""
    cls = REQUESTS.get(name) if isinstance(name, str) else None
    if cls is None:
        raise BadRequest(f"unknown request {name!r}")
    if not isinstance(fields, dict):
        raise BadRequest(f"{name}: the fields are not an object")
    unknown = set(fields) - set(cls.FIELDS)
    if unknown:
        raise BadRequest(f"{name}: unknown field {', '.join(sorted(unknown))}")
    values = {}
    for field_name, value in fields.items():
        check, decode, _encode = _TYPES[cls.FIELDS[field_name]]
        if not check(value):
            raise BadRequest(f"{name}: {field_name} is not {cls.FIELDS[field_name]}")
        try:
            values[field_name] = decode(value)
        except ValueError as error:
            raise BadRequest(f"{name}: {field_name}: {error}") from None
    return cls(**values)
