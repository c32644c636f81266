"""What the README promises a newcomer about getting Dayweave running matches what the
repository does: the system packages are the ones CI installs, a skipped test names the package
it misses, and the design it points to is in the repository."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from .test_caldav_e2e import TOOLS as CALDAV_TOOLS
from .test_sni_e2e import TOOLS as SNI_TOOLS
from .xsession import PACKAGES, TOOLS, missing_message, require_tools

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def apt_packages(text: str) -> set[str]:
    """The words of the `apt-get install ...` command (with its continued lines) in `text`."""
    match = re.search(r"apt-get install ((?:[^\n]*\\\n)*[^\n]*)", text)
    assert match, "no apt-get install line"
    words = match[1].replace("\\\n", " ").split()
    return {w for w in words if not w.startswith("-") and w not in (">/dev/null", "\\")}


def section(title: str) -> str:
    """The README's text from the heading `title` to the next heading of that level."""
    level = title.split(" ")[0]
    start = README.index(f"\n{title}\n")
    end = README.find(f"\n{level} ", start + 1)
    return README[start : end if end != -1 else len(README)]


def test_the_readme_lists_the_packages_ci_installs():
    ci = apt_packages((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    assert "haskell-status-notifier-item-utils" in ci
    assert apt_packages(section("## Test it")) == ci


def qt_x11_packages() -> set[str]:
    """The Debian packages of the libraries Qt's xcb platform plugin links to directly."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    binaries = [qt / "plugins" / "platforms" / "libqxcb.so", *qt.glob("lib/libQt6XcbQpa.so*")]
    packages = set()
    for binary in binaries:
        listing = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
        for path in re.findall(r"=> (/\S+)", listing):
            if str(qt) in path:
                continue  # a library PySide6 brings itself
            owner = subprocess.run(
                ["dpkg", "-S", os.path.realpath(path)], capture_output=True, text=True
            ).stdout
            if owner:
                packages.add(owner.split(":")[0])
    return packages


def test_the_run_section_names_what_a_fresh_debian_needs_to_start_the_app():
    """`make run` on a fresh Debian or Ubuntu: python3 -m venv needs python3-venv, and Qt's
    X11 plugin the xcb libraries that a desktop does not always have (libxcb-cursor0 first)."""
    run = apt_packages(section("## Run it"))
    ci = apt_packages((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    assert "python3-venv" in run
    # CI runs `make test`, so it has make; it installs at least the rest of what users are told.
    assert run - {"make"} <= ci
    for tool in ("ldd", "dpkg"):
        if shutil.which(tool) is None:
            require_tools((tool,), "the check of the README's run-time packages")
    needed = qt_x11_packages() & ci  # the ones CI has to install for the app to start
    assert needed, "the xcb plugin links to none of CI's packages: the check reads nothing"
    assert needed <= run, f"missing from the README's Run it: {sorted(needed - run)}"


def test_every_tool_the_tests_need_has_its_package_in_that_list():
    ci = apt_packages((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    for tool in (*TOOLS, *SNI_TOOLS, "desktop-file-validate", "appstreamcli", *CALDAV_TOOLS):
        assert PACKAGES.get(tool) in ci, tool


def test_the_status_notifier_skip_names_the_packages_to_install():
    message = missing_message(list(SNI_TOOLS), "StatusNotifierItem tests")
    for package in (
        "dbus",
        "haskell-status-notifier-item-utils",
        "haskell-gtk-sni-tray-utils",
        "libglib2.0-bin",
    ):
        assert package in message.split(": apt-get install ")[1].split(" (")[0].split()


def test_the_readme_points_at_the_design_inside_the_repository():
    assert "../shared" not in README
    assert "docs/ARCHITECTURE.md" in README
    design = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    for part in ("## The house", "## The data", "## The rules of the day"):
        assert part in design


def test_the_readme_says_where_make_run_puts_the_command():
    assert ".venv/bin/dayweave" in README and "make install" in README
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^install:", makefile, re.M) and "pipx install" in makefile
