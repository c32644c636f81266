"""The command line's words in the user's language, without Qt.

Strings are marked as the GUI's are, `translate("Cli", "Logged %1.")`, so `make translations`
finds them with lupdate and they are translated in the same .ts files. `make translations`
then writes `cli_<language>.json` beside the .qm files: a plain table read here on first use,
so `dayweave log` never loads Qt to speak Dutch.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "SUPPORTED",
    "Words",
    "choose_language",
    "current_language",
    "fill",
    "set_language",
    "translate",
]

SUPPORTED = ("en", "nl")

_state: dict[str, object] = {"language": None, "table": None}


def choose_language(requested: str | None = None, fallback: str = "en") -> str:
    """--lang first, then LANGUAGE, LC_ALL, LC_MESSAGES, LANG; Dutch when they say nl."""
    if requested:
        code = requested.split("_")[0].split("-")[0].lower()
        return code if code in SUPPORTED else "en"
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return code if code in SUPPORTED else "en"
    return fallback


def set_language(requested: str | None = None) -> str:
    """Choose the language for this process's messages; returns the code chosen."""
    language = choose_language(requested)
    _state["language"] = language
    _state["table"] = None
    return language


def current_language() -> str:
    if _state["language"] is None:
        set_language(None)
    return str(_state["language"])


def _catalogue(name: str) -> Path | Traversable:
    """Where cli_<language>.json is: inside the package when installed, beside it in a checkout.
    Looked for by path first: importlib.resources costs `dayweave log` ~15 ms of its budget."""
    package = Path(__file__).resolve().parents[1]
    for folder in (package / "resources", package.parent / "resources"):
        if (folder / "translations" / name).is_file():
            return folder / "translations" / name
    from importlib import resources  # a zip or a bundle

    return resources.files("tracker.resources") / "translations" / name


def _table() -> dict[str, dict[str, object]]:
    if _state["table"] is None:
        table: dict[str, dict[str, object]] = {}
        try:
            path = _catalogue(f"cli_{current_language()}.json")
            table = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            table = {}  # no catalogue: the English source text is shown
        _state["table"] = table
    return _state["table"]  # type: ignore[return-value]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Like QCoreApplication.translate: %n becomes n, and plural forms follow n (English and
    Dutch both say one for 1 and the other for everything else)."""
    if n == -1 and current_language() == "en":
        return text  # English is the source text: `dayweave log` need not read a catalogue
    found = (
        _table()
        .get(context, {})
        .get(f"{text}\x04{disambiguation}" if disambiguation else text)  # "" as Qt: none
    )
    if isinstance(found, list):
        result = found[0 if n == 1 else -1] if found else text
    elif isinstance(found, str) and found:
        result = found
    else:
        result = text
    return result.replace("%n", str(n)) if n != -1 else result


_PLACE = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """%1, %2, ... replaced by the values in one pass, as QString.arg does: a name that holds
    "%2" is never filled in again."""
    return _PLACE.sub(
        lambda m: str(values[int(m[1]) - 1]) if int(m[1]) <= len(values) else m[0], text
    )


class Words:
    """Plurals for lupdate: `Cli = Words("Cli")`, then `Cli.tr("%n days ago", "", days)`.

    lupdate drops a `translate(context, text, None, n)` whose n is not a literal number, but
    reads a plural from any `<name>.tr(text, "", n)` and files it under `<name>`: so name the
    object after its context."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.context, text, disambiguation or None, n)
