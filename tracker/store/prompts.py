"""Which call prompts were used, per call (issue 22): the first-minutes prompt and the
last-minutes prompt put in front of the user during the call, a next action agreed after it,
and that action kept. Nothing recorded this before (the nudge state keeps shown prompts for 60
days, on one device); the review counts them over months, a person's page lists the actions.
A note each device writes in its own folder (`prompts.json`: per call entry id, "open" /
"close" / "agreed" / "kept" with when, and with "agreed" the action's text, "action", and the
ids of the people it was agreed with, "with"), never the call entry itself: marking a call
would take the place of the user's own change in Undo and make a version of the call the user
did not make. Every device reads every folder's note and their conflict copies; a call's marks
are the union of them, each at its earliest moment; its action the text noted at the earliest
"agreed". An older note's "agreed" without a text still counts as agreed (its text unknown)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from tracker.kernel.model import MAX_TITLE
from tracker.kernel.timefmt import parse_utc, to_updated_text

if TYPE_CHECKING:
    from pathlib import Path

    from tracker.store.journal import Journal

__all__ = [
    "MARKS",
    "NOTE_FILE",
    "Agreed",
    "agreed_actions",
    "last_agreed",
    "merge_prompts_copy",
    "note_prompt",
    "prompts_used",
]

NOTE_FILE = "prompts.json"
MARKS = ("open", "close", "agreed", "kept")
# What a note's action may hold, however the file came to be: a title's length, and a few
# people of a few ids' length (a hostile file of a million ids is read as its first few).
MAX_WITH = 50
MAX_ID = 100
_KNOWN = (*MARKS, "action", "with")
# A day's margin inside the calendar: any zone's local time of a moment between them exists.
_EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
_LATEST = datetime(9999, 12, 30, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Agreed:
    """A next action agreed after the call `call_id`: its text ("" when an older note did not
    keep it), with whom (ids as they were then), when, and whether and when it was kept."""

    call_id: str
    text: str
    people: frozenset[str]
    agreed_at: datetime | None  # None: a moment that is no time (the mark still counts)
    kept: bool
    kept_at: datetime | None


def note_prompt(
    journal: Journal,
    entry_id: str,
    mark: str,
    at: datetime,
    *,
    action: str = "",
    people: Iterable[str] = (),
) -> None:
    """`mark` (one of MARKS) for the call `entry_id`: the first time is kept. With "agreed",
    the action's text and the ids of the people it was agreed with."""
    from tracker.store.device_state import read_plain_checked

    if mark not in MARKS:
        raise ValueError(f"no prompt mark {mark!r}")
    path = journal.layout.own_dir / NOTE_FILE
    with journal.writing(backup=False):
        own, problem = read_plain_checked(journal.files, path)
        if problem:  # kept aside, never written over
            journal.repairs.set_aside(path, f"not readable call prompts: {problem}")
        calls = dict((own or {}).get("calls") or {})
        marks = dict(calls.get(entry_id) or {})
        if mark in marks:
            return
        marks[mark] = to_updated_text(at)
        if mark == "agreed":
            marks["action"] = _text(action)
            marks["with"] = sorted(_ids(list(people)))
        calls[entry_id] = marks
        # A newer Dayweave's fields beside "calls" are kept, not written over.
        journal.files.write_plain(path, {**(own or {}), "calls": calls})


def prompts_used(journal: Any) -> dict[str, frozenset[str]]:
    """Per call entry id, the marks any device noted; {} for a source without a data folder
    (the PNG's summary of one week)."""
    notes = _notes(journal)
    return {entry: frozenset(m for m in note if m in MARKS) for entry, note in notes.items()}


def agreed_actions(journal: Any) -> dict[str, Agreed]:
    """Per call entry id, the next action agreed after it, on any device."""
    found: dict[str, Agreed] = {}
    for entry, note in _notes(journal).items():
        if "agreed" in note:
            found[entry] = Agreed(
                entry,
                _text(note.get("action")),
                frozenset(_ids(note.get("with"))),
                _moment(note["agreed"]),
                "kept" in note,
                _moment(note.get("kept")),
            )
    return found


