"""What the README promises a newcomer about getting Dayweave running matches what the
repository does: the system packages are the ones CI installs, a skipped test names the package
it misses, and the design it points to is in the repository."""

from __future__ import annotations

import re
from pathlib import Path

from .test_sni_e2e import TOOLS as SNI_TOOLS
from .xsession import PACKAGES, TOOLS, missing_message

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def apt_packages(text: str) -> set[str]:
    """The words of the `apt-get install ...` command (with its continued lines) in `text`."""
    match = re.search(r"apt-get install ((?:[^\n]*\\\n)*[^\n]*)", text)
    assert match, "no apt-get install line"
    words = match[1].replace("\\\n", " ").split()
    return {w for w in words if not w.startswith("-") and w not in (">/dev/null", "\\")}


def test_the_readme_lists_the_packages_ci_installs():
    ci = apt_packages((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    assert "haskell-status-notifier-item-utils" in ci
    assert apt_packages(README) == ci


def test_every_tool_the_tests_need_has_its_package_in_that_list():
    ci = apt_packages((ROOT / ".ci" / "run").read_text(encoding="utf-8"))
    for tool in (*TOOLS, *SNI_TOOLS, "desktop-file-validate", "appstreamcli"):
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
