"""Refusals a command can give besides a plain ValidationError. All are ValidationErrors, so
the command line exits 2 and the app says them in the user's language from `code`."""

from __future__ import annotations

from tracker.kernel.model import Person, ValidationError

__all__ = ["NEEDS_SOMEONE", "AmbiguousName", "Refused", "needs_someone", "refuse_unknown_changes"]

# Kinds that are only ever with someone: a contact records whom you reached. The app's Who
# dialog and the command line both ask here, so they cannot disagree.
NEEDS_SOMEONE = ("contact",)


def needs_someone(kind: str) -> bool:
    return kind in NEEDS_SOMEONE


class Refused(ValidationError):
    """The request is understood and cannot be done: nothing was written."""


class AmbiguousName(Refused):
    """A name that several people answer to; the app asks which, the command line names them."""

    def __init__(self, name: str, candidates: tuple[Person, ...]) -> None:
        listed = ", ".join(p.name for p in candidates)
        super().__init__(
            "people",
            f"{name!r} could be {listed}: give the full name",
            "ambiguous_name",
            {"name": name, "candidates": listed},
        )
        self.name = name
        self.candidates = candidates


def refuse_unknown_changes(changes: dict, allowed: tuple[str, ...], field_name: str) -> None:
    """An edit may change only the fields it names; anything else is refused whole."""
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise Refused(
            field_name,
            f"cannot change {', '.join(unknown)}",
            "not_changeable",
            {"fields": ", ".join(unknown)},
        )
