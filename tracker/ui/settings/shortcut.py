"""Settings' global shortcut row: what logs a disruption from anywhere, and a button to bind
it (tracker/ui/shortcut/choose.py does the binding, through whichever way the desktop offers).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

__all__ = ["ShortcutRow", "readable_keys"]


def readable_keys(keys: str) -> str:
    """GNOME's "<Super><Shift>d" as people read it, "Super+Shift+D"; others' as given."""
    if not keys.startswith("<"):
        return keys
    names = keys.replace("<", "").split(">")
    return "+".join([*names[:-1], names[-1].upper()])


class ShortcutRow(QWidget):
    def __init__(self, shortcut: Any = None, parent: QWidget | None = None):
        """`shortcut` is the app's GlobalShortcut (None: nothing was chosen, as in tests)."""
        super().__init__(parent)
        self.shortcut = shortcut
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy
        self.bind_button = QPushButton()
        self.bind_button.clicked.connect(self._bind)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.said, 1)
        row.addWidget(self.bind_button)
        if shortcut is not None:
            shortcut.refresh()
            shortcut.changed.connect(self.refresh)
        self.refresh()

    def _way(self) -> str:
        way = self.shortcut.way if self.shortcut is not None else ""
        return {
            "portal": self.tr("the desktop's global shortcuts"),
            "kde": self.tr("KDE's global shortcuts"),
            "gnome": self.tr("a GNOME keyboard shortcut"),
        }.get(way, "")

    def refresh(self) -> None:
        way = self._way()
        if not way:
            from tracker.ui.shortcut.keys import command_line

            self.said.setText(
                self.tr("This desktop offers no shortcut Dayweave can set: bind one in its "
                        "settings to the command %1").replace("%1", command_line())
            )  # fmt: skip
            self.bind_button.setVisible(False)
            return
        keys = readable_keys(self.shortcut.keys)
        if keys:
            said = self.tr("%1 logs a disruption (through %2).").replace("%1", keys)
            self.bind_button.setText(self.tr("Bind again"))
        else:
            said = self.tr("Not bound yet (through %2).")
            self.bind_button.setText(self.tr("Bind Super+Shift+D"))
        self.said.setText(said.replace("%2", way))
        self.bind_button.setVisible(True)

    def _bind(self) -> None:
        if self.shortcut is not None:
            self.shortcut.bind()
