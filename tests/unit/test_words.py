"""The command line's plain catalogues: current with the .ts files, and really Dutch."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tracker.kernel import words

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def _generator():
    spec = importlib.util.spec_from_file_location(
        "cli_catalogue", ROOT / "packaging" / "cli_catalogue.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_plain_catalogues_match_the_ts_files(language):
    made = _generator().catalogue(TRANSLATIONS / f"dayweave_{language}.ts")
    stored = json.loads((TRANSLATIONS / f"cli_{language}.json").read_text(encoding="utf-8"))
    assert stored == made, "run `make translations`"


@pytest.fixture
def language():
    yield words.set_language
    words.set_language("en")


def test_dutch_is_chosen_from_the_environment_and_translates(language, monkeypatch):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert language(None) == "nl"
    assert words.translate("Vocabulary", "Life") == "Privé"
    assert language("en") == "en"
    assert words.translate("Vocabulary", "Life") == "Life"


def test_plural_forms_follow_the_count(language):
    language("nl")
    table = json.loads((TRANSLATIONS / "cli_nl.json").read_text(encoding="utf-8"))
    context, plurals = next(
        (name, [k for k, v in messages.items() if isinstance(v, list) and "%n" in k])
        for name, messages in table.items()
        if any(isinstance(v, list) and "%n" in k for k, v in messages.items())
    )
    source = plurals[0]
    one, many = table[context][source]
    assert words.translate(context, source, None, 1) == one.replace("%n", "1")
    assert words.translate(context, source, None, 3) == many.replace("%n", "3")


def test_an_unknown_text_comes_back_as_it_was(language):
    language("nl")
    assert words.translate("Cli", "no such text %1") == "no such text %1"


@pytest.mark.parametrize("code", ["nl", "en"])
def test_an_empty_disambiguation_is_none(language, code):
    """`translate(context, text, "", n)`, as lupdate-readable plurals are written, finds the
    same translation as None does, singular and plural (checked: it does; kept as a guard)."""
    language(code)
    table = json.loads((TRANSLATIONS / f"cli_{code}.json").read_text(encoding="utf-8"))
    for context, messages in table.items():
        for source, value in messages.items():
            if "\x04" in source:
                continue
            n = 1 if isinstance(value, list) else -1
            for count in (n, 3) if n == 1 else (n,):
                assert words.translate(context, source, "", count) == words.translate(
                    context, source, None, count
                )
