"""The grammar of `calendar` and `agenda` (calendar.py runs them)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tracker.kernel.words import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from tracker.cli.parser import Subcommands

__all__ = ["GRAMMAR"]


def _add_calendar(sub: Subcommands) -> None:
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


def _add_agenda(sub: Subcommands) -> None:
    agenda = sub.add_parser(
        "agenda", help=translate("Cli", "the planned meetings of DATE (default: today)")
    )
    agenda.add_argument("date", nargs="?", default="today")
    agenda.add_argument("--json", action="store_true")


GRAMMAR: dict[str, Callable[[Subcommands], None]] = {
    "calendar": _add_calendar,
    "agenda": _add_agenda,
}
