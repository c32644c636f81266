"""The command line's grammar (README.md, The command line): a stable interface.

Over 400 lines, as one job: the grammar of every subcommand, each beside the others, so their
options and words stay alike."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, NoReturn

from tracker import __version__
from tracker.kernel.vocabulary import (
    CAUSES,
    CIRCLES,
    STARTABLE_KINDS,
    cause_word,
    circle_label,
    kind_of,
    kind_word,
)
from tracker.kernel.words import fill, translate

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FIRST_DAYS",
    "SUBCOMMANDS",
    "UsageParser",
    "build_parser",
    "speak_argparse",
]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
FIRST_DAYS = {"mon": 0, "sat": 5, "sun": 6}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line naming what was wrong; the full usage is one `--help` away.
        see = translate("Cli", "(see dayweave --help)")
        self.exit(EXIT_USAGE, f"dayweave: {message} {see}\n")


def _argparse_words(text: str) -> str:
    return translate("Argparse", text)


def _argparse_plural(singular: str, plural: str, n: int) -> str:
    return translate("Argparse", singular if n == 1 else plural)


def _start_kind(text: str) -> str:
    """`start werk` is `start work`; anything else is refused in the user's words."""
    kind = kind_of(text)
    if kind in STARTABLE_KINDS:
        return kind.value
    kinds = ", ".join(kind_word(k) for k in STARTABLE_KINDS)
    raise argparse.ArgumentTypeError(
        fill(translate("Cli", "'%1' is not a kind; use %2"), text, kinds)
    )


def speak_argparse() -> None:
    """argparse says its own words ("usage:", "the following arguments are required") through
    gettext, which has no Dutch for them: it says them through our catalogue instead."""
    argparse._ = _argparse_words  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]


UsageParser = _Parser  # one line, exit 2, in the user's language


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with `only` one subcommand: building every subcommand's
    parser costs `dayweave log` milliseconds it has no use for."""
    speak_argparse()
    parser = _Parser(
        prog="dayweave", description=translate("Cli", "Log the remote work day as one timeline.")
    )
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, add in SUBCOMMANDS.items():
        if only is None or name == only:
            add(sub)
    return parser


def _add_log(sub: Any) -> None:
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
    _add_with(log, translate("Cli", "who it was with (again for more people)"))
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


def _add_long(parser: Any) -> None:
    """--long: a block over 16 hours, or running since over 16 hours ago, is meant."""
    parser.add_argument(
        "--long",
        action="store_true",
        help=translate("Cli", "a block over 16 hours (or running since then) is meant"),
    )


def _add_with(parser: Any, help_text: str) -> None:
    """--with NAME, given again for each person."""
    parser.add_argument(
        "--with", dest="people", action="append", default=[], metavar="NAME", help=help_text
    )


def _add_start(sub: Any) -> None:
    start = sub.add_parser(
        "start", help=translate("Cli", "start a work or life block, a call or a meeting")
    )
    start.add_argument("kind", choices=STARTABLE_KINDS, type=_start_kind)
    start.add_argument("title", nargs="*")
    start.add_argument("--at", help=translate("Cli", "when it started; default now"))
    _add_long(start)
    _add_with(start, translate("Cli", "who it is with (again for more people)"))
    start.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the stored entry as JSON")
    )


def _add_stop(sub: Any) -> None:
    stop = sub.add_parser(
        "stop", help=translate("Cli", "stop the running block (or: stop call [--with NAME])")
    )
    stop.add_argument("what", nargs="?", choices=["block", "call", "calls", "all"], default="block")
    stop.add_argument("--at", help=translate("Cli", "when it stopped; default now"))
    _add_with(stop, translate("Cli", "end the call with NAME"))
    stop.add_argument(
        "--json", action="store_true", help=translate("Cli", "print what ended as JSON")
    )


def _add_undo(sub: Any) -> None:
    undo = sub.add_parser(
        "undo", help=translate("Cli", "take back the last change, within ten seconds")
    )
    undo.add_argument(
        "--json", action="store_true", help=translate("Cli", "print what changed as JSON")
    )


def _add_week(sub: Any) -> None:
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


def _add_review(sub: Any) -> None:
    review = sub.add_parser(
        "review", help=translate("Cli", "what the last weeks show (default: the last 12)")
    )
    span = review.add_mutually_exclusive_group()
    span.add_argument(
        "--weeks", type=int, metavar="N", help=translate("Cli", "the last N weeks, this one too")
    )
    span.add_argument(
        "--from", dest="start", metavar="DATE", help=translate("Cli", "from the week of DATE")
    )
    review.add_argument(
        "--to", dest="end", metavar="DATE", help=translate("Cli", "to the week of DATE, included")
    )
    output = review.add_mutually_exclusive_group()
    output.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the review as JSON")
    )
    output.add_argument(
        "--png", type=Path, metavar="FILE", help=translate("Cli", "save the review as an image")
    )
    review.add_argument(
        "--tz", help=translate("Cli", "IANA zone to cut days in (default: the local one)")
    )
    review.add_argument(
        "--dark", action="store_true", help=translate("Cli", "with --png: the dark palette")
    )
    review.add_argument(
        "--lang", help=translate("Cli", "the language (en, nl); with --png the image's too")
    )
    review.add_argument(
        "--intention",
        metavar="TEXT",
        help=translate("Cli", 'set the one intention for next week ("" takes it back)'),
    )
    review.add_argument(
        "--for",
        dest="intention_day",
        metavar="DATE",
        help=translate("Cli", "with --intention: for the week of DATE"),
    )


def _add_search(sub: Any) -> None:
    search = sub.add_parser(
        "search",
        help=translate("Cli", "find TEXT in titles, notes, causes and people, in any case"),
    )
    search.add_argument("text", nargs="*", help=translate("Cli", "words that must all be found"))
    search.add_argument(
        "--kind",
        dest="kinds",
        action="append",
        default=[],
        help=translate("Cli", "only entries of this kind (again for more)"),
    )
    _add_with(search, translate("Cli", "only entries with NAME (again for more people)"))
    search.add_argument("--from", dest="start", metavar="DATE", help=translate("Cli", "first day"))
    search.add_argument(
        "--to", dest="end", metavar="DATE", help=translate("Cli", "last day, included")
    )
    search.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the results as JSON")
    )
    search.add_argument(
        "--tz", help=translate("Cli", "IANA zone to cut days in (default: the local one)")
    )


def _circles() -> str:
    """The circles in the app's words, as they are typed: `--circle "Own team"`."""
    labels = (circle_label(circle) for circle in CIRCLES)
    return ", ".join(f'"{label}"' if " " in label else label for label in labels)


