"""The log: what went wrong on a user's desktop, kept in a file they can send.

One logger per part: `dayweave.store`, `.socket`, `.calendar`, `.nudges`, `.bus` (the desktop's
D-Bus), `.app` and `.cli`. Warnings and errors go to a rotating file in the user's state
folder (`~/.local/state/dayweave/dayweave.log`, or `$DAYWEAVE_STATE_DIR`), folder 0700 and file
0600 like the data; `dayweave --verbose` adds INFO (`-vv`: DEBUG) there and on stderr.

What is logged never holds personal data at the default level: ids, counts, our own files'
names and the classes of errors, never a title, a name, a note, an e-mail address or an event's
summary. A traceback in the file names its frames and the error's class, not its message
(which may quote what the user typed).

`logging` and its handlers cost `dayweave log` milliseconds of its budget (docs/ARCHITECTURE.md,
Budgets), so `logger()` gives a small stand-in that loads them only when something is said at a
level that is kept, and sets up the file then.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

__all__ = [
    "DEBUG",
    "ERROR",
    "INFO",
    "WARNING",
    "Log",
    "log_file",
    "logger",
    "safe",
    "start",
    "state_dir",
    "stop",
    "verbosity",
]

DEBUG, INFO, WARNING, ERROR = 10, 20, 30, 40  # logging's own numbers, without importing it
FILE_NAME = "dayweave.log"
FILE_BYTES = 1_000_000
FILE_COPIES = 3  # dayweave.log.1 to .3: a few weeks of warnings, a few minutes of -vv
_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_handlers: list[Any] = []  # what start() added, so stop() takes away only ours
_started = False


class Log:
    """A logger by name that loads `logging` only for a record that would be kept."""

    __slots__ = ("_real", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._real: Any = None

    def debug(self, message: str, *args: object) -> None:
        self._say(DEBUG, message, args)

    def info(self, message: str, *args: object) -> None:
        self._say(INFO, message, args)

    def warning(self, message: str, *args: object) -> None:
        self._say(WARNING, message, args)

    def error(self, message: str, *args: object) -> None:
        self._say(ERROR, message, args)

    def exception(self, message: str, *args: object, exc_info: Any = True) -> None:
        """An error with the traceback being handled, or `exc_info`'s (its frames, never its
        message)."""
        self._say(ERROR, message, args, exc_info)

    def _say(self, level: int, message: str, args: tuple, exc_info: Any = False) -> None:
        if self._real is None:
            # Nobody can have asked for more than warnings before logging was imported.
            if level < WARNING and "logging" not in sys.modules:
                return
            import logging

            self._real = logging.getLogger(self.name)
        if not self._real.isEnabledFor(level):
            return
        if not _started:
            start()
        self._real.log(level, message, *args, exc_info=exc_info, stacklevel=3)  # the caller


def logger(name: str) -> Log:
    return Log(name)


def state_dir() -> Path:
    """Where the log lives: $DAYWEAVE_STATE_DIR, else the platform's user state folder."""
    env = os.environ.get("DAYWEAVE_STATE_DIR")
    if env:
        return Path(env).expanduser()
    from tracker.kernel.userdirs import user_dir

    return user_dir("state")


def log_file() -> Path:
    return state_dir() / FILE_NAME


def verbosity(count: int) -> int:
    """The level of `-v` given `count` times: none WARNING, once INFO, more DEBUG."""
    return WARNING if count <= 0 else INFO if count == 1 else DEBUG


def safe(value: object) -> object:
    """A value as the log may keep it: a path by its name (a home folder names its user), an
    error by its class (its text may quote a record); numbers and our own words as they are."""
    if isinstance(value, Path):
        return value.name
    if isinstance(value, BaseException):
        import errno

        code = errno.errorcode.get(value.errno or 0) if isinstance(value, OSError) else None
        return f"{type(value).__name__}({code})" if code else type(value).__name__
    return value


def start(level: int = WARNING, *, stderr: bool = False) -> Path | None:
    """Keep `level` and up in the log file (and, with `stderr`, on stderr too); the file's
    path, or None when it cannot be written (a read-only home): the program goes on."""
    global _started
    import logging

    from tracker.kernel.logfile import PrivateRotatingFile, SafeFormatter, ToStderr

    stop()
    _started = True
    root = logging.getLogger("dayweave")
    if level < WARNING:
        root.setLevel(level)  # else as the root logger says: WARNING, unless a test asks more
    path: Path | None = log_file()
    try:
        handler: logging.Handler = PrivateRotatingFile(log_file(), FILE_BYTES, FILE_COPIES)
    except OSError:
        # Never said on stderr by logging's last resort: quiet by default means quiet.
        handler, path = logging.NullHandler(), None
    handler.setLevel(level)
    _handlers.append(handler)
    if stderr:
        shown = ToStderr(level)
        shown.setFormatter(logging.Formatter("dayweave: %(levelname)s %(name)s: %(message)s"))
        _handlers.append(shown)
    handler.setFormatter(SafeFormatter(_FORMAT))
    for each in _handlers:
        root.addHandler(each)
    return path


def stop() -> None:
    """Take away and close what start() set up (tests; a second start)."""
    global _started
    _started = False
    if not _handlers:
        return
    import logging

    root = logging.getLogger("dayweave")
    root.setLevel(logging.NOTSET)
    for handler in _handlers:
        root.removeHandler(handler)
        handler.close()
    _handlers.clear()
