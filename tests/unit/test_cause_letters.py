"""A disruption's letter and a cause's name come from the user's language (issue 20): Dutch
"Lawaai" is L, not the English key's N; a disruption without a cause is "Other"/"Overig"."""

from __future__ import annotations

import pytest

from tracker.kernel import words
from tracker.kernel.vocabulary import CAUSES, cause_glyph, cause_label


@pytest.fixture(params=["en", "nl"])
def language(request):
    words.set_language(request.param)
    yield request.param
    words.set_language("en")


def test_each_cause_has_its_own_letter_in_each_language(language):
    letters = [cause_glyph(cause) for cause in CAUSES]
    assert len(set(letters)) == len(letters)
    assert all(len(letter) == 1 and letter.isupper() for letter in letters)


def test_dutch_letters_come_from_the_dutch_labels():
    words.set_language("nl")
    try:
        assert cause_label("noise") == "Lawaai" and cause_glyph("noise") == "L"
        assert cause_glyph("family") == "G"  # Gezin
        assert cause_label("other") == "Overig" and cause_label(None) == "Overig"
    finally:
        words.set_language("en")


def test_english_letters_and_own_causes():
    assert cause_glyph("noise") == "N" and cause_glyph("overrun") == "O"
    assert cause_label("other") == "Other"
    # A cause of the user's own keeps its words and gives its own first letter.
    assert cause_label("printer jam") == "printer jam" and cause_glyph("printer jam") == "P"
    assert cause_glyph(None) == cause_glyph("") == "?"
