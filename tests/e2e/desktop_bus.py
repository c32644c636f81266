"""A private session bus with a real notification server (Debian's dunst) for end-to-end tests,
and a dbus-monitor that records the Notify calls made on it.

dunst shows a notification's actions in a menu it gets from a dmenu-like program: here a script
that picks the "I reached out" line, so `dunstctl context` invokes it as a person would, and
dunst sends ActionInvoked to the app.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from .xsession import require_tools, wait_for

__all__ = ["NOTIFY_TOOLS", "PrivateBus"]

NOTIFY_TOOLS = ("dbus-daemon", "dunst", "dunstctl", "dbus-monitor")
PICK_DONE = """#!/bin/sh
cat > "{folder}/menu.txt"
grep -m1 '^#I reached out ' "{folder}/menu.txt"
"""
# A session bus that starts no service by itself: with the system's service folders,
# `dunstctl debug` sent before the test's dunst owns the name started a second dunst (the
# packaged org.knopwob.dunst.service, without the picker), which then kept the name.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
DUNSTRC = """[global]
    markup = full
    dmenu = {picker}
"""


class PrivateBus:
    """dbus-daemon, dunst and dbus-monitor for one test; `env` gets the bus's address."""

    def __init__(self, env: dict[str, str], folder: Path) -> None:
        require_tools(NOTIFY_TOOLS, "desktop notification tests")
        self.env = env
        self.folder = folder
        self.processes: list[subprocess.Popen] = []
        config = folder / "bus.conf"
        config.write_text(BUS_CONFIG.format(folder=folder))
        daemon = subprocess.run(
            ["dbus-daemon", f"--config-file={config}", "--fork", "--print-address=1",
             "--print-pid=1"],
            capture_output=True, text=True, check=True, env=env, timeout=20,
        )  # fmt: skip
        address, pid = daemon.stdout.split()[:2]
        self.daemon_pid = pid
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        self.monitor_log = folder / "notify-calls.txt"
        rule = "type='method_call',interface='org.freedesktop.Notifications'"
        with self.monitor_log.open("wb") as out:
            monitor = subprocess.Popen(
                ["dbus-monitor", "--session", rule], env=env, stdout=out, stderr=subprocess.STDOUT
            )
        self.processes.append(monitor)

    def start_dunst(self) -> PrivateBus:
        picker = self.folder / "pick-done.sh"
        picker.write_text(PICK_DONE.format(folder=self.folder))
        picker.chmod(0o755)
        config = self.folder / "dunstrc"
        config.write_text(DUNSTRC.format(picker=picker))
        with (self.folder / "dunst.log").open("wb") as log:
            self.processes.append(
                subprocess.Popen(
                    ["dunst", "-config", str(config)], env=self.env, stdout=log, stderr=log
                )
            )
        wait_for(lambda: self.dunstctl("debug").returncode == 0, 20, "dunst on the bus")
        return self

    def dunstctl(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["dunstctl", *args], env=self.env, capture_output=True, text=True, timeout=20
        )

    def displayed(self) -> int:
        out = self.dunstctl("count", "displayed").stdout.strip()
        return int(out) if out.isdigit() else 0

    def notify_calls(self) -> list[str]:
        """Each Notify call seen on the bus, as dbus-monitor printed it."""
        text = self.monitor_log.read_text(errors="replace")
        parts = re.split(r"(?m)^(?=method call )", text)
        return [p for p in parts if "member=Notify" in p]

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.kill()
            process.wait()
        subprocess.run(["kill", self.daemon_pid], check=False)
