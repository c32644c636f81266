"""A Who field's completer: suggests people for the name being typed after the last comma."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from tracker.kernel.model import Person

__all__ = ["NamesCompleter", "attach_names_completer"]


class NamesCompleter(QCompleter):
    def __init__(self, people: Sequence[Person], parent: QLineEdit) -> None:
        super().__init__(parent)
        names = sorted(
            {p.name for p in people if not p.deleted and p.merged_into is None}, key=str.casefold
        )
        # Parented to the completer: a model without a parent is collected by Python, and the
        # field would never suggest anyone.
        self.names_model = QStringListModel(names, self)
        self.setModel(self.names_model)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setWidget(parent)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex) -> str:
        typed = [part.strip() for part in self.widget().text().split(",")]
        typed[-1] = str(index.data())
        return ", ".join(part for part in typed if part)


def attach_names_completer(field: QLineEdit, people: Sequence[Person]) -> NamesCompleter:
    completer = NamesCompleter(people, field)
    field.setCompleter(completer)
    return completer
