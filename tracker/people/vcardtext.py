"""What a vCard import says, in the user's language, in the People window and on the command
line alike: how the file was read, what was added and merged, and each card skipped or line
left out, naming the card and the reason. Plain Python (tracker.kernel.words), so both use it.
"""

from __future__ import annotations

from typing import Any

from tracker.kernel.words import Words, fill, translate

__all__ = ["PLURALS", "import_lines", "problem_text", "reading_lines"]

PLURALS = {
    "guessed": "%n card(s) not in UTF-8 read as %1: check the names.",
    "org": "%n card(s) without a name named after the company.",
    "email": "%n card(s) without a name named after the e-mail address.",
}


Vcard = Words("Vcard")  # plurals lupdate can read (see tracker.kernel.words.Words)


def problem_text(problem: dict[str, Any]) -> str:
    """One card skipped or one line left out (an ImportProblem's record)."""
    code, line = problem.get("code", ""), problem.get("line", 0)
    card = problem.get("card") or fill(translate("Vcard", "The card at line %1"), line)
    texts = {
        "no_cards": translate("Vcard", "The file holds no vCard (no BEGIN:VCARD line)."),
        "no_name": translate(
            "Vcard", "The card at line %1 has no name, company or e-mail address: skipped."
        ),
        "name_unreadable": translate(
            "Vcard", "The card at line %1 is skipped: its name on line %2 is not UTF-8 or %3 text."
        ),
        "name_too_long": translate(
            "Vcard", "The card at line %1 is skipped: its name is longer than %2 characters."
        ),
        "name_unstorable": translate(
            "Vcard", "The card at line %1 is skipped: its name holds control characters."
        ),
        "line_unreadable": translate("Vcard", "%1: line %2 is not a vCard property; left out."),
        "unreadable_text": translate(
            "Vcard", "%1: line %2 (%3) is not text in any character set tried; left out."
        ),
        "unknown_charset": translate(
            "Vcard", "%1: line %2 names an unknown character set, %3; read as %4."
        ),
        "not_an_email": translate("Vcard", "%1: line %2: %3 is not an e-mail address; left out."),
        "too_many_emails": translate(
            "Vcard", "%1: more than 20 e-mail addresses; the first 20 are kept."
        ),
        "unstorable_text": translate(
            "Vcard", "%1: line %2 (%3) holds characters that cannot be stored; left out."
        ),
        "team_left_out": translate(
            "Vcard", "%1: the company is too long or holds control characters; left out."
        ),
        "notes_left_out": translate(
            "Vcard", "%1: the notes are longer than %2 characters; left out."
        ),
        "invalid": translate("Vcard", "%1 is skipped: %2"),
    }
    if code in ("no_name", "name_too_long", "name_unstorable"):
        return fill(texts[code], line, problem.get("limit", ""))
    if code == "name_unreadable":
        return fill(texts[code], line, problem.get("name_line", ""), problem.get("legacy", ""))
    if code in ("line_unreadable", "too_many_emails", "team_left_out"):
        return fill(texts[code], card, line)
    if code in ("unreadable_text", "unstorable_text"):
        return fill(texts[code], card, line, problem.get("property", ""))
    if code == "unknown_charset":
        return fill(texts[code], card, line, problem.get("charset", ""), problem.get("used", ""))
    if code == "not_an_email":
        return fill(texts[code], card, line, problem.get("email", ""))
    if code == "notes_left_out":
        return fill(texts[code], card, problem.get("limit", ""))
    if code == "invalid":
        return fill(texts[code], card, problem.get("message", ""))
    return texts.get(code, f"{card}: {code}")


def import_lines(reading: Any, counts: dict[str, int], problems: list[dict[str, Any]]) -> list[str]:
    """The whole report: how the file was read, the counts, then one line per problem."""
    lines = reading_lines(reading, counts, charset_option=True)
    every = [p.to_record() for p in reading.problems] + problems
    return lines + ["  " + problem_text(p) for p in sorted(every, key=lambda p: p.get("line", 0))]


def reading_lines(reading: Any, counts: dict[str, int], charset_option: bool = False) -> list[str]:
    """How the file was read, the counts and who was named how (`charset_option`: say that
    --charset reads it in another code page)."""
    from tracker.people.vcard import SKIPS

    if reading.bom:
        lines = [
            fill(
                translate("Vcard", "Read as %1 (the file's byte order mark says so)."), reading.bom
            )
        ]
    elif getattr(reading, "unmarked", None):
        lines = [
            fill(
                translate("Vcard", "Read as %1 (no byte order mark; its zero bytes say so)."),
                reading.unmarked,
            )
        ]
    else:
        lines = [] if reading.guessed else [translate("Vcard", "Read as UTF-8.")]
    if reading.declared:
        lines.append(
            fill(
                translate("Vcard", "Read in the character sets the cards name: %1."),
                ", ".join(sorted(reading.declared)),
            )
        )
    for label, count in sorted(reading.guessed.items()):
        text = Vcard.tr("%n card(s) not in UTF-8 read as %1: check the names.", "", count)
        lines.append(fill(text, label))
    if reading.guessed and charset_option:
        lines.append(translate("Vcard", "--charset names another code page."))
    skipped = counts.get("skipped", 0) + sum(1 for p in reading.problems if p.code in SKIPS)
    lines.append(
        fill(
            translate("Vcard", "Added %1, merged %2, skipped %3."),
            counts.get("added", 0),
            counts.get("merged", 0),
            skipped,
        )
    )
    by_org = sum(1 for c in reading.cards if c.named_by == "org")
    by_email = sum(1 for c in reading.cards if c.named_by == "email")
    if by_org:
        lines.append(Vcard.tr("%n card(s) without a name named after the company.", "", by_org))
    if by_email:
        lines.append(
            Vcard.tr("%n card(s) without a name named after the e-mail address.", "", by_email)
        )
    return lines
