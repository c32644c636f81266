"""One vocabulary: kinds, causes and circles are enums whose values are the stored words; every
label is in one table, translated; every word a person may type (English or Dutch, any case,
with or without accents, the labels themselves) reads back to the one stored word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.kernel import words
from tracker.kernel.vocabulary import (
    BLOCK_KINDS,
    CAUSES,
    CIRCLES,
    CONTACT_KINDS,
    INSTANT_KINDS,
    KINDS,
    SPAN_KINDS,
    STARTABLE_KINDS,
    Cause,
    Circle,
    Kind,
    cause_label,
    cause_of,
    cause_word,
    circle_label,
    circle_of,
    kind_label,
    kind_of,
    kind_word,
    label_sources,
)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def dutch():
    words.set_language("nl")
    yield
    words.set_language("en")


def test_the_stored_words_are_the_contract_on_disk():
    assert [str(k) for k in Kind] == ["work", "life", "call", "meeting", "disruption", "contact"]
    assert [str(c) for c in Cause] == [
        "overrun", "late", "tech", "noise", "family", "colleague", "self",
    ]  # fmt: skip
    assert [str(c) for c in Circle] == [
        "customer", "leadership", "team", "peer", "report", "partner",
    ]  # fmt: skip
    assert Kind.CALL == "call" and "call" in SPAN_KINDS and json.dumps(Kind.CALL) == '"call"'


def test_the_groups_are_made_of_the_kinds():
    assert KINDS == BLOCK_KINDS + SPAN_KINDS + INSTANT_KINDS == tuple(Kind)
    assert STARTABLE_KINDS == BLOCK_KINDS + SPAN_KINDS
    assert CONTACT_KINDS == (Kind.CALL, Kind.MEETING, Kind.CONTACT)
    assert tuple(Cause) == CAUSES and tuple(Circle) == CIRCLES


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("techniek", "tech"), ("Techniek", "tech"), ("TECHNIEK", "tech"), (" tech ", "tech"),
     ("Tech, wifi", "tech"), ("techniek, wifi", "tech"), ("Uitloop", "overrun"),
     ("Afspraak liep uit", "overrun"), ("mijn eigen hoofd", "self"), ("Gezin", "family")],
)  # fmt: skip
def test_a_cause_is_read_in_either_language(typed, stored):
    assert cause_of(typed) == stored


def test_a_cause_of_ones_own_is_no_known_cause():
    assert cause_of("printer") is None and cause_of("") is None


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("Leadership", "leadership"), ("klant", "customer"), ("Klant", "customer"),
     ("Own team", "team"), ("own  TEAM ", "team"), ("Eigen team", "team"), ("team", "team"),
     ("Other team", "peer"), ("ander team", "peer"), ("peer", "peer"), ("Leiding", "leadership"),
     ("medewerker", "report"), ("PARTNER", "partner")],
)  # fmt: skip
def test_a_circle_is_read_in_either_language(typed, stored):
    assert circle_of(typed) == stored


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("Werk", "work"), ("privé", "life"), ("Prive", "life"), ("PRIVÉ", "life"),
     ("storing", "disruption"), ("Verstoring", "disruption"), ("Live meeting", "meeting"),
     ("live afspraak", "meeting"), ("gesprek", "call")],
)  # fmt: skip
def test_a_kind_is_read_in_either_language(typed, stored):
    assert kind_of(typed) == stored


def test_kinds_and_circles_have_no_words_of_ones_own():
    assert kind_of("sleep") is None and circle_of("friends") is None


def test_labels_come_from_the_one_table():
    assert kind_label("meeting") == "Live meeting" and kind_label("sleep") == "Other"
    assert cause_label("tech") == "Tech, wifi" and cause_label("printer") == "printer"
    assert cause_label("work") == "work"  # a cause of one's own that happens to be a kind's word
    assert circle_label("team") == "Own team" and circle_label(None) == "Not sorted yet"
    assert kind_word("disruption") == "disruption" and cause_word("tech") == "tech"


def test_the_labels_in_dutch(dutch):
    assert kind_label("meeting") == "Live afspraak" and cause_label("tech") == "Techniek, wifi"
    assert circle_label("peer") == "Ander team" and kind_word("work") == "werk"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_label_in_the_table_is_translated(language):
    """The parity of the one table: each source text has a finished translation."""
    table = json.loads((TRANSLATIONS / f"cli_{language}.json").read_text(encoding="utf-8"))
    missing = []
    for context, text, comment in label_sources():
        key = text if comment is None else f"{text}\x04{comment}"
        if not table.get(context, {}).get(key):
            missing.append(text)
    assert missing == []
    assert len(label_sources()) >= len(Kind) + len(Cause) + len(Circle)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_label_and_word_shown_reads_back_as_what_it_names(language):
    words.set_language(language)
    try:
        for kind in Kind:
            assert kind_of(kind_label(kind)) == kind and kind_of(kind_word(kind)) == kind
        for cause in Cause:
            assert cause_of(cause_label(cause)) == cause and cause_of(cause_word(cause)) == cause
        for circle in Circle:
            assert circle_of(circle_label(circle)) == circle
    finally:
        words.set_language("en")
