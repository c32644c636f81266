"""Icons and translations, found inside the installed package (checkout, wheel or bundle)."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

__all__ = ["icon_path", "translations_dir"]


def _root() -> Path:
    return Path(str(importlib.resources.files("tracker.resources")))


def icon_path(name: str) -> Path:
    return _root() / "icons" / name


def translations_dir() -> Path:
    return _root() / "translations"
