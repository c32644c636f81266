"""Atomic, durable file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import time
from pathlib import Path

from tracker.kernel.logs import logger, safe

__all__ = [
    "ReadOnlyFolder",
    "StoreWriteError",
    "atomic_write",
    "cannot_write",
    "fsync_dir",
    "remove_stale_temp_files",
    "stale_temp_files",
]

FILE_MODE = 0o600
TEMP_SUFFIX = ".tmp"
# What atomic_write names its temp files, and nothing else: .syncthing.x.tmp is Syncthing's.
_OWN_TEMP = re.compile(r"\.(?!syncthing\.)[a-z][a-z0-9-]*\.json\.\d+\.[0-9a-f]+\.tmp")
STALE_AFTER = 60.0  # seconds: a temp file younger than this may be a live writer's (undo notes)
_REPLACE_RETRIES = 10  # Windows refuses a replace while a reader or scanner holds the file
log = logger("dayweave.store")


class StoreWriteError(OSError):
    """A write that did not happen; the previous file is intact."""

    file_name: str = ""  # the file it could not write, for the app to name in the user's words

    def __str__(self) -> str:
        return str(self.strerror)  # the message, without Python's "[Errno N]"


class ReadOnlyFolder(StoreWriteError):
    """The data folder can be read but not written (its modes, a read-only disk): nothing was
    written, and the message says which folder and why."""

    def __init__(self, folder: Path, error: OSError) -> None:
        from tracker.kernel.words import translate

        text = translate("Store", "the data folder %1 is read-only for you (%2)")
        super().__init__(
            error.errno or 0,
            text.replace("%1", str(folder)).replace("%2", describe_os_error(error)),
        )


def cannot_write(error: OSError) -> bool:
    """An error that says the folder is not ours to write, as opposed to a link or a full disk."""
    return error.errno in (errno.EACCES, errno.EPERM, errno.EROFS)


_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
}


def describe_os_error(error: OSError) -> str:
    return _REASONS.get(error.errno or 0, error.strerror or str(error))


def fsync_dir(folder: Path) -> None:
    """Make a rename durable; a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # the new file is in place, whole: only its durability is less sure
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)


def _replace_with_retries(source: Path, target: Path) -> None:
    for attempt in range(_REPLACE_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _REPLACE_RETRIES - 1:
                raise
            time.sleep(0.01 * (attempt + 1))


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path` so that a crash at any moment leaves the old or the new file.

    Temp file in the same folder (so the rename stays on one file system), flush, fsync,
    replace, fsync the folder. On failure the temp file is removed and StoreWriteError says why.
    Without `durable` the fsyncs are skipped: for notes that a crash may lose (undo).
    """
    temp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}{TEMP_SUFFIX}")
    try:
        fd = os.open(
            temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE
        )
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        _replace_with_retries(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        log.warning("could not save %s/%s: %s", path.parent.name, path.name, safe(error))
        failed = StoreWriteError(
            error.errno or 0, f"could not save {path.name}: {describe_os_error(error)}"
        )
        failed.file_name = path.name  # for the app to say it in the user's language
        raise failed from error
    if durable:
        fsync_dir(path.parent)
    log.debug("saved %s/%s: %d bytes", path.parent.name, path.name, len(data))


def stale_temp_files(folder: Path) -> list[Path]:
    """Dayweave's own temp files in `folder` (its naming: .NAME.json.PID.HEX.tmp) untouched for
    a minute: a killed writer's. Another program's (a sync tool's `.syncthing.*.tmp` in flight)
    are never Dayweave's to name or remove."""
    try:
        # os.listdir, not glob: glob's fnmatch import costs the command line milliseconds.
        names = os.listdir(folder)
    except OSError:
        return []
    now = time.time()  # a file's mtime is the wall clock's, whatever clock the journal has
    found = []
    for name in names:
        if not _OWN_TEMP.fullmatch(name):
            continue
        try:
            info = os.lstat(folder / name)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and now - info.st_mtime > STALE_AFTER:
            found.append(folder / name)
    return sorted(found)


def remove_stale_temp_files(folder: Path) -> int:
    """Remove the temp files a killed writer left behind; only the lock holder may call this."""
    removed = 0
    for path in stale_temp_files(folder):
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed
