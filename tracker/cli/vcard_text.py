"""What `dayweave people import` says, in the user's language: how the file was read, what
was added and merged, and each card skipped or line left out, naming the card and the reason.

The app says the same with tr() (tracker/ui/people/importing.py): same context, same texts.
"""

from __future__ import annotations

from typing import Any

from tracker.core.words import Words, translate

__all__ = ["PLURALS", "import_lines", "problem_text"]

# Plurals: lupdate makes a plural message only of a tr() call, so these are marked in the
# app's class Vcard (tracker/ui/people/importing.py), and looked up here by the same text.
PLURALS = {
    "guessed": "%n card(s) not in UTF-8 read as %1: check the names.",
    "org": "%n card(s) without a name named after the company.",
    "email": "%n card(s) without a name named after the e-mail address.",
}


Vcard = Words("Vcard")  # plurals lupdate can read (see tracker.core.words.Words)


def _fill(text: str, *values: Any) -> str:
    for number, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{number}", str(value))
    return text


def problem_text(problem: dict[str, Any]) -> str:
    """One card skipped or one line left out (an ImportProblem's record)."""
    code, line = problem.get("code", ""), problem.get("line", 0)
    card = problem.get("card") or _fill(translate("Vcard", "The card at line %1"), line)
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
        return _fill(texts[code], line, problem.get("limit", ""))
    if code == "name_unreadable":
        return _fill(texts[code], line, problem.get("name_line", ""), problem.get("legacy", ""))
    if code in ("line_unreadable", "too_many_emails", "team_left_out"):
        return _fill(texts[code], card, line)
    if code in ("unreadable_text", "unstorable_text"):
        return _fill(texts[code], card, line, problem.get("property", ""))
    if code == "unknown_charset":
        return _fill(texts[code], card, line, problem.get("charset", ""), problem.get("used", ""))
    if code == "not_an_email":
        return _fill(texts[code], card, line, problem.get("email", ""))
    if code == "notes_left_out":
        return _fill(texts[code], card, problem.get("limit", ""))
    if code == "invalid":
        return _fill(texts[code], card, problem.get("message", ""))
    return texts.get(code, f"{card}: {code}")


def import_lines(reading: Any, counts: dict[str, int], problems: list[dict[str, Any]]) -> list[str]:
    """The whole report: how the file was read, the counts, then one line per problem."""
    from tracker.core.vcard import SKIPS

    if reading.bom:
        lines = [
            _fill(
                translate("Vcard", "Read as %1 (the file's byte order mark says so)."), reading.bom
            )
        ]
    elif getattr(reading, "unmarked", None):
        lines = [
            _fill(
                translate("Vcard", "Read as %1 (no byte order mark; its zero bytes say so)."),
                reading.unmarked,
            )
        ]
    else:
        lines = [] if reading.guessed else [translate("Vcard", "Read as UTF-8.")]
    if reading.declared:
        lines.append(
            _fill(
                translate("Vcard", "Read in the character sets the cards name: %1."),
                ", ".join(sorted(reading.declared)),
            )
        )
    for label, count in sorted(reading.guessed.items()):
        text = Vcard.tr("%n card(s) not in UTF-8 read as %1: check the names.", "", count)
        lines.append(_fill(text, label))
    if reading.guessed:
        lines.append(translate("Vcard", "--charset names another code page."))
    skipped = counts.get("skipped", 0) + sum(1 for p in reading.problems if p.code in SKIPS)
    lines.append(
        _fill(
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
    every = [p.to_record() for p in reading.problems] + problems
    lines += ["  " + problem_text(p) for p in sorted(every, key=lambda p: p.get("line", 0))]
    return lines
