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


def entry_text(entry: Entry, people: Mapping[str, Person]) -> str:
    """Everything of an entry a search looks in, folded."""
    parts = [entry.title, entry.note, *entry.tags]
    if entry.cause:
        parts += [entry.cause, cause_word(entry.cause), cause_label(entry.cause)]
    for person_id in entry.people:
        person = who_stays(person_id, people)
        if person is not None:
            parts += [person.name, *person.aliases]
    return fold(" ".join(parts))


def _kept(entry: Entry, query: Query, people: Mapping[str, Person]) -> bool:
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
    text = entry_text(entry, people)
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
    for at in range(0, len(days), _CHUNK_DAYS):
        found = []
        for entry in source.entries_on_days(days[at : at + _CHUNK_DAYS]):
            if entry.id not in seen and _kept(entry, query, people):
                seen.add(entry.id)
                found.append(entry)
        if found:
            yield sorted(found, key=lambda e: (e.start, e.id))
