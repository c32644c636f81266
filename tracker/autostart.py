"""Start with the session: an XDG autostart entry on Linux, a LaunchAgent on macOS, the per-user
Run key on Windows. Turning it off removes exactly what turning it on added, nothing else."""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import sys
from collections.abc import MutableMapping
from pathlib import Path

__all__ = ["Autostart", "launch_command"]

MARKER = "X-Dayweave-Autostart=true"
AUTOSTART_DELAY_SECONDS = 5  # let the panel and its tray come up first
LAUNCH_AGENT_LABEL = "nl.dayweave.Dayweave"
RUN_KEY_NAME = "Dayweave"


def launch_command() -> list[str]:
    """How to start this installation: the `dayweave` script if installed, else the module."""
    script = shutil.which("dayweave")
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        return [sys.executable]
    return [script] if script else [sys.executable, "-m", "tracker"]


def _xdg_config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(shlex.quote(part) for part in command)
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Dayweave",
            "Comment=Weave the remote work day into one timeline",
            f"Exec={exec_line}",
            "Icon=dayweave",
            "Terminal=false",
            "StartupNotify=false",
            "X-GNOME-Autostart-enabled=true",
            f"X-GNOME-Autostart-Delay={AUTOSTART_DELAY_SECONDS}",
            MARKER,
            "",
        ]
    )


class Autostart:
    """The platform's way; `platform` and the locations can be given for tests."""

    def __init__(
        self,
        platform: str = sys.platform,
        config_home: Path | None = None,
        launch_agents: Path | None = None,
        run_key: MutableMapping[str, str] | None = None,
        command: list[str] | None = None,
    ) -> None:
        self.platform = platform
        self.config_home = config_home
        self.launch_agents = launch_agents or Path.home() / "Library" / "LaunchAgents"
        self._run_key = run_key
        self.command = command or launch_command()

    # -- where ---------------------------------------------------------------------------

    @property
    def desktop_file(self) -> Path:
        return (self.config_home or _xdg_config_home()) / "autostart" / "dayweave.desktop"

    @property
    def plist_file(self) -> Path:
        return self.launch_agents / f"{LAUNCH_AGENT_LABEL}.plist"

    def run_key(self) -> MutableMapping[str, str]:
        if self._run_key is None:  # pragma: no cover - Windows only
            from PySide6.QtCore import QSettings

            settings = QSettings(
                r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run",
                QSettings.Format.NativeFormat,
            )

            class _Registry(dict):
                def __setitem__(self, key, value):
                    settings.setValue(key, value)

                def __delitem__(self, key):
                    settings.remove(key)

                def get(self, key, default=None):
                    value = settings.value(key)
                    return default if value is None else value

            self._run_key = _Registry()
        return self._run_key

    # -- what ----------------------------------------------------------------------------

    def enabled(self) -> bool:
        if self.platform.startswith("win"):
            return self.run_key().get(RUN_KEY_NAME) is not None
        if self.platform == "darwin":
            return self.plist_file.exists()
        try:
            return MARKER in self.desktop_file.read_text(encoding="utf-8")
        except OSError:
            return False

    def enable(self) -> None:
        if self.platform.startswith("win"):
            self.run_key()[RUN_KEY_NAME] = " ".join(f'"{part}"' for part in self.command)
        elif self.platform == "darwin":
            self.plist_file.parent.mkdir(parents=True, exist_ok=True)
            plist = {
                "Label": LAUNCH_AGENT_LABEL,
                "ProgramArguments": self.command,
                "RunAtLoad": True,
                "ProcessType": "Interactive",
            }
            self.plist_file.write_bytes(plistlib.dumps(plist))
        else:
            self.desktop_file.parent.mkdir(parents=True, exist_ok=True)
            self.desktop_file.write_text(desktop_entry(self.command), encoding="utf-8")

    def disable(self) -> None:
        """Remove only what enable() wrote: a user's own autostart entry is left alone."""
        if self.platform.startswith("win"):
            if self.run_key().get(RUN_KEY_NAME) is not None:
                del self.run_key()[RUN_KEY_NAME]
        elif self.platform == "darwin":
            if self.plist_file.exists():
                data = plistlib.loads(self.plist_file.read_bytes())
                if data.get("Label") == LAUNCH_AGENT_LABEL:
                    self.plist_file.unlink()
        elif self.enabled():
            self.desktop_file.unlink()
