"""How the command line fails: the two failures and their exit codes, and what went wrong said
as one plain line (shared by every command, so none imports another for it)."""

from __future__ import annotations

from tracker.kernel.words import translate

__all__ = ["StoreProblem", "UsageError", "one_line", "os_reason", "plain_os_error"]


class UsageError(Exception):
    """Bad input: one line for the user, exit code 2, nothing written."""


class StoreProblem(Exception):
    """Nothing could be saved: exit 1."""


def one_line(text: str) -> str:
    """What the user typed may come back in a message: its newlines and escape sequences are
    shown escaped, so the message stays one plain line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def os_reason(error: OSError) -> str:
    """Why a file could not be read or written, in the user's words (the system's strerror
    is English whatever the language)."""
    from tracker.commands.messages import disk_reason

    if isinstance(error, FileNotFoundError):
        return translate("Cli", "there is no such file")
    if isinstance(error, IsADirectoryError):
        return translate("Cli", "it is a folder")
    return disk_reason(error) or str(error.strerror or error)


def plain_os_error(error: OSError) -> str:
    """One line without Python's "[Errno 30]": what failed, and where."""
    if error.strerror and not isinstance(error.args[0], str):
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror[:1].lower()}{error.strerror[1:]}"
    return str(error)
