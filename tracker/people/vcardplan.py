"""Which cards become new people and which merge into someone you already have.

Linear in the cards and the people: the people you have are indexed once by normalised name
(and other names) and by e-mail address, and the index grows with each person the file adds.
A card matches by e-mail address first, then by name (ignoring case and accents); a match is
merged, never doubled. An address is matched only where the names agree (identity.names_agree):
two cards sharing a family's address with different names ("Jan Bakker", "Anna Bakker") are two
people, each holding the address, so no name is lost. (Not one person with the other name as an
alias: that would make two humans one, their meetings and nudges mixed, and drop the second
card's notes.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tracker.kernel.model import Person, ValidationError, normalise_name, validate_person
from tracker.people.identity import names_agree
from tracker.people.vcard import MAX_EMAILS, Card, ImportProblem

__all__ = ["ImportPlan", "plan_import"]


@dataclass(slots=True)
class ImportPlan:
    added: list[Person] = field(default_factory=list)
    merged: list[Person] = field(default_factory=list)  # people already there, as updated
    duplicates: int = 0  # cards merged into a person added or kept as they were
    skipped: list[ImportProblem] = field(default_factory=list)


def plan_import(cards: Iterable[Card], people: Iterable[Person], circle: str | None) -> ImportPlan:
    plan = ImportPlan()
    known = _Known()
    for person in people:
        if not person.deleted and person.merged_into is None:
            known.index(person)
    current = known.current
    added: dict[str, int] = {}  # id -> position in plan.added
    merged: dict[str, Person] = {}  # id -> the person as merged (insertion order kept)
    for card in cards:
        new = Person(
            name=card.name,
            circle=circle,
            team=card.team,
            notes=card.notes,
            emails=tuple(sorted(card.emails)),
        )
        try:  # a card that would make an invalid person is skipped and said, not half-imported
            validate_person(new)
        except ValidationError as error:
            plan.skipped.append(
                ImportProblem(
                    "invalid",
                    card.line,
                    card.name[:60],
                    {
                        "field": error.field,
                        **error.values,
                        "error": error.code,
                        "message": str(error),
                    },
                )
            )
            continue
        match_id = known.match(card)
        if match_id is None:
            added[new.id] = len(plan.added)
            plan.added.append(new)
            known.index(new)
            continue
        match = current[match_id]
        held = {e.lower() for e in match.emails}  # an address is the same in any case
        new_emails = [e for e in card.emails if e not in held]
        room = max(0, MAX_EMAILS - len(match.emails))  # a person holds 20: theirs stay first
        emails = tuple(sorted({*match.emails, *new_emails[:room]}))
        changed = match.with_changes(
            emails=emails if emails != tuple(sorted(match.emails)) else match.emails,
            team=match.team or card.team,
            notes=match.notes or card.notes,
        )
        known.index(changed)
        if match_id in added:  # the same person twice in one file
            plan.added[added[match_id]] = changed
            plan.duplicates += 1
        elif changed != match:
            merged.pop(match_id, None)
            merged[match_id] = changed
        else:
            plan.duplicates += 1
    plan.merged = list(merged.values())
    return plan


class _Known:
    """The people so far, by id, by each address (all who hold it) and by each name."""

    def __init__(self) -> None:
        self.current: dict[str, Person] = {}
        self.names: dict[str, tuple[str, ...]] = {}  # id -> normalised names, made once
        self.by_email: dict[str, list[str]] = {}
        self.by_name: dict[str, str] = {}

    def index(self, person: Person) -> None:
        self.current[person.id] = person
        for email in person.emails:
            holders = self.by_email.setdefault(email.lower(), [])
            if person.id not in holders:
                holders.append(person.id)
        if person.id not in self.names:
            self.names[person.id] = tuple(normalise_name(n) for n in (person.name, *person.aliases))
        for name in self.names[person.id]:
            self.by_name.setdefault(name, person.id)

    def match(self, card: Card) -> str | None:
        """Who the card is: one holding its address whose name agrees, else by name. A card
        without a name of its own (named by its company or address) is whoever holds it."""
        holders = list(dict.fromkeys(i for e in card.emails for i in self.by_email.get(e, ())))
        if holders and card.named_by != "name":
            return holders[0]
        name = normalise_name(card.name)
        agreeing = (i for i in holders if any(names_agree(n, name) for n in self.names[i]))
        return next(agreeing, None) or self.by_name.get(name)
