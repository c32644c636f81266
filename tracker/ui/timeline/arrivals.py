"""Another device's changes arriving in the running app (issue 23): the data folder's device
folders are watched (a file-system watch, no polling), every folder but this device's own
(its writes come through the door, with their own change notice), and the devices folder
itself, where a device first seen makes its folder. A sync tool puts several files in place
in a burst (a temp file, then a rename, per file), so a change waits a moment for the burst
to end, then `arrived` is said once: the shell passes it on as "changed", and the tray, the
nudges and the damage box read again (the tooltip's arrival line among them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from tracker.ui.timers import SingleShot

if TYPE_CHECKING:
    from tracker.store.journal import Journal

__all__ = ["SETTLE_SECONDS", "Arrivals"]

SETTLE_SECONDS = 1.0  # a burst of files from the sync tool is read once, when it ends


class Arrivals(QObject):
    arrived = Signal()  # another device's files changed here: read again what is shown

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._changed)
        self.settle = SingleShot("arrivals-settle", self._settled, self)
        self.watch()

    def watch(self) -> None:
        """Watch the devices folder and each other device's folder (a new one included)."""
        layout = self.journal.layout
        wanted = [str(layout.devices_dir)] if layout.devices_dir.is_dir() else []
        for folder in self.journal.files.device_dirs(layout):
            if folder != layout.own_dir and folder.is_dir():
                wanted.append(str(folder))
        missing = [path for path in wanted if path not in self.watcher.directories()]
        if missing:
            self.watcher.addPaths(missing)

    def _changed(self, _path: str) -> None:
        if not self.settle.active:
            self.settle.start_in(SETTLE_SECONDS)

    def _settled(self) -> None:
        self.watch()  # a device first seen: its folder is watched from now on
        self.arrived.emit()
