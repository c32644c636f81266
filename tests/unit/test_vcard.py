from __future__ import annotations

from pathlib import Path

from tracker.core.model import Person
from tracker.core.vcard import parse_vcards, plan_import

SAMPLE = (Path(__file__).parents[1] / "data" / "people.vcf").read_text(encoding="utf-8")


def test_good_cards_are_read_and_bad_ones_reported():
    cards, problems = parse_vcards(SAMPLE)
    assert [c.name for c in cards] == [
        "Anna de Vries",
        "Joost Jansen",
        "Zoë Bakker",
        "Anna de Vries",
        "Piet Pieters",
    ]
    assert cards[0].emails == ("anna@example.com",) and cards[0].team == "Product"
    assert "academy" in cards[0].notes
    assert problems == ["card 4: has no name", "card 6: not a readable vCard (ParseError)"]


def test_duplicates_in_a_file_and_against_people_are_merged_not_doubled():
    cards, _ = parse_vcards(SAMPLE)
    zoe = Person(name="zoe bakker", circle="customer", notes="")
    plan = plan_import(cards, [zoe], "peer")
    assert [p.name for p in plan.added] == ["Anna de Vries", "Joost Jansen", "Piet Pieters"]
    assert plan.added[0].emails == ("anna.private@example.com", "anna@example.com")
    assert [(p.id, p.emails, p.circle) for p in plan.merged] == [
        (zoe.id, ("zoe@example.com",), "customer")
    ]


def test_matching_by_email_keeps_the_existing_name():
    known = Person(name="Anna", circle="team", emails=("anna@example.com",))
    cards, _ = parse_vcards(SAMPLE)
    plan = plan_import(cards[:1], [known], "peer")
    assert plan.added == [] and plan.merged[0].name == "Anna" and plan.merged[0].team == "Product"


def test_not_a_vcard_at_all():
    cards, problems = parse_vcards("just some text\n")
    assert cards == [] and problems == ["the file holds no vCard (no BEGIN:VCARD line)"]


def test_a_card_that_would_make_an_invalid_person_is_skipped_and_said():
    cards, _ = parse_vcards(
        "BEGIN:VCARD\nVERSION:3.0\nFN:" + "x" * 300 + "\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ok Person\nEND:VCARD\n"
    )
    plan = plan_import(cards, [], "peer")
    assert [p.name for p in plan.added] == ["Ok Person"]
    assert len(plan.skipped) == 1 and "longer than 200" in plan.skipped[0]
