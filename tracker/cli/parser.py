"""The command line's grammar (DESIGN: "The command line"): a stable interface."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, NoReturn

from tracker import __version__
from tracker.core.vocabulary import CAUSES, STARTABLE_KINDS

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "FIRST_DAYS", "SUBCOMMANDS", "build_parser"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
FIRST_DAYS = {"mon": 0, "sat": 5, "sun": 6}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line naming what was wrong; the full usage is one `--help` away.
        self.exit(EXIT_USAGE, f"dayweave: {message} (see dayweave --help)\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with `only` one subcommand: building every subcommand's
    parser costs `dayweave log` milliseconds it has no use for."""
    parser = _Parser(prog="dayweave", description="Log the remote work day as one timeline.")
    parser.add_argument("--version", action="version", version=f"dayweave {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, help="data folder (default: $DAYWEAVE_DATA_DIR or the user's)"
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start the tray app, print the start-up seconds once the icon shows, and exit",
    )
    parser.add_argument("--lang", help="language of the app (en, nl); default: the system's")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, add in SUBCOMMANDS.items():
        if only is None or name == only:
            add(sub)
    return parser


def _add_log(sub: Any) -> None:
    log = sub.add_parser("log", help="log an entry, or a quick-entry line")
    log.add_argument("words", nargs="+", help="KIND [TITLE], or a line like '9:00-10:30 work plan'")
    log.add_argument("--at", help="when it started (9:15, 'yesterday 22:00', -15m); default now")
    log.add_argument("--until", help="when it ended; a block without one keeps running")
    causes = ", ".join(CAUSES)
    log.add_argument("--cause", help=f"a disruption's cause: {causes}, or your own word")
    log.add_argument("--with", dest="people", action="append", default=[], metavar="NAME")
    log.add_argument("--note", default="")
    log.add_argument("--tag", dest="tags", action="append", default=[])
    log.add_argument("--json", action="store_true", help="print the stored entry as JSON")


def _add_start(sub: Any) -> None:
    start = sub.add_parser("start", help="start a work or life block, a call or a meeting")
    start.add_argument("kind", choices=STARTABLE_KINDS)
    start.add_argument("title", nargs="*")
    start.add_argument("--at", help="when it started; default now")
    start.add_argument("--with", dest="people", action="append", default=[], metavar="NAME")
    start.add_argument("--json", action="store_true")


def _add_stop(sub: Any) -> None:
    stop = sub.add_parser("stop", help="stop the running block (or: stop call [--with NAME])")
    stop.add_argument("what", nargs="?", choices=["block", "call", "calls", "all"], default="block")
    stop.add_argument("--at", help="when it stopped; default now")
    stop.add_argument("--with", dest="people", action="append", default=[], metavar="NAME")
    stop.add_argument("--json", action="store_true")


def _add_undo(sub: Any) -> None:
    undo = sub.add_parser("undo", help="take back the last change, within ten seconds")
    undo.add_argument("--json", action="store_true")


def _add_week(sub: Any) -> None:
    week = sub.add_parser("week", help="the week holding DATE (default: this week)")
    week.add_argument("date", nargs="?", default="today")
    output = week.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true")
    output.add_argument("--png", type=Path, metavar="FILE", help="save the week as an image")
    week.add_argument("--tz", help="IANA zone to cut days in (default: the local one)")
    week.add_argument(
        "--first-day", choices=sorted(FIRST_DAYS), help="default: Settings' week start, or mon"
    )
    week.add_argument("--dark", action="store_true", help="with --png: the dark palette")
    week.add_argument("--lang", help="with --png: the image's language (en, nl)")


def _add_people(sub: Any) -> None:
    people = sub.add_parser("people", help="the people you stay in touch with")
    actions = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a person")
    add.add_argument("name")
    add.add_argument("--circle", required=True)
    add.add_argument("--team", default="")
    add.add_argument("--every", type=int, metavar="DAYS", help="stay in touch every DAYS days")
    add.add_argument("--notes", default="")
    add.add_argument("--email", dest="emails", action="append", default=[])
    add.add_argument("--json", action="store_true")
    importing = actions.add_parser("import", help="add people from a vCard (.vcf) file")
    importing.add_argument("file", type=Path)
    importing.add_argument("--circle", required=True)
    importing.add_argument(
        "--charset",
        metavar="CODE-PAGE",
        help="for text that is not UTF-8 and names no character set (default: this"
        " computer's legacy code page, Windows-1252 where there is none)",
    )
    merge = actions.add_parser("merge", help="one person, two records: keep INTO")
    merge.add_argument("name")
    merge.add_argument("into", metavar="INTO-NAME")
    listing = actions.add_parser("list", help="list people with their last contact")
    listing.add_argument("--json", action="store_true")


def _add_settings(sub: Any) -> None:
    settings = sub.add_parser("settings", help="read or change a setting")
    settings.add_argument("key", nargs="?")
    settings.add_argument("value", nargs="?")
    settings.add_argument("--json", action="store_true")


def _add_nudges(sub: Any) -> None:
    nudges = sub.add_parser("nudges", help="what is due, what waits and why, and what comes next")
    nudges.add_argument("--json", action="store_true")
    nudges.add_argument("--at", help="the moment to ask about (default now)")


def _add_check(sub: Any) -> None:
    check = sub.add_parser("check", help="verify the data folder; exit 1 on damage")
    check.add_argument(
        "--repair", action="store_true", help="remove leftover temp files, make folders private"
    )


SUBCOMMANDS = {
    "log": _add_log,
    "start": _add_start,
    "stop": _add_stop,
    "undo": _add_undo,
    "week": _add_week,
    "people": _add_people,
    "settings": _add_settings,
    "nudges": _add_nudges,
    "check": _add_check,
}
