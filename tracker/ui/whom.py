""" "With whom?": the names of a call or a live meeting, typed in a window of their own (a
popup that takes no focus cannot take the keyboard), comma-separated. Asked by the call
offer, the away question and the week's time away (ui/away/, ui/week/gaps.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QWidget

__all__ = ["ask_whom", "names_in"]


def ask_whom(
    title: str, label: str, typed: Callable[[str], None], parent: QWidget | None = None
) -> QInputDialog:
    """The window, shown; `typed` (a bound method, never a lambda holding its owner: no cycle
    for the collector to break on another thread) gets the text as typed, for names_in."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.textValueSelected.connect(typed)
    dialog.show()
    return dialog


def names_in(text: str) -> list[str]:
    """The names in "Anna, Bas": split at commas, blanks dropped."""
    return [name.strip() for name in text.split(",") if name.strip()]
