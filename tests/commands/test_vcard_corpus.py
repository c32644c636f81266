"""Every real vCard file in the corpora's vcard/ folder imports with the result it should: each
named card stored once with its right name (read off the files by hand, non-Latin included),
company and e-mail-only cards named by ORG or address, nothing stored mangled.

The files are read in place (tests/conftest.py finds them; the corpora's SOURCES.md says where
each comes from).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.commands import ImportPeople
from tracker.people.vcard import read_vcards

ORG, MAIL = "org", "email"
N = "Ñ"

# file -> the people it should leave, as (name, how the card was named); the legacy code page
# a file was written in where no CHARSET= in it says so (a Hebrew Windows: cp1255).
EXPECTED: dict[str, list[str | tuple[str, str]]] = {
    "ez-vcard__fullcontact.vcf": ["Prefix FirstName MiddleName LastName Suffix"],
    "ez-vcard__gmail-list.vcf": ["Arnold Smith", "Chris Beatle", "Doug White"],
    "ez-vcard__gmail-single.vcf": ["Greg Dartmouth"],
    "ez-vcard__gmail-single2.vcf": ["VCard Test"],
    "ez-vcard__issue114.vcf": ["Dummy, Dummy"],
    "ez-vcard__john-doe-android.vcf": [
        ("john.doe@company.com", MAIL),
        ("jane.doe@company.com", MAIL),
        " ".join([N] * 5),
        " ".join([N] * 11),
        " ".join([N] * 4),
        N * 4,
    ],
    "ez-vcard__john-doe-black-berry.vcf": ["John Doe"],
    "ez-vcard__john-doe-evolution.vcf": ["Mr. John Richter, James Doe Sr."],
    "ez-vcard__john-doe-gmail.vcf": ["Mr. John Richter, James Doe Sr."],
    "ez-vcard__john-doe-iphone.vcf": ["Mr. John Richter James Doe Sr."],
    "ez-vcard__john-doe-lotus-notes.vcf": ["Mr. Doe John I Johny"],
    "ez-vcard__john-doe-mac-address-book.vcf": ["Mr. John Richter,James Doe Sr."],
    "ez-vcard__john-doe-ms-outlook.vcf": ["Mr. John Richter James Doe Sr."],
    "ez-vcard__outlook-2003.vcf": ["John Doe III"],
    "ez-vcard__outlook-2007.vcf": ["Mr. Michael Angstadt Jr."],
    "ez-vcard__rfc2426-example.vcf": ["Frank Dawson", "Tim Howes"],
    "ez-vcard__rfc6350-example.vcf": ["Simon Perreault"],
    "ez-vcard__thunderbird-morefunctions-extension.vcf": ["John Doe"],
    "folkerkinzel__ansi-german.vcf": ["Sören Täve Nüßlebaum"],
    "folkerkinzel__ansi-greek.vcf": ["Βαγγέλης"],
    "folkerkinzel__ansi-hebrew.vcf": ["אפרים קישון"],
    "folkerkinzel__ansi-issue.vcf": ["Ralf Rastral"],
    "folkerkinzel__ansi-ukrainian.vcf": ["Віталій Володимирович Кличко"],
    "folkerkinzel__cropped-2_1.vcf": ["Maxl"],
    "folkerkinzel__empty.vcf": [],
    "folkerkinzel__label-issue.vcf": ["Rudi Wimmel"],
    "folkerkinzel__murks.vcf": ["Sören Täve Nüßlebaum"],
    "folkerkinzel__outlook-v2.vcf": ["Herr Max Anderer Mustermann sen."],
    "folkerkinzel__photo-outlook-v2.vcf": [],
    "folkerkinzel__photo-v3.vcf": ["Emma Musterfrau"],
    "folkerkinzel__utf8-greek.vcf": ["Βαγγέλης"],
    "folkerkinzel__utf8-hebrew.vcf": ["אפרים קישון"],
    "folkerkinzel__utf8-ukrainian.vcf": ["Віталій Володи\u0301мирович Кличко\u0301"],
    "folkerkinzel__v2_1.vcf": ["Maxl"],
    "folkerkinzel__v3-ansi.vcf": ["Folker Kinzel", "KMS Außenstelle"],
    "folkerkinzel__v3-utf16-bom.vcf": ["Folker Kinzel", "KMS Außenstelle"],
    "folkerkinzel__v3.vcf": ["Folker Kinzel", "KMS Außenstelle"],
    "folkerkinzel__v4.vcf": ["Möhrke Gerda", "Dr. Max Horst Mustermann jr. Maxl SED"],
    "folkerkinzel__whatsapp-issue.vcf": ["zzMad Perla 45"],
    "metowolf__china-railway-12306.vcf": [("中国铁路", ORG)],
    "metowolf__huawei.vcf": [("华为", ORG)],
    "radicale__broken-vcard.vcf": [("test-misses-n-or-fn@example.com", MAIL)],
    "radicale__broken-vcards.vcf": [
        ("test-misses-n-or-fn@example.com", MAIL),
        ("test-misses-n-or-fn@example1.com", MAIL),
    ],
    "radicale__contact-multiple.vcf": ["Contact1", "Contact2"],
    "radicale__contact-photo-data-uri.vcf": ["Contact"],
    "radicale__contact1.vcf": ["Contact"],
    "radicale__contact4-bday-no-year.vcf": ["Test bday without year Thunderbird CardBook"],
    "radicale__vcard-quoted-printable1.vcf": ["黄世勇"],
    "radicale__vcard1-sogo.vcf": ["Theo Tester"],
    "vcard4android__allfields-vcard3.vcf": ["Ämi Display"],
    "vcard4android__strange-rev.vcf": ["Name Name"],
    "vcard4android__unknown-properties-labels.vcf": ["Unknown property with label"],
    "vcard4android__vcard4.vcf": ["VCard 4 Test"],
    "vcardlib__collection1.vcf": [],
    "vcardlib__invalid.vcf": [],
    "vcardlib__v2.vcf": ["Forrest Gump"],
    "vcardlib__v4.vcf": ["Forrest Gump"],
    "vcardlib__version21.vcf": ["Forrest Gump"],
    "vobject__radicale-1587.vcf": ["Given Family"],
}
LEGACY = {"folkerkinzel__ansi-hebrew.vcf": "cp1255"}
# Why a file leaves nobody: the one problem it reports.
NOBODY = {
    "folkerkinzel__empty.vcf": "no_cards",  # a byte order mark and nothing else
    "vcardlib__invalid.vcf": "no_cards",  # VERSION... END:VCARD with no BEGIN:VCARD
    "folkerkinzel__photo-outlook-v2.vcf": "no_name",  # a photo, nothing else
    "vcardlib__collection1.vcf": "no_name",  # N:;;;; FN: and a gender
}


def _large_file_names(corpus: Path) -> list[str]:
    text = (corpus / "folkerkinzel__large-file.vcf").read_text(encoding="ascii")
    return re.findall(r"^FN:(.*)$", text, re.MULTILINE)


def test_the_table_covers_every_file_of_the_corpus(vcard_corpus: Path):
    files = {p.name for p in vcard_corpus.glob("*.vcf")}
    assert files == set(EXPECTED) | {"folkerkinzel__large-file.vcf"}
    assert len(files) == 60


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_imports_with_the_result_it_should(vcard_corpus, name, door, journal):
    reading = read_vcards((vcard_corpus / name).read_bytes(), LEGACY.get(name, "cp1252"))
    result = door.run(
        ImportPeople(cards=[c.to_record() for c in reading.cards], circle="peer", source=name)
    )
    expected = [e if isinstance(e, tuple) else (e, "name") for e in EXPECTED[name]]
    assert sorted((c.name, c.named_by) for c in reading.cards) == sorted(expected)
    stored = journal.people()
    assert sorted(p.name for p in stored) == sorted(n for n, _ in expected)  # each one once
    for person in stored:  # nothing mangled, silently or not
        texts = [person.name, person.team, person.notes, *person.emails]
        assert not any("\ufffd" in t for t in texts), person
    counts = next(v for code, v in result.notes if code == "imported")
    assert counts == {"added": len(expected), "merged": 0, "skipped": 0}
    if not expected:
        assert [p.code for p in reading.problems] == [NOBODY[name]]


def test_the_large_file_stores_its_thousand_people(vcard_corpus, door, journal):
    reading = read_vcards((vcard_corpus / "folkerkinzel__large-file.vcf").read_bytes())
    door.run(ImportPeople(cards=[c.to_record() for c in reading.cards], circle="peer", source="x"))
    names = _large_file_names(vcard_corpus)
    assert len(names) == 1000 and names[0] == "Kasey Schmitt"
    assert sorted(p.name for p in journal.people()) == sorted(names)
    assert reading.problems == []


def test_a_hebrew_file_read_with_the_default_code_page_says_so(vcard_corpus):
    reading = read_vcards((vcard_corpus / "folkerkinzel__ansi-hebrew.vcf").read_bytes())
    assert reading.guessed == {"Windows-1252": 1}  # said, so the user can pick cp1255


def test_what_the_real_files_report_names_the_card_and_the_line(vcard_corpus):
    android = read_vcards((vcard_corpus / "ez-vcard__john-doe-android.vcf").read_bytes())
    assert [(p.code, p.line, p.card) for p in android.problems] == [
        ("not_an_email", 44, " ".join([N] * 4)),
        ("unreadable_text", 82, N * 4),  # an ORG ending in a stray byte (=80) after UTF-8
    ]
    greek = read_vcards((vcard_corpus / "folkerkinzel__ansi-greek.vcf").read_bytes())
    assert greek.guessed == {"Windows-1253": 1}  # the LABEL's CHARSET says the code page
    utf16 = read_vcards((vcard_corpus / "folkerkinzel__v3-utf16-bom.vcf").read_bytes())
    assert utf16.bom == "UTF-16"


def test_importing_a_file_again_merges_every_card(vcard_corpus, door, journal):
    data = (vcard_corpus / "folkerkinzel__v4.vcf").read_bytes()
    cards = [c.to_record() for c in read_vcards(data).cards]
    door.run(ImportPeople(cards=cards, circle="peer", source="v4"))
    again = door.run(ImportPeople(cards=cards, circle="peer", source="v4"))
    assert next(v for c, v in again.notes if c == "imported") == {
        "added": 0,
        "merged": 2,
        "skipped": 0,
    }
    gerda = next(p for p in journal.people() if p.name == "Möhrke Gerda")
    assert gerda.emails == ("info@kinderland-blubblub.de",) and gerda.team == "KiTa Öhrdingen"


def test_the_request_travels_as_json_and_a_card_of_the_wrong_shape_is_refused(door, journal):
    import json

    from tracker.commands import BadRequest
    from tracker.commands.requests import request_from_json
    from tracker.people.vcard import Card

    cards = (Card("Anna", ("anna@example.com",), "Sales", "", 7).to_record(),)
    request = ImportPeople(cards=cards, circle="peer", source="x.vcf")
    assert request_from_json(request.NAME, json.loads(json.dumps(request.to_json()))) == request
    with pytest.raises(BadRequest):
        door.run(ImportPeople(cards=({"name": 5},), circle="peer", source="x.vcf"))
    with pytest.raises(BadRequest):
        request_from_json("people.import", {"cards": ["Anna"], "circle": "peer", "source": "x"})
    assert journal.people() == []
    door.run(request)
    assert [(p.name, p.emails, p.team) for p in journal.people()] == [
        ("Anna", ("anna@example.com",), "Sales")
    ]


@pytest.mark.parametrize("on_disk", [False, True])
def test_undo_takes_back_an_import_sent_in_parts_whole(journal, clock, on_disk):
    """A big file goes in parts (the command line's 5,000 cards, the People window's 500);
    Undo takes back the whole import, not only its last part. A person added in one part
    and merged again in the next goes too; people there before are as they were."""
    from tracker.commands import Commands, Undo
    from tracker.kernel.model import Person
    from tracker.people.vcard import Card

    door = Commands(journal, clock, undo_on_disk=on_disk)
    there = Person(name="Zoe Bakker", circle="team")
    journal.add_person(there)
    first = [Card("Anna", ("anna@example.com",)), Card("Zoë Bakker", ("zoe@example.com",))]
    second = [Card("Joost", ("joost@example.com",)), Card("Anna", ("anna@work.example",))]
    door.run(ImportPeople(cards=[c.to_record() for c in first], circle="peer", source="x"))
    request = ImportPeople(cards=[c.to_record() for c in second], circle="peer", source="x")
    door.run(request.with_fields(follows=True))
    assert len(journal.people()) == 3
    if on_disk:
        door = Commands(journal, clock, undo_on_disk=True)  # `dayweave undo`: a new process
    door.run(Undo())
    assert [(p.name, p.emails) for p in journal.people()] == [("Zoe Bakker", ())]
    # A part that does not say it follows is an import of its own.
    door.run(ImportPeople(cards=[c.to_record() for c in first], circle="peer", source="x"))
    door.run(request)
    door.run(Undo())
    assert sorted(p.name for p in journal.people()) == ["Anna", "Zoe Bakker"]