def _add_people(sub: Any) -> None:
    people = sub.add_parser("people", help=translate("Cli", "the people you stay in touch with"))
    actions = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=translate("Cli", "add a person"))
    add.add_argument("name")
    add.add_argument("--circle", required=True, help=_circles())
    add.add_argument("--team", default="", help=translate("Cli", "their team"))
    add.add_argument(
        "--every", type=int, metavar="DAYS", help=translate("Cli", "stay in touch every DAYS days")
    )
    add.add_argument("--notes", default="", help=translate("Cli", "notes about them"))
    add.add_argument(
        "--email",
        dest="emails",
        action="append",
        default=[],
        help=translate("Cli", "an e-mail address (again for more)"),
    )
    add.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the person as JSON")
    )
    _add_people_edit(actions)
    importing = actions.add_parser(
        "import", help=translate("Cli", "add people from a vCard (.vcf) file")
    )
    importing.add_argument("file", type=Path)
    # Optional: without it the cards come in not sorted yet, and are not nudged until sorted.
    importing.add_argument("--circle", help=_circles())
    importing.add_argument(
        "--charset",
        metavar="CODE-PAGE",
        help=translate(
            "Cli",
            "for text that is not UTF-8 and names no character set (default: this"
            " computer's legacy code page, Windows-1252 where there is none)",
        ),
    )
    merge = actions.add_parser("merge", help=translate("Cli", "one person, two records: keep INTO"))
    merge.add_argument("name")
    merge.add_argument("into", metavar="INTO-NAME")
    listing = actions.add_parser(
        "list", help=translate("Cli", "list people with their last contact")
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the list as JSON")
    )
    listing.add_argument(
        "--drifting",
        action="store_true",
        help=translate(
            "Cli", "only people whose gaps between contacts are growing, longer than their rhythm"
        ),
    )
    show = actions.add_parser(
        "show",
        help=translate("Cli", "every contact, call and meeting with a person, and their rhythm"),
    )
    show.add_argument("name")
    show.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the person's history as JSON")
    )


def _add_people_edit(actions: Any) -> None:
    """`people edit NAME --circle C ...` and `people remove NAME`: NAME as People shows it,
    or enough of it to tell them apart."""
    edit = actions.add_parser(
        "edit",
        help=translate("Cli", "change a person: circle, interval, e-mail, name, next action"),
    )
    edit.add_argument("name")
    edit.add_argument("--circle", help=_circles())
    edit.add_argument(
        "--every", type=int, metavar="DAYS", help=translate("Cli", "stay in touch every DAYS days")
    )
    edit.add_argument(
        "--email",
        dest="emails",
        action="append",
        help=translate("Cli", "their e-mail address (again for more); replaces the ones kept"),
    )
    edit.add_argument("--name", dest="new_name", metavar="NEW", help=translate("Cli", "a new name"))
    edit.add_argument(
        "--next-action", metavar="TEXT", help=translate("Cli", "the next action agreed with them")
    )
    edit.add_argument("--team", help=translate("Cli", "their team"))
    edit.add_argument("--notes", help=translate("Cli", "notes about them"))
    edit.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the person as JSON")
    )
    remove = actions.add_parser(
        "remove",
        help=translate("Cli", "remove a person; their entries stay (undo brings them back)"),
    )
    remove.add_argument("name")
    remove.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the person as JSON")
    )


