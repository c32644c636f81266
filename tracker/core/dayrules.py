"""The interwoven day's rules that need no store: blocks never overlap, and what a new block
does to the blocks it lands on (DESIGN: "The interwoven day: rules")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from tracker.core.model import Entry, ValidationError, new_id

__all__ = ["MAX_SPAN", "BlockFit", "check_span_length", "fit_block", "open_calls_with"]

MAX_SPAN = timedelta(hours=16)  # longer is almost always a typo (10:00-9:00)


class BlockFit:
    """What logging a block does to the others: new versions of those it trims or ends (a
    version with ``deleted`` for one it covers whole), and the tails of those it splits."""

    __slots__ = ("changed", "created")

    def __init__(self) -> None:
        self.changed: list[Entry] = []
        self.created: list[Entry] = []


def _overlaps(new: Entry, other: Entry) -> bool:
    # An open end (running) reaches forward without limit: a running block owns what follows.
    new_end, other_end = new.end, other.end
    return (new_end is None or other.start < new_end) and (
        other_end is None or new.start < other_end
    )


def fit_block(new: Entry, blocks: Sequence[Entry]) -> BlockFit:
    """Make room for `new` (a block) among `blocks`: the new one wins the minutes it covers.

    A running block that began after a new running one is refused (ValidationError
    ``runs_since``): which of the two was meant is not ours to guess.
    """
    fit = BlockFit()
    for block in blocks:
        if block.id == new.id or not block.is_block or block.deleted or not _overlaps(new, block):
            continue
        keeps_left = block.start < new.start
        keeps_right = new.end is not None and (block.end is None or new.end < block.end)
        if keeps_left and keeps_right:
            fit.changed.append(block.with_changes(end=new.start))
            fit.created.append(block.with_changes(id=new_id(), start=new.end, rev=0))
        elif keeps_left:
            fit.changed.append(block.with_changes(end=new.start))
        elif keeps_right:
            fit.changed.append(block.with_changes(start=new.end))
        elif block.end is None and new.end is None and block.start > new.start:
            raise ValidationError(
                "start",
                f"{block.kind} has run only since {block.start:%Y-%m-%d %H:%M} UTC",
                "runs_since",
                {"kind": block.kind, "since": block.start},
            )
        else:  # covered whole: no zero-minute block is ever left behind
            fit.changed.append(block.with_changes(deleted=True))
    return fit


def check_span_length(start: datetime, end: datetime | None, end_day_given: bool) -> None:
    """A span over 16 hours is refused unless its end's day was given on purpose."""
    if end is not None and end - start > MAX_SPAN and not end_day_given:
        hours = round((end - start).total_seconds() / 3600, 1)
        raise ValidationError(
            "end",
            f"that is {hours:g} hours; give the end's day too if you mean it",
            "span_too_long",
            {"hours": hours},
        )


def open_calls_with(new: Entry, running: Sequence[Entry]) -> list[Entry]:
    """Calls and meetings still running with any of `new`'s people: one call per person."""
    wanted = set(new.people)
    return [
        e
        for e in running
        if e.kind in ("call", "meeting")
        and e.end is None
        and e.id != new.id
        and wanted & set(e.people)
    ]
