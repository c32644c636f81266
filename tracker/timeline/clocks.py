"""Clock times as people write them: 9:00, 9.00 (Dutch), 9am, 9:30pm, and a bare 9 where
nothing else can be meant. Read here once for `--at`, `--until` and the quick-entry line."""

from __future__ import annotations

import re
from datetime import time

__all__ = ["CLOCK", "RANGE", "read_clock", "read_range"]

# One clock time: an hour, then minutes after ':' or '.', then am/pm; as a regex text, so the
# quick entry can cut a line into words with it.
CLOCK = r"\d{1,2}(?:[:.]\d{2})?(?:[aApP][mM])?"
RANGE = rf"{CLOCK}\s*[-–]\s*{CLOCK}"

_PARTS = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?([ap]m)?")
_SPLIT = re.compile(r"\s*[-–]\s*")


def read_clock(text: str, *, bare: bool = True) -> time | None:
    """The time `text` writes, or None. `bare`: a lone hour (9) counts; where it could be a
    number in a title ("sprint 9"), the caller says it does not."""
    match = _PARTS.fullmatch(text.strip().casefold())
    if match is None:
        return None
    hour, minute, half = int(match[1]), int(match[2] or 0), match[3]
    if match[2] is None and half is None and not bare:
        return None
    if minute >= 60:
        return None
    if half is not None:  # 12am is midnight, 12pm noon
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    return time(hour, minute) if hour < 24 else None


def read_range(text: str, *, bare: bool = True) -> tuple[time, time] | None:
    """Start and end of `9.00-10.30`, `9am - 5pm`; or None. Without `bare`, one of the two must
    be plainly a time (10.30, 5pm), so "3-4 items" stays words."""
    parts = _SPLIT.split(text.strip())
    if len(parts) != 2:
        return None
    start, end = read_clock(parts[0]), read_clock(parts[1])
    if start is None or end is None:
        return None
    if not bare and all(read_clock(part, bare=False) is None for part in parts):
        return None
    return start, end
