"""What a command did, said once: the change notice every view and the nudge scheduler get,
and the answer the socket sends back for the command line to print."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from tracker.commands.changes import Changes, span_of
from tracker.kernel.codec import (
    entry_from_record,
    entry_to_record,
    person_from_record,
    person_to_record,
)
from tracker.kernel.model import Entry, Person
from tracker.kernel.timefmt import parse_utc, to_utc_text

if TYPE_CHECKING:
    from tracker.kernel.settings import Settings

__all__ = ["NOTES", "Changes", "Result"]

# Notes a result may carry besides what it stored: (code, values) pairs the UI and the
# command line say in their own words.
NOTES = (
    "already_running",  # {"kind"}: starting the block that runs changes nothing
    "nothing_running",  # {"what"}: stop with nothing to stop
    "nothing_to_undo",
    "imported",  # {"added", "merged", "skipped"}
    "import_problem",  # {"code", "line", "card", ...}: a card the import skipped
    "unchanged",  # an edit that changed nothing
    "calendar_read",  # {"path", "files"}: a calendar source added (its reader counts the rest)
    "action_kept",  # {"call_id", "text", "agreed"}: the next action people.done marked (or had)
)

_ENTRY_LISTS = ("stored", "ended", "trimmed", "removed", "split")
_PEOPLE_LISTS = ("people_added", "people_changed")


class Result:
    """Lists of the versions a command wrote, by what happened to them.

    stored: the entry asked about (logged, edited, ended, deleted, restored by undo);
    ended: running blocks or calls it ended; trimmed / removed / split: blocks it made room in;
    people_added / people_changed: people it made or changed; settings: new settings;
    gap: the time away it noted or answered (start, end), even "still working" (no entry);
    replaced: the versions the entries written had before (for the change notice: an edit
    that moves an entry changes its old day too; not sent over the socket).
    """

    __slots__ = (
        *_ENTRY_LISTS, *_PEOPLE_LISTS, "action", "calendars", "gap", "intention", "notes",
        "replaced", "request", "settings", "undone",
    )  # fmt: skip

    def __init__(self, request: str) -> None:
        self.request = request
        self.stored: list[Entry] = []
        self.ended: list[Entry] = []
        self.trimmed: list[Entry] = []
        self.removed: list[Entry] = []
        self.split: list[Entry] = []
        self.people_added: list[Person] = []
        self.people_changed: list[Person] = []
        self.replaced: list[Entry] = []
        self.settings: Settings | None = None
        self.calendars: tuple[str, ...] | None = None  # this device's calendar sources, changed
        self.intention: tuple[str, str] | None = None  # (its week's Monday, the text) set
        self.action: tuple[str, str] | None = None  # (the call, the person) of an action kept
        self.gap: tuple[datetime, datetime] | None = None  # time away noted or answered
        self.notes: list[tuple[str, dict[str, Any]]] = []
        self.undone = False

    @property
    def entries(self) -> list[Entry]:
        """Every entry version this command wrote."""
        return [e for name in _ENTRY_LISTS for e in getattr(self, name)]

    @property
    def people(self) -> list[Person]:
        return [*self.people_added, *self.people_changed]

    @property
    def changes(self) -> Changes:
        """What changed, as flags, for views that only care about some of it."""
        entries = self.entries
        touched = [*entries, *self.replaced]
        people = self.people
        return Changes(
            entries=bool(entries),
            people=bool(people),
            settings=self.settings is not None,
            calendars=self.calendars is not None,
            intentions=self.intention is not None,
            actions=self.action is not None,
            gaps=self.gap is not None,
            spans=frozenset(span_of(e) for e in touched),
            named=frozenset(p for e in touched for p in e.people),
            persons=frozenset(p.id for p in people),
        )

    def note(self, note_code: str, **values: Any) -> Result:
        self.notes.append((note_code, values))
        return self

    def has_note(self, code: str) -> bool:
        return any(c == code for c, _ in self.notes)

    def to_json(self) -> dict[str, Any]:
        answer: dict[str, Any] = {"request": self.request, "undone": self.undone}
        for name in _ENTRY_LISTS:
            answer[name] = [entry_to_record(e) for e in getattr(self, name)]
        for name in _PEOPLE_LISTS:
            answer[name] = [person_to_record(p) for p in getattr(self, name)]
        answer["notes"] = [[code, _plain(values)] for code, values in self.notes]
        answer["calendars"] = None if self.calendars is None else list(self.calendars)
        answer["intention"] = None if self.intention is None else list(self.intention)
        answer["action"] = None if self.action is None else list(self.action)
        answer["gap"] = None if self.gap is None else [to_utc_text(t) for t in self.gap]
        answer["settings"] = None
        if self.settings is not None:  # imported only then: `dayweave log` never needs it
            from tracker.kernel.settings import settings_to_record

            answer["settings"] = settings_to_record(self.settings)
        return answer

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Result:
        result = cls(str(data.get("request", "")))
        result.undone = bool(data.get("undone"))
        for name in _ENTRY_LISTS:
            setattr(result, name, [entry_from_record(r) for r in data.get(name) or ()])
        for name in _PEOPLE_LISTS:
            setattr(result, name, [person_from_record(r) for r in data.get(name) or ()])
        result.notes = [(str(code), dict(values)) for code, values in data.get("notes") or ()]
        if isinstance(data.get("calendars"), list):
            result.calendars = tuple(str(c) for c in data["calendars"])
        intention = data.get("intention")
        if isinstance(intention, list) and len(intention) == 2:
            result.intention = (str(intention[0]), str(intention[1]))
        action = data.get("action")
        if isinstance(action, list) and len(action) == 2:
            result.action = (str(action[0]), str(action[1]))
        gap = data.get("gap")
        if isinstance(gap, list) and len(gap) == 2:
            result.gap = (parse_utc(gap[0]), parse_utc(gap[1]))
        if data.get("settings") is not None:
            from tracker.kernel.settings import settings_from_record

            result.settings = settings_from_record(data["settings"])
        return result


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    """Note values as JSON: times as ISO text."""
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in values.items()}
