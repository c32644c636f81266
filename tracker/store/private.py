"""The one writer of files outside the data folder: exports, week images, invitations.

A path the user named may be anything: a link another user planted in a shared folder, a pipe,
a device (`-o /dev/full` as root), a terminal's `/proc/self/fd/1`. Only a regular file is ever
replaced, never written through: the new content goes to a temp file beside it (0600, created
fresh, never through a link) and is renamed over it, so a pre-made file open to others never
receives it. A link, a pipe, a device, a socket or a folder is refused with one line and nothing
is written. `-` is standard output.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

__all__ = ["STDOUT", "RefusedTarget", "check_target", "private_file", "write_private"]

STDOUT = "-"
_MODE = 0o600
_TEMP_SUFFIX = ".part"


class RefusedTarget(OSError):
    """A path Dayweave never writes to: a link, or not a regular file. Nothing was written."""

    def __str__(self) -> str:
        return str(self.strerror)  # one line, without Python's "[Errno N]"


def check_target(path: str | Path) -> None:
    """RefusedTarget when `path` is a link or something other than a regular file; a missing
    file and standard output pass."""
    from tracker.kernel.words import translate

    if str(path) == STDOUT:
        return
    try:
        info = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return
    if stat.S_ISLNK(info.st_mode):
        reason = translate("Store", "%1 is a link; Dayweave never writes through one")
        raise RefusedTarget(errno.ELOOP, reason.replace("%1", str(path)))
    if not stat.S_ISREG(info.st_mode):
        reason = translate(
            "Store", "%1 is not a regular file (a folder, a pipe or a device); nothing was written"
        )
        raise RefusedTarget(errno.EINVAL, reason.replace("%1", str(path)))


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[BinaryIO]:
    """A fresh temp file beside `path`, renamed over it when the block ends normally; removed
    on any exception, `path` untouched."""
    check_target(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}{_TEMP_SUFFIX}")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(temp, flags | getattr(os, "O_BINARY", 0), _MODE)
    try:
        with open(fd, "wb") as raw:
            yield raw
            raw.flush()
            os.fsync(raw.fileno())
        check_target(path)  # swapped for a link or a device meanwhile: still refused
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


@contextlib.contextmanager
def private_file(path: str | Path) -> Iterator[TextIO]:
    """A UTF-8 text stream (newline="") for `path`, renamed over it only when the block ends
    normally: a failure or a cancel (any exception) leaves no file, not even half of one, and
    an existing file untouched. RefusedTarget before anything is written."""
    if str(path) == STDOUT:
        sys.stdout.flush()
        fd = sys.stdout.fileno()
        with open(fd, "w", encoding="utf-8", newline="", closefd=False) as stream:
            yield stream
        return
    with _replacing(Path(path)) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        yield text
        text.flush()
        text.detach()  # the raw file is closed, after its fsync, by _replacing


def write_private(path: str | Path, data: bytes) -> None:
    """`data` written to `path` (or standard output) as private_file writes."""
    if str(path) == STDOUT:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    with _replacing(Path(path)) as raw:
        raw.write(data)
