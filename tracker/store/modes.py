"""Folders 0700 and files 0600 everywhere in the data folder: what `check` finds open to other
users, and what `check --repair` makes private. Links are never followed, nor changed."""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["make_all_private", "open_to_others"]

_FOLDER, _FILE = 0o700, 0o600


def _walk(root: Path, skip: frozenset[Path] = frozenset()) -> list[tuple[Path, int]]:
    """Every folder and regular file under `root` (itself included, `skip` left out) with its
    mode; links are neither listed nor entered."""
    found: list[tuple[Path, int]] = []
    if os.name != "posix":
        return found
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            info = os.lstat(folder)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode):
            continue
        found.append((folder, stat.S_IMODE(info.st_mode)))
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            path = folder / name
            try:
                info = os.lstat(path)
            except OSError:
                continue
            if stat.S_ISDIR(info.st_mode):
                if path not in skip:
                    pending.append(path)
            elif stat.S_ISREG(info.st_mode):
                found.append((path, stat.S_IMODE(info.st_mode)))
    return found


def open_to_others(root: Path, skip: frozenset[Path] = frozenset()) -> list[Path]:
    """The folders and files that others than their owner may read or write. Other devices'
    folders are skipped by the caller: a sync tool writes them with its own modes, and the
    data folder's 0700 already keeps others out of them."""
    return [path for path, mode in _walk(root, skip) if mode & 0o077]


def make_all_private(root: Path) -> int:
    """Tighten every folder to 0700 and every file to 0600; how many were changed."""
    changed = 0
    for path, mode in _walk(root):
        if not mode & 0o077:
            continue
        folder = stat.S_ISDIR(os.lstat(path).st_mode) if os.path.lexists(path) else False
        try:
            # Opened without following a link, then changed through the descriptor: a link
            # swapped in since the walk is refused, never changed through.
            flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | (os.O_DIRECTORY if folder else 0)
            fd = os.open(path, flags)
        except OSError:
            continue
        try:
            os.fchmod(fd, _FOLDER if folder else _FILE)
        except OSError:
            continue
        finally:
            os.close(fd)
        changed += 1
    return changed
