"""The devices seen in the data folder: each device folder, its name, and when it last wrote
(the newest of its files' modification times, which sync tools carry over with the file)."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.store.journal import Journal

__all__ = ["QUIET_AFTER", "DeviceSeen", "devices_seen"]

QUIET_AFTER = timedelta(days=7)  # a device not heard from this long is named (issue 23)
_NOT_WRITES = ("lock",)  # taken by readers too: not a sign the device wrote anything


@dataclass(frozen=True, slots=True)
class DeviceSeen:
    device: str
    name: str
    last_write: datetime | None  # None: its folder holds no file yet
    this_device: bool

    def quiet_for(self, now: datetime) -> timedelta | None:
        """How long the device has not written; None when never."""
        return None if self.last_write is None else max(now - self.last_write, timedelta(0))

    def quiet(self, now: datetime) -> bool:
        """Not seen for more than a week (a device left in a drawer, or whose sync stopped)."""
        quiet = self.quiet_for(now)
        return quiet is not None and quiet > QUIET_AFTER


def devices_seen(journal: Journal) -> list[DeviceSeen]:
    """Every device folder in the data folder, this device's first."""
    from tracker.store.device_state import read_plain_checked

    found = []
    for folder in journal.files.device_dirs(journal.layout):
        if not folder.is_dir():
            continue
        record, _problem = read_plain_checked(journal.files, folder / "meta.json")
        name = (record or {}).get("name")
        found.append(
            DeviceSeen(
                device=folder.name,
                name=name if isinstance(name, str) and name.strip() else _readable(folder.name),
                last_write=_last_write(folder),
                this_device=folder == journal.layout.own_dir,
            )
        )
    return found


def _readable(device: str) -> str:
    """A device id is a readable name and a random suffix ("laptop-3f9a1c"): the name."""
    head, _dash, tail = device.rpartition("-")
    return head if head and len(tail) == 6 else device


def _last_write(folder: os.PathLike[str]) -> datetime | None:
    newest = None
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name in _NOT_WRITES or entry.name.startswith((".", "~")):
                    continue  # the lock; a writer's or a sync tool's temp file
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and (newest is None or info.st_mtime > newest):
                    newest = info.st_mtime
    except OSError:
        return None
    return None if newest is None else datetime.fromtimestamp(newest, UTC)
