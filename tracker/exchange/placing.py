"""Imported blocks keep the rules of the day (issue 25): each takes the minutes it covers from
the blocks already there, which are trimmed, split or replaced as `log` does it
(kernel/dayrules.py), so no minute is counted twice after a Timewarrior, Watson or backup
import. Imported blocks that overlap each other are placed in the order they start, or, from a
backup, kept as they are."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable
from datetime import datetime, timedelta

from tracker.kernel.dayrules import MAX_SPAN, fit_block
from tracker.kernel.model import Entry

__all__ = ["Placing"]


class Placing:
    """The day as the import leaves it. `incoming`: the imported versions, by id (an earlier
    one trimmed where a later one lands); `changed`: (as stored, as left) for the blocks already
    there that an imported one trims or replaces; `created`: the tails split off by one."""

    __slots__ = ("_blocks", "_order", "_running", "changed", "created", "incoming", "now", "stack")

    def __init__(
        self, held: Iterable[Entry], incoming_ids: set[str], now: datetime, *, stack: bool = True
    ) -> None:
        self.now = now
        self.stack = stack  # whether an imported block trims the imported ones before it
        self.incoming: dict[str, Entry] = {}
        self.changed: dict[str, tuple[Entry, Entry]] = {}
        self.created: dict[str, Entry] = {}
        self._blocks: dict[str, Entry] = {}
        self._order: list[tuple[datetime, str]] = []  # (start, id) of each block, sorted
        self._running: set[str] = set()
        for entry in held:  # what the import replaces is not there to be trimmed
            if entry.is_block and not entry.deleted and entry.id not in incoming_ids:
                self._blocks[entry.id] = entry
                if entry.end is None:
                    self._running.add(entry.id)
        self._order = sorted((e.start, e.id) for e in self._blocks.values())  # once, not insort

    def place(self, new: Entry) -> None:
        """Make room for an imported block; a ValidationError (a running block that began
        after it) leaves the day as it was."""
        fit = fit_block(new, self._near(new), self.now)
        for after in fit.changed:
            self._replace(after)
        for tail in fit.created:
            self.created[tail.id] = tail
            self._add(tail)
        self.incoming[new.id] = new
        if self.stack:
            self._add(new)

    def _near(self, new: Entry) -> list[Entry]:
        """The blocks `new` may land on, and every running one (fit_block ends those)."""
        end = new.end or max(self.now, new.start) + timedelta(days=1)
        found = {}
        index = bisect_left(self._order, (end, ""))
        for start, ident in reversed(self._order[:index]):
            block = self._blocks[ident]
            if block.end is not None and block.end <= new.start and start < new.start - MAX_SPAN:
                break  # over before `new` and begun long before: earlier ones end earlier
            found[ident] = block
        for ident in self._running:
            found[ident] = self._blocks[ident]
        return sorted(found.values(), key=lambda e: e.start)

    def _replace(self, after: Entry) -> None:
        before = self._blocks[after.id]
        self._remove(before)
        if after.id in self.incoming:
            self.incoming[after.id] = after
        elif after.id in self.created:
            self.created[after.id] = after
        else:
            stored = self.changed.get(after.id, (before, after))[0]
            self.changed[after.id] = (stored, after)
        if not after.deleted:
            self._add(after)

    def _add(self, block: Entry) -> None:
        self._blocks[block.id] = block
        if block.end is None:
            self._running.add(block.id)
        insort(self._order, (block.start, block.id))

    def _remove(self, block: Entry) -> None:
        del self._blocks[block.id]
        self._running.discard(block.id)
        index = bisect_left(self._order, (block.start, block.id))
        del self._order[index]
