"""The one intention for a week, typed at the weekly review moment (issue 22): a note each
device writes in its own folder (`intentions.json`: per week, its first day by the user's
first weekday as an ISO date (before, always its Monday: still read), the text, rev, updated
and device), since no device writes another's folder. Every device reads
every folder's note and, per week, the highest (rev, updated, device) wins, the rule of
settings and of the devices' names (store/notes.py). An empty text takes an intention back.

Beside them, `reviewed`: the weeks' review moments answered on this device (per moment's day,
when), so the user's other devices do not offer that week's moment again; any device's
counts.
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
    "REVIEWED_KEPT",
    "IntentionsStillArriving",
    "intention_for",
    "merge_intention_copy",
    "note_intention",
    "note_reviewed",
    "reviewed",
    "week_of",
]

NOTE_FILE = "intentions.json"
REVIEWED_KEPT = timedelta(weeks=8)  # the review moments answered, kept this long


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
    from tracker.kernel.model import MAX_TITLE

    text = _note_for(_newest_notes(journal), day, first_weekday).get("text")
    if not isinstance(text, str):
        return ""
    # One line of a title's length, as SetIntention stores it, whatever another device wrote:
    # it is the tray's tooltip and the week's heading.
    return " ".join(text[: MAX_TITLE * 2].split())[:MAX_TITLE]


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
            **held,  # a newer Dayweave's fields of the week's note go on with it
            "text": text,
            "rev": rev + 1,
            "updated": next_updated(journal.clock.now(), updated),
            "device": journal.device,
        }
        path = journal.layout.own_dir / NOTE_FILE
        own, _problem = read_plain_checked(journal.files, path)
        notes = dict((own or {}).get("intentions") or {})
        notes[week] = note
        journal.files.write_plain(path, {**_kept(own), "intentions": notes})


def reviewed(journal: Journal, moment_day: str) -> bool:
    """Whether the review moment of `moment_day` (its day in the user's zone, as in the nudge's
    key) was answered on any device: one notification a week, not one per device. A note that
    cannot be read counts as not saying so."""
    from tracker.store.notes import read_notes

    return any(moment_day in _reviewed_of(note) for note in read_notes(journal, NOTE_FILE))


def note_reviewed(journal: Journal, moment_day: str) -> None:
    """The review moment of `moment_day` answered here (the review opened, or its notification
    answered): noted in this device's note, when, the first time, so no other device offers
    it again that week."""
    from tracker.kernel.timefmt import to_updated_text
    from tracker.store.device_state import read_plain_checked

    path = journal.layout.own_dir / NOTE_FILE
    with journal.writing(backup=False):
        own, problem = read_plain_checked(journal.files, path)
        if problem:  # kept aside, never written over
            journal.repairs.set_aside(path, f"not readable intentions: {problem}")
        done = _reviewed_of(own)
        if moment_day not in done:
            # Only this week's moment is ever asked about: the weeks long gone are let go.
            oldest = (date.fromisoformat(moment_day) - REVIEWED_KEPT).isoformat()
            done = {day: at for day, at in done.items() if day >= oldest}
            done[moment_day] = to_updated_text(journal.clock.now())
            journal.files.write_plain(path, {**_kept(own), "reviewed": done})


def _reviewed_of(record: dict[str, Any] | None) -> dict[str, str]:
    """The review moments a note says were answered, by day (anything else passed over)."""
    found = (record or {}).get("reviewed")
    items = found.items() if isinstance(found, dict) else ()
    return {day: at for day, at in items if isinstance(day, str) and isinstance(at, str)}


def _kept(own: dict[str, Any] | None) -> dict[str, Any]:
    """What a write of this device's note keeps of it: all of it, a newer Dayweave's fields
    too (the writer replaces the one field it changes)."""
    return dict(own or {})


def _note_for(notes: dict[str, dict[str, Any]], day: date, first_weekday: int) -> dict[str, Any]:
    """The note in force for the user's week holding `day`: kept under its first day, or,
    written before weeks followed the setting, under the Monday of the Monday-to-Sunday week
    sharing most of its days (the Monday nearest its first day: from a Tuesday to Thursday
    start, the one before it); the newer wins."""
    from tracker.kernel.merge import settings_key

    first = week_of(day, first_weekday)
    try:
        monday = week_start(first + timedelta(days=3))
    except OverflowError:  # the calendar's last days: no older note's Monday after them
        monday = first
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
    done = _reviewed_of(ours)
    for day, at in _reviewed_of(theirs).items():  # answered in either: answered
        done[day] = min(done.get(day, at), at)
    if newest or done:  # a newer Dayweave's fields kept, ours over theirs
        kept = {**(theirs or {}), **_kept(ours)}
        journal.files.write_plain(path, {**kept, "intentions": newest, "reviewed": done})
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
