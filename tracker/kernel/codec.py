"""Entries and people to and from the records on disk (docs/ARCHITECTURE.md, The data: a contract).

Fields this version does not know are kept in ``extra`` and written back unchanged, so an
older Dayweave never strips what a newer one added.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tracker.kernel.model import MAX_DISRUPTION, Entry, Person, validate_entry, validate_person
from tracker.kernel.timefmt import parse_utc, to_utc_text

__all__ = [
    "entry_from_record",
    "entry_to_record",
    "person_from_record",
    "person_to_record",
    "stored_entry",
    "stored_person",
]


_ENTRY_FIELDS = (
    "id", "kind", "start", "end", "tz", "title", "note", "tags", "people", "cause", "lost_min",
    "rev", "until", "updated", "device", "deleted",
)  # fmt: skip
_ENTRY_FIELD_SET = frozenset(_ENTRY_FIELDS)  # asked of every field of every entry read
_PERSON_FIELDS = (
    "id", "name", "circle", "team", "every_days", "notes", "emails", "next_action", "aliases",
    "merged_into", "rev", "updated", "device", "deleted", "created",
)  # fmt: skip


def entry_to_record(entry: Entry) -> dict[str, Any]:
    record = dict(entry.extra)
    record.update(
        id=entry.id,
        kind=entry.kind,
        start=to_utc_text(entry.start),
        end=None if entry.end is None else to_utc_text(entry.end),
        tz=entry.tz,
        title=entry.title,
        note=entry.note,
        tags=list(entry.tags),
        people=list(entry.people),
        cause=entry.cause,
        lost_min=entry.lost_min,
        rev=entry.rev,
        updated=entry.updated,
        device=entry.device,
        deleted=entry.deleted,
    )
    # Added, not repurposed (a disruption's `end` stays null: older versions read it as a
    # moment); null is written too, so an edit that takes the length off clears it.
    record["until"] = None if entry.until is None else to_utc_text(entry.until)
    return record


def entry_from_record(record: dict[str, Any]) -> Entry:
    """Read a stored entry; a record of the wrong shape raises ValueError."""
    try:
        # Passed by position: built for every entry read, and seventeen keywords cost half as
        # much again. Read in the order they always were, so damage is named as before.
        get = record.get
        end = get("end")
        start = parse_utc(record["start"])
        entry_id = str(record["id"])
        kind = str(record["kind"])
        return Entry(
            kind,
            start,
            None if end is None else parse_utc(end),
            str(get("tz") or "UTC"),
            str(get("title") or ""),
            str(get("note") or ""),
            tuple(get("tags") or ()),
            tuple(get("people") or ()),
            get("cause"),
            get("lost_min"),
            _fitting_until(record, start),
            entry_id,
            int(get("rev") or 0),
            str(get("updated") or ""),
            str(get("device") or ""),
            bool(get("deleted", False)),
            _unknown_fields(record),
        )
    except (KeyError, TypeError, AttributeError, OverflowError) as error:
        raise ValueError(f"not an entry: {error}") from None


def _unknown_fields(record: dict[str, Any]) -> dict[str, Any]:
    # Nearly every record holds only known fields: a set test in C, not a loop per field.
    if record.keys() <= _ENTRY_FIELD_SET:
        return {}
    return {k: v for k, v in record.items() if k not in _ENTRY_FIELD_SET}


def _fitting_until(record: dict[str, Any], start: datetime) -> datetime | None:
    """A disruption's end, or none where it no longer fits: an older Dayweave keeps a field it
    does not know while it moves the disruption past it or makes it another kind, and the
    entry must not vanish here for that (it still shows there)."""
    value = record.get("until")
    if value is None or record.get("kind") != "disruption":
        return None
    try:
        until = parse_utc(value)
    except (ValueError, TypeError, AttributeError, OverflowError):
        return None
    return until if start <= until <= start + MAX_DISRUPTION else None


def person_to_record(person: Person) -> dict[str, Any]:
    record = dict(person.extra)
    record.update(
        id=person.id,
        name=person.name,
        circle=person.circle,
        team=person.team,
        every_days=person.every_days,
        notes=person.notes,
        emails=list(person.emails),
        next_action=person.next_action,
        aliases=list(person.aliases),
        merged_into=person.merged_into,
        rev=person.rev,
        updated=person.updated,
        device=person.device,
        deleted=person.deleted,
    )
    if person.created:  # added, not repurposed: records older than it simply lack the key
        record["created"] = person.created
    return record


def person_from_record(record: dict[str, Any]) -> Person:
    try:
        return Person(
            id=str(record["id"]),
            name=str(record["name"]),
            circle=None if record.get("circle") is None else str(record["circle"]),
            team=str(record.get("team") or ""),
            every_days=record.get("every_days"),
            notes=str(record.get("notes") or ""),
            emails=tuple(str(e) for e in record.get("emails") or ()),
            next_action=str(record.get("next_action") or ""),
            aliases=tuple(str(a) for a in record.get("aliases") or ()),
            merged_into=None if record.get("merged_into") is None else str(record["merged_into"]),
            created=str(record.get("created") or ""),
            rev=int(record.get("rev") or 0),
            updated=str(record.get("updated") or ""),
            device=str(record.get("device") or ""),
            deleted=bool(record.get("deleted", False)),
            extra={k: v for k, v in record.items() if k not in _PERSON_FIELDS},
        )
    except (KeyError, TypeError, AttributeError, OverflowError) as error:
        raise ValueError(f"not a person: {error}") from None


def stored_entry(record: dict[str, Any]) -> Entry:
    """An entry read from disk, checked as a new one is (a kind from a newer Dayweave kept):
    ValueError says what is wrong, so the week, the nudges and check skip the same records."""
    entry = entry_from_record(record)
    if not isinstance(record.get("id"), str):
        raise ValueError("not an entry: its id is not text")
    for name in ("tags", "people"):  # "notalist" would be read as the tags n, o, t...
        value = record.get(name)
        if value and not isinstance(value, list):  # null or empty: none
            raise ValueError(f"not an entry: its {name} are not a list")
    validate_entry(entry, stored=True)
    return entry


def stored_person(record: dict[str, Any]) -> Person:
    """A person read from disk, checked as a new one is."""
    person = person_from_record(record)
    if not isinstance(record.get("id"), str) or not isinstance(record.get("name"), str):
        raise ValueError("not a person: the id or the name is not text")
    validate_person(person, stored=True)
    return person
