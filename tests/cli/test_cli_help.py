"""Every `--help` the command line prints, in English and Dutch, byte for byte as recorded in
tests/cli/data/help_texts.json: the grammar is a stable interface (README.md, The command line),
so moving its code around must not change a word of it.

A deliberate change to an option or help text: regenerate the record with
`.venv/bin/python tests/cli/test_cli_help.py` and let the diff show what users will read."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.cli import build_parser, main

DATA = Path(__file__).with_name("data") / "help_texts.json"
LANGUAGES = ("en", "nl")
COLUMNS = "100"  # argparse wraps to the terminal's width: the record is made at this one


def command_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[str]:
    """Every command and nested action the parser knows: "", "log", "people add", ..."""
    found = [" ".join(path)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += command_paths(sub, (*path, name))
    return found


def help_text(language: str, path: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as exited:
        main(["--lang", language, *path.split(), "--help"])
    assert exited.value.code == 0
    return out.getvalue()


def help_texts() -> dict[str, str]:
    """{"en: people add": "usage: dayweave people add ...", ...} as the code says it now."""
    os.environ["COLUMNS"] = COLUMNS
    return {
        f"{language}: {path}" if path else language: help_text(language, path)
        for language in LANGUAGES
        for path in command_paths(build_parser())
    }


def test_every_help_text_is_as_recorded(monkeypatch):
    if sys.version_info[:2] != (3, 11) and os.environ.get("CI") != "true":
        pytest.skip("recorded with Python 3.11's argparse, whose layout other versions change")
    monkeypatch.setenv("COLUMNS", COLUMNS)
    recorded = json.loads(DATA.read_text(encoding="utf-8"))
    now = help_texts()
    assert sorted(now) == sorted(recorded)  # a command added or gone: regenerate the record
    assert [key for key in recorded if now[key] != recorded[key]] == []


def test_the_record_holds_every_command_in_both_languages():
    recorded = json.loads(DATA.read_text(encoding="utf-8"))
    assert {"en", "en: log", "nl: people add", "nl: devices rename", "en: calendar list"} <= set(
        recorded
    )
    assert "gebruik:" in recorded["nl: log"] and "usage:" in recorded["en: log"]


def test_one_subcommands_parser_alone_says_the_same_help():
    """`dayweave log ...` builds only log's parser: its help is the whole parser's."""
    whole = build_parser()
    for name in ("log", "people", "week", "devices"):
        alone = build_parser(only=name)
        assert _sub(alone, name).format_help() == _sub(whole, name).format_help()


def test_dayweave_log_imports_only_the_timelines_grammar():
    """`dayweave log` is typed many times a day: it imports and builds no other feature's
    options (tests/bench/startup_bench.py times it)."""
    code = (
        "import sys; from tracker.cli import build_parser; build_parser(only='log'); "
        "print(sorted(m for m in sys.modules if m.startswith('tracker.cli.args_')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["['tracker.cli.args_timeline']"]


def _sub(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    (subparsers,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return subparsers.choices[name]


if __name__ == "__main__":  # regenerate the record
    DATA.parent.mkdir(exist_ok=True)
    text = json.dumps(help_texts(), ensure_ascii=False, indent=1, sort_keys=True)
    DATA.write_text(text + "\n", encoding="utf-8")
