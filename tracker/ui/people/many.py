"""Many people at once in the People window: select a screenful (after an import of a
thousand cards), give them a circle or remove them; one Undo takes back all of them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QInputDialog

from tracker.commands import DeletePeople, EditPeople, Request
from tracker.kernel.model import CIRCLES, Person
from tracker.kernel.vocabulary import circle_label

__all__ = ["ManyPeople"]


class ManyPeople:
    """A mixin for PeopleWindow: its table, model, proxy, door, status line and reload. Its
    words are translated in their own context ("ManyPeople"): a mixin is not a QObject, and
    `ManyPeople.tr(text, "", n)` is a plural lupdate reads (see tracker.kernel.words.Words)."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("ManyPeople", text, disambiguation, n)

    def selected_people(self) -> list[Person]:
        """Every selected person, in the order shown."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.model.rows[self.proxy.mapToSource(index).row()][0] for index in rows]

    def select_many(self, person_ids: list[str]) -> None:
        """Select these people, scrolled into view; a search that hides one is cleared."""
        wanted = set(person_ids)
        shown = {
            self.model.rows[self.proxy.mapToSource(self.proxy.index(row, 0)).row()][0].id
            for row in range(self.proxy.rowCount())
        }
        if wanted - shown and self.search.text():
            self.search.clear()
        selection = QItemSelection()
        for row, (person, _last, _due) in enumerate(self.model.rows):
            if person.id in wanted:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().select(
            selection,
            flags.ClearAndSelect | flags.Rows,  # type: ignore[operator]
        )
        if not selection.isEmpty():
            first = selection.indexes()[0]
            self.table.selectionModel().setCurrentIndex(first, flags.NoUpdate)
            self.table.scrollTo(first)

    def delete_selected(self) -> None:
        people = self.selected_people()
        if people:  # one request: one write, and one Undo brings them all back
            request = DeletePeople(person_ids=tuple(p.id for p in people))
            self._run_once(request, ManyPeople.tr("Removed %n person(s).", "", len(people)))

    def set_circle_selected(self) -> None:
        """Ask for a circle, and give it to every selected person (not sorted yet is one too)."""
        people = self.selected_people()
        if not people:
            return
        circles: list[str | None] = [*CIRCLES, None]
        labels = [circle_label(c) for c in circles]
        label, ok = QInputDialog.getItem(
            self,
            ManyPeople.tr("Set circle"),
            ManyPeople.tr("Circle for %n selected person(s):", "", len(people)),
            labels,
            0,
            False,
        )
        if not ok:
            return
        circle = circles[labels.index(label)]
        request = EditPeople(person_ids=tuple(p.id for p in people), changes={"circle": circle})
        said = ManyPeople.tr("%n person(s) now in %1", "", len(people)).replace("%1", label)
        self._run_once(request, said)

    def _run_once(self, request: Request, said: str) -> None:
        """One request for the selection; what it did is said on the status line."""
        if self._run(request) is not None:
            self.status.setText(said)
