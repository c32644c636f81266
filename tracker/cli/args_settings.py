"""The grammar of `settings` and `nudges` (settings.py and nudges.py run them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.kernel.words import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from tracker.cli.parser import Subcommands

__all__ = ["GRAMMAR"]


def _add_settings(sub: Subcommands) -> None:
    settings = sub.add_parser("settings", help=translate("Cli", "read or change a setting"))
    settings.add_argument("key", nargs="?")
    settings.add_argument("value", nargs="?")
    settings.add_argument("--json", action="store_true", help=translate("Cli", "print as JSON"))


def _add_nudges(sub: Subcommands) -> None:
    nudges = sub.add_parser(
        "nudges", help=translate("Cli", "what is due, what waits and why, and what comes next")
    )
    nudges.add_argument("--json", action="store_true", help=translate("Cli", "print as JSON"))
    nudges.add_argument("--at", help=translate("Cli", "the moment to ask about (default now)"))


GRAMMAR: dict[str, Callable[[Subcommands], None]] = {
    "settings": _add_settings,
    "nudges": _add_nudges,
}
