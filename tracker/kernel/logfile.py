"""The log's handlers and format, loaded by tracker.kernel.logs only when a record is kept."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TextIO

__all__ = ["PrivateRotatingFile", "SafeFormatter", "ToStderr", "make_private_folder"]


FILE_MODE = 0o600
_PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # where `tracker/` lives


def make_private_folder(folder: Path) -> None:
    """The state folder, made 0700 like the data folder (someone else's is left alone)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)


class PrivateRotatingFile(logging.FileHandler):
    """A rotating file, 0600, never written through a link. Several processes (the app, the
    command line) append to it: each line is one O_APPEND write; at a rotation two may race
    and one copy be lost, which a log can afford. Rotated here, not by logging.handlers: that
    module brings pickle and queue into the tray for good (1.2 MiB of its rest budget)."""

    def __init__(self, path: Path, max_bytes: int, copies: int) -> None:
        make_private_folder(path.parent)
        self.max_bytes = max_bytes
        self.copies = copies
        super().__init__(path, encoding="utf-8")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(self.format(record)):
                self._rotate()
        except Exception:  # logging's own rule: a record never raises
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, line: str) -> bool:
        if self.stream is None:  # closed after a rotation: opened again by the next emit
            self.stream = self._open()
        size = os.fstat(self.stream.fileno()).st_size  # other processes append too
        adding = len(line.encode("utf-8", "backslashreplace")) + 1
        return size > 0 and size + adding > self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for number in range(self.copies - 1, 0, -1):
            with contextlib.suppress(FileNotFoundError):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        with contextlib.suppress(FileNotFoundError):
            os.replace(base, f"{base}.1")

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.baseFilename, flags, FILE_MODE)
        if hasattr(os, "fchmod"):
            with contextlib.suppress(OSError):
                os.fchmod(fd, FILE_MODE)  # one made before, or under a looser umask
        return open(fd, "a", encoding="utf-8", errors="backslashreplace")

    def handleError(self, record: logging.LogRecord) -> None:
        # A log that cannot be written (a full disk) is not the user's problem: no traceback
        # on stderr, and the command goes on.
        pass


class ToStderr(logging.StreamHandler):
    """stderr as it is when a line is written (tests swap it), not when this was made."""

    def __init__(self, level: int) -> None:
        logging.Handler.__init__(self, level)

    @property
    def stream(self) -> TextIO:
        return sys.stderr


def _where(filename: str) -> str:
    """A frame's file without the folders above it (a home folder names its user)."""
    path = Path(filename)
    try:
        return str(path.resolve().relative_to(_PACKAGE_ROOT))
    except (ValueError, OSError):
        return "/".join(path.parts[-2:])


class SafeFormatter(logging.Formatter):
    """Local time with its offset; tracebacks as frames and the error's class only."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        moment = datetime.fromtimestamp(record.created).astimezone()
        return moment.isoformat(timespec="milliseconds")

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        import traceback

        kind, _error, frames = ei
        lines = ["Traceback (most recent call last):"]
        for frame in traceback.extract_tb(frames):
            lines.append(f'  File "{_where(frame.filename)}", line {frame.lineno}, in {frame.name}')
        name = kind.__name__ if kind is not None else "?"
        lines.append(f"{name} (its message is left out: it may quote your data)")
        return "\n".join(lines)
