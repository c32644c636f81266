"""Errors from the domain and the store, said in the user's language."""

from __future__ import annotations

import ast
import errno
from datetime import UTC, datetime
from pathlib import Path

import pytest

import tracker
from tracker.kernel.model import Entry, Person, ValidationError, validate_entry, validate_person
from tracker.store.atomic import StoreWriteError, atomic_write
from tracker.store.journal import DamageReport
from tracker.store.lock import LockTimeout
from tracker.ui.errors import damage_text, error_text
from tracker.ui.i18n import install_translations

EVERY_VALUE = {"limit": 500, "zone": "Mars/Base", "kind": "work", "tag": "two words",
               "circle": "friends", "email": "anna", "low": 1, "high": 24,
               "since": datetime(2026, 11, 26, 9, 0, tzinfo=UTC), "hours": 23,
               "name": "Anna", "candidates": "Anna Smit, Anna Bakker", "fields": "rev",
               "what": "naps", "year": 202, "time": "02:30", "day": "2026-03-29",
               "choices": "automatic, popup"}  # fmt: skip


def codes_raised_in_the_code() -> set[str]:
    """Every literal code given to ValidationError anywhere in the package."""
    codes = set()
    for path in Path(tracker.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) in ("ValidationError", "Refused")
                and len(node.args) >= 3
                and isinstance(node.args[2], ast.Constant)
            ):
                codes.add(node.args[2].value)
    return codes


@pytest.fixture
def dutch(qapp):
    install_translations(qapp, "nl")
    yield
    install_translations(qapp, "en")


def test_every_validation_code_has_a_dutch_sentence(dutch):
    codes = codes_raised_in_the_code()
    assert len(codes) >= 20  # the walk found them
    for code in sorted(codes):
        english = f"english message for {code}"
        text = error_text(ValidationError("title", english, code, EVERY_VALUE))
        assert text != english and "%" not in text, code


def test_a_real_validation_error_in_dutch_names_the_field(dutch):
    with pytest.raises(ValidationError) as raised:
        validate_entry(Entry(kind="work", start=EVERY_VALUE["since"], title="x" * 501))
    assert error_text(raised.value) == "De titel is langer dan 500 tekens."
    with pytest.raises(ValidationError) as raised:
        validate_person(Person(name="Anna", circle="peer", emails=("anna",)))
    assert error_text(raised.value) == "'anna' is geen e-mailadres."


def test_a_full_disk_and_a_busy_folder_in_dutch(dutch, tmp_path, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.write", full)
    with pytest.raises(StoreWriteError) as raised:
        atomic_write(tmp_path / "entries-2026-11-26.json", b"{}")
    assert error_text(raised.value) == "Kon entries-2026-11-26.json niet opslaan: de schijf is vol."
    busy = error_text(LockTimeout("the data folder is in use by pid 1; try again in a moment"))
    assert busy.startswith("Een andere Dayweave is bezig")


def test_a_repaired_file_in_dutch_and_english(qapp, tmp_path, dutch):
    report = DamageReport(
        tmp_path / "entries-2026-11-26.json",
        "the file is empty",
        tmp_path / "entries-2026-11-26.json.damaged-20261126T090000Z",
        tmp_path / "20261126T083000Z" / "entries-2026-11-26.json",
        "empty",
    )
    assert damage_text(report) == (
        "entries-2026-11-26.json was beschadigd (het was leeg). De reservekopie van "
        "20261126T083000Z staat weer op zijn plaats. Het beschadigde bestand is bewaard als "
        "entries-2026-11-26.json.damaged-20261126T090000Z."
    )
    install_translations(qapp, "en")
    assert damage_text(report).startswith("entries-2026-11-26.json was damaged (it was empty).")


def test_a_block_that_began_later_is_named_with_its_local_start(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    error = ValidationError("end", "work has run only since ...", "runs_since",
                            {"kind": "work", "since": EVERY_VALUE["since"]})  # fmt: skip
    assert error_text(error) == "Work has run only since 10:00."


def test_a_skipped_vcard_is_said_in_dutch(dutch):
    from tracker.people.vcard import read_vcards
    from tracker.ui.people.importing import import_problem_text

    text = b"BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nEND:VCARD\n"
    text += b"BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nEMAIL:anna\nEND:VCARD\n"
    problems = [p.to_record() for p in read_vcards(text).problems]
    assert [import_problem_text(p) for p in problems] == [
        "De kaart op regel 1 heeft geen naam, bedrijf of e-mailadres: overgeslagen.",
        "Anna: regel 8: anna is geen e-mailadres; weggelaten.",
    ]
