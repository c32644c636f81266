"""Room for the week: the sidebar scrolls instead of pushing the window taller, the day list and
the sidebar can be hidden (remembered), and the window's size stays inside its screen.

A label that wraps asks for more height as its text grows (a long note, more causes in a busy
week); in a plain layout that raised the window's minimum until it grew past the tray. Inside a
scroll area the text scrolls and the window keeps the size the user gave it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QLayout, QMenu, QPushButton, QScrollArea, QWidget

__all__ = [
    "PaneToggles",
    "bounded_by_screen",
    "restore_geometry",
    "room_for",
    "save_geometry",
    "scrolled",
]

# Kept where the window keeps its geometry.
_SETTINGS = ("Dayweave", "Dayweave")


def scrolled(widget: QWidget, *, lines: tuple[int, int] | None = None) -> QScrollArea:
    """`widget` in a frameless scroll area that scrolls up and down only: its height no longer
    reaches the window's minimum. `lines`: at least and at most this many lines of text tall."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumHeight(0)
    if lines is not None:
        spacing = widget.fontMetrics().lineSpacing()
        area.setMinimumHeight(lines[0] * spacing)
        area.setMaximumHeight(lines[1] * spacing)
    return area


def room_for(row: QLayout, column: QLayout, least: int = 280) -> int:
    """The sidebar's width: `least`, or more when its row of buttons needs it in the UI's
    language ("Verwijderen ongedaan maken" was cut in half)."""
    margins = column.contentsMargins()
    return max(least, row.sizeHint().width() + margins.left() + margins.right())


def bounded_by_screen(size: QSize, available: QRect) -> QSize:
    """A window's size, no larger than the screen's room beside its panels (the tray)."""
    # A window frame adds a title bar and borders the window's own size does not count.
    frame = 40
    return QSize(
        min(size.width(), max(1, available.width() - 16)),
        min(size.height(), max(1, available.height() - frame)),
    )


def restore_geometry(window: QWidget) -> None:
    """Where the user left the window, but never larger than its screen's room now (a laptop
    taken from a large monitor to its own 1366x768 screen)."""
    saved = QSettings(*_SETTINGS).value("week/geometry")
    if saved is not None:
        window.restoreGeometry(saved)
    screen = window.screen()
    if screen is not None:
        window.resize(bounded_by_screen(window.size(), screen.availableGeometry()))


def save_geometry(window: QWidget) -> None:
    QSettings(*_SETTINGS).setValue("week/geometry", window.saveGeometry())


class PaneToggles:
    """View: the day list (Ctrl+L) and the sidebar (Ctrl+B) shown or hidden, as a button with a
    menu in the window's header; the choice is remembered for the next time."""

    def __init__(self, owner: QWidget, day_list: QWidget, sidebar: QWidget) -> None:
        self.panes = {"week/day_list": day_list, "week/sidebar": sidebar}
        self.button = QPushButton(QCoreApplication.translate("WeekWindow", "View"))
        self.button.setToolTip(
            QCoreApplication.translate("WeekWindow", "Show or hide the day list and the sidebar")
        )
        menu = QMenu(self.button)
        self.day_list = self._action(
            owner,
            menu,
            QCoreApplication.translate("WeekWindow", "Day list"),
            Qt.Key.Key_L,
            "week/day_list",
        )
        self.sidebar = self._action(
            owner,
            menu,
            QCoreApplication.translate("WeekWindow", "Sidebar"),
            Qt.Key.Key_B,
            "week/sidebar",
        )
        self.button.setMenu(menu)

    def _action(self, owner: QWidget, menu: QMenu, text: str, letter: Qt.Key, key: str) -> QAction:
        action = QAction(text, owner)
        action.setCheckable(True)
        # Built from keys, not parsed from "Ctrl+L" (a parse reads the words in the UI's language).
        action.setShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | letter))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        owner.addAction(action)  # the shortcut works with the menu closed
        menu.addAction(action)
        shown = QSettings(*_SETTINGS).value(key, True, type=bool)
        action.setChecked(bool(shown))
        if not shown:
            self.panes[key].hide()
        action.toggled.connect(lambda on, k=key: self._show(k, on))
        return action

    def _show(self, key: str, shown: bool) -> None:
        self.panes[key].setVisible(shown)
        QSettings(*_SETTINGS).setValue(key, shown)
