""" "Drifting" as a filter in the People window: on, the table shows only the people whose gaps
between contacts are growing (tracker.review.drifting's rule, over all their history, as
`dayweave people list --drifting` has it). The search line still narrows what it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QCheckBox

from tracker.review.drifting import Drift, drifting
from tracker.review.person import contact_starts

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
    """On: reads every contact once (and again at each reload of the window while on)."""

    def __init__(self, window: PeopleWindow) -> None:
        super().__init__()
        self.window = window
        self.found: list[Drift] = []
        self.setToolTip(
            self.tr(
                "Only the people whose gaps are growing: the time since the last contact is "
                "longer than their usual gap and their rhythm"
            )
        )
        self._name()
        self.toggled.connect(self.refresh)

    def _name(self) -> None:
        if self.isChecked():
            self.setText(self.tr("Drifting (%1)").replace("%1", str(len(self.found))))
        else:
            self.setText(self.tr("Drifting"))

    def refresh(self) -> None:
        """Who drifts now (the window calls this after each reload)."""
        proxy = self.window.proxy
        if not self.isChecked():
            self.found = []
            proxy.set_only(None)
        else:
            journal = self.window.journal
            now = self.window.clock.now()
            people = journal.people_by_id()
            touches = contact_starts(journal, people, now)
            every = journal.settings().default_every_days
            self.found = drifting(touches, people, every, now)
            proxy.set_only({drift.person.id for drift in self.found})
        self._name()
