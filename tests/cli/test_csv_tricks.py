"""Twelve ways to smuggle a formula into a CSV cell, each inert when LibreOffice opens the export
(issue 25, "what held still holds"), with LibreOffice at its most eager: formulas evaluated and
spaces trimmed. The same cells written raw must run, or the test proves nothing."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import timedelta
from pathlib import Path

import pytest

from tracker.kernel.clock import FakeClock
from tracker.kernel.model import Entry, Person
from tracker.store.journal import Journal

TRICKS = [
    '=HYPERLINK("http://example.com/x";"open")',
    "=1+1",
    "+1+1",
    "-2+3",
    "@SUM(1;2)",
    "=cmd|' /C calc'!A0",  # DDE
    '=WEBSERVICE("http://example.com/x")',
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    " =1+1",  # run where spaces are trimmed
    "\u00a0@SUM(1;2)",
]
# separator, quote, UTF-8, from line 1, standard cells, language, quoted fields as text off,
# special numbers on, (export options), trim spaces on, (sheets), evaluate formulas on
EAGER = "CSV:44,34,76,1,,1033,false,true,false,false,true,,true"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def soffice() -> str:
    """CI installs it (.ci/run: libreoffice-calc-nogui); there a missing one fails."""
    found = shutil.which("soffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("soffice is missing: .ci/run installs libreoffice-calc-nogui")
        pytest.skip("needs soffice (Debian package libreoffice-calc-nogui)")
    return found


def formulas(fods: Path) -> list[str]:
    """The text of every cell LibreOffice holds as a formula."""
    return [
        cell.attrib[f"{TABLE}formula"]
        for cell in ET.parse(fods).iter(f"{TABLE}table-cell")
        if f"{TABLE}formula" in cell.attrib
    ]


def test_twelve_formula_tricks_are_inert_in_libreoffice(tmp_path, now):
    office = soffice()
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", FakeClock(now)).open()
    for number, trick in enumerate(TRICKS):
        # Names and titles refuse control characters, notes a carriage return: the tricks
        # that need one go in where they can.
        name = trick.replace("\t", " ").replace("\r", " ").replace("\n", " ")
        mallory = journal.add_person(Person(name=f"{name} {number}", circle="peer"))
        start = now + timedelta(minutes=10 * number)
        note = trick.replace("\r", "\n")
        end = start + timedelta(minutes=5)
        journal.add(Entry("call", start, end, title=name, note=note, people=(mallory.id,)))
    journal.close()
    exported = tmp_path / "calls.csv"
    env = dict(os.environ, DAYWEAVE_CONFIG_DIR=str(tmp_path / "config"), TZ="UTC")
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(tmp_path / "data"),
         "export", "--format", "csv", "-o", str(exported)],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    raw = tmp_path / "raw.csv"
    with raw.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([["cell"], *([trick] for trick in TRICKS)])
    converted = subprocess.run(
        [office, "--headless", "--norestore", f"--infilter={EAGER}", "--convert-to", "fods",
         "--outdir", str(tmp_path / "out"), str(exported), str(raw)],
        capture_output=True, text=True, timeout=180, env=dict(os.environ, HOME=str(tmp_path)),
    )  # fmt: skip
    assert converted.returncode == 0, converted.stderr
    ran = formulas(tmp_path / "out" / "raw.fods")
    # Unguarded, LibreOffice runs the five that start with "=" (after trimmed spaces too);
    # "+", "-" and "@" start formulas in Excel and Google Sheets, so they are guarded as well.
    assert len(ran) >= 5, ran
    assert formulas(tmp_path / "out" / "calls.fods") == []
    cells = "".join(ET.parse(tmp_path / "out" / "calls.fods").getroot().itertext())
    # Each of the five "=1+1" tricks is there as text in its title, note and person name.
    assert cells.count("=1+1") == 5 * 3
