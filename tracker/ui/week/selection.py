"""Rows stay under the pointer when the day list is filled again (issue 20: a notice from the
command line added a row above, the list moved by one, and the click meant for one entry
deleted its neighbour).

Before a refill, `RowsInSight` notes which entries are shown, top first, and where; after it,
the list scrolls so the first of them that is still there sits where it sat. The selection is
kept by the callers by entry id, never by row."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

__all__ = ["RowsInSight"]


class RowsInSight:
    """The entry ids shown in a table view, top first, each with its row's top on screen."""

    def __init__(self, view: QTableView, ids: list[str]) -> None:
        self.view = view
        self.current = ids[view.currentIndex().row()] if view.currentIndex().isValid() else None
        self.current_row = view.currentIndex().row()
        self.shown: list[tuple[str, int]] = []
        height = view.viewport().height()
        row = view.rowAt(0)
        while 0 <= row < len(ids):
            top = view.rowViewportPosition(row)
            if top >= height:
                break
            self.shown.append((ids[row], top))
            row += 1

    def put_back(self, ids: list[str]) -> None:
        """After the refill: the first entry still there back at its place on screen, and the
        keyboard's current row on its entry (or, when that is gone, on the row where it was,
        unselected, so the arrows go on from there)."""
        view = self.view
        rows = {entry_id: row for row, entry_id in enumerate(ids)}
        view.updateGeometries()  # the scroll range of the new rows, before scrolling in it
        current = rows.get(self.current) if self.current is not None else None
        if current is None and self.current is not None and ids:
            current = min(self.current_row, len(ids) - 1)
        if current is not None:
            model = view.selectionModel()
            model.setCurrentIndex(view.model().index(current, 0), model.SelectionFlag.NoUpdate)
        for entry_id, top in self.shown:
            if entry_id in rows:
                self._scroll(rows[entry_id], top)
                return

    def _scroll(self, row: int, top: int) -> None:
        view, bar = self.view, self.view.verticalScrollBar()
        if view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel:
            bar.setValue(view.verticalHeader().sectionPosition(row) - top)
        else:  # per item: the bar counts rows, and every row has the same height
            bar.setValue(row - round(top / max(1, view.rowHeight(row))))
