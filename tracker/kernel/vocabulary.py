"""The one vocabulary of kinds, causes and circles.

- The enums' values are the words stored on disk, a contract: never renamed. A StrEnum member
  equals its word, so `entry.kind == Kind.CALL` and `entry.kind in SPAN_KINDS` read stored text.
- The groups the day's rules speak of (blocks, spans, moments, contacts) are made of the enums.
- One table of labels, in the user's language, for the tray, the windows, the command line,
  exports and nudges; and the word the command line shows for a kind or cause, so it can be
  typed back. No Qt here: `translate` reads the same .ts files as the app, through the plain
  catalogues.
- The words people may type for each (English and Dutch, any case, with or without accents,
  the labels themselves), read by `kind_of`, `cause_of` and `circle_of`: the command layer
  turns every request's words into stored words with them, once, for every path.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from enum import StrEnum

from tracker.kernel.words import translate

__all__ = [
    "BLOCK_KINDS",
    "CAUSES",
    "CIRCLES",
    "CONTACT_KINDS",
    "INSTANT_KINDS",
    "KINDS",
    "SPAN_KINDS",
    "STARTABLE_KINDS",
    "Cause",
    "Circle",
    "Kind",
    "cause_glyph",
    "cause_label",
    "cause_of",
    "cause_word",
    "circle_label",
    "circle_of",
    "kind_label",
    "kind_of",
    "kind_word",
    "label_sources",
]


class Kind(StrEnum):
    WORK = "work"
    LIFE = "life"
    CALL = "call"
    MEETING = "meeting"  # live and in person
    DISRUPTION = "disruption"
    CONTACT = "contact"


class Cause(StrEnum):
    """A disruption's cause, in the tray menu's order; the user may also give a
    cause of their own, stored as they wrote it."""

    OVERRUN = "overrun"
    LATE = "late"
    TECH = "tech"
    NOISE = "noise"
    FAMILY = "family"
    COLLEAGUE = "colleague"
    SELF = "self"


class Circle(StrEnum):
    """Who a person is to the user. null (None) is a circle too: "not sorted yet", never
    counted in the compass nor nudged."""

    CUSTOMER = "customer"
    LEADERSHIP = "leadership"
    TEAM = "team"  # the user's own team
    PEER = "peer"  # another team
    REPORT = "report"
    PARTNER = "partner"


BLOCK_KINDS = (Kind.WORK, Kind.LIFE)  # the day's modes: one runs at a time
SPAN_KINDS = (Kind.CALL, Kind.MEETING)  # may overlap a block; a meeting is live and in person
INSTANT_KINDS = (Kind.DISRUPTION, Kind.CONTACT)  # moments, no end
KINDS = BLOCK_KINDS + SPAN_KINDS + INSTANT_KINDS
STARTABLE_KINDS = BLOCK_KINDS + SPAN_KINDS
CONTACT_KINDS = (*SPAN_KINDS, Kind.CONTACT)  # time with someone: counts as staying in touch
CAUSES = tuple(Cause)
CIRCLES = tuple(Circle)


# -- the one table of labels ---------------------------------------------------------------


def _table(translate: Callable[..., str] = translate) -> dict[str, tuple[str, str]]:
    """Every kind, cause and circle: (label, word) in the user's language. The label is what
    the tray, the windows, exports and nudges show; the word is what the command line shows
    for a kind or a cause, lower case, so it can be typed back. A circle's word is its label:
    the app and the command line name circles alike. Made on each call: the language may
    change, and English costs no catalogue."""
    return {
        Kind.WORK: (translate("Vocabulary", "Work"), translate("Vocabulary", "work", "kind")),
        Kind.LIFE: (translate("Vocabulary", "Life"), translate("Vocabulary", "life", "kind")),
        Kind.CALL: (translate("Vocabulary", "Call"), translate("Vocabulary", "call", "kind")),
        Kind.MEETING: (
            translate("Vocabulary", "Live meeting"),
            translate("Vocabulary", "meeting", "kind"),
        ),
        Kind.DISRUPTION: (
            translate("Vocabulary", "Disruption"),
            translate("Vocabulary", "disruption", "kind"),
        ),
        Kind.CONTACT: (
            translate("Vocabulary", "Contact"),
            translate("Vocabulary", "contact", "kind"),
        ),
        Cause.OVERRUN: (
            translate("Vocabulary", "Meeting ran over"),
            translate("Vocabulary", "overrun", "cause"),
        ),
        Cause.LATE: (
            translate("Vocabulary", "Late, parking"),
            translate("Vocabulary", "late", "cause"),
        ),
        Cause.TECH: (
            translate("Vocabulary", "Tech, wifi"),
            translate("Vocabulary", "tech", "cause"),
        ),
        Cause.NOISE: (translate("Vocabulary", "Noise"), translate("Vocabulary", "noise", "cause")),
        Cause.FAMILY: (
            translate("Vocabulary", "Family"),
            translate("Vocabulary", "family", "cause"),
        ),
        Cause.COLLEAGUE: (
            translate("Vocabulary", "A colleague"),
            translate("Vocabulary", "colleague", "cause"),
        ),
        Cause.SELF: (
            translate("Vocabulary", "My own mind"),
            translate("Vocabulary", "self", "cause"),
        ),
        Circle.CUSTOMER: (translate("Vocabulary", "Customer"),) * 2,
        Circle.LEADERSHIP: (translate("Vocabulary", "Leadership"),) * 2,
        Circle.TEAM: (translate("Vocabulary", "Own team"),) * 2,
        Circle.PEER: (translate("Vocabulary", "Other team"),) * 2,
        Circle.REPORT: (translate("Vocabulary", "Report"),) * 2,
        Circle.PARTNER: (translate("Vocabulary", "Partner"),) * 2,
    }


def _glyphs(translate: Callable[..., str] = translate) -> dict[str, str]:
    """Each cause's letter on the painted week, in the user's language: the translator picks a
    letter of the translated label, distinct from the others ("Lawaai" is L in Dutch)."""
    return {
        Cause.OVERRUN: translate("Vocabulary", "O", "letter of: Meeting ran over"),
        Cause.LATE: translate("Vocabulary", "L", "letter of: Late, parking"),
        Cause.TECH: translate("Vocabulary", "T", "letter of: Tech, wifi"),
        Cause.NOISE: translate("Vocabulary", "N", "letter of: Noise"),
        Cause.FAMILY: translate("Vocabulary", "F", "letter of: Family"),
        Cause.COLLEAGUE: translate("Vocabulary", "C", "letter of: A colleague"),
        Cause.SELF: translate("Vocabulary", "S", "letter of: My own mind"),
    }


def label_sources() -> list[tuple[str, str, str | None]]:
    """(context, English source, disambiguation) of every text in the table: what the
    translations must hold (the table's `translate` calls stay literal, for lupdate)."""
    found: list[tuple[str, str, str | None]] = []

    def note(context: str, text: str, disambiguation: str | None = None) -> str:
        found.append((context, text, disambiguation))
        return text

    _table(note)
    _glyphs(note)
    return found


def kind_label(kind: str) -> str:
    """ "Work", "Live meeting"; a kind from a newer Dayweave is kept and shown as "Other"."""
    return _table()[kind][0] if kind in KINDS else translate("Vocabulary", "Other")


def cause_label(cause: str | None) -> str:
    """ "Tech, wifi"; a cause of the user's own is shown as they wrote it; none ("other", as
    the week's summary counts it) is "Other" in the user's language."""
    if not cause or cause == "other":
        return translate("Vocabulary", "Other")
    return _table()[cause][0] if cause in CAUSES else cause


def cause_glyph(cause: str | None) -> str:
    """The one letter a disruption shows: its cause's, in the user's language; a cause of the
    user's own gives its first letter; none gives "?"."""
    if cause in CAUSES:
        return _glyphs()[cause]
    return cause.strip()[:1].upper() or "?" if cause and cause != "other" else "?"


def circle_label(circle: str | None) -> str:
    """ "Own team"; None is "Not sorted yet"; a circle from a newer Dayweave keeps its word."""
    if circle is None:
        return translate("Vocabulary", "Not sorted yet")
    return _table()[circle][0] if circle in CIRCLES else circle


def kind_word(kind: str) -> str:
    """A kind as the command line shows it and reads it back: `work`, in Dutch `werk`."""
    return _table()[kind][1] if kind in KINDS else kind


def cause_word(cause: str) -> str:
    """A cause as the command line shows it; a cause of the user's own stays as written."""
    return _table()[cause][1] if cause in CAUSES else cause


# -- the words people type -----------------------------------------------------------------

# Besides each stored word: English and Dutch words, and the labels in both languages
# (tests/unit/test_vocabulary.py checks every label and word shown reads back).
_TYPED: dict[StrEnum, tuple[str, ...]] = {
    Kind.WORK: ("werk",),
    Kind.LIFE: ("privé", "leven"),
    Kind.CALL: ("gesprek", "bellen"),
    Kind.MEETING: ("afspraak", "live meeting", "live afspraak"),
    Kind.DISRUPTION: ("storing", "verstoring", "onderbreking"),
    Kind.CONTACT: (),
    Cause.OVERRUN: ("uitloop", "meeting ran over", "afspraak liep uit"),
    Cause.LATE: ("laat", "late, parking", "te laat, parkeren", "te laat"),
    Cause.TECH: ("techniek", "tech, wifi", "techniek, wifi"),
    Cause.NOISE: ("lawaai",),
    Cause.FAMILY: ("gezin",),
    Cause.COLLEAGUE: ("collega", "a colleague", "een collega"),
    Cause.SELF: ("zelf", "my own mind", "mijn eigen hoofd"),
    Circle.CUSTOMER: ("klant",),
    Circle.LEADERSHIP: ("leiding",),
    Circle.TEAM: ("own team", "eigen team"),
    Circle.PEER: ("other team", "ander team"),
    Circle.REPORT: ("medewerker",),
    Circle.PARTNER: (),
}


def _fold(text: str) -> str:
    """How a typed word is compared: in any case, with or without accents, spaces around it
    and runs of them ignored ("PRIVE" is "privé")."""
    if text.isascii():  # nearly every word: no accents to take off
        return " ".join(text.lower().split())
    plain = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).split())


def _words(vocabulary: type[StrEnum]) -> dict[str, StrEnum]:
    words: dict[str, StrEnum] = {}
    for member in vocabulary:
        for word in (member.value, *_TYPED[member]):
            folded = _fold(word)
            if words.setdefault(folded, member) is not member:
                raise ValueError(f"{word!r} names two {vocabulary.__name__} members")
    return words


_KIND_WORDS = _words(Kind)
_CAUSE_WORDS = _words(Cause)
_CIRCLE_WORDS = _words(Circle)


def kind_of(text: str) -> Kind | None:
    """The kind a typed word names ("Storing" is disruption), or None: there are no kinds of
    one's own."""
    return _KIND_WORDS.get(_fold(text))  # type: ignore[return-value]


def cause_of(text: str) -> Cause | None:
    """The cause a typed word names ("Techniek" is tech), or None: a cause of one's own."""
    return _CAUSE_WORDS.get(_fold(text))  # type: ignore[return-value]


def circle_of(text: str) -> Circle | None:
    """The circle a typed word names ("Own team", "klant"), or None: not a circle."""
    return _CIRCLE_WORDS.get(_fold(text))  # type: ignore[return-value]
