"""Settings' devices (issue 23): the devices seen in the data folder, their names, when each
last wrote, a device not seen for more than a week marked; renamed and retired through the
same request as `dayweave devices rename|retire` (NoteDevice), so what a change means is
decided once, in the command layer. This only lays out and asks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.commands import NoteDevice
from tracker.store.devices import DeviceSeen

__all__ = ["DevicesBox"]


class DevicesBox(QWidget):
    def __init__(
        self,
        seen: Callable[[], list[DeviceSeen]],
        run: Callable[[Any], Any],
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        """`seen` lists the devices (store/devices.py devices_seen); `run` sends a request
        (the app's quick log, which says what went wrong); `now` is the app's clock."""
        super().__init__(parent)
        self._seen = seen
        self._run = run
        self._now = now
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Devices"))
        self.list.setHeaderLabels([self.tr("Device"), self.tr("Last wrote"), ""])
        self.list.setRootIsDecorated(False)
        self.list.setMaximumHeight(110)
        self.rename = QPushButton(self.tr("Rename..."))
        self.retire = QPushButton(self.tr("Retire..."))
        self.rename.clicked.connect(self._ask_rename)
        self.retire.clicked.connect(self._ask_retire)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename)
        buttons.addWidget(self.retire)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        now = self._now()
        chosen = self._selected()
        self.list.clear()
        for device in self._seen():
            item = QTreeWidgetItem([device.name, self._when(device), self._note(device, now)])
            item.setData(0, Qt.ItemDataRole.UserRole, device.device)
            item.setToolTip(0, device.device)  # the id, which tells two same-named apart
            self.list.addTopLevelItem(item)
            if chosen is not None and chosen[0] == device.device:
                self.list.setCurrentItem(item)  # the device just renamed stays chosen
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        for column in range(self.list.columnCount()):  # the whole time, never "2026-12-07 1..."
            self.list.resizeColumnToContents(column)
        for button in (self.rename, self.retire):
            button.setEnabled(self.list.topLevelItemCount() > 0)

    def rename_device(self, device: str, name: str) -> None:
        if name.strip():
            self._run(NoteDevice(device=device, name=name.strip()))
            self.refresh()

    def retire_device(self, device: str) -> None:
        self._run(NoteDevice(device=device, retire=True))
        self.refresh()

    def _when(self, device: DeviceSeen) -> str:
        if device.last_write is None:
            return self.tr("nothing yet")
        return device.last_write.astimezone().strftime("%Y-%m-%d %H:%M")

    def _note(self, device: DeviceSeen, now: datetime) -> str:
        quiet = device.quiet_for(now)
        if device.this_device:
            return self.tr("this device")
        if device.retired:
            return self.tr("retired")
        if device.quiet(now) and quiet is not None:
            return self.tr("not seen for %n day(s)", "", quiet.days)
        return ""

    def _selected(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return item.data(0, Qt.ItemDataRole.UserRole), item.text(0)

    def _ask_rename(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Rename device"), self.tr("New name for %1:").replace("%1", chosen[1])
        )
        if ok:
            self.rename_device(chosen[0], text)

    def _ask_retire(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        asked = self.tr(
            "Retire %1? Its history stays; it is no longer marked when it stays away."
        ).replace("%1", chosen[1])
        answer = QMessageBox.question(self, self.tr("Retire device"), asked)
        if answer == QMessageBox.StandardButton.Yes:
            self.retire_device(chosen[0])
