"""Where a file dialog opens: the user's documents folder, else their home, never the folder
Dayweave happened to be started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

__all__ = ["start_folder", "suggested_path"]


def start_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def suggested_path(name: str = "") -> str:
    """A file dialog's starting path: `name` in the start folder (the folder alone for "")."""
    return str(start_folder() / name) if name else str(start_folder())
