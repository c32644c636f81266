"""The quick-log panel: the tray's actions as big buttons, a quick-entry line, and keys.

Opened by a left click where the platform delivers one; also the app's window when there is
no system tray at all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tracker.kernel.vocabulary import CAUSES
from tracker.timeline.quickentry import QuickEntryError
from tracker.ui.closekeys import CLOSES_ITSELF
from tracker.ui.placement import can_place_windows, panel_position
from tracker.ui.texts import (
    cause_label,
    entry_label,
    quick_entry_message,
    running_text,
)
from tracker.ui.timeline.actions import LogActions
from tracker.ui.timeline.quicklog import QuickLog
from tracker.ui.tray import TrayMenu

__all__ = ["QuickLogPanel"]


class _Shortened(QLabel):
    """One line that gives way to the panel's width rather than widening it: shortened in the
    middle, so its end (the minutes of what runs) stays in sight; whole in its tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self._whole = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_whole(self, text: str) -> None:
        self._whole = text
        self.setToolTip(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        middle = Qt.TextElideMode.ElideMiddle
        self.setText(self.fontMetrics().elidedText(self._whole, middle, self.width()))


class QuickLogPanel(QWidget):
    """Opens with the keyboard on the panel itself: 1-6 press the buttons, and any other
    printable key starts the quick-entry line with that key; Enter or Tab first goes to the
    line, for a line that starts with 1-6 ("10:00-11:30 work plan")."""

    closed = Signal()

    def __init__(self, quicklog: QuickLog, actions: LogActions, *, as_window: bool = False):
        flags = Qt.WindowType.Window if as_window else Qt.WindowType.Tool
        if not as_window:
            flags |= Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(None, flags)
        self.quicklog = quicklog
        self.actions = actions
        self.as_window = as_window
        self.setProperty(CLOSES_ITSELF, True)  # Esc hides it; closed without a tray, it quits
        # Where show_near put it: kept, so a panel that grows (an error) is placed again.
        self._anchor: QRect | None = None
        self._available: QRect | None = None
        self._pointer: QPoint | None = None  # where the icon was clicked, when it has no place
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWindowTitle(self.tr("Dayweave quick log"))
        self.setAccessibleName(self.tr("Dayweave quick log"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        top = self._status_line()
        grid = self._kind_buttons(actions)
        self.causes = self._cause_menu(actions)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("Quick entry, e.g. 9:00-10:30 work plan"))
        self.line.setAccessibleName(self.tr("Quick entry"))
        self.line.returnPressed.connect(self._submit_line)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        row = self._stop_undo_week(actions)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.line)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addLayout(self._windows_row(actions))
        self.setMinimumWidth(360)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        QWidget.setTabOrder(self, self.line)  # Tab from the panel itself: the line first
        quicklog.changed.connect(self.refresh)
        quicklog.undo_expired.connect(self.refresh)
        self.refresh()

    def _status_line(self) -> QHBoxLayout:
        """What runs now, and beside it what the last click logged."""
        self.status = _Shortened()
        self.status.setObjectName("status")
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        # What the last click logged, beside the status: the panel says it itself while open
        # (a balloon from the icon would cover its buttons), on the same line so it never grows.
        self.confirmation = QLabel()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.confirmation.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.confirmation.setEnabled(False)  # the greyed look of a passing remark
        self.confirmation.setVisible(False)  # the status has the whole line until then
        top = QHBoxLayout()
        top.addWidget(self.status, 3)
        top.addWidget(self.confirmation, 2)
        return top

    def _kind_buttons(self, actions: LogActions) -> QGridLayout:
        """The six buttons, pressed by their digit too."""
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        entries = [
            ("1", self.tr("Work"), actions.work),
            ("2", self.tr("Life"), actions.life),
            ("3", self.tr("Call..."), self._opening(actions.call)),
            ("4", self.tr("Live meeting..."), self._opening(actions.meeting)),
            ("5", self.tr("Disruption"), self._show_causes),
            ("6", self.tr("Contacted someone..."), self._opening(actions.contact)),
        ]
        for index, (digit, text, slot) in enumerate(entries):
            button = QPushButton(f"{digit}  {text}")
            button.setMinimumHeight(44)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[digit] = button
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _cause_menu(self, actions: LogActions) -> TrayMenu:
        """The tray's causes, with the tray's keys: 5 then 3 is "Tech, wifi" here too."""
        causes = TrayMenu(self)
        for digit, cause in enumerate(map(str, CAUSES), start=1):
            action = causes.addAction(
                f"{cause_label(cause)}\t{digit}", lambda c=cause: actions.disruption(c)
            )
            causes.numbered[str(digit)] = action
        causes.addSeparator()
        causes.addAction(self.tr("Other..."), self._opening(actions.other_disruption))
        return causes

    def _stop_undo_week(self, actions: LogActions) -> QGridLayout:
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(actions.stop)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(actions.undo)
        row = QGridLayout()
        self.week_button = QPushButton(self.tr("This week"))
        self.week_button.clicked.connect(self._opening(actions.this_week))
        row.addWidget(self.stop_button, 0, 0)
        row.addWidget(self.undo_button, 0, 1)
        row.addWidget(self.week_button, 1, 0, 1, 2)
        return row

    def _windows_row(self, actions: LogActions) -> QHBoxLayout:
        """People, Settings and Quit: the tray menu has them; without a tray this window is all
        there is, so it has them too (a popup beside the tray leaves them to the menu)."""
        self.people_button = QPushButton(self.tr("People"))
        self.people_button.clicked.connect(actions.people)
        self.settings_button = QPushButton(self.tr("Settings"))
        self.settings_button.clicked.connect(actions.settings)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(actions.quit)
        row = QHBoxLayout()
        for button in (self.people_button, self.settings_button, self.quit_button):
            button.setVisible(self.as_window)
            row.addWidget(button)
        return row

    def _opening(self, slot: Callable[[], None]) -> Callable[[], None]:
        """A button that opens a window: the panel steps aside first, or it would stay on top
        of the window it opened (it is a stays-on-top tool window)."""

        def open_window() -> None:
            if not self.as_window:
                self.hide()
            slot()

        return open_window

    def confirm(self, text: str) -> None:
        self.confirmation.setText(text)
        self.confirmation.setToolTip(text)
        self.confirmation.setVisible(bool(text))

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def refresh(self) -> None:
        status = self.quicklog.status()
        self.status.set_whole(running_text(status.running, self.quicklog.clock.now()))
        self.stop_button.setEnabled(status.running is not None)
        undoable = self.quicklog.undoable()
        label = entry_label(undoable) if undoable is not None else None
        self.undo_button.setText(
            self.tr("Undo %1").replace("%1", label) if label else self.tr("Undo")
        )
        self.undo_button.setEnabled(label is not None)

    def _show_causes(self) -> None:
        button = self.buttons["5"]
        self.causes.popup(button.mapToGlobal(QPoint(0, button.height())))

    def _submit_line(self) -> None:
        text = self.line.text().strip()
        if not text:
            return
        try:
            logged = self.actions.log_line(text)
        except QuickEntryError as error:
            self.error.setText(quick_entry_message(error))
            self.error.setVisible(True)
            if error.part:
                self.line.setSelection(error.position, len(error.part))
            return
        if logged is not None:
            self.line.clear()
            self.error.setVisible(False)
            if not self.as_window:
                said = self.confirmation.text()
                self.hide()
                if said:  # the panel closes: what was logged is said from the tray instead
                    self.actions.confirmed.emit(said)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys the line does not take: the line has them once it has the focus."""
        if event.key() == Qt.Key.Key_Escape:
            if self.as_window:
                self.showMinimized()
            else:
                self.hide()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (
            None,
            self,
        ):
            self.line.setFocus()
            return
        text = event.text()
        if text in self.buttons:
            self.buttons[text].click()
            return
        if text and text.isprintable() and not text.isspace():
            self.line.setFocus()
            self.line.insert(text)
            return
        super().keyPressEvent(event)

    def show_near(self, anchor: QRect | None, available: QRect | None = None) -> None:
        """Show next to the tray icon (or in the corner of the pointer), by the panel's real
        size and inside the available geometry of the screen the icon is on (or `available`)."""
        self.refresh()
        opening = not self.isVisible()
        if opening:  # a new opening, not what went wrong or was said the last time
            self.error.clear()
            self.error.setVisible(False)
            self.confirm("")
            self.line.clear()
        self._anchor = anchor if anchor is not None and anchor.isValid() else None
        self._available = available
        # No place for the icon (an empty geometry): the pointer that has just clicked it says
        # which screen, and which corner of it.
        self._pointer = QCursor.pos() if self._anchor is None and not self.as_window else None
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self.activateWindow()
        if opening:  # brought forward again, the keyboard stays where you were typing
            self.setFocus()

    def _available_geometry(self) -> QRect:
        if self._available is not None:
            return self._available
        point = self._anchor.center() if self._anchor is not None else self._pointer
        screen = QGuiApplication.screenAt(point) if point is not None else None
        return (screen or QGuiApplication.primaryScreen()).availableGeometry()

    def _place(self) -> None:
        if not can_place_windows():  # on Wayland the compositor places it
            return
        available = self._available_geometry()
        self.move(panel_position(self.size(), self._anchor, available, self._pointer))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.as_window and self.isVisible():
            self._place()  # grown by an error: away from the icon, still on screen

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A popup panel closes when another window takes the focus, as a menu does.
        if (
            event.type() == QEvent.Type.ActivationChange
            and not self.as_window
            and self.isVisible()
            and not self.isActiveWindow()
        ):
            self.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
