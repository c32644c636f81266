"""tracker.review.search run from a window: a month of history per turn of the event loop,
the newest month first. One call of search() reads all history before it returns a part
that finds nothing (seconds with five years on disk), and the journal is not safe to read
from a second thread while the GUI thread writes it; a month at a time keeps the window
usable and brings the newest results first. Each month is an ordinary search() with the
query's own words and filters, bounded to the month (an entry is found once, at its
start)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from tracker.kernel.model import Person
from tracker.review.index import indexed_search, search_file
from tracker.review.search import Query, search

__all__ = ["MonthlySearch", "months_back"]


def _month_start(day: date) -> datetime:
    return datetime(day.year, day.month, 1, tzinfo=UTC)


def months_back(day_keys: list[str]) -> list[tuple[datetime, datetime]]:
    """The UTC months from the last day key's back to the first's, newest first (the journal's
    day files are named by the UTC day their entries start on)."""
    if not day_keys:
        return []
    first, last = date.fromisoformat(day_keys[0]), date.fromisoformat(day_keys[-1])
    months = []
    year, month = last.year, last.month
    while (year, month) >= (first.year, first.month):
        start = _month_start(date(year, month, 1))
        after = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        months.append((start, _month_start(after)))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


class MonthlySearch(QObject):
    """One search, started at once; `found` carries each month's entries newest first,
    `done` how many in all. `stop` drops what is left."""

    found = Signal(list)
    done = Signal(int)
    failed = Signal(str)

    def __init__(
        self, source: Any, query: Query, people: Mapping[str, Person], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.source, self.query, self.people = source, query, people
        self.months = months_back(source.entry_days())
        # Through the search index (tracker/review/index.py) where the journal has a folder:
        # a month it has seen is answered in milliseconds instead of read again.
        layout = getattr(source, "layout", None)
        self.index = search_file(layout.root) if layout is not None else None
        self.count = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._step)
        self.timer.start()

    def _bounded(self, start: datetime, end: datetime) -> Query:
        query = self.query
        low = start if query.start is None else max(start, query.start)
        high = end if query.end is None else min(end, query.end)
        return Query(text=query.text, kinds=query.kinds, people=query.people, start=low, end=high)

    def _step(self) -> None:
        if not self.months:
            self.done.emit(self.count)
            return
        start, end = self.months.pop(0)
        try:
            query = self._bounded(start, end)
            part = [] if query.start >= query.end else self._read(query)  # type: ignore[operator]
        except (OSError, ValueError) as error:
            from tracker.ui.errors import error_text

            self.failed.emit(error_text(error))
            return
        if part:
            self.count += len(part)
            self.found.emit(part)
        self.timer.start()

    def _read(self, query: Query) -> list:
        if self.index is not None:
            parts = indexed_search(self.source, query, self.people, self.index)
        else:
            parts = search(self.source, query, self.people)
        part = [entry for found in parts for entry in found]
        return sorted(part, key=lambda e: (e.start, e.id), reverse=True)

    def stop(self) -> None:
        self.timer.stop()
        self.months = []
