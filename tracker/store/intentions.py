"""The one intention for a week, typed at the weekly review moment (issue 22): a note each
device writes in its own folder (`intentions.json`: per week, its first day by the user's
first weekday as an ISO date (before, always its Monday: still read), the text, rev, updated
and device), since no device writes another's folder. Every device reads
every folder's note and, per week, the highest (rev, updated, device) wins, the rule of
settings and of the devices' names (store/notes.py). An empty text takes an intention back.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from tracker.kernel.days import week_start
from tracker.store.atomic import StoreWriteError

if TYPE_CHECKING:
    from pathlib import Path

    from tracker.store.journal import Journal

__all__ = [
    "NOTE_FILE",
    "IntentionsStillArriving",
    "intention_for",
    "merge_intention_copy",
    "note_intention",
    "week_of",
]

NOTE_FILE = "intentions.json"


class IntentionsStillArriving(StoreWriteError):
    """Another device's note is cut short by a copy in flight: no intention set until it has
    arrived, as no block is placed while a day file arrives (store/entries.py)."""

    def __init__(self, device: str) -> None:
        from tracker.kernel.words import translate

        text = translate(
            "Store", "the intentions of %1 are still arriving from the sync; try again in a moment"
        )
        super().__init__(0, text.replace("%1", device))
        self.file_name = NOTE_FILE


def week_of(day: date, first_weekday: int = 0) -> date:
    """The first day of `day`'s week, by the user's first weekday (kernel/days.py): an
    intention is for the user's week and kept under its first day. Settings are one across
    devices, so the key is the same on every device."""
    return week_start(day, first_weekday)


def intention_for(journal: Journal, day: date, first_weekday: int = 0) -> str:
    """The intention for the user's week holding `day`; "" when there is none."""
    text = _note_for(_newest_notes(journal), day, first_weekday).get("text")
    return text if isinstance(text, str) else ""


def note_intention(journal: Journal, day: date, text: str, first_weekday: int = 0) -> None:
    """A new version of the intention for `day`'s week, after the one in force: one rev more
    and `updated` by the hybrid logical clock, written in this device's own folder."""
    from tracker.kernel.merge import next_updated, settings_key
    from tracker.store.device_state import read_plain_checked

    week = week_of(day, first_weekday).isoformat()
    with journal.writing(backup=False):
        unreadable: list[Path] = []
        held = _note_for(_newest_notes(journal, unreadable), day, first_weekday)
        _refuse_while_arriving(journal, unreadable)
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


def _note_for(notes: dict[str, dict[str, Any]], day: date, first_weekday: int) -> dict[str, Any]:
    """The note in force for the user's week holding `day`: kept under its first day, or,
    written before weeks followed the setting, under the Monday inside it; the newer wins."""
    from tracker.kernel.merge import settings_key

    first = week_of(day, first_weekday)
    monday = first + timedelta(days=-first.weekday() % 7)
    found = [notes[key] for key in {first.isoformat(), monday.isoformat()} if key in notes]
    return max(found, key=settings_key, default={})


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


def _newest_notes(
    journal: Journal, unreadable: list[Path] | None = None
) -> dict[str, dict[str, Any]]:
    """Per week, the winning note of every folder's (and their conflict copies); each
    folder's note that cannot be read is added to `unreadable`."""
    from tracker.store.notes import newest_notes

    def not_read(path: Path, problem: str) -> None:
        if unreadable is not None:
            unreadable.append(path)
        # This device's kept aside, never written over; another's is only named.
        journal.repairs.set_aside(path, f"not readable intentions: {problem}")

    return newest_notes(journal, NOTE_FILE, "intentions", not_read)


def _refuse_while_arriving(journal: Journal, unreadable: list[Path]) -> None:
    """Another device's note that cannot be read and changed in the last minutes may be a copy
    in flight, holding a newer intention for this week: refused until it has arrived. One
    broken for longer (a device gone for good) is damage, named by check, and stops nothing."""
    own = journal.layout.own_dir
    for path in unreadable:
        if path.parent != own and journal.files.changed_lately(path, own):
            raise IntentionsStillArriving(path.parent.name)
