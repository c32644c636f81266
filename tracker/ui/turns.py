"""Balloons and popups beside the tray take turns, so none lands on another's buttons.

A balloon ("Logged: Call") that comes while a quiet popup (a nudge, the first-minutes prompt,
a planned meeting's prompt) is open waits until the last one closes; a popup that comes while
a balloon is up waits until the balloon's time is over; a popup that comes while another is
open stands beside it (above, or to its left), not on it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from tracker.ui.placement import can_place_windows
from tracker.ui.timers import SingleShot

__all__ = ["STACK_GAP", "Turns", "beside", "reset_turns", "turns"]

STACK_GAP = 8  # between two popups open at once


def beside(size: QRect, taken: list[QRect], available: QRect) -> QPoint:
    """Where a window at `size` (its wanted place) goes so it covers none of `taken`: where it
    is if it covers none, else above them, else to their left; always inside `available`."""
    rect = QRect(size)
    if not any(rect.intersects(other) for other in taken):
        return rect.topLeft()
    above = min(other.top() for other in taken) - STACK_GAP - rect.height()
    if above >= available.top():
        return QPoint(rect.left(), above)
    left = min(other.left() for other in taken) - STACK_GAP - rect.width()
    return QPoint(max(available.left(), left), rect.top())


class Turns(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.balloon_up = False
        self.balloon_timer = SingleShot("balloon-turn", self._balloon_over, self)
        self.balloons: deque[tuple[Callable[[], None], int]] = deque()
        self.waiting: list[QWidget] = []  # popups that asked to show during a balloon
        self.open: list[QWidget] = []  # popups on screen

    def balloon(self, show: Callable[[], None], msecs: int) -> None:
        """Show a balloon now, or once the popups on screen have closed."""
        if self.open or self.waiting or self.balloon_up:
            self.balloons.append((show, msecs))
            return
        self._show_balloon(show, msecs)

    def _show_balloon(self, show: Callable[[], None], msecs: int) -> None:
        self.balloon_up = True
        self.balloon_timer.start_in(msecs / 1000)
        show()

    def may_show(self, popup: QWidget) -> bool:
        """Asked by a popup about to show: False while a balloon is up (it is shown after)."""
        if self.balloon_up:
            if popup not in self.waiting:
                self.waiting.append(popup)
            return False
        taken = [w.frameGeometry() for w in self.open if w is not popup and w.isVisible()]
        if taken and can_place_windows():
            screen = popup.screen() or QGuiApplication.primaryScreen()
            popup.move(beside(popup.frameGeometry(), taken, screen.availableGeometry()))
        if popup not in self.open:
            self.open.append(popup)
        return True

    def hidden(self, popup: QWidget) -> None:
        if popup in self.waiting:
            self.waiting.remove(popup)
        if popup in self.open:
            self.open.remove(popup)
            self._next()

    def _balloon_over(self) -> None:
        self.balloon_up = False
        self._next()

    def _next(self) -> None:
        if self.balloon_up:
            return
        if self.waiting:
            waiting, self.waiting = self.waiting, []
            for popup in waiting:
                popup.show()
            return
        if self.balloons and not self.open:
            self._show_balloon(*self.balloons.popleft())


_turns: Turns | None = None


def turns() -> Turns:
    """The application's one queue (made on first use, kept as the application's child)."""
    global _turns
    if _turns is None:
        _turns = Turns(QCoreApplication.instance())
        _turns.destroyed.connect(_forget)
    return _turns


def _forget(*_args) -> None:
    global _turns
    _turns = None


def reset_turns() -> None:
    """A fresh queue (tests: one test's balloon must not hold the next test's popup)."""
    global _turns
    if _turns is not None:
        _turns.balloon_timer.stop()
        _turns.destroyed.disconnect(_forget)
        _turns.deleteLater()
    _turns = None
