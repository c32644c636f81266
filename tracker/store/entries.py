"""Entries: one TinyDB file per UTC day of their start, merged across device folders by
(rev, updated, device). Logging rewrites one day; showing a week reads only the days around it.
It has one job: the entries' versions, read and written by day file (the refusal while another
device's day file is still arriving reads the same files, so it lives here too).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.kernel.codec import entry_to_record, stored_entry
from tracker.kernel.merge import merge_versions, saw_after
from tracker.kernel.model import Entry, validate_entry
from tracker.kernel.timefmt import to_utc_text
from tracker.kernel.vocabulary import STARTABLE_KINDS
from tracker.store.atomic import StoreWriteError
from tracker.store.errors import NotFound
from tracker.store.layout import day_key, days_between, month_of
from tracker.store.lost import keep_own_lost
from tracker.store.records import canonical_time, raw_version
from tracker.store.storage import DamagedFileError
from tracker.store.warn import warn

if TYPE_CHECKING:
    from tracker.store.journal import Journal

__all__ = ["LOOKBACK", "EntriesStillArriving", "EntryStore"]

# How far before a range a block may begin and still be found in it: as far as running()
# looks, so a two-week holiday logged as one life block shows in its second week too.
LOOKBACK = timedelta(days=32)
_DAYS_KEPT = 100  # a week with its lookback, and the running window, read again each click


def entry_or_none(record: dict[str, Any]) -> Entry | None:
    try:
        return stored_entry(record)
    except ValueError as error:
        warn("skipping a malformed entry: %s", error)
        return None


class _Version:
    """One stored version as read, with what every range test needs worked out once: its
    (rev, updated, device), its start and end as canonical UTC text (None when odd), and the
    Entry, built on first use. Kept while its day file does not change."""

    __slots__ = ("_entry", "end", "key", "record", "start")

    def __init__(self, key: Any, record: dict[str, Any]) -> None:
        self.key = key
        self.record = record
        start, end = record.get("start"), record.get("end")
        self.start = start if canonical_time(start) else None
        self.end = end if canonical_time(end) else None
        self._entry: Any = _UNBUILT

    def entry(self) -> Entry | None:
        if self._entry is _UNBUILT:
            self._entry = entry_or_none(self.record)
        return self._entry

    def moved_from(self) -> list[str]:
        """The UTC days this entry started on before it was moved (`moved_from`)."""
        days = self.record.get("moved_from")
        if not isinstance(days, list):
            return []
        return [d for d in days[:_MOVES_KEPT] if isinstance(d, str) and _DAY.fullmatch(d)]

    def clearly_outside(self, low: str, high: str) -> bool:
        """A cheap, conservative test on the raw text: True only when it cannot overlap."""
        start, end = self.start, self.end
        if start is not None and start >= high:
            return True
        if end is not None and end < low:
            return True
        instant = self.record.get("kind") in ("disruption", "contact")
        return instant and start is not None and start < low


_UNBUILT = object()
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOVES_KEPT = 8  # the days an entry left that a reader looks in; older moves are long synced


class EntriesStillArriving(StoreWriteError):
    """Another device's day file is not readable yet: no block placed by that day's rules."""

    def __init__(self, device: str, name: str) -> None:
        from tracker.kernel.words import translate

        text = translate(
            "Store", "the entries of %1 are still arriving from the sync; try again in a moment"
        )
        super().__init__(0, text.replace("%1", device))
        self.file_name = name


class EntryStore:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        # Recently read days only: a search back through a year must not stay in memory.
        self._days: OrderedDict[str, tuple[tuple, dict[str, _Version]]] = OrderedDict()
        # Writes by this journal per day: a file's stamp may repeat (an inode used again, at the
        # same size, within the clock's tick), this count never does.
        self._writes: dict[str, int] = {}

    # -- reading ---------------------------------------------------------------------------

    def versions(self, keys: Iterable[str]) -> Iterator[Entry]:
        for version in self._merged(keys).values():
            entry = version.entry()
            if entry is not None:
                yield entry

    def merged_records(self, days: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The winning raw record per id across device folders (see _merged)."""
        return {entry_id: v.record for entry_id, v in self._merged(days).items()}

    def _merged(self, days: Iterable[str]) -> dict[str, _Version]:
        """The winning raw record per id across device folders, before any Entry is built:
        building one costs far more than comparing (rev, updated, device) on the dict.

        `days` are UTC day keys; a folder not yet upgraded from month files (schema 1, another
        machine's older Dayweave) is read through the month files that hold those days.
        """
        journal = self.journal
        days = list(days)
        folders = journal.files.device_dirs(journal.layout)
        winners: dict[str, _Version] = {}

        def take(found: dict[str, _Version]) -> None:
            for entry_id, version in found.items():
                current = winners.get(entry_id)
                if current is None or version.key > current.key:
                    winners[entry_id] = version

        # A sync tool's conflict copies are versions of their day file, read with it.
        copies = [journal.files.conflict_copies(folder) for folder in folders]
        for day in days:
            take(self._day_winners(day, folders, copies))
        months = sorted({month_of(day) for day in days})
        for folder, in_folder in zip(folders, copies, strict=True):
            for name in (f"entries-{month}.json" for month in months):
                # schema 1: another machine's older Dayweave, with its conflict copies
                take(self._winners_in([folder / name, *in_folder.get(name, ())]))
        # An entry moved from a day not read may have a newer version there, made by another
        # device that had not seen the move (issue 25, break 4): those days are read too.
        read = set(days)
        for _round in range(3):
            more = sorted({d for v in winners.values() for d in v.moved_from()} - read)
            if not more:
                break
            read.update(more)
            for day in more:
                take(self._day_winners(day, folders, copies))
        # An entry's own day file always holds its newest version (it is written first); a copy
        # left in another day may be stale, so a winner whose start day was not read is not
        # trusted here: it is read with its own day.
        wanted = set(days)
        return {
            entry_id: version
            for entry_id, version in winners.items()
            if version.start is None or version.start[:10] in wanted
        }

    def forget(self, path: Path) -> None:
        """Drop what was kept from a day file about to be written (even a failed write may
        have changed the records TinyDB holds)."""
        name = path.name
        if name.startswith("entries-") and name.endswith(".json"):
            day = name[len("entries-") : -len(".json")]
            self._days.pop(day, None)
            self._writes[day] = self._writes.get(day, 0) + 1

    def _day_winners(
        self, day: str, folders: list[Path], copies: list[dict[str, list[Path]]]
    ) -> dict[str, _Version]:
        """The newest version per id in one day's files of every device (and their conflict
        copies), kept while none of those files changes: a click reads the same weeks three
        times (tray, week, nudges)."""
        name = f"entries-{day}.json"
        paths = []
        for folder, in_folder in zip(folders, copies, strict=True):
            paths.append(folder / name)
            paths.extend(in_folder.get(name, ()))
        stamps = tuple(self.journal.files.stamp(path) for path in paths)
        cached = self._days.get(day)
        if cached is not None and cached[0] == stamps:
            self._days.move_to_end(day)
            return cached[1]
        found = self._winners_in(paths)
        self._days[day] = (stamps, found)
        self._days.move_to_end(day)
        while len(self._days) > _DAYS_KEPT:
            self._days.popitem(last=False)
        return found

    def _winners_in(self, paths: list[Path]) -> dict[str, _Version]:
        found: dict[str, _Version] = {}
        for path in paths:
            for record in self.journal.repairs.records(path):
                key = raw_version(record)
                if key is None:
                    warn("skipping a malformed entry in %s", path.name)
                    continue
                current = found.get(record["id"])
                if current is None or key > current.key:
                    found[record["id"]] = _Version(key, record)
        return found

    def all_day_keys(self) -> list[str]:
        journal = self.journal
        every: set[str] = set()
        for folder in journal.files.device_dirs(journal.layout):
            days, months = journal.files.entry_files_in(folder)
            every.update(days)
            for month in months:
                every.update(f"{month}-{day:02d}" for day in range(1, 32))
        return sorted(every)

    def between(self, start: datetime, end: datetime) -> list[Entry]:
        """Live entries that overlap [start, end), from the day files that can hold them."""
        now = self.journal.clock.now()
        keys = days_between(start - LOOKBACK, end)
        low = to_utc_text(start)
        high = to_utc_text(end + timedelta(seconds=1 if end.microsecond else 0))
        merged: dict[str, Entry] = {}
        for record_id, version in self._merged(keys).items():
            if version.record.get("deleted") or version.clearly_outside(low, high):
                continue
            entry = version.entry()
            if entry is not None:
                merged[record_id] = entry
        if not any(e.running for e in merged.values()) and start <= now:
            # A block still running since before the range began lives in an older day file.
            for entry in self.running():
                merged.setdefault(entry.id, entry)
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

    def wait_for_arrivals(self, start: datetime, end: datetime) -> None:
        """Refuse while another device's day file that `between(start, end)` reads is cut
        short by a copy in flight: a block placed now by the rules of the day would miss the
        blocks in the part still arriving (issue 25, break 6). Only a file changed in the
        last minutes may be in flight; one broken for longer is damage, which check names."""
        journal = self.journal
        own = journal.layout.own_dir
        names = {f"entries-{key}.json" for key in days_between(start - LOOKBACK, end)}
        for path in sorted(journal.repairs.in_flight):
            lately = path.parent != own and path.name in names
            if lately and journal.files.changed_lately(path, own):
                raise EntriesStillArriving(path.parent.name, path.name)

    def day_versions(
        self, start: datetime, end: datetime, also: Iterable[str] = ()
    ) -> tuple[Any, ...]:
        """What changes whenever a file `between(start, end)` reads does: each device folder's
        name with the stamp of each of those day files and of their sync tool's conflict
        copies (equal: the same entries). `also`: more UTC days the read looked in (the days
        its entries moved from, `moved_from`), which only a read of the range finds."""
        return self.day_versions_each([(start, end, tuple(also))])[0]

    def day_versions_each(
        self, ranges: Iterable[tuple[datetime, datetime, Iterable[str]]]
    ) -> list[tuple[Any, ...]]:
        """`day_versions` of each range, each file stamped once (weeks' look-backs overlap)."""
        wanted = []
        for start, end, also in ranges:
            keys = days_between(start - LOOKBACK, end)
            keys += sorted(set(also) - set(keys))
            wanted.append(keys + sorted({month_of(day) for day in keys}))
        stamps = self.file_stamps(sorted({key for keys in wanted for key in keys}))
        return [tuple(stamps[key] for key in keys) for keys in wanted]

    def day_stamps(self, days: Iterable[str]) -> tuple[Any, ...]:
        """The stamps of every file a read of these UTC days looks in (see file_stamps)."""
        keys = list(days)
        keys += sorted({month_of(day) for day in keys})
        return tuple(self.file_stamps(keys).values())

    def file_stamps(self, keys: Iterable[str]) -> dict[str, Any]:
        """Per UTC day (or schema-1 month) key: this journal's writes of it, and each device
        folder's name with the stamp of its file and of that file's sync conflict copies."""
        journal = self.journal
        files = journal.files
        folders = files.device_dirs(journal.layout)
        copies = [files.conflict_copies(folder) for folder in folders]
        found = {}
        for key in keys:
            name = f"entries-{key}.json"
            found[key] = (
                self._writes.get(key, 0),
                tuple(
                    (
                        folder.name,
                        files.stamp(folder / name),
                        tuple((p.name, files.stamp(p)) for p in in_folder.get(name, ())),
                    )
                    for folder, in_folder in zip(folders, copies, strict=True)
                ),
            )
        return found

    def running(self) -> list[Entry]:
        """Entries still running (blocks, calls, meetings) that began in the last 32 days
        (or up to a day ahead: another device's clock may run a little fast)."""
        now = self.journal.clock.now()
        keys = days_between(now - LOOKBACK, now + timedelta(days=1))
        found = []
        for version in self._merged(keys).values():
            record = version.record
            if record.get("end") is None and record.get("kind") in STARTABLE_KINDS:
                entry = version.entry()
                if entry is not None and not entry.deleted:
                    found.append(entry)
        return sorted(found, key=lambda e: e.start)

    def get(self, entry_id: str, near: datetime | None = None) -> Entry:
        """The current version of an entry; `near` (its start) says which days to look in."""
        moment = near or self.journal.clock.now()
        keys = days_between(moment - timedelta(days=31), moment + timedelta(days=31))
        versions = [e for e in self.versions(keys) if e.id == entry_id]
        if not versions:  # moved further than a month: look in every day there is
            versions = [e for e in self.versions(self.all_day_keys()) if e.id == entry_id]
        if not versions:
            raise NotFound(f"no entry {entry_id}")
        return merge_versions(versions)[entry_id]

    # -- writing ---------------------------------------------------------------------------

    def add(self, entry: Entry) -> Entry:
        """Store a new entry as it is: what it does to other entries is for `commands`."""
        validate_entry(entry)
        stored = self.journal.stamp(entry, 1)
        with self.journal.writing():
            self._put(stored, new=True)
        return stored

    def update(self, entry: Entry) -> Entry:
        """Store an edited entry as a new revision; moving days writes the new place first."""
        validate_entry(entry)
        with self.journal.writing():
            current = self.get(entry.id, near=entry.start)
            return self._replace(current, entry)

    def update_fields(self, entry: Entry, **changes: Any) -> Entry:
        with self.journal.writing():
            current = self.get(entry.id, near=entry.start)
            return self._replace(current, validate_entry(current.with_changes(**changes)))

    def _replace(self, current: Entry, entry: Entry) -> Entry:
        layout = self.journal.layout
        replaced = entry_to_record(current)
        # This device's own version, written over next, is kept when it was a lost edit; the
        # new version says which versions it was made after (`saw`), so it loses none.
        moved = _Version(None, replaced).moved_from()
        days = {day_key(current.start), day_key(entry.start), *moved}
        keep_own_lost(self.journal, replaced, sorted(days))
        entry = entry.with_changes(extra={**entry.extra, "saw": saw_after(replaced)})
        stored = self.journal.stamp(entry, current.rev + 1, current)
        if day_key(current.start) != day_key(stored.start):
            stored = _moved(stored, day_key(current.start))
        self._put(stored)
        if day_key(current.start) != day_key(stored.start):
            # The old day may hold other devices' copies this device cannot remove, so it gets
            # the new version too: a reader of either day then sees the newest revision.
            self._put_at(layout.day_file(layout.own_dir, day_key(current.start)), stored)
        return stored

    def _put(self, entry: Entry, *, new: bool = False) -> None:
        """Write one version of an entry into this device's file for its start day."""
        layout = self.journal.layout
        self._put_at(layout.day_file(layout.own_dir, day_key(entry.start)), entry, new=new)

    def _put_at(self, path: Path, entry: Entry, *, new: bool = False) -> None:
        self.journal.put_record(path, entry_to_record(entry), new=new)


def _moved(entry: Entry, day: str) -> Entry:
    """The version of an entry moved off `day` names every day it left (a field added to the
    record, kept by later versions), so a reader of its new day also reads those, where a
    device that had not seen the move may have written a newer version."""
    held = entry.extra.get("moved_from")
    days = [d for d in held if isinstance(d, str)] if isinstance(held, list) else []
    kept = [d for d in days if d != day][-(_MOVES_KEPT - 1) :]
    return entry.with_changes(extra={**entry.extra, "moved_from": [*kept, day]})


def table_for_write(journal: Journal, path: Path) -> Any:
    """A TinyDB table to write into; damage is found (and repaired) before TinyDB writes over."""
    try:
        journal.files.read_table(path)
    except DamagedFileError as error:
        journal.repairs.recover(path, error.reason, error.code)
    return journal.files.table(path)
