"""`pip install .` into a fresh virtual environment, as a newcomer runs it: it prints no warning
(a BuildBackendWarning block looks like a failure to someone installing for the first time),
and the installed package holds every module and resource the checkout has."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from .xsession import exec_line

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow

# Notes pip prints about this machine's own index configuration (an extra index folder that is
# not there), not about Dayweave: the only warning lines allowed through.
MACHINE_NOTES = re.compile(r"^WARNING: Location '[^']+' is ignored: it is neither a file nor")


@pytest.fixture(scope="module")
def clean_install(tmp_path_factory) -> tuple[Path, str]:
    work = tmp_path_factory.mktemp("install")
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    # The pip `make` installs (the newest; older ones hide what the build backend says), run
    # for the new environment. --no-deps: the build and the package are under test here.
    command = [sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python")]
    result = subprocess.run(
        [*command, "install", "--no-deps", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=work,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return env_dir, result.stdout + result.stderr


def test_pip_install_prints_no_warning(clean_install):
    _env_dir, output = clean_install
    warnings = [
        line
        for line in output.splitlines()
        if "warning" in line.lower() and not MACHINE_NOTES.match(line.strip())
    ]
    assert warnings == [], output


def test_the_installed_package_holds_every_module_and_resource(clean_install):
    env_dir, _output = clean_install
    [site] = (env_dir / "lib").glob("python3*/site-packages")
    installed = site / "tracker"
    modules = {p.relative_to(ROOT / "tracker") for p in (ROOT / "tracker").rglob("*.py")}
    missing = sorted(str(m) for m in modules if not (installed / m).is_file())
    assert missing == []
    resources = ROOT / "resources"
    wanted = [
        *resources.glob("icons/*.svg"),
        *resources.glob("translations/*.qm"),
        *resources.glob("translations/*.json"),
    ]
    assert wanted
    missing = sorted(
        str(p.relative_to(resources))
        for p in wanted
        if not (installed / "resources" / p.relative_to(resources)).is_file()
    )
    assert missing == []


def make_install_desktop(tmp_path: Path, env: dict[str, str]) -> str:
    """`make install-desktop` into a temporary data home; the entry's Exec line."""
    data_home = tmp_path / "share"
    result = subprocess.run(
        ["make", "--no-print-directory", "install-desktop", f"DATA_HOME={data_home}",
         f"PYTHON={sys.executable}", f"BIN={Path(sys.executable).parent}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return exec_line(data_home / "applications" / "dayweave.desktop")


def test_make_install_desktop_starts_dayweave_from_where_it_was_installed(tmp_path):
    """From a checkout, `dayweave` is not on the session's PATH: the entry names it in full."""
    import shlex

    bare = dict(os.environ, PATH="/usr/bin:/bin")
    command = make_install_desktop(tmp_path, bare)
    assert command == str(Path(sys.executable).parent / "dayweave")
    run = subprocess.run(
        [*shlex.split(command), "--version"], env=bare, capture_output=True, text=True, cwd=tmp_path
    )
    assert run.returncode == 0 and run.stdout.startswith("dayweave")


def test_the_desktop_entry_quotes_a_path_with_spaces(tmp_path):
    import shlex

    folder = tmp_path / "Day Weave"
    folder.mkdir()
    (folder / "dayweave").symlink_to(Path(sys.executable).parent / "dayweave")
    command = make_install_desktop(tmp_path, dict(os.environ, PATH=f"{folder}:/usr/bin:/bin"))
    assert shlex.split(command) == [str(folder / "dayweave")]
    run = subprocess.run([*shlex.split(command), "--version"], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("dayweave")
    validate = shutil.which("desktop-file-validate")
    if validate:  # the packaging checks require it; here the Exec quoting is what is under test
        entry = tmp_path / "share" / "applications" / "dayweave.desktop"
        checked = subprocess.run([validate, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0 and "error" not in checked.stdout, checked.stdout


def system_python() -> Path:
    """The distribution's own Python, which on Debian 12 and Ubuntu 23.04+ refuses
    `pip install --user` (PEP 668: externally managed)."""
    python = Path("/usr/bin/python3")
    check = "import sys, ensurepip, venv; print(sys.version_info >= (3, 11))"
    answer = (
        python.exists()
        and subprocess.run([str(python), "-c", check], capture_output=True, text=True).stdout
    )
    if not answer:
        message = "make install needs the system's python3 with venv: apt-get install python3-venv"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    if answer.strip() != "True":  # no package makes it newer
        pytest.skip("the system's python3 is older than the 3.11 Dayweave needs")
    return python


def test_make_install_puts_dayweave_on_the_path_with_the_systems_own_python(tmp_path):
    """A new user on Debian 12 or Ubuntu 24.04 without pipx: `make install` with the system's
    Python, whose pip refuses `--user` installs, still ends with a `dayweave` that runs."""
    python = system_python()
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "HOME": str(home), "PATH": f"{home}/.local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
        **{k: v for k, v in os.environ.items() if k.startswith(("PIP_", "XDG_RUNTIME"))},
    }  # fmt: skip
    assert shutil.which("pipx", path=env["PATH"]) is None  # the path without pipx
    result = subprocess.run(
        ["make", "--no-print-directory", "install", f"PYTHON={python}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    command = shutil.which("dayweave", path=env["PATH"])
    assert command and command.startswith(str(home)), result.stdout
    run = subprocess.run([command, "--version"], env=env, capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("dayweave"), run.stderr
    result = subprocess.run(
        ["make", "--no-print-directory", "uninstall", f"PYTHON={python}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert shutil.which("dayweave", path=env["PATH"]) is None
    assert list((home / ".local").glob("share/*")) == []  # nothing left behind
