"""Reading people from vCard (.vcf) files, whatever exported them.

Versions 2.1 to 4.0, quoted-printable, byte order marks, each property's CHARSET=, and files
in an old Windows code page. Read property by property: a property that cannot be read is
left out and reported, and the card keeps its name. A card with no name is named by its
company (ORG), else by its e-mail address. Nothing is stored mangled: text that is no text in
any character set tried is reported by its line, never kept with U+FFFD in it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from tracker.kernel.bulk import cycles_collected_later
from tracker.kernel.model import MAX_NAME, MAX_NOTE
from tracker.people.vcardlines import (
    Property,
    charset_label,
    codec_of,
    decode_value,
    file_lines,
    legacy_codec,
    logical_lines,
    parse_property,
    platform_legacy,
    split_structured,
    unescape,
    unmarked_utf16,
)

__all__ = [
    "DEFAULT_LEGACY",
    "MAX_EMAILS",
    "SKIPS",
    "Card",
    "ImportProblem",
    "Reading",
    "legacy_codec",
    "platform_legacy",
    "read_vcards",
]

DEFAULT_LEGACY = "cp1252"  # the legacy code page of most Windows exports, unless told another
MAX_EMAILS = 20
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
_DISPLAY_NAME = re.compile(r"[^<>]*<([^<>]+)>\s*")
_INVISIBLE_ENDS = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width spaces and a stray BOM
_USED = {"FN", "N", "ORG", "EMAIL", "NOTE"}
_PROGRESS_EVERY = 500  # logical lines between progress calls


@dataclass(frozen=True, slots=True)
class Card:
    name: str
    emails: tuple[str, ...] = ()
    team: str = ""
    notes: str = ""
    line: int = 0  # the line of its BEGIN:VCARD
    named_by: str = "name"  # "name" (FN or N), "org" (a company card), "email"

    def to_record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "emails": list(self.emails),
            "team": self.team,
            "notes": self.notes,
            "line": self.line,
            "named_by": self.named_by,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Card:
        """ValueError when the record is not a card's."""
        texts = ("name", "team", "notes", "named_by")
        if not isinstance(record, dict) or not all(
            isinstance(record.get(k, ""), str) for k in texts
        ):
            raise ValueError("a card must be a record of texts")
        emails = record.get("emails", [])
        line = record.get("line", 0)
        if not isinstance(emails, list) or not all(isinstance(e, str) for e in emails):
            raise ValueError("a card's e-mails must be a list of texts")
        if not isinstance(line, int) or isinstance(line, bool):
            raise ValueError("a card's line must be a number")
        return cls(
            record.get("name", ""),
            tuple(emails),
            record.get("team", ""),
            record.get("notes", ""),
            line,
            record.get("named_by", "name"),
        )


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """Why a card was skipped or a property left out: a code and what the message names
    (`card` is the card's name, "" when it has none; `line` the card's or the property's)."""

    code: str
    line: int = 0
    card: str = ""
    values: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:  # for logs and test failures; people read the translated text
        who = self.card or f"card at line {self.line}"
        return f"{who}: {self.code} {self.values}" if self.values else f"{who}: {self.code}"

    def to_record(self) -> dict[str, Any]:
        return {"code": self.code, "line": self.line, "card": self.card, **self.values}


@dataclass(slots=True)
class Reading:
    cards: list[Card] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    found: int = 0  # cards in the file (BEGIN:VCARD lines)
    bom: str | None = None  # the encoding a byte order mark named
    unmarked: str | None = None  # UTF-16 known by its zero bytes, with no byte order mark
    declared: set[str] = field(default_factory=set)  # CHARSET= values honoured, as labels
    legacy: str = DEFAULT_LEGACY
    guessed: dict[str, int] = field(default_factory=dict)  # code page -> cards read in it
    # (text not UTF-8 in a card that named no character set: read in the legacy code page)
    cancelled: bool = False

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if p.code in SKIPS)


# problems that cost a whole card
SKIPS = {"no_cards", "no_name", "name_unreadable", "name_too_long", "name_unstorable"}


def read_vcards(
    data: bytes,
    legacy: str = DEFAULT_LEGACY,
    progress: Callable[[int, int], bool] | None = None,
) -> Reading:
    """The cards in a .vcf file's bytes. `legacy` is the code page for text that is not UTF-8
    when no CHARSET= in the card or the file names one. `progress(done, total)` is called now
    and then with the lines read; when it returns False, reading stops (`cancelled`)."""
    with cycles_collected_later():
        return _read(data, legacy, progress)


