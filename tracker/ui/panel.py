"""The quick-log panel: the tray's actions as big buttons, a quick-entry line, and keys.

Opened by a left click where the platform delivers one; also the app's window when there is
no system tray at all.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.core.quickentry import QuickEntryError
from tracker.ui.actions import LogActions
from tracker.ui.placement import can_place_windows
from tracker.ui.quicklog import QuickLog
from tracker.ui.texts import (
    CAUSE_MENU,
    cause_label,
    entry_label,
    quick_entry_message,
    running_text,
)

__all__ = ["QuickLogPanel"]


class QuickLogPanel(QWidget):
    closed = Signal()

    def __init__(self, quicklog: QuickLog, actions: LogActions, *, as_window: bool = False):
        flags = Qt.WindowType.Window if as_window else Qt.WindowType.Tool
        if not as_window:
            flags |= Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(None, flags)
        self.quicklog = quicklog
        self.actions = actions
        self.as_window = as_window
        self.setWindowTitle(self.tr("Dayweave quick log"))
        self.setAccessibleName(self.tr("Dayweave quick log"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("status")
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        entries = [
            ("1", self.tr("Work"), actions.work),
            ("2", self.tr("Life"), actions.life),
            ("3", self.tr("Call..."), actions.call),
            ("4", self.tr("Live meeting..."), actions.meeting),
            ("5", self.tr("Disruption"), self._show_causes),
            ("6", self.tr("Contacted someone..."), actions.contact),
        ]
        for index, (digit, text, slot) in enumerate(entries):
            button = QPushButton(f"{digit}  {text}")
            button.setMinimumHeight(44)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[digit] = button
        self.causes = QMenu(self)
        for cause, _label in CAUSE_MENU:
            self.causes.addAction(cause_label(cause), lambda c=cause: actions.disruption(c))
        self.causes.addSeparator()
        self.causes.addAction(self.tr("Other..."), actions.other_disruption)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("Quick entry, e.g. 9:00-10:30 work plan"))
        self.line.setAccessibleName(self.tr("Quick entry"))
        self.line.returnPressed.connect(self._submit_line)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(actions.stop)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(actions.undo)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        row = QGridLayout()
        self.week_button = QPushButton(self.tr("This week"))
        self.week_button.clicked.connect(actions.this_week)
        row.addWidget(self.stop_button, 0, 0)
        row.addWidget(self.undo_button, 0, 1)
        row.addWidget(self.week_button, 1, 0, 1, 2)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.addWidget(self.notice)
        layout.addWidget(self.status)
        layout.addLayout(grid)
        layout.addWidget(self.line)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.setMinimumWidth(360)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        quicklog.changed.connect(self.refresh)
        self.refresh()

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def refresh(self) -> None:
        status = self.quicklog.status()
        self.status.setText(running_text(status.running, self.quicklog.clock.now()))
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
            logged = self.quicklog.quick_entry(text)
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
                self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.as_window:
                self.showMinimized()
            else:
                self.hide()
            return
        if not self.line.hasFocus() and event.text() in self.buttons:
            self.buttons[event.text()].click()
            return
        super().keyPressEvent(event)

    def show_near(self, anchor: QRect | None) -> None:
        """Show next to the tray icon (or the screen's bottom-right corner), inside the screen."""
        self.refresh()
        self.adjustSize()
        screen = QGuiApplication.primaryScreen().availableGeometry()
        size = self.sizeHint()
        if anchor is not None and anchor.isValid():
            x = min(
                max(anchor.center().x() - size.width() // 2, screen.left()),
                screen.right() - size.width(),
            )
            below = anchor.bottom() + 4
            y = (
                below
                if below + size.height() <= screen.bottom()
                else anchor.top() - size.height() - 4
            )
        else:
            x, y = screen.right() - size.width() - 12, screen.bottom() - size.height() - 12
        if can_place_windows():  # on Wayland the compositor places it
            self.move(x, max(screen.top(), y))
        self.show()
        self.raise_()
        self.activateWindow()
        self.line.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
