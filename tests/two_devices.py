"""Two devices sharing a data folder through a file-sync tool, as the lost-edit tests of the
store and the command line set them up: the laptop's folder `a`, the desktop's `b`, each
device's own folder copied whole to the other side when synced."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from tracker.kernel.clock import FakeClock
from tracker.store.journal import Journal

__all__ = ["DESKTOP", "LAPTOP", "laptop_config", "synced", "two_devices"]

LAPTOP, DESKTOP = "laptop-aaaaaa", "desktop-bbbbbb"


def synced(src: Journal, dst_root: Path) -> None:
    """What a file-sync tool does: the device's own folder, copied whole to the other side."""
    target = dst_root / "devices" / src.device
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(src.layout.own_dir, target)


def two_devices(tmp_path: Path, now: datetime) -> tuple[Journal, Journal]:
    """The laptop's journal (folder a) and the desktop's (folder b), each on its own clock."""
    laptop = Journal(tmp_path / "a", LAPTOP, FakeClock(now)).open()
    desktop = Journal(tmp_path / "b", DESKTOP, FakeClock(now)).open()
    return laptop, desktop


def laptop_config(tmp_path: Path) -> Path:
    """A config folder that says this is the laptop, for `dayweave` run on folder a."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "device-id").write_text(LAPTOP + "\n")
    return config
