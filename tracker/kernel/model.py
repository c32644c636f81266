"""Entries and people: the shapes on disk, and the rules a valid one obeys.

The on-disk shape is a contract (docs/ARCHITECTURE.md, The data): fields are added, never
repurposed. Fields this version does not know are kept in ``extra`` and written back unchanged, so
an older Dayweave never strips what a newer one added.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from typing import Any

from tracker.kernel.frozen import Frozen
from tracker.kernel.textrules import ValidationError, check_text, check_zone, visible
from tracker.kernel.vocabulary import (
    BLOCK_KINDS,
    CAUSES,
    CIRCLES,
    INSTANT_KINDS,
    KINDS,
    SPAN_KINDS,
)

__all__ = [
    "BLOCK_KINDS",
    "CAUSES",
    "CIRCLES",
    "INSTANT_KINDS",
    "KINDS",
    "SPAN_KINDS",
    "Entry",
    "Person",
    "ValidationError",
    "check_cause",
    "new_id",
    "normalise_name",
    "validate_entry",
    "validate_person",
]


MAX_TITLE = 500
MAX_NOTE = 10_000
MAX_CAUSE = 40
MAX_NAME = 200
MAX_TAG = 60
MAX_EVERY_DAYS = 3650


def new_id() -> str:
    import uuid  # with `platform` ~6 ms, paid at the first new id, not before the icon

    return uuid.uuid4().hex


def _put_version(
    record: Frozen,
    id: str | None,
    rev: int,
    updated: str,
    device: str,
    deleted: bool,
    extra: dict[str, Any] | None,
) -> None:
    """The fields every stored record has: identity, version, and what this version kept."""
    put = object.__setattr__
    put(record, "id", new_id() if id is None else id)
    put(record, "rev", rev)
    put(record, "updated", updated)
    put(record, "device", device)
    put(record, "deleted", deleted)
    put(record, "extra", {} if extra is None else extra)


class Entry(Frozen):
    """One logged thing: a block, a call or meeting, or an instant. Immutable."""

    __slots__ = (  # noqa: RUF023 - the order of __init__'s parameters, for repr
        "kind",
        "start",
        "end",
        "tz",
        "title",
        "note",
        "tags",
        "people",
        "cause",
        "lost_min",
        "until",
        "id",
        "rev",
        "updated",
        "device",
        "deleted",
        "extra",
    )
    _not_compared = ("extra",)
    kind: str
    start: datetime
    end: datetime | None
    tz: str
    title: str
    note: str
    tags: tuple[str, ...]
    people: tuple[str, ...]
    cause: str | None
    lost_min: int | None
    # When a disruption ended, if it lasted (a gap answered, or an edit); None: a moment. Added
    # beside `end`, not in it: older versions read a disruption with an end as damage.
    until: datetime | None
    id: str
    rev: int
    updated: str
    device: str
    deleted: bool
    extra: dict[str, Any]

    def __init__(
        self,
        kind: str,
        start: datetime,
        end: datetime | None = None,
        tz: str = "UTC",
        title: str = "",
        note: str = "",
        tags: tuple[str, ...] = (),
        people: tuple[str, ...] = (),
        cause: str | None = None,
        lost_min: int | None = None,
        until: datetime | None = None,
        id: str | None = None,
        rev: int = 0,
        updated: str = "",
        device: str = "",
        deleted: bool = False,
        extra: dict[str, Any] | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "kind", kind)
        put(self, "start", start)
        put(self, "end", end)
        put(self, "tz", tz)
        put(self, "title", title)
        put(self, "note", note)
        put(self, "tags", tags)
        put(self, "people", people)
        put(self, "cause", cause)
        put(self, "lost_min", lost_min)
        put(self, "until", until)
        _put_version(self, id, rev, updated, device, deleted, extra)

    @property
    def running(self) -> bool:
        return self.end is None and self.kind not in INSTANT_KINDS

    @property
    def is_block(self) -> bool:
        return self.kind in BLOCK_KINDS

    @property
    def is_instant(self) -> bool:
        return self.kind in INSTANT_KINDS

    @property
    def live(self) -> bool:
        """A meeting is by definition live and in person (lesson 2)."""
        return self.kind == "meeting"


class Person(Frozen):
    """Someone to stay in touch with. Immutable."""

    __slots__ = (  # noqa: RUF023 - the order of __init__'s parameters, for repr
        "name",
        "circle",
        "team",
        "every_days",
        "notes",
        "emails",
        "next_action",
        "aliases",
        "merged_into",
        "created",
        "id",
        "rev",
        "updated",
        "device",
        "deleted",
        "extra",
    )
    _not_compared = ("extra",)
    name: str
    circle: str | None  # None: not sorted yet (not in the compass, not nudged)
    team: str
    every_days: int | None
    notes: str
    emails: tuple[str, ...]
    next_action: str  # agreed in the last minutes of the last call
    aliases: tuple[str, ...]  # other names that find this person ("Mia", an old surname)
    merged_into: str | None  # set on the record merged away: the id of the one that stays
    # When the person was added or imported (UTC text), set by the store on the first write:
    # a person never contacted is due from here, not at once. "" on records older than it.
    created: str
    id: str
    rev: int
    updated: str
    device: str
    deleted: bool
    extra: dict[str, Any]

    def __init__(
        self,
        name: str,
        circle: str | None = None,
        team: str = "",
        every_days: int | None = None,
        notes: str = "",
        emails: tuple[str, ...] = (),
        next_action: str = "",
        aliases: tuple[str, ...] = (),
        merged_into: str | None = None,
        created: str = "",
        id: str | None = None,
        rev: int = 0,
        updated: str = "",
        device: str = "",
        deleted: bool = False,
        extra: dict[str, Any] | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "name", name)
        put(self, "circle", circle)
        put(self, "team", team)
        put(self, "every_days", every_days)
        put(self, "notes", notes)
        put(self, "emails", emails)
        put(self, "next_action", next_action)
        put(self, "aliases", aliases)
        put(self, "merged_into", merged_into)
        put(self, "created", created)
        _put_version(self, id, rev, updated, device, deleted, extra)


_PERSON_ID = re.compile(r"[0-9a-f]{32}")  # compiled once: checked for every entry read
FIRST_YEAR, LAST_YEAR = 1000, 9998  # four-digit years, with a day's room at both ends


def check_cause(kind: str, cause: object) -> None:
    """Only a disruption has a cause: the one rule for a log, a quick-entry line, an edit, an
    import and a record read from a file, each of which reaches it through validate_entry."""
    if cause is not None and kind != "disruption":
        raise ValidationError("cause", "only a disruption has a cause", "cause_not_disruption")


def validate_entry(entry: Entry, *, stored: bool = False) -> Entry:
    """Return the entry if it may be stored; raise ValidationError naming the field if not.

    With `stored` (reading what is on disk), what an earlier or newer Dayweave may have
    written passes: a kind this version does not know, a zone this machine's tz database
    lacks, a year outside 1000-9998 that Python can still hold.
    """
    known_kind = not stored
    if known_kind and entry.kind not in KINDS:
        raise ValidationError(
            "kind",
            f"{entry.kind!r} is not a kind; use one of {', '.join(KINDS)}",
            "unknown_kind",
            {"kind": entry.kind},
        )
    for name in ("start", "end", "until"):
        value = getattr(entry, name)
        if value is None and name != "start":
            continue
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValidationError(name, f"{name} is not a time with a zone", "not_a_time")
        if not stored and not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise ValidationError(
                name,
                f"the year {value.year} is outside {FIRST_YEAR}-{LAST_YEAR}",
                "year_range",
                {"year": value.year, "low": FIRST_YEAR, "high": LAST_YEAR},
            )
    if not isinstance(entry.kind, str) or not entry.kind:
        raise ValidationError("kind", "kind must be a word", "not_text")
    if isinstance(entry.rev, bool) or not isinstance(entry.rev, int) or not 0 <= entry.rev < 2**53:
        raise ValidationError("rev", "the revision is not a whole number", "not_a_number")
    if entry.end is not None:
        if entry.kind in INSTANT_KINDS:
            raise ValidationError(
                "end", f"a {entry.kind} is a moment and has no end", "moment_has_end"
            )
        if entry.end < entry.start:
            raise ValidationError("end", "end is before start", "end_before_start")
    if not stored:
        check_zone(entry.tz)
    elif not isinstance(entry.tz, str):
        raise ValidationError("tz", "the time zone is not text", "not_text")
    check_text("title", entry.title, MAX_TITLE)
    check_text("note", entry.note, MAX_NOTE, multiline=True)
    for tag in entry.tags:
        check_text("tags", tag, MAX_TAG)
        if not tag or any(c.isspace() for c in tag):
            raise ValidationError(
                "tags", f"tag {tag!r} must be one word", "tag_words", {"tag": tag}
            )
    for person_id in entry.people:
        if not isinstance(person_id, str) or not _PERSON_ID.fullmatch(person_id):
            raise ValidationError("people", f"{person_id!r} is not a person id", "not_a_person")
    check_cause(entry.kind, entry.cause)
    if entry.until is not None:
        _check_until(entry)
    if entry.cause is not None:
        check_text("cause", entry.cause, MAX_CAUSE)
        if not entry.cause.strip():
            raise ValidationError("cause", "cause is empty", "empty")
    if entry.lost_min is not None:
        if entry.kind != "disruption":
            raise ValidationError(
                "lost_min", "only a disruption has time lost", "lost_not_disruption"
            )
        if isinstance(entry.lost_min, bool) or not isinstance(entry.lost_min, int):
            raise ValidationError("lost_min", "time lost must be whole minutes", "lost_range")
        if not 0 <= entry.lost_min <= 24 * 60:
            raise ValidationError(
                "lost_min", "time lost must be between 0 and 1440 minutes", "lost_range"
            )
    return entry


MAX_DISRUPTION = timedelta(days=1)


def _check_until(entry: Entry) -> None:
    """A disruption that lasted: after its start, at most a day (the time lost's bound)."""
    until = entry.until
    assert until is not None
    if entry.kind != "disruption":
        raise ValidationError("until", "only a disruption lasts", "until_not_disruption")
    if until < entry.start:
        raise ValidationError("until", "the disruption ends before it starts", "until_before_start")
    if until - entry.start > MAX_DISRUPTION:
        raise ValidationError("until", "a disruption lasts at most a day", "until_range")


def validate_person(person: Person, *, stored: bool = False) -> Person:
    """With `stored`, a name an earlier Dayweave let through (invisible characters) passes."""
    check_text("name", person.name, MAX_NAME)
    if not (person.name.strip() if stored else visible(person.name)):
        raise ValidationError("name", "name is empty", "empty")
    if person.circle is not None and person.circle not in CIRCLES:
        raise ValidationError(
            "circle",
            f"{person.circle!r} is not a circle; use one of {', '.join(CIRCLES)}",
            "unknown_circle",
            {"circle": person.circle},
        )
    check_text("team", person.team, MAX_NAME)
    check_text("notes", person.notes, MAX_NOTE, multiline=True)
    check_text("next_action", person.next_action, MAX_TITLE)
    if len(person.aliases) > 50:
        raise ValidationError("aliases", "at most 50 other names", "too_many_aliases")
    for alias in person.aliases:
        check_text("aliases", alias, MAX_NAME)
        if not alias.strip():
            raise ValidationError("aliases", "an other name is empty", "empty")
    if person.merged_into is not None and not (
        isinstance(person.merged_into, str) and _PERSON_ID.fullmatch(person.merged_into)
    ):
        raise ValidationError("merged_into", "merged into must be a person id", "not_a_person")
    if len(person.emails) > 20:
        raise ValidationError("emails", "at most 20 e-mail addresses", "too_many_emails")
    for email in person.emails:
        check_text("emails", email, MAX_NAME)
        if not re.fullmatch(r"[^@\s]+@[^@\s]+", email):
            raise ValidationError(
                "emails", f"{email!r} is not an e-mail address", "not_an_email", {"email": email}
            )
    if person.every_days is not None and (
        isinstance(person.every_days, bool)
        or not isinstance(person.every_days, int)
        or not 1 <= person.every_days <= MAX_EVERY_DAYS
    ):
        raise ValidationError(
            "every_days",
            f"every must be 1 to {MAX_EVERY_DAYS} days",
            "out_of_range",
            {"low": 1, "high": MAX_EVERY_DAYS},
        )
    return person


def normalise_name(name: str) -> str:
    """Case- and accent-insensitive form of a name, so "Zoë" finds "zoe"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())
