"""A plural said without Qt (tracker.kernel.words.Words) is found by lupdate and chosen by count."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tracker.kernel import words

CODE = """
from tracker.kernel.words import Words, translate

Cli = Words("Cli")


def ago(days):
    return Cli.tr("last contact %n day(s) ago", "", days)


def not_a_plural(days):
    return translate("Cli", "lupdate reads no plural here %n", None, days)
"""


def test_lupdate_reads_a_plain_plural_with_its_context(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    (tmp_path / "sample.py").write_text(CODE, encoding="utf-8")
    subprocess.run([lupdate, str(tmp_path / "sample.py"), "-ts", str(tmp_path / "out.ts")],
                   check=True, capture_output=True)  # fmt: skip
    root = ET.parse(tmp_path / "out.ts").getroot()
    found = {
        (c.findtext("name"), m.findtext("source"), m.get("numerus"))
        for c in root.iter("context")
        for m in c.iter("message")
    }
    assert ("Cli", "last contact %n day(s) ago", "yes") in found
    # Why Words exists: translate() with a count is read as one form, or not at all.
    assert not any("no plural here" in s and numerus for _, s, numerus in found)


@pytest.fixture
def dutch():
    words.set_language("nl")
    yield
    words.set_language("en")


def test_words_tr_picks_the_form_by_count(dutch, monkeypatch):
    table = {"Cli": {"%n day(s)": ["%n dag", "%n dagen"]}}
    monkeypatch.setitem(words._state, "table", table)
    days = words.Words("Cli")
    assert days.tr("%n day(s)", "", 1) == "1 dag"
    assert days.tr("%n day(s)", "", 3) == "3 dagen"
