"""Two vCards that share an e-mail address but not a name (a family's address, as a phone's
address book exports it) are two people, each with the address: never one name dropped
(issue 24). Cards of one person, written differently, still merge."""

from __future__ import annotations

from tracker.kernel.model import Person
from tracker.people.vcard import read_vcards
from tracker.people.vcardplan import plan_import


def card(*lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\n{body}END:VCARD\r\n"


FAMILY = (
    card("FN:Jan Bakker", "N:Bakker;Jan;;;", "EMAIL;TYPE=HOME:family@bakker.nl",
         "EMAIL;TYPE=WORK:jan@werk.nl", "NOTE:plays chess")
    + card("FN:Anna Bakker", "N:Bakker;Anna;;;", "EMAIL;TYPE=HOME:Family@Bakker.nl",
           "NOTE:runs marathons")
)  # fmt: skip


def _cards(text: str):
    return read_vcards(text.encode()).cards


def test_two_cards_sharing_a_family_address_are_two_people_each_with_it():
    plan = plan_import(_cards(FAMILY), [], None)
    assert [(p.name, p.emails, p.notes) for p in plan.added] == [
        ("Jan Bakker", ("family@bakker.nl", "jan@werk.nl"), "plays chess"),
        ("Anna Bakker", ("family@bakker.nl",), "runs marathons"),
    ]
    assert plan.duplicates == 0 and plan.merged == []


def test_a_card_sharing_a_known_persons_address_but_not_the_name_is_added():
    jan = Person("Jan Bakker", None, emails=("family@bakker.nl",))
    plan = plan_import(_cards(FAMILY)[1:], [jan], None)
    assert [(p.name, p.emails) for p in plan.added] == [("Anna Bakker", ("family@bakker.nl",))]
    assert plan.merged == []


def test_importing_the_family_again_adds_nobody_and_each_card_finds_its_own():
    first = plan_import(_cards(FAMILY), [], None)
    known = [p.with_changes(notes="") for p in first.added]
    again = plan_import(_cards(FAMILY), known, None)
    assert again.added == []
    assert [(p.name, p.notes) for p in again.merged] == [
        ("Jan Bakker", "plays chess"),
        ("Anna Bakker", "runs marathons"),
    ]


def test_cards_of_one_person_written_differently_still_merge_by_address():
    cards = _cards(
        card("FN:Joost Bakker", "EMAIL:joost@bakker.nl")
        + card("FN:Joost", "EMAIL:joost@bakker.nl", "ORG:Bakker BV")  # the short name
        + card("FN:Bakker\\, Joost", "EMAIL:joost@bakker.nl")  # Outlook's "last, first"
        + card("FN:J. Bakker", "EMAIL:joost@bakker.nl")  # an initial
        + card("EMAIL:joost@bakker.nl")  # no name at all: named by the address
    )
    plan = plan_import(cards, [], "peer")
    assert [(p.name, p.team) for p in plan.added] == [("Joost Bakker", "Bakker BV")]
    assert plan.duplicates == 4
