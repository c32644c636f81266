"""The grammar of the data folder's upkeep: `check`, `devices` and `history` (devices.py and
history.py run the last two)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.kernel.words import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from tracker.cli.parser import Subcommands

__all__ = ["GRAMMAR"]


def _add_check(sub: Subcommands) -> None:
    check = sub.add_parser(
        "check", help=translate("Cli", "verify the data folder; exit 1 on damage")
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help=translate("Cli", "remove leftover temp files, make folders private"),
    )


def _add_devices(sub: Subcommands) -> None:
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


def _add_history(sub: Subcommands) -> None:
    history = sub.add_parser(
        "history", help=translate("Cli", "an entry's versions: the one in force, and edits lost")
    )
    history.add_argument("entry_id", metavar="ENTRY_ID|NAME")  # NAME: a person's (or id)
    history.add_argument("--json", action="store_true", help=translate("Cli", "print as JSON"))


GRAMMAR: dict[str, Callable[[Subcommands], None]] = {
    "check": _add_check,
    "devices": _add_devices,
    "history": _add_history,
}
