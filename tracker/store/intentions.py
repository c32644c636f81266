"""The one intention for a week, typed at the weekly review moment (issue 22): a note each
device writes in its own folder (`intentions.json`: per week, its Monday as an ISO date, the
text, rev, updated and device), since no device writes another's folder. Every device reads
every folder's note and, per week, the highest (rev, updated, device) wins, the rule of
settings and of the devices' names (store/devices.py). An empty text takes an intention back.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from tracker.store.journal import Journal

__all__ = ["NOTE_FILE", "intention_for", "merge_intention_copy", "note_intention", "week_of"]

NOTE_FILE = "intentions.json"


def week_of(day: date) -> date:
    """The Monday of `day`'s week: an intention is for a week, named by its Monday, whatever
    day the user's weeks start on (the key must be the same on every device)."""
    return day - timedelta(days=day.weekday())


def intention_for(journal: Journal, day: date) -> str:
    """The intention for the week holding `day`; "" when there is none."""
    note = _newest_notes(journal).get(week_of(day).isoformat(), {})
    text = note.get("text")
    return text if isinstance(text, str) else ""


def note_intention(journal: Journal, day: date, text: str) -> None:
    """A new version of the intention for `day`'s week, after the one in force: one rev more
    and `updated` by the hybrid logical clock, written in this device's own folder."""
    from tracker.kernel.merge import next_updated, settings_key
    from tracker.store.device_state import read_plain_checked

    week = week_of(day).isoformat()
    with journal.writing(backup=False):
        held = _newest_notes(journal).get(week, {})
        rev, updated, _by = settings_key(held)
        note = {
            "text": text,
            "rev": rev + 1,
            "updated": next_updated(journal.clock.now(), updated),
            "device": journal.device,
        }
        path = journal.layout.own_dir / NOTE_FILE
        own, _problem = read_plain_checked(journal.files, path)
        notes = dict((own or {}).get("intentions") or {})
        notes[week] = note
        journal.files.write_plain(path, {"intentions": notes})


def merge_intention_copy(journal: Journal, path: Path, copy: Path) -> bool:
    """A sync tool's conflict copy of this device's note, merged into it per week (under the
    lock, by store/conflicts.py); False while the copy cannot be read yet."""
    from tracker.store.device_state import read_plain_checked

    theirs, problem = read_plain_checked(journal.files, copy)
    if problem:
        return False
    newest: dict[str, dict[str, Any]] = {}
    _keep_newest(newest, theirs)
    ours, problem = read_plain_checked(journal.files, path)
    if problem:  # kept aside, never written over
        journal.repairs.set_aside(path, f"not readable intentions: {problem}")
    _keep_newest(newest, ours)
    if newest:
        journal.files.write_plain(path, {"intentions": newest})
    return True


def _newest_notes(journal: Journal) -> dict[str, dict[str, Any]]:
    """Per week, the winning note of every folder's (and their conflict copies)."""
    from tracker.store.device_state import read_plain_checked

    newest: dict[str, dict[str, Any]] = {}
    for folder in journal.files.device_dirs(journal.layout):
        path = folder / NOTE_FILE
        for each in (*journal.files.conflict_copies(folder).get(path.name, ()), path):
            record, problem = read_plain_checked(journal.files, each)
            if problem and each == path:  # this device's kept aside, never written over
                journal.repairs.set_aside(path, f"not readable intentions: {problem}")
            _keep_newest(newest, None if problem else record)
    return newest


def _keep_newest(newest: dict[str, dict[str, Any]], record: dict[str, Any] | None) -> None:
    """Each note of RECORD that wins over the one held for its week, by (rev, updated,
    device); anything else in the file is passed over."""
    from tracker.kernel.merge import settings_key

    notes = (record or {}).get("intentions")
    for week, note in notes.items() if isinstance(notes, dict) else ():
        held = newest.get(week)
        if isinstance(note, dict) and (held is None or settings_key(note) > settings_key(held)):
            newest[week] = note
