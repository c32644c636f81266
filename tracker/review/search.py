"""Search over all history: titles, notes, tags, causes and people's names, in any case and
with or without accents, optionally only some kinds, only with someone, only between two
moments. Read a month of day files at a time, oldest first, so the first results come before
the last file is read; an entry is found once, at its start."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from tracker.kernel.model import Entry, Person, normalise_name
from tracker.kernel.vocabulary import cause_label, cause_of, cause_word
from tracker.review.report import who_stays

__all__ = ["Query", "SearchSource", "entry_text", "fold", "search"]

_CHUNK_DAYS = 31


def fold(text: str) -> str:
    """How text is compared: any case, with or without accents ("Zoë" is "zoe")."""
    if text.isascii():  # nearly every title: no accents to take off, and ten times quicker
        return " ".join(text.lower().split())
    return normalise_name(text)


class SearchSource(Protocol):
    def entry_days(self) -> list[str]: ...
    def entries_on_days(self, days: Iterable[str]) -> list[Entry]: ...


@dataclass(frozen=True, slots=True)
class Query:
    """`text`'s words must all be found; empty text finds every entry the filters keep.
    `people` are the ids of the people who stay (an entry naming one merged into them counts).
    """

    text: str = ""
    kinds: frozenset[str] = frozenset()
    people: frozenset[str] = frozenset()
    start: datetime | None = None
    end: datetime | None = None  # not included
    words: tuple[str, ...] = field(init=False)
    causes: tuple[str | None, ...] = field(init=False)  # the cause a word names, in any language

    def __post_init__(self) -> None:
        words = tuple(fold(self.text).split())
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "causes", tuple(cause_of(word) for word in words))


class _Words:
    """The folded words of causes and people, worked out once per search, not per entry."""

    def __init__(self, people: Mapping[str, Person]) -> None:
        self.people = people
        self._causes: dict[str, str] = {}
        self._persons: dict[str, str] = {}

    def cause(self, cause: str) -> str:
        if cause not in self._causes:
            self._causes[cause] = fold(f"{cause} {cause_word(cause)} {cause_label(cause)}")
        return self._causes[cause]

    def person(self, person_id: str) -> str:
        if person_id not in self._persons:
            person = who_stays(person_id, self.people)
            names = [] if person is None else [person.name, *person.aliases]
            self._persons[person_id] = fold(" ".join(names))
        return self._persons[person_id]


def entry_text(entry: Entry, people: Mapping[str, Person], words: _Words | None = None) -> str:
    """Everything of an entry a search looks in, folded."""
    words = words or _Words(people)
    parts = [fold(" ".join((entry.title, entry.note, *entry.tags)))]
    if entry.cause:
        parts.append(words.cause(entry.cause))
    parts.extend(words.person(person_id) for person_id in entry.people)
    return " ".join(parts)


def _kept(entry: Entry, query: Query, people: Mapping[str, Person], words: _Words) -> bool:
    if entry.deleted or (query.kinds and entry.kind not in query.kinds):
        return False
    if query.start is not None and entry.start < query.start:
        return False
    if query.end is not None and entry.start >= query.end:
        return False
    if query.people:
        staying = {p.id for i in entry.people if (p := who_stays(i, people)) is not None}
        if not staying & query.people:
            return False
    if not query.words:
        return True
    text = entry_text(entry, people, words)
    return all(
        word in text or (cause is not None and entry.cause == cause)
        for word, cause in zip(query.words, query.causes, strict=True)
    )


def _days(source: SearchSource, query: Query) -> list[str]:
    days = source.entry_days()
    # UTC day keys: a local day reaches at most a day either side of its UTC date.
    if query.start is not None:
        low = (query.start - timedelta(days=1)).date().isoformat()
        days = [d for d in days if d >= low]
    if query.end is not None:
        high = (query.end + timedelta(days=1)).date().isoformat()
        days = [d for d in days if d <= high]
    return days


def search(
    source: SearchSource, query: Query, people: Mapping[str, Person]
) -> Iterator[list[Entry]]:
    """The entries found, by start, a month of history at a time (a list per month read)."""
    days = _days(source, query)
    seen: set[str] = set()
    words = _Words(people)
    for at in range(0, len(days), _CHUNK_DAYS):
        found = []
        for entry in source.entries_on_days(days[at : at + _CHUNK_DAYS]):
            if entry.id not in seen and _kept(entry, query, people, words):
                seen.add(entry.id)
                found.append(entry)
        if found:
            yield sorted(found, key=lambda e: (e.start, e.id))
