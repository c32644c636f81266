"""`dayweave import`: a backup (or another tracker's history) back into the data folder.

Every version keeps its own rev, updated and device, and is written only where it is newer
than the one in force, so the highest (rev, updated, device) wins as in the merge of device
folders: importing twice changes nothing. Each record is checked as the store checks what it
reads; a bad one is named and skipped, the rest imported.
"""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import Any

from tracker.commands.door import Commands, handles
from tracker.commands.requests import ImportRecords
from tracker.commands.results import Result
from tracker.exchange.backup import check_records, check_version
from tracker.kernel.merge import merge_versions, version_key

__all__ = ["COUNTS", "import_records"]

COUNTS = (
    "entries_added", "entries_updated", "entries_unchanged",
    "people_added", "people_updated", "people_unchanged", "skipped",
)  # fmt: skip
# Where an entry already there is looked for first: as far as an edit looks for one.
_NEAR_DAYS = 31


def _days_near(entries: list[Any]) -> list[str]:
    days: set[str] = set()
    for start_day in {e.start.astimezone(UTC).date() for e in entries}:
        for shift in range(-_NEAR_DAYS, _NEAR_DAYS + 1):
            days.add((start_day + timedelta(days=shift)).isoformat())
    return sorted(days)


def _time_of_change(updated: Any) -> bool:
    """Settings have no rev: newest `updated` wins, compared as text, so only the form Dayweave
    writes may enter ("x" would sort after every real time and win every import for good)."""
    from tracker.kernel.timefmt import parse_utc, to_updated_text

    if updated == "":
        return True  # never changed: loses to any settings in force
    try:
        return isinstance(updated, str) and to_updated_text(parse_utc(updated)) == updated
    except ValueError:
        return False


@handles(ImportRecords)
def import_records(door: Commands, request: ImportRecords) -> Result:
    if request.version is not None:
        check_version(request.version)
    entries, people, problems = check_records(request.entries, request.people, request.first or 0)
    journal = door.journal
    result = Result(request.NAME)
    counts = dict.fromkeys(COUNTS, 0)
    counts["skipped"] = len(problems)

    current_people = {p.id: p for p in journal.people(include_deleted=True)}
    newer_people = []
    for person in merge_versions(people).values():
        kept = current_people.get(person.id)
        if kept is not None and version_key(kept) >= version_key(person):
            counts["people_unchanged"] += 1
        else:
            newer_people.append(person)
    written = journal.keep_people(newer_people) if newer_people else set()
    for person in newer_people:
        if person.id not in written:
            counts["people_unchanged"] += 1
            continue
        added = person.id not in current_people
        counts["people_added" if added else "people_updated"] += 1
        (result.people_added if added else result.people_changed).append(person)

    wanted = list(merge_versions(entries).values())
    near = _days_near(wanted)
    current = {e.id: e for e in journal.entries_on_days(near)} if wanted else {}
    # Only an edited entry (rev > 1) can have moved further than a month from where it is
    # held here; a stale copy left in its old day would show beside the new one.
    edited = {e.id for e in wanted if e.rev > 1 and e.id not in current}
    if edited:
        current.update((e.id, e) for e in journal.held_elsewhere(edited, set(near)))
    pairs = []
    for entry in wanted:
        held = current.get(entry.id)
        if held is not None and version_key(held) >= version_key(entry):
            counts["entries_unchanged"] += 1
        else:
            pairs.append((entry, held))
    written = journal.keep_entries(pairs) if pairs else set()
    for entry, held in pairs:
        if entry.id not in written:
            counts["entries_unchanged"] += 1  # a file held this version, or a newer one
            continue
        counts["entries_added" if held is None else "entries_updated"] += 1
        result.stored.append(entry)
        if held is not None:
            result.replaced.append(held)

    settings = "none"
    if request.settings and not _time_of_change(request.settings.get("updated", "")):
        problems.append(("settings", "their time of change is not a time Dayweave writes"))
        counts["skipped"] += 1
    elif request.settings:
        from tracker.kernel.settings import settings_from_record

        newer = journal.keep_settings(settings_from_record(request.settings))
        settings = "updated" if newer else "unchanged"
        if newer:
            result.settings = journal.settings()
    if result.changes:
        # An import is not undone by Undo (it may be thousands of versions, and importing again
        # is harmless); what Undo held before it may have been overwritten by it.
        door.forget_undo()
    result.note("imported_records", settings=settings, **counts)
    for where, why in problems:
        result.note("record_problem", where=where, why=why)
    return result
