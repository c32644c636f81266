""" "Drifting" as a filter in the People window: on, the table shows only the people whose gaps
between contacts are growing (tracker.review.drifting's rule, over all their history, as
`dayweave people list --drifting` has it). The search line still narrows what it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Signal,
)
from PySide6.QtWidgets import QCheckBox

from tracker.kernel.model import Entry
from tracker.kernel.vocabulary import CONTACT_KINDS
from tracker.review.drifting import Drift, drifting
from tracker.review.person import starts_by_person
from tracker.review.search import Query
from tracker.ui.searching import MonthlySearch

if TYPE_CHECKING:
    from tracker.ui.people.window import PeopleWindow

__all__ = ["DriftingToggle", "PeopleFilter"]


class PeopleFilter(QSortFilterProxyModel):
    """The search line's filter, and with `only` set, only those people (by id)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.only: set[str] | None = None

    def set_only(self, only: set[str] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later: invalidateFilter is deprecated
            self.beginFilterChange()
            self.only = only
            self.endFilterChange()
        else:
            self.only = only
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self.only is not None:
            rows = self.sourceModel().rows  # type: ignore[attr-defined]
            if rows[source_row][0].id not in self.only:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class DriftingToggle(QCheckBox):
    """On: reads every contact, a month per turn of the event loop, and then filters
    (`ready`); again at each reload of the window while on."""

    ready = Signal()

    def __init__(self, window: PeopleWindow) -> None:
        super().__init__()
        self.window = window
        self.found: list[Drift] = []
        self.reading: MonthlySearch | None = None
        self._contacts: list[Entry] = []
        self.setToolTip(
            self.tr(
                "Only the people whose gaps are growing: the time since the last contact is "
                "longer than their usual gap and their rhythm"
            )
        )
        self._name()
        self.toggled.connect(self.refresh)

    def _name(self) -> None:
        if self.reading is not None:
            self.setText(self.tr("Drifting (…)"))
        elif self.isChecked():
            self.setText(self.tr("Drifting (%1)").replace("%1", str(len(self.found))))
        else:
            self.setText(self.tr("Drifting"))

    def refresh(self) -> None:
        """Who drifts now (the window calls this after each reload)."""
        self._stop()
        if not self.isChecked():
            self.found = []
            self.window.proxy.set_only(None)
        else:
            journal = self.window.journal
            self._contacts = []
            query = Query(kinds=frozenset(CONTACT_KINDS))
            self.reading = MonthlySearch(journal, query, journal.people_by_id(), self)
            self.reading.found.connect(self._contacts.extend)
            self.reading.done.connect(self._read)
        self._name()

    def _read(self, _count: int = 0) -> None:
        self._stop()
        journal = self.window.journal
        now = self.window.clock.now()
        touches = starts_by_person(self._contacts, now)
        self._contacts = []
        every = journal.settings().default_every_days
        self.found = drifting(touches, journal.people_by_id(), every, now)
        self.window.proxy.set_only({drift.person.id for drift in self.found})
        self._name()
        self.ready.emit()

    def _stop(self) -> None:
        if self.reading is not None:
            self.reading.stop()
            self.reading.deleteLater()
            self.reading = None
