"""The grammar of `people` and its actions: add, edit, remove, import, merge, list, show,
done."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tracker.kernel.vocabulary import CIRCLES, circle_label
from tracker.kernel.words import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from tracker.cli.parser import Subcommands

__all__ = ["GRAMMAR"]


def _circles() -> str:
    """The circles in the app's words, as they are typed: `--circle "Own team"`."""
    labels = (circle_label(circle) for circle in CIRCLES)
    return ", ".join(f'"{label}"' if " " in label else label for label in labels)


def _add_people(sub: Subcommands) -> None:
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
    done = actions.add_parser(
        "done", help=translate("Cli", "mark the last next action agreed with a person done")
    )
    done.add_argument("name")
    done.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the action as JSON")
    )


def _add_people_edit(actions: Subcommands) -> None:
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


GRAMMAR: dict[str, Callable[[Subcommands], None]] = {
    "people": _add_people,
}
