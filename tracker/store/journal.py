"""The journal: the one door to stored entries and people, for the app and the command line.

A small facade over modules with one job each: the files (disk or memory), the schema, repair
and check, entries, people, history and this device's small files. Writes go to this device's
own folder only; reads merge every device folder by (rev, updated, device).

It has one job: the door, one short delegating method per question the faces ask (store/faces.py),
which is why it is long.

one job: the one door to stored data for the app and the command line; most methods are a
line or two handing on to the store's parts (entries, people, device state), kept together
so the faces in faces.py describe one class.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.kernel.clock import Clock
from tracker.kernel.merge import next_updated
from tracker.kernel.model import Entry, Person
from tracker.store.atomic import ReadOnlyFolder, cannot_write
from tracker.store.entries import EntryStore, table_for_write
from tracker.store.errors import DamageReport, NewerSchemaError, NotFound
from tracker.store.files import DiskFiles, MemoryFolder
from tracker.store.layout import DataLayout
from tracker.store.lock import LockTimeout
from tracker.store.repair import Repairs
from tracker.store.schema import SCHEMA_VERSION, check_schema

if TYPE_CHECKING:
    from tracker.kernel.nudgestate import NudgeState
    from tracker.kernel.settings import Settings
    from tracker.store.device_state import DeviceState
    from tracker.store.people import PeopleStore
    from tracker.store.tinystorage import MemoryFiles

__all__ = [
    "SCHEMA_VERSION",
    "DamageReport",
    "Journal",
    "NewerSchemaError",
    "NotFound",
    "open_journal",
]

_OPEN_LOCK_WAIT = 0.5  # seconds a reader waits to tidy up before reading without the lock


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
        self.hold_lock = hold_lock
        self.lock_timeout = lock_timeout
        self.files = DiskFiles() if memory is None else MemoryFolder(memory)
        self.lock = self.files.lock(self.layout)
        self.read_only_reason = ""  # why this reader could not take the lock, if it could not
        self._unwritable: OSError | None = None  # why the folder cannot be written, if known
        self._writing_depth = 0  # writes nested in one command's transaction
        self._tidied = False  # a killed writer's temp files removed by this journal's first write
        self.backups = self.files.backups(self.layout)
        self.repairs = Repairs(self)
        self.entry_store = EntryStore(self)
        self._people_store: PeopleStore | None = None
        self._state: DeviceState | None = None

    # People and the small files load on first use: `dayweave log disruption` needs neither.
    @property
    def people_store(self) -> PeopleStore:
        if self._people_store is None:
            from tracker.store.people import PeopleStore

            self._people_store = PeopleStore(self)
        return self._people_store

    @property
    def state(self) -> DeviceState:
        if self._state is None:
            from tracker.store.device_state import DeviceState

            self._state = DeviceState(self)
        return self._state

    @property
    def damage(self) -> list[DamageReport]:
        return self.repairs.damage

    # -- lifecycle ---------------------------------------------------------------------------

    def open(self) -> Journal:
        try:
            self.files.prepare(self.layout)
        except OSError as error:
            # A folder only read (its modes, a read-only disk, a synced copy this machine never
            # wrote to) is still read; a write then says why it cannot be.
            if self.hold_lock or not cannot_write(error):
                raise
            self._unwritable = error
            self.read_only_reason = str(error)
            check_schema(self, read_only=True)
            return self
        if self.hold_lock:
            self.lock.acquire(self.lock_timeout)
        try:
            self._tidy_and_check()
        except BaseException:
            if self.hold_lock:
                self.lock.release()  # a refused open must not keep the folder
            raise
        return self

    def _tidy_and_check(self) -> None:
        """Tidying and migrating need the lock; reading does not. While the app holds the
        lock, `dayweave week` and friends read without it (writes are atomic)."""
        try:
            self.lock.acquire(self.lock_timeout if self.hold_lock else _OPEN_LOCK_WAIT)
        except LockTimeout:
            check_schema(self, read_only=True)
            return
        except OSError as error:  # a linked lock, a read-only folder: read, never write
            if self.hold_lock:
                raise
            self.read_only_reason = str(error)
            check_schema(self, read_only=True)
            return
        try:
            if self.hold_lock:  # the app; a command leaves it to the next backup (a listdir)
                self.files.remove_stale_temp_files(self.layout.own_dir)
            check_schema(self)
            if self.hold_lock:
                self._merge_conflict_copies()
        finally:
            self.lock.release()

    def close(self) -> None:
        if self.hold_lock:
            self.lock.release()

    def __enter__(self) -> Journal:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def writing(self, *, backup: bool = True) -> Iterator[None]:
        """The folder's lock around a write (held already by the app), backing up after."""
        if self._unwritable is not None:
            raise ReadOnlyFolder(self.layout.root, self._unwritable)
        try:
            self.lock.acquire(self.lock_timeout)
        except OSError as error:
            if cannot_write(error):
                raise ReadOnlyFolder(self.layout.root, error) from None
            raise
        self._writing_depth += 1
        try:
            if not self._tidied:  # under the lock: no writer of this folder is alive but us
                self._tidied = True
                self.files.remove_stale_temp_files(self.layout.own_dir)
                self._merge_conflict_copies()
            yield
            # Only once the outermost write is done: a backup taken after a command's first
            # file (a new person) would miss its next (the entry) for half an hour.
            if backup and self._writing_depth == 1:
                self._maybe_back_up()
        finally:
            self._writing_depth -= 1
            self.lock.release()

    def _merge_conflict_copies(self) -> None:
        """A sync tool's conflict copies in this device's own folder, merged into their files
        and removed (under the lock: the folder is ours alone to write)."""
        from tracker.store.conflicts import merge_own_conflict_copies

        try:
            merge_own_conflict_copies(self)
        except (OSError, ValueError) as error:
            # Left for the next write: the user's own write must still go ahead.
            from tracker.store.warn import warn

            warn("conflict copies not merged: %s", error)

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        """Hold the folder's lock across several writes (one command's), backing up after."""
        return self.writing()

    def _maybe_back_up(self) -> None:
        now = self.clock.now()
        try:
            if self.backups.due(now):
                self.files.remove_stale_temp_files(self.layout.own_dir)  # left by a killed writer
                self.backups.take(now)
        except (OSError, ValueError) as error:
            # A backup that fails must not fail the user's log, which is stored: exit 2 would
            # tell them it was not, and they would log it twice. The next write tries again.
            from tracker.kernel.words import translate
            from tracker.store.warn import warn

            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            text = translate(
                "Store",
                "no backup was taken (%1); what you did is saved, the next change tries again",
            )
            warn("backup failed: %s", error, text=text.replace("%1", str(reason)))

    # -- for the parts -----------------------------------------------------------------------

    def stamp(self, record: Any, rev: int, replaces: Any = None) -> Any:
        """A new version: its rev, and `updated` by the hybrid logical clock (kernel/merge.py
        next_updated), never before the version it replaces, whatever this clock says."""
        seen = (replaces.updated,) if replaces is not None else ()
        return record.with_changes(
            rev=rev, updated=next_updated(self.clock.now(), *seen), device=self.device
        )

    def put_record(self, path: Path, record: dict[str, Any], *, new: bool = False) -> None:
        """Insert or replace by id with one write (TinyDB's upsert writes twice for a new id).

        `new` skips the search for an id just made by uuid4, which no file can hold yet.
        """
        from tinydb import Query

        # TinyDB changes the records it read in place; what was kept from them goes first.
        self.entry_store.forget(path)
        if self._people_store is not None:
            self._people_store.forget()
        table = table_for_write(self, path)
        existing = None if new else table.get(Query().id == record["id"])
        if existing is None:
            table.insert(record)
        else:
            table.update(record, doc_ids=[existing.doc_id])

    def put_records(self, path: Path, records: list[dict[str, Any]]) -> None:
        """Insert or replace many records by id with one write of the file."""
        self.entry_store.forget(path)
        if self._people_store is not None:
            self._people_store.forget()
        table = table_for_write(self, path)
        data = table.storage.read() or {}
        docs = data.setdefault(table.name, {})
        where = {doc.get("id"): key for key, doc in docs.items() if isinstance(doc, dict)}
        next_key = max((int(k) for k in docs if str(k).isdigit()), default=0) + 1
        for record in records:
            key = where.get(record["id"])
            if key is None:
                key = where[record["id"]] = str(next_key)
                next_key += 1
                docs[key] = dict(record)
            else:  # as TinyDB's update: fields this version does not know are kept
                docs[key] = {**docs[key], **record}
        table.storage.write(data)

    # -- entries -----------------------------------------------------------------------------

    def entries_between(self, start: datetime, end: datetime) -> list[Entry]:
        return self.entry_store.between(start, end)

    def wait_for_arrivals(self, start: datetime, end: datetime) -> None:
        self.entry_store.wait_for_arrivals(start, end)

    def running(self) -> list[Entry]:
        return self.entry_store.running()

    def running_block(self) -> Entry | None:
        blocks = [e for e in self.running() if e.is_block]
        return blocks[-1] if blocks else None

    def get(self, entry_id: str, near: datetime | None = None) -> Entry:
        return self.entry_store.get(entry_id, near)

    def add(self, entry: Entry) -> Entry:
        return self.entry_store.add(entry)

    def update(self, entry: Entry) -> Entry:
        return self.entry_store.update(entry)

    def update_fields(self, entry: Entry, **changes: Any) -> Entry:
        return self.entry_store.update_fields(entry, **changes)

    def delete(self, entry: Entry) -> Entry:
        """Delete by tombstone, so other devices learn of the deletion instead of resurrecting."""
        return self.update_fields(entry, deleted=True)

    def undelete(self, entry: Entry) -> Entry:
        return self.update_fields(entry, deleted=False)

    # -- export and import: every version, and versions kept as they are ---------------------

    def entry_days(self) -> list[str]:
        """Every UTC day that any device folder holds entries for (an export walks them)."""
        return self.entry_store.all_day_keys()

    def entries_on_days(self, days: Iterable[str]) -> list[Entry]:
        """The winning version of each entry that starts on these UTC days, tombstones too."""
        return list(self.entry_store.versions(days))

    def day_versions(
        self, start: datetime, end: datetime, also: Iterable[str] = ()
    ) -> tuple[Any, ...]:
        """Equal for two calls when `entries_between(start, end)` reads the same day files
        unchanged (a cache of what a closed week adds up to keys on it); `also`: the UTC days
        its entries moved from, which the read looked in too."""
        return self.entry_store.day_versions(start, end, also)

    def day_versions_each(
        self, ranges: Iterable[tuple[datetime, datetime, Iterable[str]]]
    ) -> list[tuple[Any, ...]]:
        """`day_versions` of each range at once (a review's weeks share their files)."""
        return self.entry_store.day_versions_each(ranges)

    def day_stamps(self, days: Iterable[str]) -> tuple[Any, ...]:
        """Equal for two calls when `entries_on_days(days)` reads the same files unchanged."""
        return self.entry_store.day_stamps(days)

    def file_stamps(self, keys: Iterable[str]) -> dict[str, Any]:
        """Per UTC day key (or schema-1 month key), the stamps of the files that hold it in
        every device folder, their conflict copies too: a search index keys each day on them."""
        return self.entry_store.file_stamps(keys)

    def held_elsewhere(self, ids: set[str], skip: set[str]) -> list[Entry]:
        from tracker.store.keeping import held_elsewhere

        return held_elsewhere(self, ids, skip)

    def keep_entries(self, pairs: Iterable[tuple[Entry, Entry | None]]) -> set[str]:
        from tracker.store.keeping import keep_entries

        return keep_entries(self, pairs)

    def keep_people(self, people: Iterable[Person]) -> set[str]:
        from tracker.store.keeping import keep_people

        return keep_people(self, people)

    def keep_settings(self, settings: Settings) -> bool:
        from tracker.store.keeping import keep_settings

        return keep_settings(self, settings)

    # -- people and history ------------------------------------------------------------------

    def people(self, *, include_deleted: bool = False) -> list[Person]:
        return self.people_store.people(include_deleted=include_deleted)

    def people_by_id(self) -> dict[str, Person]:
        return self.people_store.by_id()

    def add_person(self, person: Person) -> Person:
        return self.people_store.add(person)

    def update_person(self, person: Person) -> Person:
        return self.people_store.update(person)

    def put_people(self, people: list[tuple[bool, Person]]) -> list[Person]:
        """(new, person) pairs, written at once: see PeopleStore.put_many."""
        return self.people_store.put_many(people)

    def delete_person(self, person: Person) -> Person:
        return self.update_person(person.with_changes(deleted=True))

    def last_contacts(self) -> dict[str, datetime]:
        from tracker.store import history

        return history.last_contacts(self)

    def last_live_meeting(self) -> datetime | None:
        from tracker.store import history

        return history.last_live_meeting(self)

    # -- this device's small files -----------------------------------------------------------

    def settings(self) -> Settings:
        return self.state.settings()

    def save_settings(self, settings: Settings) -> Settings:
        return self.state.save_settings(settings)

    def nudge_state(self) -> NudgeState:
        return self.state.nudge_state()

    def save_nudge_state(self, state: NudgeState) -> None:
        self.state.save_nudge_state(state)

    def first_use(self) -> datetime | None:
        return self.state.first_use()

    def session(self) -> dict[str, Any]:
        return self.state.session()

    def save_session(self, record: dict[str, Any]) -> None:
        self.state.save_session(record)

    def undo_note(self) -> dict[str, Any] | None:
        return self.state.undo_note()

    def save_undo_note(self, record: dict[str, Any] | None) -> None:
        self.state.save_undo_note(record)

    def calendar_sources(self) -> tuple[str, ...]:
        return self.state.calendar_sources()

    def save_calendar_sources(self, sources: tuple[str, ...]) -> None:
        self.state.save_calendar_sources(sources)

    # -- checking ----------------------------------------------------------------------------

    def check(self) -> list[DamageReport]:
        """Every damaged file in the data folder, without changing anything."""
        return self.repairs.check()

    def tidy(self) -> None:
        """What `check --repair` may do without asking: see Repairs.tidy."""
        self.repairs.tidy()


def open_journal(
    data_dir: Path | None = None,
    clock: Clock | None = None,
    *,
    hold_lock: bool = False,
    lock_timeout: float = 10.0,
) -> Journal:
    """The journal of this machine's device in a data folder (default: the user's)."""
    from tracker.kernel.clock import SystemClock
    from tracker.store.layout import (
        check_device_id_whole,
        default_config_dir,
        default_data_dir,
        load_or_create_device_id,
    )

    config_dir = default_config_dir()
    device = load_or_create_device_id(config_dir)
    data_dir = data_dir or default_data_dir()
    check_device_id_whole(config_dir, data_dir, device)
    journal = Journal(
        data_dir,
        device,
        clock or SystemClock(),
        hold_lock=hold_lock,
        lock_timeout=lock_timeout,
    )
    return journal.open()
