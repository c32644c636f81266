"""Where the journal's files live: the data folder on disk, or memory shaped like it (tests).

Two peers of one interface, as TinyDB's storages are: the code above never asks which one it
has. Memory has no lock to take and no backups to keep, and says so by handing out ones that
do nothing.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from pathlib import Path
from typing import Any

from tracker.store.atomic import atomic_write, remove_stale_temp_files, stale_temp_files
from tracker.store.backups import Backups
from tracker.store.conflicts import conflict_copies_in
from tracker.store.layout import DataLayout, entry_keys, make_private_dir, original_name
from tracker.store.lock import DataLock
from tracker.store.storage import last_good_read, read_json_file, read_no_follow

__all__ = ["ARRIVING_FOR", "DiskFiles", "Files", "MemoryFolder"]

ARRIVING_FOR = 600.0  # seconds: a file changed this lately and unreadable may be in flight


class Files:
    """The operations the journal needs from its files."""

    def prepare(self, layout: DataLayout) -> None:
        """Make the folders a first write needs (private: 0700)."""

    def lock(self, layout: DataLayout) -> Any:
        raise NotImplementedError

    def backups(self, layout: DataLayout) -> Any:
        raise NotImplementedError

    def read_table(self, path: Path) -> dict[str, Any] | None:
        """A TinyDB file's content; None when missing; DamagedFileError when unreadable."""
        raise NotImplementedError

    def last_good(self, path: Path) -> dict[str, Any] | None:
        """What this process last read whole from a file now unreadable (None: nothing)."""
        return None

    def changed_lately(self, path: Path, probe_in: Path) -> bool:
        """Changed on this disk in the last minutes (a copy may still be in flight)."""
        return False

    def stamp(self, path: Path) -> Any:
        """What changes whenever the file does (None: no file). Two equal stamps mean the same
        content, so what was read from it may be used again."""
        raise NotImplementedError

    def table(self, path: Path) -> Any:
        """A TinyDB table over one file, for writing."""
        raise NotImplementedError

    def read_plain(self, path: Path) -> Any:
        """A small JSON file (settings, notes); None when missing; OSError or ValueError."""
        raise NotImplementedError

    def write_plain(self, path: Path, record: Any, *, durable: bool = True) -> None:
        raise NotImplementedError

    def read_raw(self, path: Path) -> bytes | None:
        """A file's bytes, never through a link; None when there is nothing to read."""
        return None

    def write_bytes(self, path: Path, data: bytes) -> None:
        raise NotImplementedError

    def move_aside(self, path: Path, to: Path) -> None:
        raise NotImplementedError

    def exists(self, path: Path) -> bool:
        raise NotImplementedError

    def device_dirs(self, layout: DataLayout) -> list[Path]:
        """Every device folder, this device's first."""
        raise NotImplementedError

    def entry_files_in(self, folder: Path) -> tuple[list[str], list[str]]:
        """Day keys and schema-1 month keys of the entry files in one device folder."""
        raise NotImplementedError

    def tinydb_files_in(self, folder: Path) -> list[Path]:
        """The TinyDB files of one device folder (entries and people), for check."""
        raise NotImplementedError

    def conflict_copies(self, folder: Path) -> dict[str, list[Path]]:
        """A sync tool's conflict copies in one folder, by the name of the file each is a
        version of (store/conflicts.py)."""
        return {}

    def remove(self, path: Path) -> None:
        raise NotImplementedError

    def temp_files_in(self, folder: Path) -> list[Path]:
        """Dayweave's own temp files a killed writer left in one folder, a minute old or more
        (check lists them); another program's are not listed."""
        return []

    def remove_stale_temp_files(self, folder: Path) -> None:
        pass

    def open_to_others(self, layout: DataLayout) -> list[Path]:
        """Folders and files of the data others may read or write (check names them)."""
        return []

    def make_all_private(self, layout: DataLayout) -> int:
        return 0


def _no_infinity(name: str) -> Any:
    """Dayweave never writes NaN or Infinity: one in a small file is damage."""
    raise ValueError(f"it holds {name}, which Dayweave never writes")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):  # 1e400: a number no machine holds
        raise ValueError(f"it holds {text}, a number too large to be Dayweave's")
    return value


