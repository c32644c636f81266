"""Where things live: the data folder, device folders, month files, the device id."""

from __future__ import annotations

import os
import re
import socket
from datetime import UTC, datetime
from pathlib import Path

__all__ = [
    "DataLayout",
    "default_config_dir",
    "default_data_dir",
    "load_or_create_device_id",
    "month_key",
    "months_between",
]

FOLDER_MODE = 0o700
_MONTH_FILE = re.compile(r"entries-(\d{4})-(\d{2})\.json")


def default_data_dir() -> Path:
    env = os.environ.get("DAYWEAVE_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs  # only on the paths that need it: a script passing --data-dir skips it

    return Path(platformdirs.user_data_dir("dayweave", appauthor=False))


def default_config_dir() -> Path:
    env = os.environ.get("DAYWEAVE_CONFIG_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("dayweave", appauthor=False))


def make_private_dir(folder: Path) -> Path:
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    return folder


def load_or_create_device_id(config_dir: Path) -> str:
    """The machine's own id, kept outside the data folder so two synced machines never share it."""
    path = config_dir / "device-id"
    try:
        device = path.read_text(encoding="utf-8").strip()
        if re.fullmatch(r"[a-z0-9-]{3,80}", device):
            return device
    except OSError:
        pass
    host = re.sub(r"[^a-z0-9]+", "-", socket.gethostname().lower()).strip("-")[:40] or "device"
    device = f"{host}-{os.urandom(3).hex()}"
    make_private_dir(config_dir)
    from tracker.store.atomic import atomic_write

    atomic_write(path, (device + "\n").encode())
    return device


def month_key(moment: datetime) -> str:
    """The month file an entry lives in: the UTC month of its start."""
    return moment.astimezone(UTC).strftime("%Y-%m")


def months_between(first: datetime, last: datetime) -> list[str]:
    """Month keys from the month of `first` to the month of `last`, inclusive."""
    year, month = first.astimezone(UTC).year, first.astimezone(UTC).month
    end = (last.astimezone(UTC).year, last.astimezone(UTC).month)
    keys = []
    while (year, month) <= end:
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


class DataLayout:
    """Paths inside one data folder, seen from one device."""

    def __init__(self, root: Path, device: str) -> None:
        self.root = Path(root)
        self.device = device

    @property
    def devices_dir(self) -> Path:
        return self.root / "devices"

    @property
    def own_dir(self) -> Path:
        return self.devices_dir / self.device

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups" / self.device

    @property
    def meta_file(self) -> Path:
        return self.own_dir / "meta.json"

    @property
    def lock_file(self) -> Path:
        return self.own_dir / "lock"

    def month_file(self, device_dir: Path, key: str) -> Path:
        return device_dir / f"entries-{key}.json"

    def people_file(self, device_dir: Path) -> Path:
        return device_dir / "people.json"

    def device_dirs(self) -> list[Path]:
        """Every device folder, own first (so its damage is found and repaired first)."""
        others: list[Path] = []
        if self.devices_dir.is_dir():
            others = sorted(
                p for p in self.devices_dir.iterdir() if p.is_dir() and p.name != self.device
            )
        return [self.own_dir, *others]

    @staticmethod
    def month_keys_in(device_dir: Path) -> list[str]:
        try:
            names = os.listdir(device_dir)
        except OSError:
            return []
        keys = []
        for name in names:
            match = _MONTH_FILE.fullmatch(name)
            if match:
                keys.append(f"{match[1]}-{match[2]}")
        return sorted(keys)
