"""Reading vCards: each bug issue 12 found in the old importer, one test each, on small cards
shaped like the real exports in the corpora's vcard/ (tests/commands/test_vcard_corpus.py
reads those)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tracker.kernel import model
from tracker.kernel.model import Person
from tracker.people.vcard import read_vcards
from tracker.people.vcardplan import plan_import

SAMPLE = (Path(__file__).parents[1] / "data" / "people.vcf").read_bytes()


def card(*lines: str, end: str = "\r\n") -> str:
    return end.join(["BEGIN:VCARD", *lines, "END:VCARD"]) + end


def names(data: bytes | str, **options) -> list[str]:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return [c.name for c in read_vcards(data, **options).cards]


def codes(reading) -> list[tuple[str, int, str]]:
    return [(p.code, p.line, p.card) for p in reading.problems]


def test_good_cards_are_read_and_a_bad_line_costs_only_itself():
    reading = read_vcards(SAMPLE)
    assert [c.name for c in reading.cards] == [
        "Anna de Vries",
        "Joost Jansen",
        "Zoë Bakker",
        "nobody@example.com",
        "Anna de Vries",
        "Broken Line",
        "Piet Pieters",
    ]
    anna = reading.cards[0]
    assert anna.emails == ("anna@example.com",) and anna.team == "Product"
    assert "academy" in anna.notes and anna.line == 1
    # The line with no colon is said by its line, naming the card; the card is kept.
    assert codes(reading) == [
        ("line_unreadable", 32, "Broken Line"),
        ("line_unreadable", 33, "Broken Line"),
    ]


def test_quoted_printable_soft_line_breaks_are_joined():
    # Outlook and Android: a QP value ending in `=` goes on on the next line.
    text = card(
        "VERSION:2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=20=C3=91=20=C3=91=20=C3=91=",
        "=20=C3=91;;;;",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=B6rg M=C3=BC=",
        "ller",
        "NOTE;ENCODING=QUOTED-PRINTABLE:first=0D=0A=",
        "second",
        "EMAIL;PREF;INTERNET:jorg@example.com",
    )
    [found] = read_vcards(text.encode()).cards
    assert (found.name, found.notes, found.emails) == (
        "Jörg Müller",
        "first\nsecond",
        ("jorg@example.com",),
    )


def test_a_soft_line_break_before_a_blank_line_ends_at_the_next_property():
    text = card(
        "VERSION:2.1",
        "FN:Henk",
        "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=C3=91=",
        "",
        "EMAIL:henk@example.com",
    )
    [found] = read_vcards(text.encode()).cards
    assert (found.team, found.emails) == ("ÑÑ", ("henk@example.com",))


@pytest.mark.parametrize(
    ("bom", "codec", "said"),
    [
        (codecs.BOM_UTF8, "utf-8", "UTF-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
    ],
)
def test_a_byte_order_mark_says_the_encoding(bom, codec, said):
    text = card("VERSION:3.0", "FN:KMS Außenstelle", "EMAIL: blablö@blub.com")
    reading = read_vcards(bom + text.encode(codec))
    assert [(c.name, c.emails) for c in reading.cards] == [
        ("KMS Außenstelle", ("blablö@blub.com",))
    ]
    assert reading.bom == said and reading.problems == []


def test_each_propertys_charset_is_honoured():
    # Greek in Windows-1253, quoted-printable, as FolkerKinzel's ANSI samples write it.
    text = card(
        "VERSION:2.1",
        "FN;CHARSET=Windows-1253;ENCODING=QUOTED-PRINTABLE:=C2=E1=E3=E3=DD=EB=E7=F2",
        "NOTE;CHARSET=ISO-8859-1:K\xf6ln",
    ).encode("latin-1")
    reading = read_vcards(text)
    assert [(c.name, c.notes) for c in reading.cards] == [("Βαγγέλης", "Köln")]
    assert reading.declared == {"Windows-1253", "ISO-8859-1"} and reading.guessed == {}


def test_a_file_in_a_windows_code_page_is_read_as_one_and_says_so():
    text = card("VERSION:2.1", "FN:Sören Täve Nüßlebaum", "N:Nüßlebaum;Sören;Täve")
    reading = read_vcards(text.encode("cp1252"))
    assert [c.name for c in reading.cards] == ["Sören Täve Nüßlebaum"]
    assert reading.guessed == {"Windows-1252": 1}
    # Another legacy code page, as on a Hebrew Windows.
    hebrew = card("VERSION:2.1", "FN:אפרים קישון").encode("cp1255")
    assert names(hebrew, legacy="cp1255") == ["אפרים קישון"]
    assert read_vcards(hebrew, legacy="cp1255").guessed == {"Windows-1255": 1}


def test_a_code_page_the_card_names_elsewhere_reads_its_name():
    # FN has no CHARSET, but the LABEL of the same card says how this exporter wrote.
    greek = card("VERSION:2.1", "FN:Βαγγέλης", "LABEL;CHARSET=Windows-1253;QUOTED-PRINTABLE:A=E8")
    assert names(greek.encode("cp1253")) == ["Βαγγέλης"]


def test_two_greek_names_stay_two_people():
    # The old importer made both U+FFFD garbage, and then one person ("merged 1").
    text = card("VERSION:2.1", "FN:Βαγγέλης", "LABEL;CHARSET=Windows-1253:x") + card(
        "VERSION:2.1", "FN:Οδυσσέας", "LABEL;CHARSET=Windows-1253:x"
    )
    reading = read_vcards(text.encode("cp1253"))
    plan = plan_import(reading.cards, [], "peer")
    assert sorted(p.name for p in plan.added) == ["Βαγγέλης", "Οδυσσέας"]


def test_a_name_that_is_no_text_is_reported_by_line_never_stored_mangled():
    # 0x81 is no character in UTF-8 nor in Windows-1252.
    text = b"BEGIN:VCARD\nVERSION:2.1\nFN:Bad \x81 Name\nORG:Acme\nEND:VCARD\n"
    reading = read_vcards(text + card("FN:Ok").encode())
    assert [c.name for c in reading.cards] == ["Ok"]  # not named by its company either
    [problem] = reading.problems
    assert (problem.code, problem.line, problem.values["name_line"]) == ("name_unreadable", 1, 3)
    assert not any("\ufffd" in c.name for c in reading.cards)


def test_text_already_holding_a_replacement_character_is_not_stored():
    reading = read_vcards(card("FN:S\ufffdren").encode())
    assert reading.cards == [] and [p.code for p in reading.problems] == ["name_unreadable"]


@pytest.mark.parametrize(
    "bad_line",
    [
        "PHOTO;ENCODING=b;TYPE=png:data:image/png;base64,iVBORw0KGgo=",  # binascii.Error
        "PROFILE:VCard",
        "LABEL;CHARSET=Murks;QUOTED-PRINTABLE:M=F6=DFlitz",
        "ADR;HOME;PREF;:;;Lämmerweg 12;Kleindorf;;98765;Deutschland",
        "X-WAB-SPOUSE_NAME:Partner",
    ],
)
def test_one_odd_line_does_not_lose_the_card(bad_line):
    text = card("VERSION:3.0", "FN:Ralf Rastral", bad_line, "EMAIL:ralf@example.com")
    reading = read_vcards(text.encode())
    assert [(c.name, c.emails) for c in reading.cards] == [("Ralf Rastral", ("ralf@example.com",))]
    assert reading.problems == []


def test_cr_cr_lf_inside_a_folded_photo():
    # The iPhone export ends its lines with CR CR LF.
    text = card(
        "VERSION:3.0", "FN:John Doe", "PHOTO;BASE64:", "  /9j/4AAQ", "  SkZJRg==", end="\r\r\n"
    )
    assert names(text) == ["John Doe"]


def test_an_undecodable_property_is_left_out_and_said_the_card_keeps_its_name():
    text = b"BEGIN:VCARD\nFN:Henry\nORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=80\n"
    text += (
        b"EMAIL;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=C3=91\nEMAIL:h@x.org\nEND:VCARD\n"
    )
    reading = read_vcards(text)
    assert [(c.name, c.team, c.emails) for c in reading.cards] == [("Henry", "", ("h@x.org",))]
    assert codes(reading) == [("unreadable_text", 3, "Henry"), ("not_an_email", 4, "Henry")]
    assert reading.problems[0].values == {"property": "ORG"}


def test_a_company_card_is_named_by_its_org_and_an_address_only_card_by_the_address():
    company = card(
        "VERSION:3.0",
        "FN;CHARSET=UTF-8:",
        "N;CHARSET=UTF-8:;;;;",
        "ORG;CHARSET=UTF-8:中国铁路;客服",
    )
    only_mail = card("VERSION:3.0", "EMAIL;TYPE=work:Test-Misses-N-or-FN@example.com")
    nothing = card("VERSION:3.0", "N:;;;;", "FN:", "KIND:INDIVIDUAL")
    reading = read_vcards((company + only_mail + nothing).encode())
    assert [(c.name, c.named_by, c.team) for c in reading.cards] == [
        ("中国铁路", "org", "中国铁路 客服"),
        ("test-misses-n-or-fn@example.com", "email", ""),
    ]
    assert codes(reading) == [("no_name", 11, "")]


def test_a_name_from_n_when_fn_is_missing():
    assert names(card("VERSION:2.1", "N:Jansen;Joost;Pieter;Dr.;")) == ["Joost Pieter Jansen"]


def test_escapes_are_undone():
    assert names(card("VERSION:3.0", "FN:Dummy\\, Dummy")) == ["Dummy, Dummy"]


def test_not_a_vcard_at_all():
    reading = read_vcards(b"just some text\n")
    assert reading.cards == [] and codes(reading) == [("no_cards", 0, "")]
    assert reading.found == 0 and reading.skipped == 1


def test_e_mails_are_kept_on_the_person_for_calendars_to_match():
    text = card(
        "FN:Anna", "EMAIL:Anna@Example.com", "EMAIL:anna@example.com", "EMAIL:mailto:a@b.nl"
    )
    plan = plan_import(read_vcards(text.encode()).cards, [], "peer")
    assert plan.added[0].emails == ("a@b.nl", "anna@example.com")


def test_duplicates_in_a_file_and_against_people_are_merged_not_doubled():
    cards = read_vcards(SAMPLE).cards
    zoe = Person(name="zoe bakker", circle="customer", notes="")
    plan = plan_import(cards, [zoe], "peer")
    assert [p.name for p in plan.added] == [
        "Anna de Vries",
        "Joost Jansen",
        "nobody@example.com",
        "Broken Line",
        "Piet Pieters",
    ]
    assert plan.added[0].emails == ("anna.private@example.com", "anna@example.com")
    assert [(p.id, p.emails, p.circle) for p in plan.merged] == [
        (zoe.id, ("zoe@example.com",), "customer")
    ]


def test_matching_by_email_keeps_the_existing_name():
    known = Person(name="Anna", circle="team", emails=("anna@example.com",))
    plan = plan_import(read_vcards(SAMPLE).cards[:1], [known], "peer")
    assert plan.added == [] and plan.merged[0].name == "Anna" and plan.merged[0].team == "Product"


def test_an_other_name_matches_too():
    known = Person(name="Anna Jansen", circle="team", aliases=("Anna de Vries",))
    plan = plan_import(read_vcards(SAMPLE).cards[:1], [known], "peer")
    assert plan.added == [] and plan.merged[0].id == known.id


def test_a_name_too_long_to_store_is_skipped_and_said():
    reading = read_vcards((card("VERSION:3.0", "FN:" + "x" * 300) + card("FN:Ok Person")).encode())
    assert [c.name for c in reading.cards] == ["Ok Person"]
    assert codes(reading) == [("name_too_long", 1, "")]


def test_planning_is_linear_each_name_is_normalised_once(monkeypatch):
    # The old plan normalised every known person's name again for every card: quadratic.
    calls = []
    real = model.normalise_name

    def counting(name: str) -> str:
        calls.append(name)
        return real(name)

    import tracker.people.vcardplan as vcardplan

    monkeypatch.setattr(vcardplan, "normalise_name", counting)
    people = [Person(name=f"Known {i}", circle="peer") for i in range(300)]
    text = "".join(card(f"FN:Card {i}", f"EMAIL:c{i}@example.com") for i in range(300))
    plan = plan_import(read_vcards(text.encode()).cards, people, "peer")
    assert len(plan.added) == 300
    assert len(calls) <= 2 * (len(people) + 300)


def test_reading_reports_progress_and_can_be_stopped():
    text = "".join(card(f"FN:Card {i}") for i in range(2000)).encode()
    seen = []
    reading = read_vcards(text, progress=lambda done, total: seen.append((done, total)) or True)
    assert len(reading.cards) == 2000 and len(seen) > 2 and seen[-1][0] == seen[-1][1]
    stopped = read_vcards(text, progress=lambda done, total: done < 1000)
    assert stopped.cancelled and 0 < len(stopped.cards) < 2000


def test_merging_never_gives_a_person_more_e_mail_addresses_than_one_may_hold():
    known = Person(name="Anna", circle="team", emails=tuple(f"a{i}@x.org" for i in range(15)))
    text = card("FN:Anna", *(f"EMAIL:b{i}@x.org" for i in range(10)))
    plan = plan_import(read_vcards(text.encode()).cards, [known], "peer")
    [merged] = plan.merged
    assert len(merged.emails) == 20 and set(known.emails) <= set(merged.emails)
    model.validate_person(merged)


def test_the_cycle_collector_is_paused_while_reading_and_runs_again_after():
    import gc

    from tracker.kernel.bulk import cycles_collected_later

    seen = []
    read_vcards(card("FN:Anna").encode(), progress=lambda *_: seen.append(gc.isenabled()) or True)
    assert seen and not any(seen) and gc.isenabled()
    gc.disable()
    try:
        with cycles_collected_later():
            pass
        assert not gc.isenabled()  # off before: it stays off
    finally:
        gc.enable()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf_16_without_a_byte_order_mark_is_read_and_said(codec):
    """Some Windows tools write UTF-16 with no mark: its zero bytes say which order."""
    reading = read_vcards(card("VERSION:3.0", "FN:Zoë Ünal", "EMAIL:z@example.com").encode(codec))
    assert [c.name for c in reading.cards] == ["Zoë Ünal"]
    assert reading.bom is None and reading.unmarked == "UTF-16"


def test_a_utf_8_file_with_a_stray_zero_byte_is_not_taken_for_utf_16():
    assert names(card("FN:Zoë", "NOTE:a\x00b")) == ["Zoë"]


def test_an_address_already_held_in_other_case_is_not_added_again():
    known = Person(name="Anna", circle="team", emails=("Anna@Example.com",))
    text = card("FN:Anna de Vries", "EMAIL:anna@example.com")
    plan = plan_import(read_vcards(text.encode()).cards, [known], "peer")
    assert plan.merged == [] and plan.added == [] and plan.duplicates == 1


def test_mailto_uris_lose_their_query_and_escapes_and_a_display_name_is_dropped():
    text = card(
        "VERSION:4.0",
        "FN:Anna",
        "EMAIL;VALUE=uri:MAILTO:anna%2Bwork@example.com?subject=hi",
        "EMAIL:Anna de Vries <anna@home.example>",
    )
    reading = read_vcards(text.encode())
    assert reading.cards[0].emails == ("anna+work@example.com", "anna@home.example")
    assert reading.problems == []


def test_a_name_of_invisible_characters_is_no_name():
    """A zero-width space or a BOM as the FN is empty: the card is named by its address."""
    reading = read_vcards(card("FN:\u200b\ufeff", "EMAIL:z@example.com").encode())
    assert [(c.name, c.named_by) for c in reading.cards] == [("z@example.com", "email")]


def test_an_escaped_comma_in_a_name_part_is_the_names_own():
    r"""In N, `,` parts a list of names (John,Paul); `\,` is a comma in the name itself."""
    assert names(card(r"N:de Vries\;Jr;Anna\, Maria;;;")) == ["Anna, Maria de Vries;Jr"]
    assert names(card(r"N:Smith;John,Paul;;;")) == ["John Paul Smith"]
