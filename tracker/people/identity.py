"""Who a typed name means (docs/ARCHITECTURE.md, The rules of the day: names).

Order, ignoring case and accents: the full name; then a unique match on the first name, a
leading part of the name, an alias or an e-mail address. A record merged into another one
leads to the one that stays, so old names keep finding the same human.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from tracker.kernel.frozen import Frozen
from tracker.kernel.merge import follow_merges
from tracker.kernel.model import Person, normalise_name

__all__ = [
    "Resolution",
    "looks_like_name",
    "names_agree",
    "resolve_name",
    "suggest",
    "tidy_new_name",
]

_PARTICLES = {"de", "van", "der", "den", "von", "la", "le", "du", "da", "di", "ten", "ter"}


class Resolution(Frozen):
    """`person` when exactly one matches; `candidates` (two or more) when the name is ambiguous."""

    __slots__ = ("person", "candidates")  # noqa: RUF023 - __init__ order
    person: Person | None
    candidates: tuple[Person, ...]

    def __init__(self, person: Person | None = None, candidates: tuple[Person, ...] = ()):
        object.__setattr__(self, "person", person)
        object.__setattr__(self, "candidates", candidates)

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


def _names_of(person: Person) -> list[str]:
    return [normalise_name(person.name), *(normalise_name(a) for a in person.aliases)]


def _unique(found: Iterable[Person]) -> tuple[Person, ...]:
    by_id: dict[str, Person] = {}
    for person in found:
        by_id.setdefault(person.id, person)
    return tuple(sorted(by_id.values(), key=lambda p: normalise_name(p.name)))


def resolve_name(name: str, people: Sequence[Person]) -> Resolution:
    """Who `name` means among `people` (every stored record, merged ones included)."""
    wanted = normalise_name(name)
    if not wanted:
        return Resolution()
    by_id = {p.id: p for p in people}
    records = [p for p in people if not p.deleted]

    def stays(person: Person) -> Person | None:
        kept = follow_merges(person, by_id)
        return None if kept.deleted or kept.merged_into is not None else kept

    def matches(test: Callable[[Person], bool]) -> tuple[Person, ...]:
        return _unique(kept for p in records if test(p) and (kept := stays(p)) is not None)

    exact = matches(lambda p: normalise_name(p.name) == wanted)
    if exact:
        return Resolution(exact[0], exact) if len(exact) == 1 else Resolution(None, exact)
    words = wanted.split()

    def loosely(person: Person) -> bool:
        if wanted in (normalise_name(a) for a in person.aliases):
            return True
        if "@" in wanted and wanted in (e.casefold() for e in person.emails):
            return True
        return any(n.split()[: len(words)] == words for n in _names_of(person))

    loose = matches(loosely)
    if len(loose) == 1:
        return Resolution(loose[0], loose)
    return Resolution(None, loose)


def _words(normalised: str) -> list[str]:
    """A normalised name's words, "last, first" turned round as Outlook writes it."""
    last, comma, first = normalised.partition(",")
    text = f"{first} {last}" if comma else normalised
    return [w.rstrip(".") for w in text.split() if w.rstrip(".")]


def names_agree(one: str, other: str) -> bool:
    """Whether two normalised names can be one human's (the same words in any order, one the
    leading part of the other, the same first name, or an initial for it): "Joost" and
    "Bakker, Joost" and "J. Bakker" agree with "Joost Bakker"; "Anna Bakker" does not (a
    family's shared address is two people). A name that is an address agrees with any."""
    if "@" in one or "@" in other:
        return True
    a, b = _words(one), _words(other)
    if not a or not b or sorted(a) == sorted(b) or a[: len(b)] == b or b[: len(a)] == a:
        return True
    short, long = sorted((a[0], b[0]), key=len)
    return short == long or (len(short) == 1 and long.startswith(short))


def suggest(prefix: str, people: Sequence[Person], limit: int = 10) -> list[Person]:
    """People a Who field offers for what has been typed so far: name words, aliases, e-mails."""
    wanted = normalise_name(prefix)
    found = []
    for person in people:
        if person.deleted or person.merged_into is not None:
            continue
        texts = [*_names_of(person), *(e.casefold() for e in person.emails)]
        if not wanted or any(
            text.startswith(wanted) or any(w.startswith(wanted) for w in text.split())
            for text in texts
        ):
            found.append(person)
    return sorted(found, key=lambda p: normalise_name(p.name))[:limit]


def looks_like_name(text: str, circle: str | None = None) -> bool:
    """A new person is made only from something that looks like a name: capitalised, or with
    a circle given in brackets. "kids" and "the team" stay words of the title."""
    if circle is not None:
        return True
    words = text.split()
    return bool(words) and words[0][:1].isupper() and not words[0][:1].isdigit()


def tidy_new_name(text: str) -> str:
    """A name typed all in lower case gets capitals ("eva smit" -> "Eva Smit"); one typed with
    capitals stays as typed."""
    words = text.split()
    if any(w[:1].isupper() for w in words):
        return " ".join(words)
    return " ".join(
        w if (i and w in _PARTICLES) else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )
