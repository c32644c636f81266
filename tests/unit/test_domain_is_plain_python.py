"""Below the shell (kernel, the door, every feature) is plain Python: importing any of it must
load neither Qt nor TinyDB. The store is the one place that may load TinyDB."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import tracker

TRACKER = Path(tracker.__file__).parent
PLAIN = ("kernel", "commands", "timeline", "people", "nudges", "calendar", "exchange", "settings")
FORBIDDEN = ("PySide6", "shiboken6", "tinydb")


def plain_files() -> list[Path]:
    return sorted(p for package in PLAIN for p in (TRACKER / package).glob("*.py"))


def plain_modules() -> list[str]:
    return [
        f"tracker.{p.parent.name}.{p.stem}" if p.stem != "__init__" else f"tracker.{p.parent.name}"
        for p in plain_files()
    ] + ["tracker.features"]


def test_the_plain_packages_have_modules():
    assert "tracker.timeline.quickentry" in plain_modules()
    assert "tracker.kernel.model" in plain_modules()


def test_no_plain_source_names_qt_or_tinydb():
    for path in [*plain_files(), TRACKER / "features.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


def test_importing_all_of_it_loads_neither_qt_nor_tinydb():
    code = (
        "import importlib, sys\n"
        f"for name in {plain_modules()!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_every_package_is_in_the_wheel():
    """An explicit package list forgets new folders; an editable install would not notice."""
    import tomllib

    root = TRACKER.parent
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(path.parent.relative_to(root).parts)
        for path in (root / "tracker").rglob("__init__.py")
    }
    assert found <= listed
