"""Reading and writing TinyDB-shaped JSON files, without importing TinyDB.

Reads never keep a handle open. The last parsed content is kept, checked against the file's
identity (inode, size, mtime) on every read, so a click does not re-parse a month that nobody
changed. Writes are atomic (see atomic.py). TinyDB itself is imported only where a table is
written (tinystorage.py): the week, the tray and start-up read without it.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from stat import S_ISDIR, S_ISLNK, S_ISREG
from typing import Any

from tracker.store.atomic import StoreWriteError, atomic_write

__all__ = [
    "DamagedFileError",
    "NotRegularFile",
    "check_shape",
    "last_good_read",
    "read_json_file",
    "read_no_follow",
    "write_json_file",
]

_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


class NotRegularFile(OSError):
    """A named pipe, a device or a socket where a file should be (`rsync -a` and `cp -a` copy
    them): never read, or a pipe would hang its reader forever and a device never end."""


def _regular_only(fd: int) -> None:
    info = os.fstat(fd)
    if S_ISREG(info.st_mode):
        return
    if S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
    raise NotRegularFile(errno.EINVAL, "not a regular file (a pipe, a device or a socket)")


def read_no_follow(path: Path) -> bytes:
    """A regular file's bytes; OSError (ELOOP) when it is a link, which is never followed, and
    NotRegularFile for a pipe, a device or a socket. Opened without blocking: opening a named
    pipe would wait for a writer that never comes."""
    flags = os.O_RDONLY | _NO_FOLLOW | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        _regular_only(fd)
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


class DamagedFileError(Exception):
    """A file that exists but cannot be read as TinyDB data. Never treated as 'no data'."""

    def __init__(self, path: Path, reason: str, code: str = "") -> None:
        super().__init__(f"{path.name}: {reason}")
        self.path = path
        self.reason = reason  # English, for the command line and the log
        self.code = code  # the kind of damage, for the app to say in the user's language


def check_shape(path: Path, data: Any) -> dict[str, dict[str, dict[str, Any]]]:
    """TinyDB's shape: {table: {doc_id: {field: value}}} with numeric doc ids, and Dayweave's
    table in it: `{}` or another program's tables are damage, not "no entries"."""
    if not isinstance(data, dict):
        raise DamagedFileError(
            path, "not a TinyDB file (the top level is not an object)", "wrong_shape"
        )
    if "_default" not in data:
        raise DamagedFileError(path, "it holds no Dayweave table", "wrong_shape")
    for table_name, table in data.items():
        if not isinstance(table, dict):
            raise DamagedFileError(path, f"table {table_name!r} is not an object", "wrong_shape")
        for doc_id, doc in table.items():
            if not doc_id.isdigit() or not isinstance(doc, dict):
                raise DamagedFileError(
                    path, f"record {doc_id!r} in {table_name!r} is malformed", "wrong_shape"
                )
    return data


_FileKey = tuple[int, int, int]
_cache: dict[Path, tuple[_FileKey, dict[str, Any]]] = {}


def _file_key(stat: os.stat_result) -> _FileKey:
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def read_json_file(path: Path) -> dict[str, Any] | None:
    """The parsed file, None if it does not exist; DamagedFileError if it is unreadable.

    A link is damage, never followed: a synced folder is anyone's to plant one in, and a
    dangling link read as "no file" would be replaced by the next write as if it were empty.
    """
    try:
        stat = path.lstat()
    except FileNotFoundError:
        _cache.pop(path, None)
        return None
    except OSError as error:
        raise DamagedFileError(path, f"cannot be read ({error.strerror})", "unreadable") from None
    if S_ISLNK(stat.st_mode):
        _cache.pop(path, None)
        raise DamagedFileError(path, "it is a link, which Dayweave never follows", "link")
    cached = _cache.get(path)
    if cached is not None and cached[0] == _file_key(stat):
        return cached[1]
    try:
        raw = read_no_follow(path)
    except FileNotFoundError:
        return None
    except NotRegularFile:
        _cache.pop(path, None)
        raise DamagedFileError(path, "not a regular file", "not_regular") from None
    except OSError as error:
        raise DamagedFileError(path, f"cannot be read ({error.strerror})", "unreadable") from None
    if not raw.strip(b" \t\r\n"):
        raise DamagedFileError(path, "the file is empty", "empty")
    if b"\x00" in raw:
        raise DamagedFileError(
            path, "the file holds zero bytes, as a crash can leave", "zero_bytes"
        )
    try:
        data = json.loads(raw)
    except ValueError as error:  # bad JSON or UTF-8, or a number of over 4,300 digits
        raise DamagedFileError(path, f"not valid JSON ({error})", "not_json") from None
    except (RecursionError, MemoryError):  # "[" * 100000: hostile, never Dayweave's
        raise DamagedFileError(path, "not valid JSON (nested too deeply)", "not_json") from None
    check_shape(path, data)
    _cache[path] = (_file_key(stat), data)
    return data


def last_good_read(path: Path) -> dict[str, Any] | None:
    """The content last read whole from `path` by this process, whatever the file holds now
    (a damaged read leaves it in place): another device's file cut short by a copy in flight
    reads as it was, not as nothing."""
    cached = _cache.get(path)
    return cached[1] if cached is not None else None


def write_json_file(path: Path, data: dict[str, Any]) -> None:
    """Serialise first (an object that cannot be encoded fails with the old file untouched),
    then write atomically; the parsed content is trusted again only once it is on disk."""
    _cache.pop(path, None)
    try:
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError, RecursionError) as error:  # nothing written: say so, in one line
        failed = StoreWriteError(0, f"could not save {path.name}: {error}")
        failed.file_name = path.name
        raise failed from error
    atomic_write(path, payload)
    _cache[path] = (_file_key(path.stat()), data)
