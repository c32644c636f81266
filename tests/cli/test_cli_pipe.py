"""A reader that closed the pipe (`dayweave people list | head -3`) ends the command quietly:
no `dayweave: broken pipe`, no traceback (issue 20)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("words", [("people", "list"), ("week", "2026-11-24"), ("--help",)])
def test_a_closed_pipe_is_quiet(data_dir, words):
    env = {**os.environ, "TZ": "UTC"}
    base = [sys.executable, "-m", "tracker", "--data-dir", str(data_dir)]
    added = subprocess.run(
        [*base, "people", "add", "Anna", "--circle", "customer"], env=env, capture_output=True
    )
    assert added.returncode == 0
    reading, writing = os.pipe()
    os.close(reading)  # closed before the command writes a byte: the write must fail
    try:
        result = subprocess.run(
            [*base, *words], stdout=writing, stderr=subprocess.PIPE, text=True, env=env
        )
    finally:
        os.close(writing)
    assert result.stderr == ""
    assert result.returncode in (0, 1)
