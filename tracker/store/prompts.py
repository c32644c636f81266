"""Which call prompts were used, per call (issue 22): the first-minutes prompt and the
last-minutes prompt put in front of the user during the call, and a next action agreed after
it. Nothing recorded this before (the nudge state keeps shown prompts for 60 days, on one
device); the review counts them over months. A note each device writes in its own folder
(`prompts.json`: per call entry id, "open" / "close" / "agreed" with when), never the call
entry itself: marking a call would take the place of the user's own change in Undo and
make a version of the call the user did not make. Every device reads every folder's note and
their conflict copies; a call's marks are the union of them."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from tracker.kernel.timefmt import to_updated_text

if TYPE_CHECKING:
    from pathlib import Path

    from tracker.store.journal import Journal

__all__ = ["MARKS", "NOTE_FILE", "merge_prompts_copy", "note_prompt", "prompts_used"]

NOTE_FILE = "prompts.json"
MARKS = ("open", "close", "agreed")


def note_prompt(journal: Journal, entry_id: str, mark: str, at: datetime) -> None:
    """`mark` (one of MARKS) for the call `entry_id`: the first time is kept."""
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
        calls[entry_id] = marks
        journal.files.write_plain(path, {"calls": calls})


def prompts_used(journal: Any) -> dict[str, frozenset[str]]:
    """Per call entry id, the marks any device noted; {} for a source without a data folder
    (the PNG's summary of one week)."""
    if not hasattr(journal, "files"):
        return {}
    from tracker.store.device_state import read_plain_checked

    used: dict[str, set[str]] = {}
    for folder in journal.files.device_dirs(journal.layout):
        path = folder / NOTE_FILE
        for each in (*journal.files.conflict_copies(folder).get(path.name, ()), path):
            record, problem = read_plain_checked(journal.files, each)
            if problem and each == path:  # this device's kept aside (another's: only named)
                journal.repairs.set_aside(path, f"not readable call prompts: {problem}")
            _union(used, None if problem else record)
    return {entry: frozenset(marks) for entry, marks in used.items()}


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
    calls: dict[str, dict[str, str]] = {}
    for record in (theirs, ours):
        found = (record or {}).get("calls")
        for entry, marks in found.items() if isinstance(found, dict) else ():
            for mark, at in marks.items() if isinstance(marks, dict) else ():
                if mark in MARKS and isinstance(at, str):
                    held = calls.setdefault(entry, {})
                    held[mark] = min(held.get(mark, at), at)
    if calls:
        journal.files.write_plain(path, {"calls": calls})
    return True


def _union(used: dict[str, set[str]], record: dict[str, Any] | None) -> None:
    found = (record or {}).get("calls")
    for entry, marks in found.items() if isinstance(found, dict) else ():
        if isinstance(marks, dict):
            used.setdefault(entry, set()).update(m for m in marks if m in MARKS)
