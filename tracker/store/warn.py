"""The store's one way to warn, for what it skipped or could not do and went on without: a line
on stderr (in the user's words where `text` gives them), and the same kept in the log by the
names of files and the classes of errors only (tracker.kernel.logs.safe)."""

from __future__ import annotations

from tracker.kernel.logs import logger, safe

__all__ = ["warn"]

log = logger("dayweave.store")


def warn(message: str, *args: object, text: str | None = None) -> None:
    import sys

    print("dayweave: warning: " + (message % args if text is None else text), file=sys.stderr)
    log.warning(message, *map(safe, args))
