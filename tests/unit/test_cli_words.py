"""Every word the command line and the layers below it say is translated, Dutch and English.

The GUI's test reads the .ts files; this one reads the code below the GUI (every package
but ui) for `translate(...)` calls and looks each up in the plain catalogues the command line
really loads (cli_nl.json, cli_en.json), so a string lupdate missed fails here too.
"""

from __future__ import annotations

import ast
import functools
import json
import re
from pathlib import Path

import pytest

from tracker.kernel import words
from tracker.kernel.vocabulary import CAUSES, KINDS, cause_of, cause_word, kind_of, kind_word

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LAYERS = (
    "cli", "commands", "kernel", "store", "timeline", "people", "nudges", "calendar", "exchange",
    "settings",
)  # fmt: skip


def translate_calls() -> list[tuple[str, ast.Call]]:
    found = []
    for layer in LAYERS:
        for path in sorted((ROOT / "tracker" / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if path.name == "words.py":
                    break  # translate itself, and Words passing its words on
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate":
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node))
    return found


def plural_calls() -> list[tuple[str, str, str]]:
    """`Cli.tr("%n days", "", n)` (tracker.kernel.words.Words): (where, context, text)."""
    found = []
    for layer in LAYERS:
        for path in sorted((ROOT / "tracker" / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                func = getattr(node, "func", None)
                if (
                    isinstance(node, ast.Call)
                    and isinstance(func, ast.Attribute)
                    and func.attr == "tr"
                    and isinstance(func.value, ast.Name)
                ):
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    assert node.args and isinstance(node.args[0], ast.Constant), where
                    found.append((where, func.value.id, node.args[0].value))
    return found


@functools.cache
def marked_strings() -> frozenset[tuple[str, str, str | None]]:
    marked = set()
    for where, call in translate_calls():
        literal = [a for a in call.args[:3] if isinstance(a, ast.Constant)]
        if literal and literal[0].value == "Argparse" and len(literal) == 1:
            continue  # argparse's own words, passed through; parser.py lists them for lupdate
        # lupdate reads only literal words, and drops a call whose count is a variable:
        # a plural is two sources ("1 day" / "%1 days"), chosen in the code.
        assert len(call.args) in (2, 3) and not call.keywords, f"{where}: no count argument"
        assert len(literal) == len(call.args), f"{where}: context and text must be literals"
        context, text = call.args[0].value, call.args[1].value
        comment = call.args[2].value if len(call.args) == 3 else None
        marked.add((context, text, comment))
    return frozenset(marked)


def test_the_walk_finds_the_command_lines_words():
    contexts = {context for context, _, _ in marked_strings()}
    assert {"Cli", "Errors", "When", "Argparse", "Texts"} <= contexts
    assert len(marked_strings()) > 150


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_plural_has_both_forms(language):
    table = json.loads((TRANSLATIONS / f"cli_{language}.json").read_text(encoding="utf-8"))
    for where, context, text in plural_calls():
        forms = table.get(context, {}).get(text)
        assert isinstance(forms, list) and len(forms) == 2 and all(forms), where


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_marked_string_has_a_finished_translation(language):
    table = json.loads((TRANSLATIONS / f"cli_{language}.json").read_text(encoding="utf-8"))
    missing = []
    for context, text, comment in sorted(marked_strings(), key=str):
        key = text if comment is None else f"{text}\x04{comment}"
        value = table.get(context, {}).get(key)
        if not (isinstance(value, str) and value.strip()):
            missing.append((context, text, comment))
    assert missing == [], "run `make translations` and translate these"


def test_english_says_the_source_and_dutch_keeps_every_placeholder():
    dutch = json.loads((TRANSLATIONS / "cli_nl.json").read_text(encoding="utf-8"))
    english = json.loads((TRANSLATIONS / "cli_en.json").read_text(encoding="utf-8"))
    holes = re.compile(r"%\d|%\([a-z_]+\)[sr]|%[sr]|%[a-z]+")
    for context, text, comment in marked_strings():
        key = text if comment is None else f"{text}\x04{comment}"
        assert english[context][key] == text, (context, text)
        if context in ("Cli", "When", "Argparse"):
            assert set(holes.findall(dutch[context][key])) == set(holes.findall(text)), text


@pytest.fixture
def dutch():
    words.set_language("nl")
    yield
    words.set_language("en")


def test_the_dutch_kinds_and_causes_shown_are_words_the_command_line_reads_back(dutch):
    for kind in KINDS:
        assert kind_of(kind_word(kind)) == kind
    for cause in CAUSES:
        assert cause_of(cause_word(cause)) == cause
    assert kind_word("work") == "werk" and cause_word("tech") == "techniek"


def test_an_error_from_below_is_said_in_dutch_from_its_code(dutch):
    from tracker.commands.messages import error_text
    from tracker.timeline.quickentry import QuickEntryError, parse_quick_entry

    with pytest.raises(QuickEntryError) as raised:
        parse_quick_entry("slapen")
    assert error_text(raised.value) == (
        "'slapen' is geen soort; begin met werk, privé, gesprek, afspraak, storing of contact."
    )
