"""The house's rules that a linter does not check: small modules, each saying what it offers."""

from __future__ import annotations

import ast
from pathlib import Path

import tracker

ROOT = Path(tracker.__file__).parent
MAX_LINES = 400


def modules() -> list[Path]:
    return sorted(ROOT.rglob("*.py"))


def test_no_module_is_over_400_lines():
    long = {
        str(p.relative_to(ROOT)): n
        for p in modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_every_module_with_code_declares_all():
    missing = []
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defines = any(isinstance(n, ast.FunctionDef | ast.ClassDef) for n in tree.body)
        declares = any(
            isinstance(n, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in n.targets)
            for n in tree.body
        )
        if defines and not declares:
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []
