"""The grammar of the timeline's subcommands: `log`, `start`, `stop`, `undo`, `week` and `away`
(writing.py, reading.py and away.py run them)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.cli.parser import FIRST_DAYS, add_with
from tracker.kernel.vocabulary import CAUSES, STARTABLE_KINDS, cause_word, kind_of, kind_word
from tracker.kernel.words import fill, translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from tracker.cli.parser import Subcommands

__all__ = ["GRAMMAR"]


def _add_log(sub: Subcommands) -> None:
    log = sub.add_parser("log", help=translate("Cli", "log an entry, or a quick-entry line"))
    log.add_argument(
        "words",
        nargs="+",
        help=translate(
            "Cli", "a quick-entry line, quoted or not: work 9.00-10.30 plan, call with Anna"
        ),
    )
    log.add_argument(
        "--at",
        help=translate(
            "Cli", "when it started (9, 9:15, 9.15, 9am, 'yesterday 9', -15m); default now"
        ),
    )
    log.add_argument(
        "--until", help=translate("Cli", "when it ended; a block without one keeps running")
    )
    causes = ", ".join(cause_word(c) for c in CAUSES)
    log.add_argument(
        "--cause", help=fill(translate("Cli", "a disruption's cause: %1, or your own word"), causes)
    )
    add_with(log, translate("Cli", "who it was with (again for more people)"))
    log.add_argument("--note", default="", help=translate("Cli", "a note to keep with it"))
    log.add_argument(
        "--tag", dest="tags", action="append", default=[], help=translate("Cli", "a tag")
    )
    _add_long(log)
    gap_help = translate("Cli", "answer a gap `dayweave away` lists (its number, or a time in it)")
    log.add_argument("--gap", metavar="N", help=gap_help)
    log.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the stored entry as JSON")
    )


def _add_long(parser: argparse.ArgumentParser) -> None:
    """--long: a block over 16 hours, or running since over 16 hours ago, is meant."""
    parser.add_argument(
        "--long",
        action="store_true",
        help=translate("Cli", "a block over 16 hours (or running since then) is meant"),
    )


def _start_kind(text: str) -> str:
    """`start werk` is `start work`; anything else is refused in the user's words."""
    kind = kind_of(text)
    if kind in STARTABLE_KINDS:
        return kind.value
    kinds = ", ".join(kind_word(k) for k in STARTABLE_KINDS)
    raise argparse.ArgumentTypeError(
        fill(translate("Cli", "'%1' is not a kind; use %2"), text, kinds)
    )


def _add_start(sub: Subcommands) -> None:
    start = sub.add_parser(
        "start", help=translate("Cli", "start a work or life block, a call or a meeting")
    )
    start.add_argument("kind", choices=STARTABLE_KINDS, type=_start_kind)
    start.add_argument("title", nargs="*")
    start.add_argument("--at", help=translate("Cli", "when it started; default now"))
    _add_long(start)
    add_with(start, translate("Cli", "who it is with (again for more people)"))
    start.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the stored entry as JSON")
    )


def _add_stop(sub: Subcommands) -> None:
    stop = sub.add_parser(
        "stop", help=translate("Cli", "stop the running block (or: stop call [--with NAME])")
    )
    stop.add_argument("what", nargs="?", choices=["block", "call", "calls", "all"], default="block")
    stop.add_argument("--at", help=translate("Cli", "when it stopped; default now"))
    add_with(stop, translate("Cli", "end the call with NAME"))
    stop.add_argument(
        "--json", action="store_true", help=translate("Cli", "print what ended as JSON")
    )


def _add_undo(sub: Subcommands) -> None:
    undo = sub.add_parser(
        "undo", help=translate("Cli", "take back the last change, within ten seconds")
    )
    undo.add_argument(
        "--json", action="store_true", help=translate("Cli", "print what changed as JSON")
    )


def _add_week(sub: Subcommands) -> None:
    week = sub.add_parser(
        "week", help=translate("Cli", "the week holding DATE (default: this week)")
    )
    week.add_argument(
        "date",
        nargs="?",
        default="today",
        help=translate("Cli", "2026-11-26, today, yesterday, tomorrow, or last (a week ago)"),
    )
    output = week.add_mutually_exclusive_group()
    output.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the week as JSON")
    )
    output.add_argument(
        "--png", type=Path, metavar="FILE", help=translate("Cli", "save the week as an image")
    )
    week.add_argument(
        "--tz", help=translate("Cli", "IANA zone to cut days in (default: the local one)")
    )
    week.add_argument(
        "--first-day",
        choices=sorted(FIRST_DAYS),
        help=translate("Cli", "default: Settings' week start, or mon"),
    )
    week.add_argument(
        "--dark", action="store_true", help=translate("Cli", "with --png: the dark palette")
    )
    week.add_argument(
        "--lang", help=translate("Cli", "the language (en, nl); with --png the image's too")
    )


def _add_away(sub: Subcommands) -> None:
    away = sub.add_parser(
        "away",
        help=translate("Cli", "the time away noted on DATE (default: today), answered or not"),
    )
    away.add_argument("date", nargs="?", default="today")
    away.add_argument("--json", action="store_true", help=translate("Cli", "print as JSON"))


GRAMMAR: dict[str, Callable[[Subcommands], None]] = {
    "log": _add_log,
    "start": _add_start,
    "stop": _add_stop,
    "undo": _add_undo,
    "week": _add_week,
    "away": _add_away,
}
