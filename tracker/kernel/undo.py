"""One thing that can be taken back for a short while, measured by the injected clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Generic, TypeVar

from tracker.kernel.clock import Clock

__all__ = ["UndoSlot"]

T = TypeVar("T")


class UndoSlot(Generic[T]):
    def __init__(self, clock: Clock, seconds: float = 10) -> None:
        self.clock = clock
        self.window = timedelta(seconds=seconds)
        self._item: T | None = None
        self._at: datetime | None = None

    def keep(self, item: T) -> None:
        self._item, self._at = item, self.clock.now()

    def clear(self) -> None:
        self._item, self._at = None, None

    def expires_at(self) -> datetime | None:
        """When the kept item can no longer be taken back (None: nothing kept)."""
        if self._item is None or self._at is None:
            return None
        return self._at + self.window

    def available(self) -> T | None:
        """The kept item while its time lasts, else None."""
        if self._item is None or self._at is None or self.clock.now() - self._at > self.window:
            return None
        return self._item

    def take(self) -> T | None:
        item = self.available()
        self.clear()
        return item