class DiskFiles(Files):
    def prepare(self, layout: DataLayout) -> None:
        make_private_dir(layout.root)
        make_private_dir(layout.devices_dir)
        make_private_dir(layout.own_dir)

    def lock(self, layout: DataLayout) -> DataLock:
        return DataLock(layout.lock_file)

    def backups(self, layout: DataLayout) -> Backups:
        return Backups(layout.own_dir, layout.backups_dir)

    def read_table(self, path: Path) -> dict[str, Any] | None:
        return read_json_file(path)

    def last_good(self, path: Path) -> dict[str, Any] | None:
        return last_good_read(path)

    def changed_lately(self, path: Path, probe_in: Path) -> bool:
        """By the file's ctime (a copy that keeps the mtime still sets it) against a file made
        now in `probe_in` (the lock holder's own folder): both are the disk's times, so a
        faked or stepped wall clock cannot make an old file new or a new one old."""
        probe = probe_in / f".probe.json.{os.getpid()}.{os.urandom(4).hex()}.tmp"
        try:
            changed = os.lstat(path).st_ctime
            fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except OSError:
            return False
        try:
            now = os.fstat(fd).st_ctime
        finally:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(probe)
        return abs(now - changed) < ARRIVING_FOR

    def stamp(self, path: Path) -> Any:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            return None
        except OSError:
            return object()  # unreadable: never the same, so it is read (and repaired) again
        # An atomic replace gives a new inode; size and mtime catch a writer that does not.
        return (info.st_ino, info.st_size, info.st_mtime_ns)

    def table(self, path: Path) -> Any:
        from tinydb import TinyDB  # imported here, so reading never loads it

        from tracker.store.tinystorage import AtomicJSONStorage

        return TinyDB(storage=lambda: AtomicJSONStorage(path)).table("_default", cache_size=0)

    def read_plain(self, path: Path) -> Any:
        """ValueError for a link too: it is set aside, never followed."""
        try:
            return json.loads(
                read_no_follow(path), parse_constant=_no_infinity, parse_float=_finite
            )
        except FileNotFoundError:
            return None
        except (RecursionError, MemoryError):  # "[" * 100000: hostile, never Dayweave's
            raise ValueError(f"{path.name} is nested too deeply to be Dayweave's") from None
        except OSError as error:
            if error.errno == errno.ELOOP:
                raise ValueError(f"{path.name} is a link, which Dayweave never follows") from None
            raise

    def read_raw(self, path: Path) -> bytes | None:
        try:
            return read_no_follow(path)
        except OSError:  # a link (never followed), a folder, gone
            return None

    def write_plain(self, path: Path, record: Any, *, durable: bool = True) -> None:
        atomic_write(path, json.dumps(record, ensure_ascii=False).encode(), durable=durable)

    def write_bytes(self, path: Path, data: bytes) -> None:
        atomic_write(path, data)

    def move_aside(self, path: Path, to: Path) -> None:
        path.replace(to)

    def exists(self, path: Path) -> bool:
        return path.exists()

    def device_dirs(self, layout: DataLayout) -> list[Path]:
        return layout.device_dirs()

    def entry_files_in(self, folder: Path) -> tuple[list[str], list[str]]:
        return DataLayout.entry_files_in(folder)

    def tinydb_files_in(self, folder: Path) -> list[Path]:
        if not folder.is_dir():
            return []
        return sorted(
            p
            for p in folder.glob("*.json")
            # A conflict copy is a version of its file, read with it: never damage of its own.
            if p.name.startswith(("entries-", "people")) and original_name(p.name) is None
        )

    def conflict_copies(self, folder: Path) -> dict[str, list[Path]]:
        return conflict_copies_in(folder)

    def remove(self, path: Path) -> None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

    def temp_files_in(self, folder: Path) -> list[Path]:
        return stale_temp_files(folder)

    def remove_stale_temp_files(self, folder: Path) -> None:
        remove_stale_temp_files(folder)

    def open_to_others(self, layout: DataLayout) -> list[Path]:
        from tracker.store.modes import open_to_others

        others = frozenset(p for p in layout.device_dirs() if p != layout.own_dir)
        return open_to_others(layout.root, others)

    def make_all_private(self, layout: DataLayout) -> int:
        from tracker.store.modes import make_all_private

        return make_all_private(layout.root)


class _NoLock:
    held = True

    def acquire(self, timeout: float = 0) -> None:
        pass

    def release(self) -> None:
        pass


class _NoBackups:
    def due(self, now: Any) -> bool:
        return False

    def take(self, now: Any, *, everything: bool = False) -> None:
        return None

    def copies_of(self, name: str) -> list[Path]:
        return []

    def snapshots(self) -> list[Path]:
        return []


class MemoryFolder(Files):
    """TinyDB-shaped memory (tracker.store.tinystorage.MemoryFiles): nothing touches disk."""

    def __init__(self, memory: Any) -> None:
        self.memory = memory

    def lock(self, layout: DataLayout) -> _NoLock:
        return _NoLock()

    def backups(self, layout: DataLayout) -> _NoBackups:
        return _NoBackups()

    def read_table(self, path: Path) -> dict[str, Any] | None:
        return self.memory.files.get(path)

    def stamp(self, path: Path) -> Any:
        return object()  # memory is rewritten in place by TinyDB: never reuse what was read

    def table(self, path: Path) -> Any:
        from tinydb import TinyDB

        memory = self.memory
        return TinyDB(storage=lambda: memory.storage(path)).table("_default", cache_size=0)

    def read_plain(self, path: Path) -> Any:
        return self.memory.files.get(path)

    def write_plain(self, path: Path, record: Any, *, durable: bool = True) -> None:
        self.memory.files[path] = json.loads(json.dumps(record))

    def write_bytes(self, path: Path, data: bytes) -> None:
        self.memory.files[path] = json.loads(data)

    def move_aside(self, path: Path, to: Path) -> None:
        with contextlib.suppress(KeyError):
            self.memory.files[to] = self.memory.files.pop(path)

    def exists(self, path: Path) -> bool:
        return path in self.memory.files

    def device_dirs(self, layout: DataLayout) -> list[Path]:
        folders = {p.parent for p in self.memory.files}
        return sorted(folders, key=lambda p: p != layout.own_dir)

    def entry_files_in(self, folder: Path) -> tuple[list[str], list[str]]:
        return entry_keys([p.name for p in self.memory.files if p.parent == folder])

    def tinydb_files_in(self, folder: Path) -> list[Path]:
        return sorted(
            p
            for p in self.memory.files
            if p.parent == folder
            and p.name.startswith(("entries-", "people"))
            and original_name(p.name) is None
        )

    def conflict_copies(self, folder: Path) -> dict[str, list[Path]]:
        found: dict[str, list[Path]] = {}
        for path in sorted(self.memory.files):
            if path.parent == folder and (original := original_name(path.name)) is not None:
                found.setdefault(original, []).append(path)
        return found

    def remove(self, path: Path) -> None:
        self.memory.files.pop(path, None)
