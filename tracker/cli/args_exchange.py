"""The grammar of `export` and `import` (exchange.py runs them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.kernel.words import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from tracker.cli.parser import Subcommands

__all__ = ["GRAMMAR"]


def _add_export(sub: Subcommands) -> None:
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


def _add_import(sub: Subcommands) -> None:
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


GRAMMAR: dict[str, Callable[[Subcommands], None]] = {
    "export": _add_export,
    "import": _add_import,
}
