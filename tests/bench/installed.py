"""Make the checkout behave like an installed Dayweave before a process is timed."""

from __future__ import annotations

import compileall
from pathlib import Path

import tracker

__all__ = ["compile_bytecode"]


def compile_bytecode() -> None:
    """pip compiles an installed package's bytecode; an editable checkout on a machine with
    PYTHONDONTWRITEBYTECODE would otherwise time the compiler on every start."""
    compileall.compile_dir(Path(tracker.__file__).parent, quiet=1)
