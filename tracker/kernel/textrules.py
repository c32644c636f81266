"""The checks every stored text passes, and the error they raise (a value that may not be
stored; the message is English, its code and values let the app say it in Dutch)."""

from __future__ import annotations

import unicodedata
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["QuickEntryError", "ValidationError", "check_text", "check_zone", "visible"]


class ValidationError(ValueError):
    """A value that may not be stored; ``field`` names which one.

    The message is English (the command line's language); ``code`` and ``values`` let the app
    say the same in the user's language.
    """

    def __init__(
        self, field_name: str, message: str, code: str = "", values: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.field = field_name
        self.code = code
        self.values = {"field": field_name, **(values or {})}


_ALLOWED_IN_NOTES = {"\n", "\t"}


def check_text(field_name: str, value: Any, limit: int, *, multiline: bool = False) -> None:
    """Text of at most `limit` characters, without control characters (a note may hold line
    breaks and tabs); else a ValidationError naming the field."""
    if isinstance(value, str) and len(value) <= limit and value.isprintable():
        return  # no "Other" character at all, so no control character (fast: every read)
    label = field_name.replace("_", " ")
    if not isinstance(value, str):
        raise ValidationError(field_name, f"{label} must be text", "not_text")
    if len(value) > limit:
        raise ValidationError(
            field_name, f"{label} is longer than {limit} characters", "too_long", {"limit": limit}
        )
    allowed = _ALLOWED_IN_NOTES if multiline else set()
    for char in value:
        if char not in allowed and unicodedata.category(char) in ("Cc", "Cs"):
            raise ValidationError(
                field_name,
                f"{label} contains a control character (U+{ord(char):04X})",
                "control_character",
            )


def check_zone(name: Any) -> None:
    """A time zone name the zone database knows; else a ValidationError."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValidationError(
            "tz", f"{name!r} is not a known time zone", "unknown_zone", {"zone": name}
        ) from None


def visible(text: str) -> bool:
    """Something a reader sees: a letter, digit, punctuation or symbol (not only spaces)."""
    return any(unicodedata.category(c)[0] in "LNPS" for c in text)


class QuickEntryError(ValueError):
    """A line that could not be read; ``part`` is the piece of the line at fault."""

    def __init__(self, message: str, part: str, position: int = 0, *, code: str = "") -> None:
        super().__init__(message)
        self.part = part
        self.position = position
        self.code = code  # lets the UI say the same in the user's language
