"""Icons and translations, found inside the installed package (checkout, wheel or bundle)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["icon_path", "translations_dir"]


@cache
def _root() -> Path:
    """By path first, as tracker.kernel.words does: importlib.resources and its readers cost
    ~5 ms of start-up before the tray icon shows. Inside the package when installed, beside
    it in a checkout; importlib.resources for anything else (a zip, a bundle)."""
    package = Path(__file__).resolve().parents[1]
    for folder in (package / "resources", package.parent / "resources"):
        if (folder / "icons").is_dir() and (folder / "translations").is_dir():
            return folder
    import importlib.resources

    return Path(str(importlib.resources.files("tracker.resources")))


def icon_path(name: str) -> Path:
    return _root() / "icons" / name


def translations_dir() -> Path:
    return _root() / "translations"