def _read(data: bytes, legacy: str, progress: Callable[[int, int], bool] | None) -> Reading:
    unmarked = unmarked_utf16(data)
    if unmarked is not None:  # read as if marked: one character set for the whole file
        data = codecs.BOM_UTF8 + data.decode(unmarked, errors="replace").encode("utf-8")
    lines, bom = file_lines(data)
    reading = Reading(bom=bom, legacy=legacy_codec(legacy) or DEFAULT_LEGACY)
    if unmarked is not None:
        reading.bom, reading.unmarked = None, "UTF-16"
    hint = _file_hint(lines)
    card: list[tuple[str, int]] | None = None
    begin = 0
    for count, (line, number) in enumerate(logical_lines(lines)):
        if (
            progress is not None
            and count % _PROGRESS_EVERY == 0
            and not progress(number, len(lines))
        ):
            reading.cancelled = True
            return reading
        word = line.strip().upper()
        if word == "BEGIN:VCARD":
            if card is not None:
                _read_card(card, begin, hint, reading)  # no END:VCARD: it ends here
            card, begin = [], number
            reading.found += 1
        elif word == "END:VCARD" and card is not None:
            _read_card(card, begin, hint, reading)
            card = None
        elif card is not None:
            card.append((line, number))
    if card is not None:
        _read_card(card, begin, hint, reading)  # a file cut off before END:VCARD
    if reading.found == 0:
        reading.problems.append(ImportProblem("no_cards"))
    if progress is not None:
        progress(len(lines), len(lines))
    return reading


def _legacy_in(params: dict[str, list[str]]) -> str | None:
    """A CHARSET= that names an old code page (not a Unicode one): how this exporter wrote."""
    for charset in params.get("CHARSET", ()):
        codec = codec_of(charset)
        if codec and not codec.startswith("utf") and codec != "ascii":
            return codec
    return None


def _file_hint(lines: list[str]) -> str | None:
    for line in lines:
        if "CHARSET=" in line.upper():
            prop = parse_property(line, 0)
            found = _legacy_in(prop.params) if prop is not None else None
            if found:
                return found
    return None


def _read_card(
    lines: list[tuple[str, int]], begin: int, hint: str | None, reading: Reading
) -> None:
    props: list[Property] = []
    unreadable: list[int] = []
    for line, number in lines:
        prop = parse_property(line, number)
        if prop is None:
            unreadable.append(number)
        else:
            props.append(prop)
    legacy = next(filter(None, (_legacy_in(p.params) for p in props)), None)
    builder = _CardBuilder(begin, legacy or hint or reading.legacy, reading)
    for prop in props:
        if prop.name in _USED:
            builder.take(prop)
    card = builder.card()
    label = card.name if card is not None else ""
    for number in unreadable:
        reading.problems.append(ImportProblem("line_unreadable", number, label))
    for problem in builder.problems:
        reading.problems.append(
            ImportProblem(problem.code, problem.line, label, problem.values)
            if problem.code not in SKIPS
            else problem
        )
    if card is not None:
        reading.cards.append(card)
        if builder.guessed:
            label = charset_label(builder.legacy)
            reading.guessed[label] = reading.guessed.get(label, 0) + 1


