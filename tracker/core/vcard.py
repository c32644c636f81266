"""Reading people from vCard (.vcf) files, and merging them into the people you have.

A malformed card is reported and skipped; the rest are read. Cards match an existing person by
e-mail address or by name (ignoring case and accents): those are merged, never doubled.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from tracker.core.model import Person, ValidationError, normalise_name, validate_person

__all__ = ["Card", "ImportPlan", "parse_vcards", "plan_import"]

_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Card:
    name: str
    emails: tuple[str, ...] = ()
    team: str = ""
    notes: str = ""


@dataclass(slots=True)
class ImportPlan:
    added: list[Person] = field(default_factory=list)
    merged: list[Person] = field(default_factory=list)  # people already there, as updated
    duplicates: int = 0  # cards merged into a person added or kept as they were
    skipped: list[str] = field(default_factory=list)  # why, one line a card


class ImportProblem(str):
    """Why one card was skipped: English text (the command line prints it), plus a code and
    the card (its number or name) for the app to say it in the user's language."""

    code: str
    card: str
    error: ValidationError | None

    def __new__(
        cls, text: str, code: str, card: str = "", error: ValidationError | None = None
    ) -> ImportProblem:
        problem = super().__new__(cls, text)
        problem.code = code
        problem.card = card
        problem.error = error
        return problem


def _split_cards(text: str) -> list[str]:
    """One text per BEGIN:VCARD, so one bad card cannot take its neighbours with it."""
    starts = [m.start() for m in _BEGIN.finditer(text)]
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=False)]


def _value(component, name: str) -> str:
    item = getattr(component, name, None)
    value = getattr(item, "value", "") if item is not None else ""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    return str(value).strip()


def parse_vcards(text: str) -> tuple[list[Card], list[str]]:
    """The cards in a .vcf text, and one reason for each card that could not be read."""
    import vobject  # only the import needs it

    cards: list[Card] = []
    problems: list[str] = []
    chunks = _split_cards(text)
    if not chunks and text.strip():
        return [], [ImportProblem("the file holds no vCard (no BEGIN:VCARD line)", "no_cards")]
    for number, chunk in enumerate(chunks, start=1):
        try:
            component = vobject.readOne(chunk)
        except Exception as error:  # vobject raises many kinds for broken input
            problems.append(
                ImportProblem(
                    f"card {number}: not a readable vCard ({type(error).__name__})",
                    "unreadable",
                    str(number),
                )
            )
            continue
        name = _value(component, "fn")
        if not name and hasattr(component, "n"):
            parts = component.n.value
            name = " ".join(p for p in (parts.given, parts.additional, parts.family) if p).strip()
        if not name:
            problems.append(ImportProblem(f"card {number}: has no name", "no_name", str(number)))
            continue
        emails = tuple(
            str(e.value).strip().lower()
            for e in component.contents.get("email", [])
            if str(e.value).strip()
        )
        org = component.contents.get("org", [])
        team = ""
        if org:
            value = org[0].value
            team = " ".join(value) if isinstance(value, list) else str(value)
        cards.append(Card(name, emails, team.strip(), _value(component, "note")))
    return cards, problems


def plan_import(cards: Iterable[Card], people: Iterable[Person], circle: str) -> ImportPlan:
    """Which cards become new people and which merge into someone you already have."""
    plan = ImportPlan()
    known = [p for p in people if not p.deleted]
    for card in cards:
        try:  # a card that would make an invalid person is skipped and said, not half-imported
            validate_person(
                Person(
                    name=card.name,
                    circle=circle,
                    team=card.team,
                    notes=card.notes,
                    emails=card.emails,
                )
            )
        except ValidationError as error:
            name = card.name[:40]
            plan.skipped.append(ImportProblem(f"{name!r}: {error}", "invalid", name, error))
            continue
        emails = set(card.emails)
        match = next((p for p in known if emails & set(p.emails)), None) or next(
            (p for p in known if normalise_name(p.name) == normalise_name(card.name)), None
        )
        if match is None:
            person = Person(
                name=card.name,
                circle=circle,
                team=card.team,
                notes=card.notes,
                emails=tuple(sorted(emails)),
            )
            plan.added.append(person)
            known.append(person)
            continue
        merged = match.with_changes(
            emails=tuple(sorted(set(match.emails) | emails)),
            team=match.team or card.team,
            notes=match.notes or card.notes,
        )
        known[known.index(match)] = merged
        if any(p is match for p in plan.added):  # the same person twice in one file
            plan.added[next(i for i, p in enumerate(plan.added) if p is match)] = merged
            plan.duplicates += 1
        elif merged != match:
            plan.merged = [p for p in plan.merged if p.id != merged.id] + [merged]
        else:
            plan.duplicates += 1
    return plan
