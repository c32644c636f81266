"""Versions kept as they are: an import writes another device's (or a backup's) version of an
entry or person with its own rev, updated and device, and only where it is newer than what a
file holds, so the merge of device folders picks the same winner it would have picked."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.kernel.codec import entry_to_record, person_to_record
from tracker.kernel.merge import lost_to
from tracker.kernel.model import Entry, Person
from tracker.store.entries import table_for_write
from tracker.store.layout import day_key
from tracker.store.lost import keep_lost
from tracker.store.records import raw_version

if TYPE_CHECKING:
    from tracker.kernel.settings import Settings
    from tracker.store.journal import Journal

__all__ = ["held_elsewhere", "keep_entries", "keep_people", "keep_records", "keep_settings"]


def _keep_in(journal: Journal, path: Path, records: list[dict[str, Any]]) -> set[str]:
    """Write the records into one TinyDB file where it holds no equal or newer version of
    them: at most one rewrite for the new ones and one for the replaced (TinyDB rewrites the
    whole file each time, so a record at a time would cost a day file per entry)."""
    newest: dict[str, dict[str, Any]] = {}
    for given in records:
        held = newest.get(given["id"])
        if held is None or _version(given) > _version(held):
            newest[given["id"]] = given
    journal.entry_store.forget(path)
    if journal._people_store is not None:
        journal._people_store.forget()
    table = table_for_write(journal, path)
    replaced: dict[int, dict[str, Any]] = {}
    lost: list[dict[str, Any]] = []  # an entry version the one replacing it was not made after
    for document in table.all():
        ident = document.get("id")  # a hand-edited file may hold any JSON here
        record = newest.get(ident) if isinstance(ident, str) else None
        if record is None:
            continue
        version = raw_version(document)
        if version is not None and version >= _version(record):
            del newest[record["id"]]  # the file holds this version, or a newer one
        else:
            replaced[document.doc_id] = newest.pop(record["id"])
            if path.name.startswith("entries-") and lost_to(record, document):
                lost.append(dict(document))
    keep_lost(journal, lost)
    if replaced:
        by_id = {record["id"]: record for record in replaced.values()}

        def replace(document: dict[str, Any]) -> None:
            record = by_id[document["id"]]
            document.clear()  # fields of the old version must not outlive it
            document.update(record)

        table.update(replace, doc_ids=list(replaced))
    if newest:
        table.insert_multiple(newest.values())
    return {r["id"] for r in replaced.values()} | set(newest)


def keep_records(journal: Journal, path: Path, records: list[dict[str, Any]]) -> set[str]:
    """Raw records (a conflict copy's) into one of this device's TinyDB files, where newer
    than what it holds; the caller holds the lock."""
    valid = [r for r in records if raw_version(r) is not None]
    return _keep_in(journal, path, valid) if valid else set()


def _version(record: dict[str, Any]) -> tuple[int, str, str]:
    """What a record to keep is: an entry's or a person's record, versioned."""
    return raw_version(record) or (0, "", "")


def held_elsewhere(journal: Journal, ids: set[str], skip: set[str]) -> list[Entry]:
    """The current versions of these ids in any day but the `skip` ones (already looked in):
    an entry moved months away is found in its old day, whose copy must be replaced too.
    Reads raw records (a year's in about 0.3 s) and builds only the entries asked for."""
    from tracker.store.entries import entry_or_none

    days = [day for day in journal.entry_days() if day not in skip]
    found = []
    for entry_id, record in journal.entry_store.merged_records(days).items():
        if entry_id in ids:
            entry = entry_or_none(record)
            if entry is not None:
                found.append(entry)
    return found


def keep_entries(journal: Journal, pairs: Iterable[tuple[Entry, Entry | None]]) -> set[str]:
    """Keep each entry version (paired with the current one, if any) in this device's day
    file for its start; an entry that moved day goes into the old day's file too, as an edit
    does, so a reader of either day sees the newest version. Returns the ids written."""
    layout = journal.layout
    by_path: dict[Path, list[dict[str, Any]]] = defaultdict(list)
    for entry, current in pairs:
        record = entry_to_record(entry)
        by_path[layout.day_file(layout.own_dir, day_key(entry.start))].append(record)
        if current is not None and day_key(current.start) != day_key(entry.start):
            by_path[layout.day_file(layout.own_dir, day_key(current.start))].append(record)
    written: set[str] = set()
    with journal.writing():
        for path, records in sorted(by_path.items()):
            written |= _keep_in(journal, path, records)
    return written


def keep_people(journal: Journal, people: Iterable[Person]) -> set[str]:
    records = [person_to_record(p) for p in people]
    if not records:
        return set()
    with journal.writing():
        return _keep_in(journal, journal.layout.people_file(journal.layout.own_dir), records)


def keep_settings(journal: Journal, settings: Settings) -> bool:
    """Settings with their own `updated`, when newer than the ones in force (newest wins)."""
    from tracker.kernel.merge import settings_key
    from tracker.kernel.settings import settings_to_record, validate_settings
    from tracker.kernel.timefmt import sortable_updated

    validate_settings(settings)
    held = journal.settings()
    if sortable_updated(settings.updated) <= sortable_updated(held.updated):
        return False
    # Kept as they came, but at least one rev above the settings in force: an export's rev 0
    # (or another device's older rev) written as it was would lose to them, and take this
    # device's own newer settings with it (the winner is by (rev, updated, device)).
    record = settings_to_record(settings)
    rev = max(settings_key(record)[0], settings_key(settings_to_record(held))[0] + 1)
    record.update(rev=rev, device=record.get("device") or journal.device)
    with journal.writing():
        journal.files.write_plain(journal.layout.own_dir / "settings.json", record)
    return True
