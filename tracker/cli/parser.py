"""The command line's grammar (README.md, The command line): a stable interface.

Here the core: the parser that fails in one line, argparse's words in the user's language, the
global options, and which module adds each subcommand. The subcommands' own options live with
their feature (args_timeline.py, args_people.py, ...), and only the one asked for is imported
and built: `dayweave log` has no use for the others' help."""

from __future__ import annotations

import argparse
import os
import sys
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from tracker import __version__
from tracker.kernel.words import translate

if TYPE_CHECKING:
    from argparse import _SubParsersAction

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FIRST_DAYS",
    "SUBCOMMANDS",
    "UsageParser",
    "add_with",
    "build_parser",
    "speak_argparse",
    "terminal_columns",
]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
FIRST_DAYS = {"mon": 0, "sat": 5, "sun": 6}


def terminal_columns() -> int:
    """shutil.get_terminal_size().columns, without importing shutil (and with it zlib, bz2 and
    lzma, ~2 ms of every `dayweave log`): argparse asks for it with each option it adds."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = terminal_columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        # One line naming what was wrong; the full usage is one `--help` away.
        see = translate("Cli", "(see dayweave --help)")
        self.exit(EXIT_USAGE, f"dayweave: {message} {see}\n")


def _argparse_words(text: str) -> str:
    return translate("Argparse", text)


def _argparse_plural(singular: str, plural: str, n: int) -> str:
    return translate("Argparse", singular if n == 1 else plural)


def speak_argparse() -> None:
    """argparse says its own words ("usage:", "the following arguments are required") through
    gettext, which has no Dutch for them: it says them through our catalogue instead."""
    argparse._ = _argparse_words  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]


UsageParser = _Parser  # one line, exit 2, in the user's language

if TYPE_CHECKING:  # what a feature's GRAMMAR adds its subcommands to
    Subcommands = _SubParsersAction[_Parser]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with `only` one subcommand: building every subcommand's
    parser costs `dayweave log` milliseconds it has no use for."""
    speak_argparse()
    parser = _Parser(
        prog="dayweave", description=translate("Cli", "Log the remote work day as one timeline.")
    )
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, module in SUBCOMMANDS.items():
        if only is None or name == only:
            import_module(f"tracker.cli.{module}").GRAMMAR[name](sub)
    return parser


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options before any subcommand; `dayweave` alone starts the app with them."""
    parser.add_argument(
        "--version",
        action="version",
        version=f"dayweave {__version__}",
        help=translate("Cli", "show the version and exit"),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help=translate("Cli", "data folder (default: $DAYWEAVE_DATA_DIR or the user's)"),
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help=translate(
            "Cli", "start the tray app, print the start-up seconds once the icon shows, and exit"
        ),
    )
    parser.add_argument(
        "--lang", help=translate("Cli", "language of the app (en, nl); default: the system's")
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help=translate("Cli", "say what happens, on stderr and in the log file (-vv: every step)"),
    )


def add_with(parser: argparse.ArgumentParser, help_text: str) -> None:
    """--with NAME, given again for each person (log, start, stop, search)."""
    parser.add_argument(
        "--with", dest="people", action="append", default=[], metavar="NAME", help=help_text
    )


# Each subcommand, in the order `dayweave --help` lists them, and the module (here in cli/)
# whose GRAMMAR adds it: by name, so only the one a command needs is imported.
SUBCOMMANDS = {
    "log": "args_timeline",
    "start": "args_timeline",
    "stop": "args_timeline",
    "undo": "args_timeline",
    "week": "args_timeline",
    "review": "args_review",
    "search": "args_review",
    "people": "args_people",
    "settings": "args_settings",
    "nudges": "args_settings",
    "check": "args_folder",
    "calendar": "args_calendar",
    "agenda": "args_calendar",
    "export": "args_exchange",
    "import": "args_exchange",
    "devices": "args_folder",
    "history": "args_folder",
    "away": "args_timeline",
}


# Extraction hints for lupdate: argparse's own words, said through _argparse_words above.
if False:  # pragma: no cover
    translate("Argparse", "usage: ")
    translate("Argparse", "positional arguments")
    translate("Argparse", "options")
    translate("Argparse", "show this help message and exit")
    translate("Argparse", "argument %(argument_name)s: %(message)s")
    translate("Argparse", "unrecognized arguments: %s")
    translate("Argparse", "the following arguments are required: %s")
    translate("Argparse", "one of the arguments %s is required")
    translate("Argparse", "not allowed with argument %s")
    translate("Argparse", "ignored explicit argument %r")
    translate("Argparse", "expected one argument")
    translate("Argparse", "expected at most one argument")
    translate("Argparse", "expected at least one argument")
    translate("Argparse", "expected %s argument")
    translate("Argparse", "expected %s arguments")
    translate("Argparse", "ambiguous option: %(option)s could match %(matches)s")
    translate("Argparse", "invalid %(type)s value: %(value)r")
    translate("Argparse", "invalid choice: %(value)r (choose from %(choices)s)")
