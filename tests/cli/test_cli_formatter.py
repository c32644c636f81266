"""argparse's help formatter imports shutil for the terminal's width as each option is added,
and shutil brings zlib, bz2 and lzma: ~2 ms of every `dayweave log` (<= 1.5x a bare import,
docs/ARCHITECTURE.md, Budgets). The command line's parser asks for the width itself."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tracker.cli.parser import terminal_columns

PARSE_ONLY = """
import sys
from tracker.cli.parser import UsageParser, build_parser
build_parser(only="log").parse_known_args(["log", "disruption", "--cause", "tech", "wifi"])
UsageParser(prog="dayweave", add_help=False).add_argument("--exit-when-ready")
print(sorted(m for m in ("shutil", "bz2", "lzma") if m in sys.modules))
"""


def test_parsing_a_command_line_leaves_shutil_and_its_compressors_alone():
    result = subprocess.run([sys.executable, "-c", PARSE_ONLY], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("columns", [None, "120", "0", "wide"])
def test_the_width_is_the_one_shutil_gives(monkeypatch, columns):
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal_columns() == shutil.get_terminal_size().columns


def test_help_still_wraps_at_the_terminals_width():
    env = dict(os.environ, COLUMNS="60")
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "log", "--help"], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) > 5 and max(map(len, lines)) <= 58
