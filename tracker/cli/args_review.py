"""The grammar of `review` and `search` (review.py runs them)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tracker.cli.parser import add_with
from tracker.kernel.words import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from tracker.cli.parser import Subcommands

__all__ = ["GRAMMAR"]


def _add_review(sub: Subcommands) -> None:
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


def _add_search(sub: Subcommands) -> None:
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
    add_with(search, translate("Cli", "only entries with NAME (again for more people)"))
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


GRAMMAR: dict[str, Callable[[Subcommands], None]] = {
    "review": _add_review,
    "search": _add_search,
}
