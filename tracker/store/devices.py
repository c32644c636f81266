"""The devices seen in the data folder: each device folder, its name, and when it last wrote
(the newest of its files' modification times, which sync tools carry over with the file).

A device's new name and its retirement are a note the device that made them writes in its own
folder (`devices.json`: per device id, name, retired, rev, updated, device), since no device
writes another's folder; every device reads every folder's note and, per device id, the
highest (rev, updated, device) wins, the rule of settings (store/notes.py)."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from tracker.store.plainfiles import read_plain_checked

if TYPE_CHECKING:
    from pathlib import Path

    from tracker.store.journal import Journal

__all__ = [
    "NOTE_FILE",
    "QUIET_AFTER",
    "DeviceSeen",
    "devices_seen",
    "find_device",
    "last_arrival",
    "merge_note_copy",
    "note_device",
]

NOTE_FILE = "devices.json"

QUIET_AFTER = timedelta(days=7)  # a device not heard from this long is named (issue 23)
# File times a date can hold in every zone, with a year to spare (tmpfs keeps any, and a sync
# tool copies them): one outside is no time, passed over (`dayweave devices` crashed on one
# past 9999).
_FIRST = datetime(2, 1, 1, tzinfo=UTC).timestamp()
_LAST = datetime(9999, 1, 1, tzinfo=UTC).timestamp()
_NOT_WRITES = ("lock",)  # taken by readers too: not a sign the device wrote anything


@dataclass(frozen=True, slots=True)
class DeviceSeen:
    device: str
    name: str
    last_write: datetime | None  # None: its folder holds no file yet
    this_device: bool
    retired: bool = False
    # When its newest file was put in place on this machine (its inode change time: a sync
    # tool keeps the writer's modification time, but the rename into place is here and now).
    arrived: datetime | None = None

    def quiet_for(self, now: datetime) -> timedelta | None:
        """How long the device has not written; None when never."""
        return None if self.last_write is None else max(now - self.last_write, timedelta(0))

    def quiet(self, now: datetime) -> bool:
        """Not seen for more than a week (a device left in a drawer, or whose sync stopped);
        a retired device is gone on purpose, so never."""
        quiet = self.quiet_for(now)
        return not self.retired and quiet is not None and quiet > QUIET_AFTER


def devices_seen(journal: Journal) -> list[DeviceSeen]:
    """Every device folder in the data folder, this device's first."""
    notes = _newest_notes(journal)
    found = []
    for folder in journal.files.device_dirs(journal.layout):
        if not folder.is_dir():
            continue
        record, _problem = read_plain_checked(journal.files, folder / "meta.json")
        note = notes.get(folder.name, {})
        name = note.get("name") or (record or {}).get("name")
        last_write, arrived = _last_write(folder)
        found.append(
            DeviceSeen(
                device=folder.name,
                name=name if isinstance(name, str) and name.strip() else _readable(folder.name),
                last_write=last_write,
                this_device=folder == journal.layout.own_dir,
                retired=note.get("retired") is True,
                arrived=arrived,
            )
        )
    return found


def last_arrival(journal: Journal) -> DeviceSeen | None:
    """The other device (not retired) whose change arrived here last; None when none did."""
    others = [d for d in devices_seen(journal) if not d.this_device and not d.retired]
    arrived = [(d.arrived, d) for d in others if d.arrived is not None]
    return max(arrived, key=lambda pair: pair[0])[1] if arrived else None


def find_device(journal: Journal, name_or_id: str) -> list[DeviceSeen]:
    """The devices NAME_OR_ID means: the one with that id, else those with that name (any
    case). The caller refuses none and more than one."""
    seen = devices_seen(journal)
    by_id = [d for d in seen if d.device == name_or_id]
    wanted = name_or_id.strip().casefold()
    return by_id or [d for d in seen if d.name.casefold() == wanted]


def note_device(journal: Journal, device: str, **changes: Any) -> None:
    """A new version of DEVICE's note (name=..., retired=...), after the one in force: one rev
    more and `updated` by the hybrid logical clock, written in this device's own folder."""
    from tracker.kernel.merge import next_updated, settings_key

    with journal.writing():
        held = _newest_notes(journal).get(device, {})
        rev, updated, _by = settings_key(held)
        note = {
            **held,  # a newer Dayweave's fields of the device's note go on with it
            "name": held.get("name"),
            "retired": held.get("retired") is True,
            **changes,
            "rev": rev + 1,
            "updated": next_updated(journal.clock.now(), updated),
            "device": journal.device,
        }
        path = journal.layout.own_dir / NOTE_FILE
        own, problem = read_plain_checked(journal.files, path)
        if problem:  # kept aside, never written over
            journal.repairs.set_aside(path, f"not readable device names: {problem}")
        notes = dict((own or {}).get("devices") or {})
        notes[device] = note
        # A newer Dayweave's fields beside "devices" are kept, not written over.
        journal.files.write_plain(path, {**(own or {}), "devices": notes})


def merge_note_copy(journal: Journal, path: Path, copy: Path) -> bool:
    """A sync tool's conflict copy of this device's note, merged into it per device id (under
    the lock, by store/conflicts.py); False while the copy cannot be read yet."""
    theirs, problem = read_plain_checked(journal.files, copy)
    if problem:
        return False
    from tracker.store.notes import keep_newest

    ours, problem = read_plain_checked(journal.files, path)
    if problem:  # kept aside, never written over
        journal.repairs.set_aside(path, f"not readable device names: {problem}")
    newest: dict[str, dict[str, Any]] = {}
    keep_newest(newest, theirs, "devices")
    keep_newest(newest, ours, "devices")
    if newest:  # a newer Dayweave's fields kept, ours over theirs
        journal.files.write_plain(path, {**(theirs or {}), **(ours or {}), "devices": newest})
    return True


def _newest_notes(journal: Journal) -> dict[str, dict[str, Any]]:
    """Per device id, the winning note of every folder's (and their conflict copies)."""
    from tracker.store.notes import newest_notes

    return newest_notes(journal, NOTE_FILE, "devices")


def _readable(device: str) -> str:
    """A device id is a readable name and a random suffix ("laptop-3f9a1c"): the name."""
    head, _dash, tail = device.rpartition("-")
    return head if head and len(tail) == 6 else device


def _last_write(folder: os.PathLike[str]) -> tuple[datetime | None, datetime | None]:
    """The newest modification time of the folder's files, and the newest inode change."""
    newest = arrived = None
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name in _NOT_WRITES or entry.name.startswith((".", "~")):
                    continue  # the lock; a writer's or a sync tool's temp file
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and _FIRST < info.st_mtime < _LAST:
                    newest = max(newest or info.st_mtime, info.st_mtime)
                    arrived = max(arrived or info.st_ctime, info.st_ctime)
    except OSError:
        return None, None
    return _utc(newest), _utc(arrived)


def _utc(stamp: float | None) -> datetime | None:
    return None if stamp is None else datetime.fromtimestamp(stamp, UTC)