def _add_settings(sub: Any) -> None:
    settings = sub.add_parser("settings", help=translate("Cli", "read or change a setting"))
    settings.add_argument("key", nargs="?")
    settings.add_argument("value", nargs="?")
    settings.add_argument("--json", action="store_true", help=translate("Cli", "print as JSON"))


def _add_nudges(sub: Any) -> None:
    nudges = sub.add_parser(
        "nudges", help=translate("Cli", "what is due, what waits and why, and what comes next")
    )
    nudges.add_argument("--json", action="store_true", help=translate("Cli", "print as JSON"))
    nudges.add_argument("--at", help=translate("Cli", "the moment to ask about (default now)"))


def _add_check(sub: Any) -> None:
    check = sub.add_parser(
        "check", help=translate("Cli", "verify the data folder; exit 1 on damage")
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help=translate("Cli", "remove leftover temp files, make folders private"),
    )


def _add_calendar(sub: Any) -> None:
    calendar = sub.add_parser(
        "calendar", help=translate("Cli", "the calendar files planned meetings come from")
    )
    actions = calendar.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help=translate("Cli", "read an .ics file or a folder of them (never changed)")
    )
    add.add_argument("path", type=Path)
    add.add_argument("--json", action="store_true")
    remove = actions.add_parser("remove", help=translate("Cli", "stop reading a calendar"))
    remove.add_argument("path", type=Path)
    remove.add_argument("--json", action="store_true")
    listing = actions.add_parser("list", help=translate("Cli", "the calendars read"))
    listing.add_argument("--json", action="store_true")


def _add_agenda(sub: Any) -> None:
    agenda = sub.add_parser(
        "agenda", help=translate("Cli", "the planned meetings of DATE (default: today)")
    )
    agenda.add_argument("date", nargs="?", default="today")
    agenda.add_argument("--json", action="store_true")


def _add_export(sub: Any) -> None:
    export = sub.add_parser(
        "export", help=translate("Cli", "your data as CSV, iCalendar or a full JSON backup")
    )
    export.add_argument("--format", required=True, choices=["csv", "json", "ics"])
    export.add_argument(
        "--from", dest="start", metavar="DATE", help=translate("Cli", "first day (default: all)")
    )
    export.add_argument(
        "--to", dest="end", metavar="DATE", help=translate("Cli", "last day, included")
    )
    export.add_argument(
        "-o", "--output", metavar="FILE", help=translate("Cli", "default: standard output")
    )
    export.add_argument(
        "--moments",
        action="store_true",
        help=translate("Cli", "ics: disruptions and contacts as 0-minute events"),
    )


def _add_import(sub: Any) -> None:
    importing = sub.add_parser(
        "import",
        help=translate(
            "Cli", "a JSON backup, a Timewarrior export or a Watson log --json (- for stdin)"
        ),
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "say what it would add, update and trim, and write nothing"),
    )


def _add_devices(sub: Any) -> None:
    devices = sub.add_parser(
        "devices", help=translate("Cli", "the devices seen in the data folder, and when each wrote")
    )
    devices.add_argument("--json", action="store_true", help=translate("Cli", "print as JSON"))
    change = devices.add_subparsers(dest="devices_command", required=False)
    rename = change.add_parser(
        "rename", help=translate("Cli", "give a device a name every device shows")
    )
    rename.add_argument("device", metavar="NAME_OR_ID")
    rename.add_argument("new_name", metavar="NEW_NAME")
    retire = change.add_parser(
        "retire",
        help=translate("Cli", "mark a device as no longer used (its history stays)"),
    )
    retire.add_argument("device", metavar="NAME_OR_ID")


def _add_history(sub: Any) -> None:
    history = sub.add_parser(
        "history", help=translate("Cli", "an entry's versions: the one in force, and edits lost")
    )
    history.add_argument("entry_id", metavar="ENTRY_ID|NAME")  # NAME: a person's (or id)
    history.add_argument("--json", action="store_true", help=translate("Cli", "print as JSON"))


def _add_away(sub: Any) -> None:
    away = sub.add_parser(
        "away",
        help=translate("Cli", "the time away noted on DATE (default: today), answered or not"),
    )
    away.add_argument("date", nargs="?", default="today")
    away.add_argument("--json", action="store_true", help=translate("Cli", "print as JSON"))


SUBCOMMANDS = {
    "log": _add_log,
    "start": _add_start,
    "stop": _add_stop,
    "undo": _add_undo,
    "week": _add_week,
    "review": _add_review,
    "search": _add_search,
    "people": _add_people,
    "settings": _add_settings,
    "nudges": _add_nudges,
    "check": _add_check,
    "calendar": _add_calendar,
    "agenda": _add_agenda,
    "export": _add_export,
    "import": _add_import,
    "devices": _add_devices,
    "history": _add_history,
    "away": _add_away,
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
