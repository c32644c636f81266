"""`dayweave import`: a backup (or another tracker's history) back into the data folder.

Every version keeps its own rev, updated and device, and is written only where it is newer
than the one in force, so the highest (rev, updated, device) wins as in the merge of device
folders: importing twice changes nothing. Each record is checked as the store checks what it
reads; a bad one is named and skipped, the rest imported. The blocks keep the rules of the day
(placing.py): they trim the blocks logged here, counted as `entries_trimmed`; `dry_run`
counts without writing.
"""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import TYPE_CHECKING, Any

from tracker.commands.door import Commands, handles
from tracker.commands.requests import ImportRecords
from tracker.commands.results import Result
from tracker.exchange.backup import check_records, check_version
from tracker.kernel.merge import merge_versions, version_key
from tracker.kernel.model import Entry, ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tracker.exchange.placing import Placing

__all__ = ["COUNTS", "import_records"]

COUNTS = (
    "entries_added", "entries_updated", "entries_unchanged", "entries_trimmed",
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


def _placed(
    door: Commands,
    pairs: list[Any],
    held: Iterable[Entry],
    problems: list[tuple[str, str]],
    *,
    stack: bool,
) -> tuple[list[Any], Placing]:
    """The imported versions as the rules of the day leave them, in the order they start: a
    block takes its minutes from those `held` (and, to `stack`, from earlier imported ones),
    as `log` does."""
    from tracker.exchange.placing import Placing

    placing = Placing(held, {entry.id for entry, _ in pairs}, door.clock.now(), stack=stack)
    kept = []
    for entry, was in sorted(pairs, key=lambda pair: pair[0].start):
        if entry.is_block and not entry.deleted:
            try:
                placing.place(entry)
            except ValidationError as error:  # a running block that began after it
                problems.append((f"entry {entry.id}", str(error)))
                continue
        kept.append((entry, was))
    return [(placing.incoming.get(entry.id, entry), was) for entry, was in kept], placing


def _write(door: Commands, pairs: list[Any], placing: Placing, result: Result) -> set[str]:
    """Keep the imported versions, then the blocks they trimmed as new versions of this device
    (said in the result, as `log` says them)."""
    written = door.journal.keep_entries(pairs) if pairs else set()
    if placing.changed or placing.created:
        from tracker.commands.writes import Writes

        writes = Writes()
        for before, after in placing.changed.values():
            writes.entry(before, after)
        for tail in placing.created.values():
            writes.entry(None, tail)
        stored, _ = writes.commit(door.journal)
        for _before, after in placing.changed.values():
            (result.removed if after.deleted else result.trimmed).append(stored[after.id])
        result.split += [stored[tail.id] for tail in placing.created.values()]
    return written


def _import_entries(
    door: Commands,
    request: ImportRecords,
    entries: list[Entry],
    problems: list[tuple[str, str]],
    counts: dict[str, int],
    result: Result,
) -> None:
    """Keep the entries newer than those here, placed by the rules of the day; count them."""
    journal = door.journal
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
    # A backup's blocks trim only those this device logged: two other devices' blocks may
    # overlap in it (logged apart, then synced), and a chunk cannot tell the blocks of the
    # chunks before it from those that were here.
    peers = request.version is None
    here = [e for e in current.values() if peers or e.device == journal.device]
    pairs, placing = _placed(door, pairs, here, problems, stack=peers)
    counts["skipped"] = len(problems)
    counts["entries_trimmed"] = len(placing.changed)
    if request.dry_run:
        written = {entry.id for entry, _ in pairs}
    else:
        with journal.transaction():  # the imported versions and what they trimmed, together
            written = _write(door, pairs, placing, result)
    for entry, held in pairs:
        if entry.id not in written:
            counts["entries_unchanged"] += 1  # a file held this version, or a newer one
            continue
        counts["entries_added" if held is None else "entries_updated"] += 1
        result.stored.append(entry)
        if held is not None:
            result.replaced.append(held)


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
    if request.dry_run:
        written = {p.id for p in newer_people}
    else:
        written = journal.keep_people(newer_people) if newer_people else set()
    for person in newer_people:
        if person.id not in written:
            counts["people_unchanged"] += 1
            continue
        added = person.id not in current_people
        counts["people_added" if added else "people_updated"] += 1
        (result.people_added if added else result.people_changed).append(person)

    _import_entries(door, request, entries, problems, counts, result)

    settings = "none"
    if request.settings and not _time_of_change(request.settings.get("updated", "")):
        problems.append(("settings", "their time of change is not a time Dayweave writes"))
        counts["skipped"] += 1
    elif request.settings and request.dry_run:
        settings = "unchanged"  # whether they are newer is known only by keeping them
    elif request.settings:
        from tracker.kernel.settings import settings_from_record

        newer = journal.keep_settings(settings_from_record(request.settings))
        settings = "updated" if newer else "unchanged"
        if newer:
            result.settings = journal.settings()
    if request.dry_run:
        result.stored, result.replaced, result.people_added, result.people_changed = [], [], [], []
        result.trimmed, result.removed, result.split = [], [], []
        result.note("dry_run")
    elif result.changes:
        # An import is not undone by Undo (it may be thousands of versions, and importing again
        # is harmless); what Undo held before it may have been overwritten by it.
        door.forget_undo()
    result.note("imported_records", settings=settings, **counts)
    for where, why in problems:
        result.note("record_problem", where=where, why=why)
    return result
