"""A block left running: when to ask when it ended (docs/ARCHITECTURE.md, The rules of the day).

Never silently log a 14-hour work block. Ask once when a block is still running after the
machine slept, or at the first start of a new day, offering the moment the machine went to
sleep or was last used, and "still running".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry

__all__ = ["MIN_SLEEP", "ForgottenBlock", "forgotten_block"]

# A shorter sleep (the lid closed on the way to a meeting room) does not end a block.
MIN_SLEEP = timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class ForgottenBlock:
    block: Entry
    reason: str  # "slept" or "new_day"
    # When the machine went to sleep or was last used; None when that is not known.
    suggested_end: datetime | None
    # Asked once: `keys[0]` names this question; all of `keys` are remembered once it is
    # answered, so a question after a sleep also stands for that day's start-up question.
    keys: tuple[str, ...]


def forgotten_block(
    block: Entry | None,
    now: datetime,
    zone: ZoneInfo,
    *,
    slept_from: datetime | None = None,
    last_seen: datetime | None = None,
    asked: frozenset[str] | set[str] = frozenset(),
) -> ForgottenBlock | None:
    """The question to ask about a running block now, or None.

    `slept_from` is when the machine went to sleep, given on waking; `last_seen` is the last
    moment the app knew the machine was in use (its last quit or sleep), given at start-up.
    """
    if block is None or not block.is_block or not block.running or block.start > now:
        return None
    day_key = f"{block.id}@day:{now.astimezone(zone).date().isoformat()}"
    question = None
    if slept_from is not None and now - slept_from >= MIN_SLEEP and slept_from > block.start:
        slept_key = f"{block.id}@slept:{slept_from.isoformat()}"
        question = ForgottenBlock(block, "slept", slept_from, (slept_key, day_key))
    elif block.start.astimezone(zone).date() < now.astimezone(zone).date():
        suggested = last_seen if last_seen is not None and block.start < last_seen < now else None
        question = ForgottenBlock(block, "new_day", suggested, (day_key,))
    if question is None or question.keys[0] in asked:
        return None
    return question
