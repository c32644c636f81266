"""Which cards become new people and which merge into someone you already have.

Linear in the cards and the people: the people you have are indexed once by normalised name
(and other names) and by e-mail address, and the index grows with each person the file adds.
A card matches by e-mail address first, then by name (ignoring case and accents); a match is
merged, never doubled.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tracker.kernel.model import Person, ValidationError, normalise_name, validate_person
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
    current: dict[str, Person] = {}
    by_email: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for person in people:
        if not person.deleted and person.merged_into is None:
            _index(person, current, by_email, by_name)
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
        match_id = next((by_email[e] for e in card.emails if e in by_email), None) or by_name.get(
            normalise_name(card.name)
        )
        if match_id is None:
            added[new.id] = len(plan.added)
            plan.added.append(new)
            _index(new, current, by_email, by_name)
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
        _index(changed, current, by_email, by_name)
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


def _index(
    person: Person, current: dict[str, Person], by_email: dict[str, str], by_name: dict[str, str]
) -> None:
    current[person.id] = person
    for email in person.emails:
        by_email.setdefault(email.lower(), person.id)
    for name in (person.name, *person.aliases):
        by_name.setdefault(normalise_name(name), person.id)
