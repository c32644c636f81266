"""The interwoven day's rules that need no store: blocks never overlap, and what a new block
does to the blocks it lands on (docs/ARCHITECTURE.md, The rules of the day). In the kernel, so
every writer keeps them: the timeline's log and start, and the exchange's imports."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from tracker.kernel.model import Entry, ValidationError, new_id

__all__ = [
    "MAX_SPAN",
    "BlockFit",
    "check_running_length",
    "check_span_length",
    "fit_block",
    "open_calls_with",
    "running_until",
]

MAX_SPAN = timedelta(hours=16)  # longer is almost always a typo (10:00-9:00)


class BlockFit:
    """What logging a block does to the others: new versions of those it trims or ends (a
    version with ``deleted`` for one it covers whole), and the tails of those it splits."""

    __slots__ = ("changed", "created")

    def __init__(self) -> None:
        self.changed: list[Entry] = []
        self.created: list[Entry] = []


def running_until(block: Entry, blocks: Sequence[Entry], until: datetime) -> datetime:
    """Where a running block's minutes end when looked at `until` (now, or when it is being
    ended): then, or earlier, where time reached a block that was planned ahead of it."""
    end = max(block.start, until)
    for other in blocks:
        planned = other.id != block.id and other.is_block and not other.deleted and other.end
        if planned and block.start <= other.start < end:
            end = other.start
    return end


def _ended(block: Entry, blocks: Sequence[Entry], at: datetime) -> Entry:
    if block.end is None:
        at = min(at, running_until(block, blocks, at))
    return block.with_changes(end=at)


def fit_block(new: Entry, blocks: Sequence[Entry], now: datetime) -> BlockFit:
    """Make room for `new` (a block) among `blocks`: the new one wins the minutes it covers.

    What runs owns its minutes up to `now`, not the future: a block started now leaves the
    blocks planned later today alone, and a running block is never pushed to start, or
    split off to run on, after now. A running block that began after a new running one is
    refused (ValidationError ``runs_since``): which of the two was meant is not ours to guess.
    """
    fit = BlockFit()
    for block in blocks:
        if block.id == new.id or not block.is_block or block.deleted:
            continue
        if new.end is None:
            _fit_under_running(new, block, blocks, now, fit)
        else:
            _fit_under_span(new, block, blocks, now, fit)
    return fit


def _fit_under_running(
    new: Entry, block: Entry, blocks: Sequence[Entry], now: datetime, fit: BlockFit
) -> None:
    horizon = max(now, new.start)
    if block.end is not None and (block.start >= horizon or block.end <= new.start):
        return  # planned ahead, or over before the new block began
    if block.start < new.start:
        fit.changed.append(_ended(block, blocks, new.start))
    elif block.end is None and block.start > new.start:
        raise ValidationError(
            "start",
            f"{block.kind} has run only since {block.start:%Y-%m-%d %H:%M} UTC",
            "runs_since",
            {"kind": block.kind, "since": block.start},
        )
    else:  # covered up to now: no zero-minute block is ever left behind
        fit.changed.append(block.with_changes(deleted=True))


def _fit_under_span(
    new: Entry, block: Entry, blocks: Sequence[Entry], now: datetime, fit: BlockFit
) -> None:
    assert new.end is not None
    runs = block.end is None
    if runs and (new.start >= now or running_until(block, blocks, now) <= new.start):
        return  # a span ahead of what runs, or after where its minutes ended, leaves it
    if block.start >= new.end or (block.end is not None and block.end <= new.start):
        return
    keeps_left = block.start < new.start
    # A running block keeps running after the span only when the span is over by now.
    keeps_right = (runs and new.end <= now) or (block.end is not None and new.end < block.end)
    if keeps_right and runs:
        # What runs on after the span is nothing when a block planned ahead starts right there.
        after = block.with_changes(id=new_id() if keeps_left else block.id, start=new.end)
        keeps_right = running_until(after, blocks, now) > after.start
    if keeps_left and keeps_right:
        fit.changed.append(_ended(block, blocks, new.start))
        fit.created.append(block.with_changes(id=new_id(), start=new.end, rev=0))
    elif keeps_left:
        fit.changed.append(_ended(block, blocks, new.start))
    elif keeps_right:
        fit.changed.append(block.with_changes(start=new.end))
    else:
        fit.changed.append(block.with_changes(deleted=True))


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


def check_running_length(block: Entry, now: datetime, confirmed: bool) -> None:
    """A block set running from over 16 hours ago is refused unless confirmed: `start work
    --at` a wrong day would end or replace every block logged since, days of them."""
    if block.is_block and block.end is None and now - block.start > MAX_SPAN and not confirmed:
        hours = round((now - block.start).total_seconds() / 3600, 1)
        raise ValidationError(
            "start",
            f"{block.kind} would have run {hours:g} hours, since "
            f"{block.start:%Y-%m-%d %H:%M} UTC; confirm it if you mean it",
            "runs_too_long",
            {"kind": block.kind, "hours": hours, "since": block.start},
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
