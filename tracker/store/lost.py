"""Lost edits (issue 23): an entry edited on two devices before either saw the other's edit
has two versions; the merge rule shows the newest, and the other is a lost edit. It is
never silently dropped: while its writer has not written that entry again it is still in
its writer's day file, found there by reading every version (not only the winners); when
its writer writes the entry again (over the version in force), the lost one is first
copied into that device's own `lost-edits.json`. `dayweave check` counts them and
`dayweave history ID` shows them. The rule (kernel/merge.py lost_to) is in
docs/ARCHITECTURE.md.

A person's lost edit (a merge counts) and a lost settings change are kept the same way, from
the people and settings files, under their own fields of lost-edits.json ("people",
"settings"), so a Dayweave that knows only "versions" reads the file as before."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracker.kernel.merge import lost_to, settings_key
from tracker.store.records import raw_version

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from tracker.store.journal import Journal

__all__ = [
    "KEPT_FILE",
    "keep_lost",
    "keep_own_lost",
    "keep_own_lost_people",
    "keep_own_lost_settings",
    "lost_edits",
    "lost_person_edits",
    "lost_settings",
    "merge_kept_copy",
    "versions_of",
]

KEPT_FILE = "lost-edits.json"
# lost-edits.json's field per kind of record: "versions" (entries) came first and keeps its name.
ENTRIES, PEOPLE, SETTINGS = "versions", "people", "settings"
_SET = "settings.json"


def versions_of(journal: Journal, days: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """Every stored version per entry id in those days' files of every device folder (and
    their conflict copies), the newest per writing device; the winner is among them."""
    return _newest_each(journal, [f"entries-{day}.json" for day in days])


def _newest_each(journal: Journal, names: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Per id, the newest version each device wrote, in the files NAMES of every device
    folder and their conflict copies."""
    files = journal.files
    newest: dict[tuple[str, str], dict[str, Any]] = {}
    for folder in files.device_dirs(journal.layout):
        copies = files.conflict_copies(folder)
        for name in names:
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
    found = _lost_among(versions_of(journal, days), _kept(journal, ENTRIES))
    return sorted(found, key=lambda r: (str(r.get("start")), raw_version(r)))


def lost_person_edits(journal: Journal) -> list[dict[str, Any]]:
    """A person's versions the one in force was not made after (a merge or a deletion
    counts), in every people file and every lost-edits.json, each once, oldest first."""
    name = journal.layout.people_file(journal.layout.own_dir).name
    found = _lost_among(_newest_each(journal, [name]), _kept(journal, PEOPLE))
    return sorted(found, key=lambda r: (raw_version(r)[1], r["id"]))  # type: ignore[index]


def lost_settings(journal: Journal) -> list[dict[str, Any]]:
    """Settings changes the settings in force were not made after: every device's newest
    settings (and conflict copies), and those kept in any lost-edits.json; oldest first."""
    files = journal.files
    newest: dict[str, dict[str, Any]] = {}
    for folder in files.device_dirs(journal.layout):
        for path in (folder / _SET, *files.conflict_copies(folder).get(_SET, ())):
            record = _plain(journal, path)
            if record is not None and "updated" in record:  # every save writes it
                held = newest.get(settings_key(record)[2])
                if held is None or settings_key(record) > settings_key(held):
                    newest[settings_key(record)[2]] = record
    winner = max(newest.values(), key=settings_key, default=None)
    found = {_key(v): v for v in newest.values() if winner is not None and lost_to(winner, v)}
    for version in _kept(journal, SETTINGS):
        found.setdefault(_key(version), version)
    return sorted(found.values(), key=settings_key)


def _key(record: dict[str, Any]) -> tuple[str, int, str, str]:
    """One version of one record, wherever it is found (a day file, a kept file)."""
    return (str(record.get("id") or ""), *settings_key(record))


