"""The wheel, installed in a fresh virtual environment outside the checkout, runs with its icons
and Dutch translation found inside the installed package."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from .test_tray_e2e import app_env, xsession  # noqa: F401 - fixtures
from .xsession import exec_line

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(work / "dist"),
            str(ROOT),
        ],
        check=True,
        timeout=600,
    )
    [wheel] = (work / "dist").glob("dayweave-*.whl")
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, timeout=900
    )
    return env_dir


def test_the_installed_wheel_runs_and_finds_its_resources_inside_itself(installed, tmp_path):
    python = installed / "bin" / "python"
    code = (
        "import tracker.ui.resources as r; print(r.icon_path('dayweave.svg')); "
        "print(r.translations_dir() / 'dayweave_nl.qm')"
    )
    out = subprocess.run(
        [str(python), "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    ).stdout.split()
    for path in map(Path, out):
        assert path.is_file(), path
        assert str(path).startswith(str(installed)), "found in the checkout, not the package"
    version = subprocess.run(
        [str(installed / "bin" / "dayweave"), "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert version.returncode == 0 and version.stdout.startswith("dayweave 0.")


def test_the_installed_wheel_shows_its_icon_in_a_real_tray(installed, xsession, app_env, tmp_path):  # noqa: F811
    env = dict(app_env, LANG="nl_NL.UTF-8", PYTHONPATH="")
    result = subprocess.run(
        [str(installed / "bin" / "dayweave"), "--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert float(result.stdout.strip().splitlines()[-1]) > 0


def test_autostart_from_the_wheel_starts_it_after_a_login(installed, xsession, app_env, tmp_path):  # noqa: F811
    """Autostart on, from the installed wheel; then run the entry's Exec line as a login does."""
    import shlex

    env = dict(
        app_env,
        PATH=f"{installed / 'bin'}:{os.environ['PATH']}",
        XDG_CONFIG_HOME=str(tmp_path / "xdg"),
    )
    code = (
        "from tracker.autostart import Autostart as A; a = A(); a.enable(); print(a.desktop_file)"
    )
    entry = Path(
        subprocess.run(
            [str(installed / "bin" / "python"), "-c", code],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=tmp_path,
        ).stdout.strip()
    )
    command = exec_line(entry)
    assert command.startswith(str(installed))
    result = subprocess.run(
        [*shlex.split(command), "--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
