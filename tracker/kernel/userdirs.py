"""Where a user's data, settings, log and caches go. On Linux and the other Unix desktops the
XDG base directories, read here in a few lines: platformdirs costs ~9 ms of start-up before
the tray icon shows (its machinery for media folders and runtime checks), for four paths. Its
rule is the same: a variable that holds an absolute path, else the default under the home
folder. Elsewhere (macOS, Windows) platformdirs knows the platform's places."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

__all__ = ["APP", "user_dir"]

APP = "dayweave"
Kind = Literal["data", "config", "state", "cache"]
_XDG: dict[str, tuple[str, str]] = {
    "data": ("XDG_DATA_HOME", ".local/share"),
    "config": ("XDG_CONFIG_HOME", ".config"),
    "state": ("XDG_STATE_HOME", ".local/state"),
    "cache": ("XDG_CACHE_HOME", ".cache"),
}


def user_dir(kind: Kind) -> Path:
    """Dayweave's own folder of that kind, e.g. ~/.local/share/dayweave; not created here."""
    if sys.platform in ("darwin", "win32"):
        import platformdirs

        place = getattr(platformdirs, f"user_{kind}_dir")
        return Path(place(APP, appauthor=False))
    variable, default = _XDG[kind]
    base = os.environ.get(variable, "")
    if not os.path.isabs(base):  # unset, empty or relative: the spec says to ignore it
        base = os.path.join(os.path.expanduser("~"), default)
    return Path(base) / APP
