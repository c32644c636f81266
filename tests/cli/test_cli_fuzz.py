"""Random command lines and quick-entry lines: exit 0, 1 or 2, never a traceback, and exit 2
never changes the data folder (issue 11). In-process, bounded."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.cli import main

WORDS = [
    "work", "life", "call", "meeting", "disruption", "contact", "tech", "with", "and", "Anna",
    "maria", "(customer)", "(nope)", "#tag", "#", "9:00", "9:00-10:30", "25:00", "10:00-9:00",
    "yesterday", "today", "2026-11-26", "0202-11-26", "9999-12-31", "2026-03-29", "2:30",
    ",", "de", "Vries", "é", "\u200b", "\x1b[31m", "x" * 40,
]  # fmt: skip
OPTIONS = [
    [], ["--at", "9:15"], ["--at=-15m"], ["--at", "soon"], ["--until", "10:00"],
    ["--until", "tomorrow"], ["--cause", "tech"], ["--with", "Joost"], ["--with", ""],
    ["--note", "n"], ["--tag", "a b"], ["--json"], ["--bogus"],
]  # fmt: skip

line = st.lists(st.sampled_from(WORDS), min_size=0, max_size=7).map(" ".join)
argv = st.tuples(
    st.sampled_from(["log", "start", "stop", "people", "week", "undo"]),
    st.lists(st.sampled_from(WORDS), max_size=4),
    st.lists(st.sampled_from(OPTIONS), max_size=3),
)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "backups" not in p.parts and p.name != "lock"
    }


def run(data_dir: Path, words: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--data-dir", str(data_dir), *words])
        except SystemExit as exit_:  # argparse's own exits
            code = exit_.code if isinstance(exit_.code, int) else 2
    return code, err.getvalue()


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(command=argv, quick=line)
def test_random_command_lines_exit_0_1_or_2_and_exit_2_writes_nothing(
    tmp_path_factory, command, quick
):
    data_dir = tmp_path_factory.mktemp("fuzz") / "data"
    os.environ.pop("XDG_RUNTIME_DIR", None)
    assert run(data_dir, ["log", "disruption", "--at", "2026-11-26T09:00"])[0] == 0
    name, words, options = command
    words = [quick] if name == "log" and quick else words
    before = snapshot(data_dir)
    code, err = run(data_dir, [name, *words, *(o for group in options for o in group)])
    assert code in (0, 1, 2), err
    assert "Traceback" not in err
    if code == 2:
        assert snapshot(data_dir) == before, err
        assert len(err.strip().splitlines()) == 1, err