def last_agreed(found: Mapping[str, Agreed], person_ids: Iterable[str]) -> Agreed | None:
    """The latest action agreed with any of `person_ids` (a person and the records merged
    into them); older notes, which name nobody, are never it."""
    ids = set(person_ids)
    mine = [a for a in found.values() if a.people & ids and a.agreed_at is not None]
    return max(mine, key=lambda a: (a.agreed_at, a.call_id), default=None)


def merge_prompts_copy(journal: Journal, path: Path, copy: Path) -> bool:
    """A sync tool's conflict copy of this device's note, merged into it (under the lock, by
    store/conflicts.py): the union of both, the earlier moment of a mark in both."""
    from tracker.store.device_state import read_plain_checked

    theirs, problem = read_plain_checked(journal.files, copy)
    if problem:
        return False
    ours, problem = read_plain_checked(journal.files, path)
    if problem:  # kept aside, never written over
        journal.repairs.set_aside(path, f"not readable call prompts: {problem}")
    calls: dict[str, dict[str, Any]] = {}
    texts: dict[str, tuple[str, str]] = {}
    for record in (theirs, ours):
        _union(calls, record, texts)
    if calls:  # a newer Dayweave's fields beside "calls" kept, ours over theirs
        journal.files.write_plain(path, {**(theirs or {}), **(ours or {}), "calls": calls})
    return True


def _notes(journal: Any) -> dict[str, dict[str, Any]]:
    """Every folder's note and their conflict copies, as one: per call, its marks (mark ->
    when, as written), and "action" and "with" where an "agreed" brought them."""
    if not hasattr(journal, "files"):
        return {}
    from tracker.store.notes import read_notes

    def not_read(path: Path, problem: str) -> None:
        # This device's kept aside, never written over; another's is only named.
        journal.repairs.set_aside(path, f"not readable call prompts: {problem}")

    calls: dict[str, dict[str, Any]] = {}
    texts: dict[str, tuple[str, str]] = {}
    for record in read_notes(journal, NOTE_FILE, not_read):
        _union(calls, record, texts)
    return calls


def _union(
    calls: dict[str, dict[str, Any]],
    record: dict[str, Any] | None,
    texts: dict[str, tuple[str, str]],
) -> None:
    """RECORD's marks added to CALLS: the earlier moment of a mark in both (text, as written;
    a moment that is no text sorts first), the people of both, and the action noted with the
    earliest "agreed" that has one (the smaller text at the same moment). TEXTS holds, per
    call, that (agreed, action) over every record so far: compared with the moment the text
    came with, not the earliest "agreed" of all (an older note's, without text), so every
    device and every order of the files agrees. Fields of a newer Dayweave are kept."""
    found = (record or {}).get("calls")
    for entry, marks in found.items() if isinstance(found, dict) else ():
        if not isinstance(marks, dict):
            continue
        held = calls.setdefault(entry, {})
        for key, value in marks.items():
            if key not in _KNOWN:
                held.setdefault(key, value)
        for mark in MARKS:
            if mark in marks:
                at = marks[mark] if isinstance(marks[mark], str) else ""
                held[mark] = min(str(held.get(mark, at)), at)
        if "agreed" not in marks:
            continue
        action = _text(marks.get("action"))
        theirs = (marks["agreed"] if isinstance(marks["agreed"], str) else "", action)
        if action and (entry not in texts or theirs < texts[entry]):
            texts[entry] = theirs
        held["action"] = texts.get(entry, ("", ""))[1]
        # The held people are already bounded ids: a union, never cut again (order-free).
        held["with"] = sorted(set(held.get("with", ())) | _ids(marks.get("with")))


def _text(value: object) -> str:
    """An action's text on one line, at most a title's length; "" for anything else."""
    if not isinstance(value, str):
        return ""
    return " ".join(value[: MAX_TITLE * 2].split())[:MAX_TITLE]


def _ids(value: object) -> set[str]:
    if not isinstance(value, list):
        return set()
    return {i for i in value[:MAX_WITH] if isinstance(i, str) and 0 < len(i) <= MAX_ID}


def _moment(value: object) -> datetime | None:
    """A mark's moment; None for one that is no time, or one so near the calendar's ends
    that showing it in a zone either side of UTC would overflow (a hostile file's)."""
    try:
        moment = parse_utc(value)
    except (ValueError, OverflowError):
        return None
    return moment if _EARLIEST <= moment <= _LATEST else None