def _lost_among(
    versions: dict[str, list[dict[str, Any]]], kept: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for each in versions.values():
        winner = max(each, key=raw_version)  # type: ignore[arg-type]
        for version in each:
            if lost_to(winner, version):
                found[_key(version)] = version
    for version in kept:
        found.setdefault(_key(version), version)
    return list(found.values())


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
        _keep(journal, ENTRIES, [mine])


def keep_own_lost_people(journal: Journal, winners: Iterable[dict[str, Any]]) -> None:
    """Before this device writes new versions of people over WINNERS (raw records): its own
    version of each in its people file, when lost to that winner, is kept first."""
    path = journal.layout.people_file(journal.layout.own_dir)
    own = {r.get("id"): r for r in _records(journal, path)}
    mine = [own[w["id"]] for w in winners if w["id"] in own and lost_to(w, own[w["id"]])]
    _keep(journal, PEOPLE, mine)


def keep_own_lost_settings(journal: Journal, winner: dict[str, Any]) -> None:
    """Before this device saves settings over WINNER: its own, when lost to it, are kept."""
    own = _plain(journal, journal.layout.own_dir / _SET)
    if own is not None and winner and lost_to(winner, own):
        _keep(journal, SETTINGS, [own])


def keep_lost(journal: Journal, versions: list[dict[str, Any]]) -> None:
    """VERSIONS of this device's day files, about to be written over by a version that was
    not made after them (an import, a merged conflict copy), into its lost-edits.json."""
    if versions:
        _keep(journal, ENTRIES, versions)


def merge_kept_copy(journal: Journal, path: Path, copy: Path) -> bool:
    """A sync tool's conflict copy of this device's lost-edits.json: its versions of every
    kind join the file (under the lock, by store/conflicts.py); False while the copy cannot
    be read yet."""
    from tracker.store.plainfiles import read_plain_checked

    _record, problem = read_plain_checked(journal.files, copy)
    if problem:
        return False
    for field in (ENTRIES, PEOPLE, SETTINGS):
        _keep(journal, field, _read(journal, copy, field))
    return True


def _keep(journal: Journal, field: str, mine: list[dict[str, Any]]) -> None:
    """Add MINE to FIELD of this device's lost-edits.json, each version once; the file's
    other fields stay as they are. A damaged file is set aside, as any small file of this
    device, never written over."""
    from tracker.store.plainfiles import read_plain_checked

    if not mine:
        return
    path = journal.layout.own_dir / KEPT_FILE
    _record, problem = read_plain_checked(journal.files, path)
    if problem:
        journal.repairs.set_aside(path, f"not readable lost edits: {problem}")
    whole = _plain(journal, path) or {}
    held = _valid(whole.get(field), field)
    known = {_key(r) for r in held}
    new = [m for m in mine if _key(m) not in known]
    if new:  # "versions" always there: an older Dayweave reads the file as its own
        journal.files.write_plain(path, {ENTRIES: [], **whole, field: [*held, *new]})


def _records(journal: Journal, path: Any) -> list[dict[str, Any]]:
    """One day file's records as they are: a damaged file is check's to name and a writer's
    to repair, never repaired by this look (check changes nothing)."""
    from tracker.store.storage import DamagedFileError

    try:
        table = (journal.files.read_table(path) or {}).get("_default", {})
    except DamagedFileError:
        return []
    return [r for r in table.values() if isinstance(r, dict)]


def _kept(journal: Journal, field: str) -> list[dict[str, Any]]:
    """Every device's kept versions of FIELD, their files' conflict copies (not merged yet)
    included."""
    files = journal.files
    return [
        record
        for folder in files.device_dirs(journal.layout)
        for path in (folder / KEPT_FILE, *files.conflict_copies(folder).get(KEPT_FILE, ()))
        for record in _read(journal, path, field)
    ]


def _read(journal: Journal, path: Any, field: str) -> list[dict[str, Any]]:
    """The versions kept in FIELD of one lost-edits.json; none when missing, damaged or not
    readable yet (a copy still arriving: read whole next time)."""
    from tracker.store.plainfiles import read_plain_checked

    record, problem = read_plain_checked(journal.files, path)
    return [] if problem else _valid((record or {}).get(field), field)


def _plain(journal: Journal, path: Any) -> dict[str, Any] | None:
    """A small file's record; None when missing or not readable (yet: a copy in flight is
    read whole next time; damage is check's to name, store/device_state.py)."""
    try:
        record = journal.files.read_plain(path)
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def _valid(versions: Any, field: str) -> list[dict[str, Any]]:
    """The versions of a kept list that can be told apart: entries and people need an id
    (raw_version); settings have none."""
    if not isinstance(versions, list):
        return []
    return [
        v
        for v in versions
        if isinstance(v, dict) and (field == SETTINGS or raw_version(v) is not None)
    ]
