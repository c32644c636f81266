"""A quick-entry line that is only a kind and plain title words (`disruption wifi dropped`),
told without loading the grammar: tracker.timeline.quickentry costs `dayweave log` ~20 ms of
imports (docs/ARCHITECTURE.md, Budgets), and most lines a shortcut sends are this plain."""

from __future__ import annotations

from tracker.kernel.model import MAX_TITLE
from tracker.kernel.textrules import ValidationError, check_text
from tracker.kernel.vocabulary import Kind, cause_of, kind_of

__all__ = ["WITH_WORDS", "plain_line"]

WITH_WORDS = {"with", "met"}  # the grammar's too: a name follows


def plain_line(line: str) -> tuple[str, str] | None:
    """(kind, title) when the grammar would read `line` as just these, else None: a word with a
    digit (a time), a tag, a bracket, "with", a disruption's cause, or a title the grammar
    refuses (it names the part) all need the grammar."""
    words = line.split()
    kind = kind_of(words[0]) if words else None
    if kind is None:
        return None
    rest = words[1:]
    if kind is Kind.DISRUPTION and rest and cause_of(rest[0]) is not None:
        return None
    for word in rest:
        if word.startswith(("#", "(")) or word.casefold() in WITH_WORDS:
            return None
        if any(char.isdigit() for char in word):
            return None
        try:
            check_text("title", word, MAX_TITLE)
        except ValidationError:
            return None
    title = " ".join(rest)
    return (kind.value, title) if len(title) <= MAX_TITLE else None
