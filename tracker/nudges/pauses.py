"""The natural pauses of a work block: the moments a nudge may show inside it
(docs/ARCHITECTURE.md: nudges that never become disruptions, and still arrive).

A pause is a moment, and a nudge may show in the few minutes after it: right after a call or
meeting ends, at a switch between work and life, on the return from being away, and, in a block
that has run the focus length without any of those, as a break suggestion.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from tracker.kernel.model import Entry

__all__ = ["PAUSE_WINDOW", "Pause", "pause_at"]

PAUSE_WINDOW = timedelta(minutes=10)  # how long after a pause a nudge may still show
SWITCH_TOLERANCE = timedelta(minutes=1)  # the other block ended "at" this one's start


@dataclass(frozen=True, slots=True)
class Pause:
    at: datetime
    why: str  # call_ended, switch, returned, focus


def _natural(
    block: Entry, entries: Iterable[Entry], now: datetime, returned_at: datetime | None
) -> list[Pause]:
    pauses = []
    for entry in entries:
        if entry.deleted or entry.end is None or entry.id == block.id:
            continue
        if entry.kind in ("call", "meeting") and block.start <= entry.end <= now:
            pauses.append(Pause(entry.end, "call_ended"))
        elif (
            entry.is_block
            and entry.kind != block.kind
            and abs(entry.end - block.start) <= SWITCH_TOLERANCE
        ):
            pauses.append(Pause(block.start, "switch"))
    if returned_at is not None and block.start <= returned_at <= now:
        pauses.append(Pause(returned_at, "returned"))
    return pauses


def pause_at(
    block: Entry,
    entries: Iterable[Entry],
    now: datetime,
    focus: timedelta,
    returned_at: datetime | None = None,
) -> tuple[Pause | None, datetime]:
    """The pause `now` falls in (None: the user is focused), and the next break suggestion.

    The focus length counts from the block's start or its latest natural pause, whichever is
    later; every further focus length without a pause is another break suggestion.
    """
    natural = _natural(block, entries, now, returned_at)
    anchor = max([block.start, *(p.at for p in natural)])
    rounds = max(0, (now - anchor) // focus)
    candidates = list(natural)
    if rounds >= 1:
        candidates.append(Pause(anchor + rounds * focus, "focus"))
    latest = max(candidates, key=lambda p: p.at, default=None)
    following = anchor + (rounds + 1) * focus
    if latest is not None and now - latest.at < PAUSE_WINDOW:
        return latest, following
    return None, following
