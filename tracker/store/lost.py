"""Lost edits (issue 23): an entry edited on two devices before either saw the other's edit
has two versions; the merge rule shows the newest, and the other is a lost edit. It is
never silently dropped: while its writer has not written that entry again it is still in
its writer's day file, found there by reading every version (not only the winners); when
its writer writes the entry again (over the version in force), the lost one is first
copied into that device's own `lost-edits.json`. `dayweave check` counts them and
`dayweave history ID` shows them. The rule (kernel/merge.py lost_to) is in
docs/ARCHITECTURE.md."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracker.kernel.merge import lost_to
from tracker.store.records import raw_version

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from tracker.store.journal import Journal

__all__ = [
    "KEPT_FILE",
    "keep_lost",
    "keep_own_lost",
    "lost_edits",
    "merge_kept_copy",
    "versions_of",
]

KEPT_FILE = "lost-edits.json"


def versions_of(journal: Journal, days: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """Every stored version per entry id in those days' files of every device folder (and
    their conflict copies), the newest per writing device; the winner is among them."""
    files = journal.files
    newest: dict[tuple[str, str], dict[str, Any]] = {}
    for folder in files.device_dirs(journal.layout):
        copies = files.conflict_copies(folder)
        for day in days:
            name = f"entries-{day}.json"
            for path in (folder / name, *copies.get(name, ())):
                for record in _records(journal, path):
                    key = raw_version(record)
                    if key is None:
                        continue
                    held = newest.get((record["id"], key[2]))
                    if held is None or key > raw_version(held):  # type: ignore[operator]
                        newest[(record["id"], key[2])] = record
    found: dict[str, list[dict[str, Any]]] = {}
    for (entry_id, _device), record in sorted(newest.items()):
        found.setdefault(entry_id, []).append(record)
    return found


def lost_edits(journal: Journal, days: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The lost edits in the data folder (of DAYS, else every day): those still in their
    writer's day files and those kept in any device's lost-edits.json, each once."""
    days = journal.entry_store.all_day_keys() if days is None else list(days)
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for versions in versions_of(journal, days).values():
        winner = max(versions, key=raw_version)  # type: ignore[arg-type]
        for version in versions:
            if lost_to(winner, version):
                found[(version["id"], *raw_version(version))] = version  # type: ignore[misc]
    for version in _kept(journal):
        found.setdefault((version["id"], *raw_version(version)), version)  # type: ignore[misc]
    return sorted(found.values(), key=lambda r: (str(r.get("start")), raw_version(r)))


def keep_own_lost(journal: Journal, winner: dict[str, Any], days: Iterable[str]) -> None:
    """Before this device writes a new version over WINNER: its own version of that entry in
    DAYS' files, when WINNER was not made after it, is copied into its lost-edits.json
    (written over next, it would be gone). Called under the lock, by the entry store."""
    own = journal.layout.own_dir
    mine = None
    for day in days:
        path = own / f"entries-{day}.json"
        for record in _records(journal, path):
            if record.get("id") == winner["id"] and lost_to(winner, record):
                mine = record
    if mine is not None:
        _add_kept(journal, own / KEPT_FILE, [mine])


def keep_lost(journal: Journal, versions: list[dict[str, Any]]) -> None:
    """VERSIONS of this device's day files, about to be written over by a version that was
    not made after them (an import, a merged conflict copy), into its lost-edits.json."""
    if versions:
        _add_kept(journal, journal.layout.own_dir / KEPT_FILE, versions)


def merge_kept_copy(journal: Journal, path: Path, copy: Path) -> bool:
    """A sync tool's conflict copy of this device's lost-edits.json: its versions join the
    file (under the lock, by store/conflicts.py); False while the copy cannot be read yet."""
    from tracker.store.device_state import read_plain_checked

    _record, problem = read_plain_checked(journal.files, copy)
    if problem:
        return False
    _add_kept(journal, path, _read(journal, copy))
    return True


def _add_kept(journal: Journal, path: Path, versions: list[dict[str, Any]]) -> None:
    """VERSIONS into this device's lost-edits.json, each once."""
    from tracker.store.device_state import read_plain_checked

    _record, problem = read_plain_checked(journal.files, path)
    if problem:  # damage is kept aside, as any small file's of this device, never written over
        journal.repairs.set_aside(path, f"not readable lost edits: {problem}")
    held = _read(journal, path)
    known = {(r["id"], raw_version(r)) for r in held}
    more = [v for v in versions if (v["id"], raw_version(v)) not in known]
    if more:
        journal.files.write_plain(path, {"versions": [*held, *more]})


def _records(journal: Journal, path: Any) -> list[dict[str, Any]]:
    """One day file's records as they are: a damaged file is check's to name and a writer's
    to repair, never repaired by this look (check changes nothing)."""
    from tracker.store.storage import DamagedFileError

    try:
        table = (journal.files.read_table(path) or {}).get("_default", {})
    except DamagedFileError:
        return []
    return [r for r in table.values() if isinstance(r, dict)]


def _kept(journal: Journal) -> list[dict[str, Any]]:
    """Every device's kept versions, their files' conflict copies (not merged yet) included."""
    files = journal.files
    return [
        record
        for folder in files.device_dirs(journal.layout)
        for path in (folder / KEPT_FILE, *files.conflict_copies(folder).get(KEPT_FILE, ()))
        for record in _read(journal, path)
    ]


def _read(journal: Journal, path: Any) -> list[dict[str, Any]]:
    """The versions kept in one lost-edits.json; none when missing or not readable yet (a
    copy still arriving: read whole next time)."""
    from tracker.store.device_state import read_plain_checked

    record, problem = read_plain_checked(journal.files, path)
    versions = None if problem else (record or {}).get("versions")
    if not isinstance(versions, list):
        return []
    return [v for v in versions if isinstance(v, dict) and raw_version(v) is not None]
