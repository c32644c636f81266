"""A sync tool's conflict copies (Syncthing's `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.EXT`):
read as versions of their file, merged by the same rule as device folders, and removed once
merged, by the device whose folder holds them only.

One writer per device folder means a conflict copy appears only where two machines wrote one
folder (a copied home folder with its device id) or a file changed while a sync was in flight.
Either way both copies are versions of the same records: the newest version per id wins.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.kernel.logs import logger
from tracker.store.layout import entry_keys, original_name

if TYPE_CHECKING:
    from tracker.store.journal import Journal

__all__ = ["conflict_copies_in", "merge_own_conflict_copies"]

log = logger("dayweave.store")


_listed: dict[Path, tuple[tuple[int, int], dict[str, list[Path]]]] = {}


def conflict_copies_in(folder: Path) -> dict[str, list[Path]]:
    """The conflict copies in one folder by the name of their file, kept while the folder's
    listing does not change (its mtime): every read asks, and copies are rare."""
    try:
        info = os.stat(folder)
    except OSError:
        return {}
    key = (info.st_ino, info.st_mtime_ns)
    cached = _listed.get(folder)
    # A listing made within two seconds of the folder's change may have missed a second
    # change in the same tick of the file system's clock (git's "racy" rule): list again.
    settled = time.time() - info.st_mtime > 2
    if cached is not None and cached[0] == key and settled:
        return cached[1]
    try:
        names = os.listdir(folder)
    except OSError:
        return {}
    found: dict[str, list[Path]] = {}
    for name in sorted(names):
        if (original := original_name(name)) is not None:
            found.setdefault(original, []).append(folder / name)
    _listed[folder] = (key, found)
    return found


def merge_own_conflict_copies(journal: Journal) -> int:
    """Merge the conflict copies in this device's folder into their files, then remove them.
    Only the lock holder calls this: the folder is this device's, and no one else writes it.
    A copy that cannot be read yet (still arriving) stays for the next write."""
    files = journal.files
    own = journal.layout.own_dir
    removed = 0
    for original, copies in sorted(files.conflict_copies(own).items()):
        for copy in copies:
            if _merge_one(journal, own / original, copy):
                files.remove(copy)
                removed += 1
    if removed:
        # Gone once merged, so `check` cannot name them any more: said here, once.
        from tracker.kernel.words import translate
        from tracker.store.warn import warn

        text = translate(
            "Store",
            "%1 sync conflict copies merged: two machines write as this device (%2); remove "
            "the file device-id from the configuration folder of one of them",
        )
        said = text.replace("%1", str(removed)).replace("%2", own.name)
        warn("merged and removed %d conflict copies in %s", removed, own.name, text=said)
    return removed


def _merge_one(journal: Journal, path: Path, copy: Path) -> bool:
    """True when the copy's content is in its file now (or it holds nothing to keep)."""
    from tracker.store.storage import DamagedFileError

    files = journal.files
    if path.name == "people.json" or entry_keys([path.name])[0]:  # day files, not schema 1's
        try:
            table = files.read_table(copy) or {}
        except DamagedFileError as error:
            log.info(
                "conflict copy %s not readable yet (%s); left for later", copy.name, error.code
            )
            return False
        from tracker.store.keeping import keep_records

        records = [r for r in table.get("_default", {}).values() if isinstance(r, dict)]
        keep_records(journal, path, records)
        return True
    if entry_keys([path.name])[1]:  # schema 1's month file, split into days since
        return _merge_month(journal, copy)
    if path.name == "settings.json":
        return _merge_settings(journal, path, copy)
    if path.name == "devices.json":
        from tracker.store.devices import merge_note_copy

        return merge_note_copy(journal, path, copy)
    if path.name == "calendars.json":
        from tracker.store.device_state import merge_calendar_copy

        return merge_calendar_copy(journal, path, copy)
    if path.name == "intentions.json":
        from tracker.store.intentions import merge_intention_copy

        return merge_intention_copy(journal, path, copy)
    if path.name == "prompts.json":
        from tracker.store.prompts import merge_prompts_copy

        return merge_prompts_copy(journal, path, copy)
    if path.name == "lost-edits.json":  # each copy's kept versions: none is dropped
        from tracker.store.lost import merge_kept_copy

        return merge_kept_copy(journal, path, copy)
    from tracker.store.plainfiles import PLAIN_FILES

    # This device's own notes (meta, nudges, session, undo): the file in place is
    # the one this device wrote last; the copy adds nothing the readers would take.
    return path.name in PLAIN_FILES


def _merge_month(journal: Journal, copy: Path) -> bool:
    """A copy of a month file (another machine's older Dayweave wrote one): its records go to
    the day files of their start, as the upgrade split the month itself."""
    from tracker.store.keeping import keep_records
    from tracker.store.storage import DamagedFileError

    try:
        table = journal.files.read_table(copy) or {}
    except DamagedFileError:
        return False  # not readable yet: left for later
    days: dict[str, list[dict[str, Any]]] = {}
    for record in table.get("_default", {}).values():
        start = record.get("start") if isinstance(record, dict) else None
        if isinstance(start, str) and entry_keys([f"entries-{start[:10]}.json"])[0]:
            days.setdefault(start[:10], []).append(record)
    layout = journal.layout
    for day, records in sorted(days.items()):
        keep_records(journal, layout.day_file(layout.own_dir, day), records)
    return True


def _merge_settings(journal: Journal, path: Path, copy: Path) -> bool:
    from tracker.store.plainfiles import read_plain_checked

    theirs, problem = read_plain_checked(journal.files, copy)
    if problem:
        log.info("conflict copy %s not readable yet; left for later", copy.name)
        return False
    ours, _problem = read_plain_checked(journal.files, path)
    if isinstance(theirs, dict) and _key(theirs) > _key(ours):
        journal.files.write_plain(path, theirs)
    return True


def _key(record: Any) -> tuple[int, str, str]:
    """The rule every reader uses for settings (kernel/merge.py): the same winner here."""
    from tracker.kernel.merge import settings_key

    return settings_key(record) if isinstance(record, dict) else (-1, "", "")
