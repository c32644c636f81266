"""The journal: the one door to stored entries and people, for the app and the command line.

Writes go to this device's own folder only; reads merge every device folder by
(rev, updated, device). Entries live in one TinyDB file per UTC day of their start, so logging
rewrites one day's entries, and showing a week reads only the days around it.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.core.clock import Clock
from tracker.core.frozen import Frozen
from tracker.core.merge import merge_versions
from tracker.core.model import (
    Entry,
    Person,
    entry_from_record,
    entry_to_record,
    normalise_name,
    person_from_record,
    person_to_record,
    validate_entry,
    validate_person,
)
from tracker.core.timefmt import to_updated_text, to_utc_text
from tracker.store.atomic import atomic_write, remove_stale_temp_files
from tracker.store.backups import Backups
from tracker.store.layout import (
    DataLayout,
    day_key,
    days_between,
    entry_keys,
    make_private_dir,
    month_of,
)
from tracker.store.lock import DataLock, LockTimeout
from tracker.store.records import canonical_time, raw_version
from tracker.store.storage import DamagedFileError, check_shape, read_json_file

if TYPE_CHECKING:
    # Settings and nudge state are imported where they are read: `dayweave log` needs neither.
    from tracker.core.nudges import NudgeState
    from tracker.core.settings import Settings
    from tracker.store.tinystorage import MemoryFiles

__all__ = [
    "SCHEMA_VERSION",
    "DamageReport",
    "Journal",
    "NewerSchemaError",
    "NotFound",
    "open_journal",
]


def _warn(message: str, *args: object) -> None:
    # logging is imported only when there is something to say: the log command stays quick.
    import logging

    logging.getLogger(__name__).warning(message, *args)


SCHEMA_VERSION = 2  # 1: a file per month; 2: a file per day (see migrations.py)
# How far before a range a block may begin and still be found in it: as far as running()
# looks, so a two-week holiday logged as one life block shows in its second week too.
_LOOKBACK = timedelta(days=32)
_CONTACT_KINDS = ("call", "meeting", "contact")
_LAST_CONTACT_DAYS = 31 * 13
_SEARCH_CHUNK_DAYS = 31  # searching back reads this many days at a time, newest first
_OPEN_LOCK_WAIT = 0.5  # seconds a reader waits to tidy up before reading without the lock
_NEVER = datetime.min.replace(tzinfo=UTC)


class NotFound(LookupError):
    pass


class NewerSchemaError(RuntimeError):
    pass


class DamageReport(Frozen):
    """A damaged file: where it went and what replaced it. Shown once by the UI, listed by check."""

    __slots__ = ("path", "reason", "moved_to", "restored_from", "code")  # noqa: RUF023 - __init__ order
    path: Path
    reason: str
    moved_to: Path | None
    restored_from: Path | None

    def __init__(
        self,
        path: Path,
        reason: str,
        moved_to: Path | None = None,
        restored_from: Path | None = None,
        code: str = "",  # the kind of damage (DamagedFileError.code); "" when only the reason says
    ) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "reason", reason)
        object.__setattr__(self, "moved_to", moved_to)
        object.__setattr__(self, "restored_from", restored_from)
        object.__setattr__(self, "code", code)

    def describe(self) -> str:
        text = f"{self.path.name} was damaged ({self.reason})."
        if self.restored_from is not None:
            text += f" Restored the backup of {self.restored_from.parent.name}."
        elif self.moved_to is not None:
            text += " No backup held it; it starts empty."
        if self.moved_to is not None:
            text += f" The damaged file is kept as {self.moved_to.name}."
        return text


class Journal:
    def __init__(
        self,
        data_dir: Path,
        device: str,
        clock: Clock,
        *,
        memory: MemoryFiles | None = None,
        hold_lock: bool = False,
        lock_timeout: float = 10.0,
    ) -> None:
        """`memory` swaps the files for TinyDB-shaped memory (tests); then nothing touches disk.

        With `hold_lock` the journal keeps the data folder's lock while open (the app); without,
        it takes the lock around each write (the command line).
        """
        self.layout = DataLayout(data_dir, device)
        self.device = device
        self.clock = clock
        self.memory = memory
        self.hold_lock = hold_lock
        self.lock_timeout = lock_timeout
        self.damage: list[DamageReport] = []
        self._lock = DataLock(self.layout.lock_file) if memory is None else None
        self._backups = Backups(self.layout.own_dir, self.layout.backups_dir)
        self._opened = False

    # -- lifecycle ---------------------------------------------------------------------------

    def open(self) -> Journal:
        if self.memory is None:
            make_private_dir(self.layout.root)
            make_private_dir(self.layout.devices_dir)
            make_private_dir(self.layout.own_dir)
            if self.hold_lock:
                self._lock.acquire(self.lock_timeout)
            try:
                self._tidy_and_check()
            except BaseException:
                if self.hold_lock:
                    self._lock.release()  # a refused open must not keep the folder
                raise
        self._opened = True
        return self

    def _tidy_and_check(self) -> None:
        """Tidying and migrating need the lock; reading does not. While the app holds the
        lock, `dayweave week` and friends read without it (writes are atomic)."""
        try:
            self._lock.acquire(self.lock_timeout if self.hold_lock else _OPEN_LOCK_WAIT)
        except LockTimeout:
            self._check_schema(read_only=True)
            return
        try:
            if self.hold_lock:  # the app; a command leaves it to the next backup (a listdir)
                remove_stale_temp_files(self.layout.own_dir)
            self._check_schema()
        finally:
            self._lock.release()

    def close(self) -> None:
        if self._lock is not None and self.hold_lock:
            self._lock.release()
        self._opened = False

    def __enter__(self) -> Journal:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_schema(self, read_only: bool = False) -> None:
        """Refuse data from a newer Dayweave; with the lock, write meta.json and migrate."""
        meta_path = self.layout.meta_file
        fresh = {"schema": SCHEMA_VERSION, "device": self.device}
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            schema = int(meta["schema"])
        except FileNotFoundError:
            if not read_only:
                atomic_write(meta_path, json.dumps(fresh).encode())
            return
        except (OSError, ValueError, KeyError, TypeError) as error:
            # meta.json is tiny and rebuildable; a damaged one means "current schema".
            if not read_only:
                _warn("meta.json unreadable (%s); rewriting it", error)
                atomic_write(meta_path, json.dumps(fresh).encode())
            return
        if schema > SCHEMA_VERSION:
            raise NewerSchemaError(
                f"this data was written by a newer Dayweave (schema {schema}); please update"
            )
        while schema < SCHEMA_VERSION and not read_only:
            self._backups.take(self.clock.now(), everything=True)
            from tracker.store import migrations

            migrations.MIGRATIONS[schema](self.layout.own_dir)
            schema += 1
            meta["schema"] = schema
            atomic_write(meta_path, json.dumps(meta).encode())

    @contextlib.contextmanager
    def _writing(self, *, backup: bool = True) -> Iterator[None]:
        if self._lock is None:
            yield
            return
        self._lock.acquire(self.lock_timeout)
        try:
            yield
            if backup:
                self._maybe_back_up()
        finally:
            self._lock.release()

    def _maybe_back_up(self) -> None:
        now = self.clock.now()
        try:
            if self._backups.due(now):
                remove_stale_temp_files(self.layout.own_dir)  # left by a killed writer
                self._backups.take(now)
        except OSError as error:
            # A backup that fails must not fail the user's log; the next write tries again.
            _warn("backup failed: %s", error)

    # -- TinyDB files ------------------------------------------------------------------------

    def _table(self, path: Path) -> Any:
        """A TinyDB table over one file, for writing; imported here, so reads never load it."""
        from tinydb import TinyDB

        from tracker.store.tinystorage import AtomicJSONStorage

        if self.memory is not None:
            memory = self.memory
            return TinyDB(storage=lambda: memory.storage(path)).table("_default", cache_size=0)
        return TinyDB(storage=lambda: AtomicJSONStorage(path)).table("_default", cache_size=0)

    def _read(self, path: Path) -> dict[str, Any] | None:
        if self.memory is not None:
            return self.memory.files.get(path)
        return read_json_file(path)

    def _records(self, path: Path) -> list[dict[str, Any]]:
        """Every record of one file, recovering a damaged own file first."""
        try:
            data = self._read(path)
        except DamagedFileError as error:
            if path.parent != self.layout.own_dir:
                # Another device's file is that device's to repair; show what can be shown.
                self._report(DamageReport(path, error.reason, code=error.code))
                return []
            if not self._recover(path, error.reason, error.code):
                return []
            data = self._read(path)
        return list((data or {}).get("_default", {}).values())

    def _entry_files(self, folder: Path) -> tuple[list[str], list[str]]:
        """Day keys and schema-1 month keys of the entry files in one device folder."""
        if self.memory is not None:
            return entry_keys([p.name for p in self.memory.files if p.parent == folder])
        return self.layout.entry_files_in(folder)

    def _all_day_keys(self) -> list[str]:
        every: set[str] = set()
        for folder in self._device_dirs():
            days, months = self._entry_files(folder)
            every.update(days)
            for month in months:
                every.update(f"{month}-{day:02d}" for day in range(1, 32))
        return sorted(every)

    def _device_dirs(self) -> list[Path]:
        if self.memory is None:
            return self.layout.device_dirs()
        return sorted({p.parent for p in self.memory.files}, key=lambda p: p != self.layout.own_dir)

    def _report(self, report: DamageReport) -> None:
        if all(r.path != report.path for r in self.damage):
            self.damage.append(report)
        _warn("%s", report.describe())

    def _recover(self, path: Path, reason: str, code: str = "") -> bool:
        """Move a damaged file aside and put back its newest good backup; never read it as empty.

        False when another process holds the folder: it repairs the file, and until then this
        reader shows what it can and says what it found.
        """
        if self._lock is not None and not self._lock.held:
            try:
                self._lock.acquire(_OPEN_LOCK_WAIT)
            except LockTimeout:
                self._report(DamageReport(path, reason, code=code))
                return False
            self._lock.release()
        with self._writing(backup=False):
            try:
                self._read(path)
                return True  # repaired by another process while we waited for the lock
            except DamagedFileError:
                pass
            stamp = self.clock.now().strftime("%Y%m%dT%H%M%SZ")
            moved_to = path.with_name(f"{path.name}.damaged-{stamp}")
            path.replace(moved_to)
            restored_from = None
            for copy in self._backups.copies_of(path.name):
                try:
                    check_shape(copy, json.loads(copy.read_bytes()))
                except (OSError, ValueError, DamagedFileError):
                    continue
                atomic_write(path, copy.read_bytes())
                restored_from = copy
                break
            self._report(DamageReport(path, reason, moved_to, restored_from, code))
        return True

    # -- entries: reading --------------------------------------------------------------------

    def _entry_versions(self, keys: Iterable[str]) -> Iterator[Entry]:
        for record in self._merged_records(keys).values():
            entry = _entry_or_none(record)
            if entry is not None:
                yield entry

    def _merged_records(self, days: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The winning raw record per id across device folders, before any Entry is built:
        building one costs far more than comparing (rev, updated, device) on the dict.

        `days` are UTC day keys; a folder not yet upgraded from month files (schema 1, another
        machine's older Dayweave) is read through the month files that hold those days.
        """
        days = list(days)
        names = [f"entries-{day}.json" for day in days]
        names += [f"entries-{month}.json" for month in sorted({month_of(day) for day in days})]
        winners: dict[str, dict[str, Any]] = {}
        for folder in self._device_dirs():
            for name in names:  # a file that does not exist reads as no records
                path = folder / name
                for record in self._records(path):
                    key = raw_version(record)
                    if key is None:
                        _warn("skipping a malformed entry in %s", path.name)
                        continue
                    current = winners.get(record["id"])
                    if current is None or key > raw_version(current):
                        winners[record["id"]] = record
        # An entry's own day file always holds its newest version (it is written first); a copy
        # left in another day may be stale, so a winner whose start day was not read is not
        # trusted here: it is read with its own day.
        wanted = set(days)
        return {
            entry_id: record
            for entry_id, record in winners.items()
            if not canonical_time(record.get("start")) or record["start"][:10] in wanted
        }

    def entries_between(self, start: datetime, end: datetime) -> list[Entry]:
        """Live entries that overlap [start, end), from the day files that can hold them."""
        keys = days_between(start - _LOOKBACK, end)
        low = to_utc_text(start)
        high = to_utc_text(end + timedelta(seconds=1 if end.microsecond else 0))
        merged: dict[str, Entry] = {}
        for record_id, record in self._merged_records(keys).items():
            if record.get("deleted") or _clearly_outside(record, low, high):
                continue
            entry = _entry_or_none(record)
            if entry is not None:
                merged[record_id] = entry
        if not any(e.running for e in merged.values()) and start <= self.clock.now():
            # A block still running since before the range began lives in an older day file.
            for entry in self.running():
                merged.setdefault(entry.id, entry)
        now = self.clock.now()
        found = []
        for entry in merged.values():
            entry_end = entry.end if entry.end is not None else max(entry.start, now)
            if entry.is_instant:
                inside = start <= entry.start < end
            else:
                inside = entry.start < end and (entry_end > start or entry.start >= start)
            if inside:
                found.append(entry)
        return sorted(found, key=lambda e: (e.start, e.id))

    def running(self) -> list[Entry]:
        """Entries still running (blocks, calls, meetings) that began in the last 32 days
        (or up to a day ahead: another device's clock may run a little fast)."""
        now = self.clock.now()
        keys = days_between(now - _LOOKBACK, now + timedelta(days=1))
        found = []
        for record in self._merged_records(keys).values():
            if record.get("end") is None and record.get("kind") in _RUNNING_KINDS:
                entry = _entry_or_none(record)
                if entry is not None and not entry.deleted:
                    found.append(entry)
        return sorted(found, key=lambda e: e.start)

    def running_block(self) -> Entry | None:
        blocks = [e for e in self.running() if e.is_block]
        return blocks[-1] if blocks else None

    def get(self, entry_id: str, near: datetime | None = None) -> Entry:
        """The current version of an entry; `near` (its start) says which days to look in."""
        moment = near or self.clock.now()
        keys = days_between(moment - timedelta(days=31), moment + timedelta(days=31))
        versions = [e for e in self._entry_versions(keys) if e.id == entry_id]
        if not versions:  # moved further than a month: look in every day there is
            versions = [e for e in self._entry_versions(self._all_day_keys()) if e.id == entry_id]
        if not versions:
            raise NotFound(f"no entry {entry_id}")
        return merge_versions(versions)[entry_id]

    # -- entries: writing --------------------------------------------------------------------

    def _stamp(self, record: Any, rev: int) -> Any:
        return record.with_changes(
            rev=rev, updated=to_updated_text(self.clock.now()), device=self.device
        )

    def _put(self, entry: Entry, *, new: bool = False) -> None:
        """Write one version of an entry into this device's file for its start day."""
        path = self.layout.day_file(self.layout.own_dir, day_key(entry.start))
        self._put_at(path, entry, new=new)

    def _put_at(self, path: Path, entry: Entry, *, new: bool = False) -> None:
        self._put_record(path, entry_to_record(entry), new=new)

    def _put_record(self, path: Path, record: dict[str, Any], *, new: bool = False) -> None:
        """Insert or replace by id with one write (TinyDB's upsert writes twice for a new id).

        `new` skips the search for an id just made by uuid4, which no file can hold yet.
        """
        from tinydb import Query

        table = self._table_for_write(path)
        existing = None if new else table.get(Query().id == record["id"])
        if existing is None:
            table.insert(record)
        else:
            table.update(record, doc_ids=[existing.doc_id])

    def _table_for_write(self, path: Path) -> Any:
        try:
            self._read(path)  # finds damage before TinyDB would write over it
        except DamagedFileError as error:
            self._recover(path, error.reason, error.code)
        return self._table(path)

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        """Hold the folder's lock across several writes (one command's), backing up after."""
        return self._writing()

    def add(self, entry: Entry) -> Entry:
        """Store a new entry as it is: what it does to other entries is for `commands`."""
        validate_entry(entry)
        stored = self._stamp(entry, 1)
        with self._writing():
            self._put(stored, new=True)
        return stored

    def update(self, entry: Entry) -> Entry:
        """Store an edited entry as a new revision; moving days writes the new place first."""
        validate_entry(entry)
        with self._writing():
            current = self.get(entry.id, near=entry.start)
            return self._replace(current, entry)

    def _replace(self, current: Entry, entry: Entry) -> Entry:
        stored = self._stamp(entry, current.rev + 1)
        self._put(stored)
        if day_key(current.start) != day_key(stored.start):
            # The old day may hold other devices' copies this device cannot remove, so it gets
            # the new version too: a reader of either day then sees the newest revision.
            old_path = self.layout.day_file(self.layout.own_dir, day_key(current.start))
            self._put_at(old_path, stored)
        return stored

    def delete(self, entry: Entry) -> Entry:
        """Delete by tombstone, so other devices learn of the deletion instead of resurrecting."""
        return self.update_fields(entry, deleted=True)

    def update_fields(self, entry: Entry, **changes: Any) -> Entry:
        with self._writing():
            current = self.get(entry.id, near=entry.start)
            return self._replace(current, validate_entry(current.with_changes(**changes)))

    def undelete(self, entry: Entry) -> Entry:
        return self.update_fields(entry, deleted=False)

    # -- people ------------------------------------------------------------------------------

    def _people_versions(self) -> Iterator[Person]:
        for folder in self._device_dirs():
            for record in self._records(self.layout.people_file(folder)):
                try:
                    yield person_from_record(record)
                except ValueError as error:
                    _warn("skipping a malformed person: %s", error)

    def people(self, *, include_deleted: bool = False) -> list[Person]:
        """The people to show; with `include_deleted`, every record, merged ones too."""
        merged = merge_versions(self._people_versions()).values()
        return sorted(
            (p for p in merged if include_deleted or not (p.deleted or p.merged_into is not None)),
            key=lambda p: normalise_name(p.name),
        )

    def people_by_id(self) -> dict[str, Person]:
        return {p.id: p for p in self.people(include_deleted=True)}

    def _put_person(self, person: Person) -> Person:
        self._put_record(self.layout.people_file(self.layout.own_dir), person_to_record(person))
        return person

    def add_person(self, person: Person) -> Person:
        validate_person(person)
        with self._writing():
            return self._put_person(self._stamp(person, 1))

    def update_person(self, person: Person) -> Person:
        validate_person(person)
        with self._writing():
            current = merge_versions(self._people_versions()).get(person.id)
            if current is None:
                raise NotFound(f"no person {person.id}")
            return self._put_person(self._stamp(person, current.rev + 1))

    def delete_person(self, person: Person) -> Person:
        return self.update_person(person.with_changes(deleted=True))

    def last_contacts(self) -> dict[str, datetime]:
        """When each person was last in a call, meeting or contact (searching about a year back).

        Days are read a month at a time, newest first; the search stops once everyone is found.
        """
        from tracker.core.identity import follow_merges

        every = {p.id: p for p in self.people(include_deleted=True)}
        wanted = {p.id for p in self.people()}
        # An entry naming a record merged away counts for the person who stays.
        kept = {i: follow_merges(p, every).id for i, p in every.items()}
        found: dict[str, datetime] = {}
        now = self.clock.now()
        for days in self._newest_first(now):
            for entry in self._entry_versions(days):
                if entry.deleted or entry.kind not in _CONTACT_KINDS or entry.start > now:
                    continue
                for person_id in (kept.get(i, i) for i in entry.people):
                    if person_id in wanted and entry.start > found.get(person_id, _NEVER):
                        found[person_id] = entry.start
            if wanted <= found.keys():
                break
        return {k: v for k, v in found.items() if k in wanted}

    def last_live_meeting(self) -> datetime | None:
        """The start of the latest live meeting up to now, searching about a year back."""
        now = self.clock.now()
        for days in self._newest_first(now):
            starts = [
                e.start
                for e in self._entry_versions(days)
                if e.kind == "meeting" and not e.deleted and e.start <= now
            ]
            if starts:
                return max(starts)
        return None

    @staticmethod
    def _newest_first(now: datetime) -> Iterator[list[str]]:
        """About a year of day keys up to `now`, in chunks of a month, newest chunk first."""
        days = days_between(now - timedelta(days=_LAST_CONTACT_DAYS), now)
        for end in range(len(days), 0, -_SEARCH_CHUNK_DAYS):
            yield days[max(0, end - _SEARCH_CHUNK_DAYS) : end]

    # -- settings and nudge state --------------------------------------------------------------

    def settings(self) -> Settings:
        """This device's settings, or another device's if it changed them later (newest wins)."""
        from tracker.core.settings import settings_from_record

        newest: dict[str, Any] | None = None
        for folder in self._device_dirs():
            path = folder / "settings.json"
            try:
                record = self._read_plain(path)
            except (OSError, ValueError) as error:
                self._set_aside(path, f"not readable settings ({error})")
                continue
            if isinstance(record, dict) and (
                newest is None or str(record.get("updated", "")) > str(newest.get("updated", ""))
            ):
                newest = record
        return settings_from_record(newest or {})

    def save_settings(self, settings: Settings) -> Settings:
        from tracker.core.settings import settings_to_record, validate_settings

        validate_settings(settings)
        stored = settings.with_changes(updated=to_updated_text(self.clock.now()))
        with self._writing():
            self._write_plain(self.layout.own_dir / "settings.json", settings_to_record(stored))
        return stored

    def nudge_state(self) -> NudgeState:
        from tracker.core.nudges import NudgeState, nudge_state_from_record

        path = self.layout.own_dir / "nudges.json"
        try:
            record = self._read_plain(path) or {}
            return nudge_state_from_record(record)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            self._set_aside(path, f"not readable nudge state ({error})")
            return NudgeState()

    def _set_aside(self, path: Path, reason: str) -> None:
        """A damaged small file of this device is kept aside (never overwritten) and reported;
        defaults take its place. Another device's file is only reported."""
        moved_to = None
        if self.memory is None and path.parent == self.layout.own_dir:
            stamp = self.clock.now().strftime("%Y%m%dT%H%M%SZ")
            moved_to = path.with_name(f"{path.name}.damaged-{stamp}")
            try:
                with self._writing(backup=False):
                    if path.exists():
                        path.replace(moved_to)
            except (OSError, LockTimeout):
                moved_to = None
        self._report(DamageReport(path, reason, moved_to, code="set_aside"))

    def save_nudge_state(self, state: NudgeState) -> None:
        from tracker.core.nudges import nudge_state_to_record

        with self._writing(backup=False):
            self._write_plain(self.layout.own_dir / "nudges.json", nudge_state_to_record(state))

    def session(self) -> dict[str, Any]:
        """This device's notes about its app sessions (last seen, questions asked); {} if none."""
        path = self.layout.own_dir / "session.json"
        try:
            record = self._read_plain(path)
        except (OSError, ValueError) as error:
            self._set_aside(path, f"not readable session notes ({error})")
            return {}
        return record if isinstance(record, dict) else {}

    def save_session(self, record: dict[str, Any]) -> None:
        with self._writing(backup=False):
            self._write_plain(self.layout.own_dir / "session.json", record)

    def undo_note(self) -> dict[str, Any] | None:
        """What the last command of this device can take back (kept for the command line,
        which is a new process each time); None when there is none or it cannot be read."""
        try:
            record = self._read_plain(self.layout.own_dir / "undo.json")
        except (OSError, ValueError):
            return None
        return record if isinstance(record, dict) else None

    def save_undo_note(self, record: dict[str, Any] | None) -> None:
        """Not fsynced: a crash may cost the chance to undo, never data."""
        path = self.layout.own_dir / "undo.json"
        if self.memory is not None:
            self.memory.files[path] = json.loads(json.dumps(record))
            return
        atomic_write(path, json.dumps(record, ensure_ascii=False).encode(), durable=False)

    def _read_plain(self, path: Path) -> Any:
        if self.memory is not None:
            return self.memory.files.get(path)
        try:
            return json.loads(path.read_bytes())
        except FileNotFoundError:
            return None

    def _write_plain(self, path: Path, record: Any) -> None:
        if self.memory is not None:
            self.memory.files[path] = json.loads(json.dumps(record))
            return
        atomic_write(path, json.dumps(record, ensure_ascii=False).encode())

    # -- checking ----------------------------------------------------------------------------

    def check(self) -> list[DamageReport]:
        """Every damaged file in the data folder, without changing anything."""
        problems: list[DamageReport] = []
        if self.memory is not None:
            return problems
        for folder in self.layout.device_dirs():
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.json")):
                if path.name in (
                    "meta.json",
                    "settings.json",
                    "nudges.json",
                    "session.json",
                    "undo.json",
                ):
                    continue
                try:
                    for record in (read_json_file(path) or {}).get("_default", {}).values():
                        if path.name == "people.json":
                            person_from_record(record)
                        else:
                            entry_from_record(record)
                except DamagedFileError as error:
                    problems.append(DamageReport(path, error.reason, code=error.code))
                except (ValueError, AttributeError) as error:
                    problems.append(DamageReport(path, f"a record is malformed ({error})"))
        return problems


