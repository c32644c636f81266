"""One writer per data folder: an OS file lock, which the kernel releases when its holder dies.

A lock left by a killed process is therefore taken over by the next one without guessing from
PIDs; the PID written into the file is only there to tell the user who holds it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import time
from pathlib import Path

from tracker.kernel.logs import logger

__all__ = ["DataLock", "LockTimeout", "UnsafeLock"]

# sys.platform, not os.name: the type checker follows it and skips the other side.
if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


log = logger("dayweave.store")


def _left_behind(fd: int) -> str:
    """Who held the lock last and ended without releasing it (killed, crashed): a clean
    release empties the file, so a pid still in it was left there."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        words = os.read(fd, 32).split()
    except OSError:
        return ""
    if len(words) >= 2 and words[0] == b"pid" and words[1].isdigit():
        return f"pid {int(words[1])}"
    return "something else" if words else ""  # odd content: never data, never shown as is


class UnsafeLock(OSError):
    """The lock file is a link: refused, so nothing outside the data folder is written."""


class LockTimeout(RuntimeError):
    """Another process kept the data folder for longer than we could wait."""


class DataLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._depth = 0

    @property
    def held(self) -> bool:
        return self._fd is not None

    def holder(self) -> str:
        from tracker.store.storage import read_no_follow

        try:
            text = read_no_follow(self.path).decode("utf-8", "replace").strip()
        except OSError:
            return "another process"
        # What another process wrote there is shown to the user: one plain line at most.
        return "".join(c for c in text[:60] if c.isprintable()) or "another process"

    def acquire(self, timeout: float = 10.0) -> None:
        """Take the lock, waiting up to `timeout` seconds; re-entrant within one process."""
        if self._fd is not None:
            self._depth += 1
            return
        try:
            # Never through a link: a planted `lock -> ~/notes.txt` would be truncated.
            # Nor into a pipe or a device (`rsync -a` copies them): opened without blocking.
            flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(self.path, flags | getattr(os, "O_NONBLOCK", 0), 0o600)
        except OSError as error:
            if error.errno == errno.ELOOP:
                raise UnsafeLock(
                    f"{self.path} is a link; Dayweave never writes through one: remove it"
                ) from None
            raise
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            from tracker.kernel.words import translate

            text = translate(
                "Store", "%1 is not a regular file; Dayweave never writes to one: remove it"
            )
            raise UnsafeLock(text.replace("%1", str(self.path)))
        deadline = time.monotonic() + timeout
        delay = 0.002
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                raise LockTimeout(
                    f"the data folder is in use by {self.holder()}; try again in a moment"
                )
            time.sleep(delay)
            delay = min(delay * 2, 0.05)
        if left := _left_behind(fd):
            log.warning(
                "took over the lock of %s: %s ended without letting go", self.path.parent.name, left
            )
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"pid {os.getpid()}\n".encode())
        self._fd = fd
        self._depth = 1

    def release(self) -> None:
        if self._fd is None:
            return
        self._depth -= 1
        if self._depth > 0:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # released, not left behind (see _left_behind)
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> DataLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
