"""The one entry point that may start the GUI from the command line.

`ui` and `cli` never import each other (import-linter checks it); the command line reaches
the PySide6 shell only through here, by name and lazily, so `dayweave log` never loads Qt.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

__all__ = ["gui", "start_app"]


def gui(module: str) -> ModuleType:
    """A module of `tracker.ui`, imported on demand (the week image needs Qt, offscreen)."""
    if not module.startswith("tracker.ui."):
        raise ValueError(f"{module} is not part of the GUI")
    return importlib.import_module(module)


def start_app(data_dir: Path | None, exit_when_ready: bool, lang: str | None) -> int:
    return gui("tracker.ui.app").run_app(
        data_dir=data_dir, exit_when_ready=exit_when_ready, lang=lang
    )
