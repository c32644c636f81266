"""The PyInstaller one-folder bundle builds, starts in a real tray, and carries its resources."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .test_tray_e2e import app_env, xsession  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    assert pyinstaller, "PyInstaller comes with the test extra"
    work = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            pyinstaller,
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "pyinstaller" / "dayweave.spec"),
        ],
        check=True,
        timeout=900,
        cwd=work,
    )
    return work / "dist" / "dayweave"


def test_the_bundle_carries_its_icons_and_translations(bundle):
    resources = bundle / "_internal" / "tracker" / "resources"
    assert (resources / "icons" / "state-work.svg").is_file()
    assert (resources / "translations" / "dayweave_nl.qm").is_file()
    version = subprocess.run(
        [str(bundle / "dayweave"), "--version"], capture_output=True, text=True
    )
    assert version.returncode == 0 and version.stdout.startswith("dayweave 0.")


def test_the_bundle_starts_in_a_real_tray_and_renders_a_week(bundle, xsession, app_env, tmp_path):  # noqa: F811
    result = subprocess.run(
        [str(bundle / "dayweave"), "--exit-when-ready"],
        env=app_env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    image = tmp_path / "week.png"
    week = subprocess.run(
        [str(bundle / "dayweave"), "week", "--png", str(image), "--lang", "nl"],
        env=app_env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert week.returncode == 0, week.stderr
    assert image.stat().st_size > 10_000