class _CardBuilder:
    """One card's properties, decoded one by one; what fails is left out and said."""

    def __init__(self, begin: int, legacy: str, reading: Reading) -> None:
        self.begin = begin
        self.legacy = legacy
        self.reading = reading
        self.full_names: list[str] = []  # FN
        self.parts_names: list[str] = []  # N, when no FN has one
        self.orgs: list[str] = []
        self.teams: list[str] = []
        self.emails: list[str] = []
        self.notes: list[str] = []
        self.problems: list[ImportProblem] = []
        self.name_failed: Property | None = None
        self.guessed = False

    def _text(self, prop: Property) -> str | None:
        decoded = decode_value(prop, self.legacy, self.reading.bom or self.reading.unmarked)
        if decoded.unknown_charset:
            self.problems.append(
                ImportProblem(
                    "unknown_charset",
                    prop.line,
                    values={
                        "charset": decoded.unknown_charset,
                        "used": charset_label(decoded.codec) if decoded.codec else "",
                    },
                )
            )
        if decoded.text is None:
            if prop.name in ("FN", "N"):
                self.name_failed = self.name_failed or prop
            else:
                self.problems.append(
                    ImportProblem("unreadable_text", prop.line, values={"property": prop.name})
                )
            return None
        if decoded.guessed:
            self.guessed = True
        elif prop.param("CHARSET") and not decoded.text.isascii() and decoded.codec != "utf-8":
            self.reading.declared.add(charset_label(decoded.codec))
        return decoded.text

    def take(self, prop: Property) -> None:
        text = self._text(prop)
        if text is None:
            return
        if prop.name == "FN":
            self.full_names.append(unescape(text))
        elif prop.name == "N":
            parts = [*split_structured(text, unescaped=False), "", "", ""]
            given, additional, family = (
                " ".join(split_structured(p, ",")) for p in parts[1:3] + parts[:1]
            )
            self.parts_names.append(" ".join(p for p in (given, additional, family) if p))
        elif prop.name == "ORG":
            parts = [" ".join(p.split()) for p in split_structured(text)]
            self.orgs.append(parts[0])
            self.teams.append(" ".join(p for p in parts if p))
        elif prop.name == "EMAIL":
            self._email(unescape(text), prop)
        elif prop.name == "NOTE":
            self._note(unescape(text), prop)

    def _email(self, text: str, prop: Property) -> None:
        address = text.strip().strip(";,").strip()
        named = _DISPLAY_NAME.fullmatch(address)  # "Anna de Vries <anna@example.com>"
        if named:
            address = named.group(1).strip()
        if address.lower().startswith("mailto:"):  # 4.0's VALUE=uri: no ?subject=, no %2B
            address = unquote(address[7:].split("?", 1)[0])
        address = address.lower()
        if not _EMAIL.fullmatch(address) or len(address) > MAX_NAME or not _storable(address):
            self.problems.append(
                ImportProblem("not_an_email", prop.line, values={"email": _shown(address)})
            )
        elif address not in self.emails:
            if len(self.emails) == MAX_EMAILS:
                self.problems.append(ImportProblem("too_many_emails", prop.line))
                return
            self.emails.append(address)

    def _note(self, text: str, prop: Property) -> None:
        note = text.replace("\r\n", "\n").replace("\r", "\n").strip()
        if not _storable(note, note=True):
            self.problems.append(
                ImportProblem("unstorable_text", prop.line, values={"property": "NOTE"})
            )
        elif note:
            self.notes.append(note)

    def _named(self) -> tuple[str, str] | None:
        for name in (*self.full_names, *self.parts_names):
            text = " ".join(name.split()).strip(_INVISIBLE_ENDS).strip()
            if text and any(unicodedata.category(c)[0] not in "CZ" for c in text):
                return text, "name"
        if self.name_failed is not None:
            return None  # a person whose name cannot be read is not named by their company
        for org in self.orgs:
            if org:
                return org, "org"
        return (self.emails[0], "email") if self.emails else None

    def card(self) -> Card | None:
        named = self._named()
        if named is None:
            if self.name_failed is not None:
                self.problems.append(
                    ImportProblem(
                        "name_unreadable",
                        self.begin,
                        values={
                            "name_line": self.name_failed.line,
                            "legacy": charset_label(self.legacy),
                        },
                    )
                )
            else:
                self.problems.append(ImportProblem("no_name", self.begin))
            return None
        name, named_by = named
        if len(name) > MAX_NAME or not _storable(name):
            code = "name_too_long" if len(name) > MAX_NAME else "name_unstorable"
            self.problems.append(ImportProblem(code, self.begin, values={"limit": MAX_NAME}))
            return None
        team = next((t for t in self.teams if t), "")
        if len(team) > MAX_NAME or not _storable(team):
            self.problems.append(ImportProblem("team_left_out", self.begin))
            team = ""
        notes = "\n".join(self.notes)
        if len(notes) > MAX_NOTE:
            self.problems.append(
                ImportProblem("notes_left_out", self.begin, values={"limit": MAX_NOTE})
            )
            notes = ""
        return Card(name, tuple(self.emails), team, notes, self.begin, named_by)


_UNSTORABLE = re.compile("[\x00-\x1f\x7f-\x9f\ufffd]")
_UNSTORABLE_NOTE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffd]")


def _storable(text: str, note: bool = False) -> bool:
    """No control characters (a stored text may not hold them; a note may hold new lines and
    tabs), and no U+FFFD: that text was mangled before it got here."""
    return (_UNSTORABLE_NOTE if note else _UNSTORABLE).search(text) is None


def _shown(text: str) -> str:
    """A bad value as a message may show it: one line, not endless."""
    return " ".join(text.split())[:60]
