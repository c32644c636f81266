"""The command line's words in the user's language, without Qt.

Strings are marked as the GUI's are, `translate("Cli", "Logged %1.")`, so `make translations`
finds them with lupdate and they are translated in the same .ts files. `make translations`
then writes `cli_<language>.json` beside the .qm files: a plain table read here on first use,
so `dayweave log` never loads Qt to speak Dutch.
"""

from __future__ import annotations

import json
import os
from importlib import resources

__all__ = ["SUPPORTED", "choose_language", "current_language", "set_language", "translate"]

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


def _table() -> dict[str, dict[str, object]]:
    if _state["table"] is None:
        table: dict[str, dict[str, object]] = {}
        name = f"cli_{current_language()}.json"
        try:
            path = resources.files("tracker.resources") / "translations" / name
            table = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            table = {}  # no catalogue: the English source text is shown
        _state["table"] = table
    return _state["table"]  # type: ignore[return-value]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Like QCoreApplication.translate: %n becomes n, and plural forms follow n (English and
    Dutch both say one for 1 and the other for everything else)."""
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
