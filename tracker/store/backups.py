"""Rolling backups of a device folder.

A snapshot is a folder named by its UTC time holding the files that changed since the previous
snapshot (a manifest of size and mtime says which). Thinning keeps about 12 daily, 8 weekly and
12 monthly snapshots; a file whose newest copy sits in a snapshot being thinned is carried into
the next newer snapshot first, so every file always has its newest copy somewhere.
"""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tracker.store.atomic import atomic_write

__all__ = ["Backups"]

_NAME_FORMAT = "%Y%m%dT%H%M%SZ"
_SNAPSHOT_NAME = re.compile(r"\d{8}T\d{6}Z")
MIN_INTERVAL = timedelta(minutes=30)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 8, 12
# The user's data and the notes kept nowhere else: lost edits, names of devices, intentions,
# the call prompts used (a device's nudge state and sessions are its own, rebuilt as it runs).
_BACKED_UP = (
    "entries-", "people.json", "meta.json", "settings.json",
    "lost-edits.json", "devices.json", "intentions.json", "prompts.json",
)  # fmt: skip


def _wanted(path: Path) -> bool:
    """Dayweave's own files, never a link: a backup of a link would carry whatever it points
    at into the folder, and a restore would then make it look like data."""
    if path.suffix != ".json" or not path.name.startswith(_BACKED_UP):
        return False
    from tracker.store.layout import original_name

    if original_name(path.name) is not None:
        return False  # a sync tool's conflict copy: merged into its file, then removed
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _readable(path: Path) -> bytes | None:
    """The bytes to back up; None for a damaged file, never backed up: thinning could leave
    it the only copy."""
    from tracker.store.storage import read_no_follow

    try:
        raw = read_no_follow(path)
        data = json.loads(raw)
    except (OSError, ValueError, RecursionError, MemoryError):  # damage is never backed up
        return None
    return raw if isinstance(data, dict) else None


def _name_time(name: str) -> datetime | None:
    """The UTC time a snapshot's name says; None when it says none (a month 13)."""
    # Parsed by hand: datetime.strptime imports _strptime, which costs every log milliseconds.
    try:
        return datetime(
            int(name[0:4]),
            int(name[4:6]),
            int(name[6:8]),
            int(name[9:11]),
            int(name[11:13]),
            int(name[13:15]),
            tzinfo=UTC,
        )
    except ValueError:
        return None


class Backups:
    def __init__(self, source: Path, folder: Path) -> None:
        self.source = source
        self.folder = folder

    @property
    def _manifest_path(self) -> Path:
        return self.folder / "manifest.json"

    def snapshots(self) -> list[Path]:
        """Snapshot folders, newest first; a folder named like one but not a date
        (20261399T000000Z) is not a snapshot, and is left alone."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            if _SNAPSHOT_NAME.fullmatch(path.name) and _name_time(path.name) and path.is_dir():
                found.append(path)
        return sorted(found, key=lambda p: p.name, reverse=True)

    def _snapshot_time(self, snapshot: Path) -> datetime:
        moment = _name_time(snapshot.name)
        assert moment is not None  # snapshots() lists only names that are times
        return moment

    def _manifest(self) -> dict[str, list[int]]:
        from tracker.store.storage import read_no_follow  # never a pipe, a device or a link

        try:
            data = json.loads(read_no_follow(self._manifest_path))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError, RecursionError, MemoryError):
            return {}

    def due(self, now: datetime) -> bool:
        """Half an hour after the newest snapshot not in the future: one taken while the clock
        ran a day ahead must not stop every backup until the clock gets there."""
        times = [self._snapshot_time(s) for s in self.snapshots()]
        past = [t for t in times if t <= now]
        return not past or now - past[0] >= MIN_INTERVAL

    def take(self, now: datetime, *, everything: bool = False) -> Path | None:
        """Copy what changed since the last snapshot; None when nothing did."""
        manifest = {} if everything else self._manifest()
        changed = []
        for path in sorted(self.source.iterdir()) if self.source.is_dir() else []:
            if not _wanted(path):
                continue
            info = path.lstat()
            signature = [info.st_size, info.st_mtime_ns]
            if manifest.get(path.name) != signature and (raw := _readable(path)) is not None:
                changed.append((path, signature, raw))
        if not changed:
            return None
        snapshot = self.folder / now.astimezone(UTC).strftime(_NAME_FORMAT)
        from tracker.store.layout import make_private_dir

        make_private_dir(self.folder.parent)  # backups/ and backups/<device>: 0700 too
        make_private_dir(self.folder)
        make_private_dir(snapshot)
        manifest = self._manifest()
        for path, signature, raw in changed:
            atomic_write(snapshot / path.name, raw)
            manifest[path.name] = signature
        atomic_write(self._manifest_path, json.dumps(manifest).encode())
        self.thin()
        return snapshot

    def thin(self) -> list[Path]:
        """Delete the snapshots that fall outside the daily, weekly and monthly windows."""
        snapshots = self.snapshots()
        if not snapshots:
            return []
        # Everything from the last day stays: those are the copies a damaged file most needs.
        recent = self._snapshot_time(snapshots[0]) - timedelta(days=1)
        keep = {s for s in snapshots if self._snapshot_time(s) > recent}
        for key_of, limit in (
            (lambda t: t.date(), KEEP_DAILY),
            (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
            (lambda t: (t.year, t.month), KEEP_MONTHLY),
        ):
            keep.update(self._newest_per_period(snapshots, key_of, limit))
        import shutil  # here, not at the top: thinning is rare, and every log imports this module

        removed = []
        for index, snapshot in enumerate(snapshots):
            if snapshot in keep:
                continue
            newer = [s for s in snapshots[:index] if s.exists()]
            newer_kept = next(s for s in reversed(newer) if s in keep)
            for copy in snapshot.iterdir():
                if not any((s / copy.name).exists() for s in newer):
                    shutil.move(copy, newer_kept / copy.name)
            shutil.rmtree(snapshot, ignore_errors=True)
            removed.append(snapshot)
        return removed

    def _newest_per_period(
        self, snapshots: list[Path], key_of: Callable[[datetime], object], limit: int
    ) -> list[Path]:
        seen: dict[object, Path] = {}
        for snapshot in snapshots:  # newest first, so the first per period is its newest
            key = key_of(self._snapshot_time(snapshot))
            if key not in seen:
                if len(seen) == limit:
                    break
                seen[key] = snapshot
        return list(seen.values())

    def copies_of(self, name: str) -> list[Path]:
        """Backed-up copies of one file, newest first."""
        return [s / name for s in self.snapshots() if (s / name).is_file()]
