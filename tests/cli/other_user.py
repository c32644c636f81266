"""Run `dayweave` as another uid, for the tests that root would pass by bypassing modes.

CI runs as root, and root reads and writes whatever the modes say. The other uid needs no
account (setuid needs no passwd entry), but it cannot reach root's virtualenv or, perhaps, the
checkout: so the package and the pure-Python libraries the command line loads are copied into a
folder it can read, and the system's python3 (3.11 or newer) runs them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest
import tinydb

__all__ = ["OTHER_UID", "OtherUser", "other_user"]

OTHER_UID = 54322
ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = shutil.which("python3", path="/usr/bin:/bin") or ""


def _can_be_another_user() -> str:
    """Why this machine cannot run the tests as another uid ('' when it can)."""
    if os.name != "posix" or os.geteuid() != 0:
        return "needs root, to become another uid (root itself bypasses the modes under test)"
    if not SYSTEM_PYTHON:
        return "needs /usr/bin/python3 (Debian: python3) for the other uid to run"
    version = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import sys; print(sys.version_info >= (3, 11))"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if version.stdout.strip() != "True":
        return "needs /usr/bin/python3 3.11 or newer (Debian: python3)"
    return ""


class OtherUser:
    """A home for the other uid under /tmp (pytest's own folders are private to root)."""

    def __init__(self, base: Path) -> None:
        self.uid = OTHER_UID
        self.base = base
        self.home = base / "home"
        self.data = self.home / "data"
        self.config = self.home / "config"
        self.packages = base / "packages"
        shutil.copytree(ROOT / "tracker", self.packages / "tracker", ignore=_NO_CACHE)
        shutil.copytree(ROOT / "resources", self.packages / "tracker" / "resources")
        for library in (tinydb, platformdirs):
            folder = Path(library.__file__).parent
            shutil.copytree(folder, self.packages / folder.name, ignore=_NO_CACHE)
        self.home.mkdir(mode=0o700)
        os.chown(self.home, self.uid, self.uid)

    def env(self, **extra: str) -> dict[str, str]:
        return {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.home),
            "TMPDIR": str(self.home),  # no XDG_RUNTIME_DIR: the socket folder goes here
            "DAYWEAVE_CONFIG_DIR": str(self.config),
            "PYTHONPATH": str(self.packages),
            "PYTHONDONTWRITEBYTECODE": "1",
            "LANG": "C.UTF-8",
            "TZ": "UTC",
            **extra,
        }

    def dayweave(
        self, *words: str, data: Path | None = None, **env: str
    ) -> subprocess.CompletedProcess[str]:
        uid = self.uid

        def become() -> None:
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)

        return subprocess.run(
            [SYSTEM_PYTHON, "-m", "tracker", "--data-dir", str(data or self.data), *words],
            capture_output=True, text=True, timeout=60, env=self.env(**env),
            preexec_fn=become, check=False, cwd=self.home,  # `-m` puts the cwd on the path
        )  # fmt: skip

    def owns(self, path: Path) -> None:
        """Hand a tree made by root to the other uid."""
        for folder, _dirs, files in os.walk(path):
            os.chown(folder, self.uid, self.uid)
            for name in files:
                os.lchown(os.path.join(folder, name), self.uid, self.uid)


_NO_CACHE = shutil.ignore_patterns("__pycache__")


@pytest.fixture
def other_user() -> Iterator[OtherUser]:
    reason = _can_be_another_user()
    if reason:
        pytest.skip(reason)
    base = Path(tempfile.mkdtemp(prefix="dayweave-other-", dir="/tmp"))
    base.chmod(0o755)
    try:
        yield OtherUser(base)
    finally:
        shutil.rmtree(base, ignore_errors=True)
