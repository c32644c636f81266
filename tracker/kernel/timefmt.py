"""Instants on disk: UTC, ISO 8601 with a trailing ``Z``."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["parse_utc", "to_updated_text", "to_utc_text"]


def to_utc_text(moment: datetime) -> str:
    """Whole seconds are enough for the timeline; sub-second noise only makes diffs noisy."""
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_updated_text(moment: datetime) -> str:
    """`updated` keeps microseconds: it orders competing edits made within one second."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


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
