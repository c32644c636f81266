"""The store's one way to warn: a line in the log (the app shows it, the command line prints it
on stderr), for what it skipped or could not do and went on without."""

from __future__ import annotations

__all__ = ["warn"]


def warn(message: str, *args: object) -> None:
    import logging  # only when there is something to say: the log command stays quick

    logging.getLogger("tracker.store").warning("dayweave: warning: " + message, *args)
