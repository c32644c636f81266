"""The `dayweave` command: a stable interface for scripts and desktop shortcuts (README.md).

Each command is a few lines over `tracker.commands`. The log, start, stop, week, people and
check paths never import Qt: a test keeps it so, because a keyboard shortcut that logs a
disruption must answer at once.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.cli.errors import one_line
from tracker.cli.parser import EXIT_FAILED, EXIT_USAGE, SUBCOMMANDS, build_parser
from tracker.kernel.logs import logger, safe

if TYPE_CHECKING:
    import argparse

__all__ = ["build_parser", "main"]

_GLOBAL_OPTIONS_WITH_VALUE = ("--data-dir", "--lang")
_TIME_OPTIONS = ("--at", "--until")
log = logger("dayweave.cli")


def _command_word(words: list[str]) -> str | None:
    """The subcommand in argv, skipping the global options and their values."""
    index = 0
    while index < len(words):
        word = words[index]
        # argparse also takes an unambiguous abbreviation: --data for --data-dir.
        if len(word) > 2 and any(option.startswith(word) for option in _GLOBAL_OPTIONS_WITH_VALUE):
            index += 2
            continue
        if not word.startswith("-"):
            return word
        index += 1
    return None


def _requested_language(words: list[str]) -> str | None:
    """--lang's value wherever it stands (`dayweave --lang nl week`, `week --lang nl`)."""
    for index, word in enumerate(words):
        if word == "--":
            break
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
        if word == "--lang" and index + 1 < len(words):
            return words[index + 1]
    return None


def _time_values_joined(words: list[str]) -> list[str]:
    """`--at -15m` as `--at=-15m`: argparse takes a value starting with a dash for an option
    (only a plain number is let through), and `-15m` is what `log --help` suggests."""
    joined: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if word == "--":
            return joined + words[index:]
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in _TIME_OPTIONS and re.match(r"-\d", following):
            joined.append(f"{word}={following}")
            index += 2
            continue
        joined.append(word)
        index += 1
    return joined


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command line; its exit code. A reader that closed the pipe (`people list |
    head -3`) ends it quietly, as the Python docs' note on SIGPIPE says."""
    try:
        code = _main(argv)
        sys.stdout.flush()  # output that fit the buffer meets the closed pipe here
    except BrokenPipeError:
        # Python flushes stdout once more on exit: to a closed pipe, that would complain.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    return code


def _main(argv: Sequence[str] | None) -> int:
    words = _time_values_joined(list(sys.argv[1:] if argv is None else argv))
    from tracker.kernel.words import set_language

    # Before parsing, so argparse's complaints are in the user's language too.
    set_language(_requested_language(words))
    command = _command_word(words)
    wants_help = bool({"-h", "--help"} & set(words))
    if command is None and not wants_help:
        return _start_app(words)
    parser = build_parser(only=None if wants_help or command not in SUBCOMMANDS else command)
    args, extra = parser.parse_known_args(words)
    # A title may follow the options: `log disruption --cause tech "wifi dropped"`.
    if extra and args.command in ("log", "start") and not any(w.startswith("-") for w in extra):
        (args.words if args.command == "log" else args.title).extend(extra)
    elif extra:
        from tracker.kernel.words import translate

        parser.error(translate("Argparse", "unrecognized arguments: %s") % " ".join(extra))
    _verbose(args.verbose)
    if args.command is None:
        from tracker.launch import start_app

        return start_app(args.data_dir, args.exit_when_ready, args.lang)
    if getattr(args, "lang", None):  # what the command says, as the app would say it
        from tracker.kernel.words import set_language

        set_language(args.lang)
    return run(args)


def _start_app(words: list[str]) -> int:
    """`dayweave [--data-dir D] [--lang L] [--exit-when-ready]`: only the global options, read
    by a small parser, so starting the tray does not build every subcommand's help."""
    from tracker import __version__
    from tracker.cli.parser import UsageParser, speak_argparse
    from tracker.launch import start_app

    speak_argparse()
    parser = UsageParser(prog="dayweave", add_help=False)
    parser.add_argument("--version", action="version", version=f"dayweave {__version__}")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--exit-when-ready", action="store_true")
    parser.add_argument("--lang")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    args = parser.parse_args(words)
    _verbose(args.verbose)
    return start_app(args.data_dir, args.exit_when_ready, args.lang)


def _verbose(count: int) -> None:
    """-v: what happens (INFO), -vv: every step (DEBUG), on stderr and in the log file."""
    if count:
        from tracker.kernel import logs

        logs.start(logs.verbosity(count), stderr=True)


def run(args: argparse.Namespace) -> int:
    from tracker.cli.errors import StoreProblem, UsageError
    from tracker.cli.writing import WRITING
    from tracker.store.lock import LockTimeout
    from tracker.store.storage import DamagedFileError

    what = " ".join(filter(None, (args.command, _action(args))))
    log.info("%s", what)
    try:
        if args.command in ("export", "import"):
            from tracker.cli.exchange import run_export, run_import

            return run_export(args) if args.command == "export" else run_import(args)
        if args.command in WRITING and not _only_reads(args):
            from tracker.cli.writing import run_writing

            return run_writing(args)
        from tracker.cli.reading import run_reading

        return run_reading(args)
    except UsageError as error:
        log.info("%s: refused, exit 2", what)
        print(f"dayweave: {one_line(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except (StoreProblem, LockTimeout, DamagedFileError) as error:
        log.warning("%s failed: %s", what, safe(error))
        print(f"dayweave: {one_line(str(error))}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        raise  # the reader is gone: main() ends quietly
    except OSError as error:  # a linked lock or folder, a read-only disk: one line, exit 1
        from tracker.cli.errors import plain_os_error

        log.warning("%s failed: %s", what, safe(error))
        print(f"dayweave: {one_line(plain_os_error(error))}", file=sys.stderr)
        return EXIT_FAILED
    except Exception:  # a bug: its frames in the log, for the user to send
        log.exception("%s failed", what)
        raise


def _action(args: argparse.Namespace) -> str:
    """The subcommand's own action (`people add`), never its values."""
    return next((str(v) for k, v in vars(args).items() if k.endswith("_command") and v), "")


def _only_reads(args: argparse.Namespace) -> bool:
    if args.command == "people":
        return args.people_command in ("list", "show")
    if args.command == "calendar":
        return args.calendar_command == "list"
    if args.command == "devices":
        return not getattr(args, "devices_command", None)
    if args.command == "review":
        return getattr(args, "intention", None) is None
    return args.command == "settings" and args.value is None
