"""Start with the session on each platform, written to temporary places; off removes only ours."""

from __future__ import annotations

import plistlib
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from tracker.autostart import LAUNCH_AGENT_LABEL, MARKER, RUN_KEY_NAME, Autostart

ROOT = Path(__file__).resolve().parents[2]
COMMAND = ["/opt/Day Weave/bin/dayweave"]


def test_linux_xdg_entry_on_and_off(tmp_path):
    autostart = Autostart("linux", config_home=tmp_path, command=COMMAND)
    assert not autostart.enabled()
    autostart.enable()
    text = (tmp_path / "autostart" / "dayweave.desktop").read_text()
    assert "Exec='/opt/Day Weave/bin/dayweave'" in text
    assert "X-GNOME-Autostart-Delay=5" in text and MARKER in text
    assert autostart.enabled()
    autostart.disable()
    assert not (tmp_path / "autostart" / "dayweave.desktop").exists()
    assert (tmp_path / "autostart").is_dir()  # only the file goes


def test_linux_leaves_a_users_own_entry_alone(tmp_path):
    own = tmp_path / "autostart" / "dayweave.desktop"
    own.parent.mkdir(parents=True)
    own.write_text("[Desktop Entry]\nType=Application\nName=mine\nExec=dayweave --lang nl\n")
    autostart = Autostart("linux", config_home=tmp_path, command=COMMAND)
    assert not autostart.enabled()
    autostart.disable()
    assert own.exists()


def test_linux_follows_xdg_config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert Autostart("linux").desktop_file == tmp_path / "xdg" / "autostart" / "dayweave.desktop"


def test_macos_launch_agent(tmp_path):
    autostart = Autostart("darwin", launch_agents=tmp_path, command=COMMAND)
    autostart.enable()
    plist = plistlib.loads((tmp_path / f"{LAUNCH_AGENT_LABEL}.plist").read_bytes())
    assert plist["ProgramArguments"] == COMMAND and plist["RunAtLoad"] is True
    autostart.disable()
    assert list(tmp_path.iterdir()) == []


def test_windows_run_key():
    registry: dict[str, str] = {"OtherApp": "other.exe"}
    autostart = Autostart(
        "win32", run_key=registry, command=[r"C:\Program Files\Dayweave\dayweave.exe"]
    )
    autostart.enable()
    assert registry[RUN_KEY_NAME] == r'"C:\Program Files\Dayweave\dayweave.exe"'
    autostart.disable()
    assert registry == {"OtherApp": "other.exe"}


def validator(name: str) -> str:
    sys.path.insert(0, str(ROOT / "tests"))
    from e2e.xsession import require_tools

    require_tools((name,), "the packaging checks")
    return shutil.which(name)


def test_the_desktop_entries_validate(tmp_path):
    tool = validator("desktop-file-validate")
    subprocess.run([tool, str(ROOT / "packaging" / "linux" / "dayweave.desktop")], check=True)
    autostart = Autostart("linux", config_home=tmp_path, command=[sys.executable, "-m", "tracker"])
    autostart.enable()
    result = subprocess.run([tool, str(autostart.desktop_file)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_appstream_metadata_validates():
    tool = validator("appstreamcli")
    metainfo = ROOT / "packaging" / "linux" / "nl.dayweave.Dayweave.metainfo.xml"
    result = subprocess.run(
        [tool, "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_autostart_exec_line_is_a_command_that_runs(tmp_path):
    autostart = Autostart("linux", config_home=tmp_path, command=[sys.executable, "-m", "tracker"])
    autostart.enable()
    exec_line = next(
        line.split("=", 1)[1]
        for line in autostart.desktop_file.read_text().splitlines()
        if line.startswith("Exec=")
    )
    result = subprocess.run([*shlex.split(exec_line), "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("dayweave")
