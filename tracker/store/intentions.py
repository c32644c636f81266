"""The one intention for a week, typed at the weekly review moment (issue 22): a note each
device writes in its own folder (`intentions.json`: per week, its Monday as an ISO date, the
text, rev, updated and device), since no device writes another's folder. Every device reads
every folder's note and, per week, the highest (rev, updated, device) wins, the rule of
settings and of the devices' names (store/notes.py). An empty text takes an intention back.
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
    from tracker.store.notes import keep_newest

    newest: dict[str, dict[str, Any]] = {}
    keep_newest(newest, theirs, "intentions")
    ours, problem = read_plain_checked(journal.files, path)
    if problem:  # kept aside, never written over
        journal.repairs.set_aside(path, f"not readable intentions: {problem}")
    keep_newest(newest, ours, "intentions")
    if newest:
        journal.files.write_plain(path, {"intentions": newest})
    return True


def _newest_notes(journal: Journal) -> dict[str, dict[str, Any]]:
    """Per week, the winning note of every folder's (and their conflict copies)."""
    from tracker.store.notes import newest_notes

    def unreadable(path: Path, problem: str) -> None:
        # This device's kept aside, never written over; another's is only named.
        journal.repairs.set_aside(path, f"not readable intentions: {problem}")

    return newest_notes(journal, NOTE_FILE, "intentions", unreadable)
