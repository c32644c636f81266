"""Instants on disk: UTC, ISO 8601 with a trailing ``Z``."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["parse_utc", "sortable_updated", "to_updated_text", "to_utc_text"]


def to_utc_text(moment: datetime) -> str:
    """Whole seconds are enough for the timeline; sub-second noise only makes diffs noisy."""
    moment = moment.astimezone(UTC)
    # The year by hand: strftime's %Y writes "999" for 999 here, which sorts after "2026".
    return f"{moment.year:04d}-" + moment.strftime("%m-%dT%H:%M:%SZ")


def to_updated_text(moment: datetime) -> str:
    """`updated` keeps microseconds: it orders competing edits made within one second."""
    moment = moment.astimezone(UTC)
    return f"{moment.year:04d}-" + moment.strftime("%m-%dT%H:%M:%S.%fZ")


def sortable_updated(text: str) -> str:
    """`updated` as versions compare it: text not starting with a four-digit year (a corrupt
    one, "999-01-01...") is no time, and sorts before every real time, never after."""
    year = text[:4]
    return text if year.isascii() and year.isdigit() and text[4:5] == "-" else ""


def parse_utc(text: object) -> datetime:
    """Read an ISO 8601 instant with a zone (``Z`` or an offset); a naive time is an error."""
    if not isinstance(text, str):
        raise ValueError(f"{text!r} is not a time")
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise ValueError(f"{text!r} is not a time") from None
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no time zone")
    return moment.astimezone(UTC)
