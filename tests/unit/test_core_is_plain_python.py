"""core is the domain: importing any of it must load neither Qt nor TinyDB."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import tracker.core

CORE = Path(tracker.core.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "tinydb")


def core_modules() -> list[str]:
    return sorted(f"tracker.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__")


def test_core_has_modules():
    assert "tracker.core.quickentry" in core_modules()


def test_no_core_source_names_qt_or_tinydb():
    for path in CORE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"


def test_importing_all_of_core_loads_neither_qt_nor_tinydb():
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_every_package_is_in_the_wheel():
    """An explicit package list forgets new folders; an editable install would not notice."""
    import tomllib

    root = CORE.parents[1]
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(path.parent.relative_to(root).parts)
        for path in (root / "tracker").rglob("__init__.py")
    }
    assert found <= listed