_RUNNING_KINDS = ("work", "life", "call", "meeting")
_PLAIN_FILES = ("meta.json", "settings.json", "nudges.json", "session.json", "undo.json")


def _entry_or_none(record: dict[str, Any]) -> Entry | None:
    try:
        return entry_from_record(record)
    except ValueError as error:
        _warn("skipping a malformed entry: %s", error)
        return None


def _clearly_outside(record: dict[str, Any], low: str, high: str) -> bool:
    """A cheap, conservative test on the raw text: True only when the entry cannot overlap."""
    start, end = record.get("start"), record.get("end")
    if canonical_time(start) and start >= high:
        return True
    if canonical_time(end) and end < low:
        return True
    return record.get("kind") in ("disruption", "contact") and canonical_time(start) and start < low


def open_journal(
    data_dir: Path | None = None,
    clock: Clock | None = None,
    *,
    hold_lock: bool = False,
    lock_timeout: float = 10.0,
) -> Journal:
    """The journal of this machine's device in a data folder (default: the user's)."""
    from tracker.core.clock import SystemClock
    from tracker.store.layout import default_config_dir, default_data_dir, load_or_create_device_id

    device = load_or_create_device_id(default_config_dir())
    journal = Journal(
        data_dir or default_data_dir(),
        device,
        clock or SystemClock(),
        hold_lock=hold_lock,
        lock_timeout=lock_timeout,
    )
    return journal.open()
