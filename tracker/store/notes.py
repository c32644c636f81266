"""The merge of the small notes each device writes in its own folder under one key per thing
(devices.json per device id, intentions.json per week): since no device writes another's
folder, every device reads every folder's note and every sync tool's conflict copy of it, and
per key the note with the highest (rev, updated, device) wins, the rule of settings
(kernel/merge.py settings_key). Said once here, for every such note."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from tracker.store.journal import Journal

__all__ = ["keep_newest", "newest_notes", "read_notes"]


def read_notes(
    journal: Journal, name: str, unreadable: Callable[[Path, str], None] | None = None
) -> Iterator[dict[str, Any] | None]:
    """Every folder's file NAME and its sync tool's conflict copies, read: each its record, or
    None when it cannot be read. `unreadable(path, problem)` hears of each folder's own file
    (not a copy) that cannot be read."""
    from tracker.store.plainfiles import read_plain_checked

    for folder in journal.files.device_dirs(journal.layout):
        path = folder / name
        for each in (*journal.files.conflict_copies(folder).get(name, ()), path):
            record, problem = read_plain_checked(journal.files, each)
            if problem and each == path and unreadable is not None:
                unreadable(path, problem)
            yield None if problem else record


def newest_notes(
    journal: Journal,
    name: str,
    field: str,
    unreadable: Callable[[Path, str], None] | None = None,
) -> dict[str, dict[str, Any]]:
    """Per key, the winning note under FIELD of every folder's file NAME and of their conflict
    copies. `unreadable(path, problem)` hears of each folder's own file (not a copy) that
    cannot be read; such a file, like an unreadable copy, counts as no notes."""
    newest: dict[str, dict[str, Any]] = {}
    for record in read_notes(journal, name, unreadable):
        keep_newest(newest, record, field)
    return newest


def keep_newest(
    newest: dict[str, dict[str, Any]], record: dict[str, Any] | None, field: str
) -> None:
    """Each note under FIELD of RECORD that wins over the one held for its key, by (rev,
    updated, device); anything else in the file is passed over."""
    from tracker.kernel.merge import settings_key

    notes = (record or {}).get(field)
    for key, note in notes.items() if isinstance(notes, dict) else ():
        held = newest.get(key)
        if isinstance(note, dict) and (held is None or settings_key(note) > settings_key(held)):
            newest[key] = note
