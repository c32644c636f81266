"""The full JSON backup: every entry, person and setting with every field, tombstones
included, under a `format` and `version` header. `dayweave import` reads it back exactly."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from tracker.kernel.codec import stored_entry, stored_person
from tracker.kernel.model import Entry, Person, ValidationError
from tracker.kernel.words import fill, translate

__all__ = [
    "BACKUP_FORMAT",
    "BACKUP_VERSION",
    "Backup",
    "BackupWriter",
    "NewerBackup",
    "NotABackup",
    "check_records",
    "check_version",
    "read_backup",
]

BACKUP_FORMAT = "dayweave-backup"
BACKUP_VERSION = 1  # raise when a field changes meaning; an older Dayweave then refuses


class NotABackup(ValidationError):
    """Not a file `dayweave export --format json` wrote."""


class NewerBackup(ValidationError):
    """Written by a newer Dayweave in a format this one cannot read: nothing is imported."""


def _dump(record: Any) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


class BackupWriter:
    """Writes the document piece by piece, so five years of entries never sit in memory as
    one string: the header, settings and people first, then entries as they come."""

    def __init__(
        self, stream: TextIO, header: dict[str, Any], settings: dict, people: Iterable[dict]
    ) -> None:
        self.stream = stream
        self._first = True
        head = {"format": BACKUP_FORMAT, "version": BACKUP_VERSION, **header}
        stream.write("{\n")
        for key, value in head.items():
            stream.write(f"{_dump(key)}: {_dump(value)},\n")
        stream.write(f'"settings": {_dump(settings)},\n"people": [')
        stream.write(",".join(f"\n{_dump(p)}" for p in people))
        stream.write('\n],\n"entries": [')

    def entries(self, records: Iterable[dict]) -> int:
        count = 0
        for record in records:
            self.stream.write(("\n" if self._first else ",\n") + _dump(record))
            self._first = False
            count += 1
        return count

    def finish(self) -> None:
        self.stream.write("\n]\n}\n")


class Backup:
    """The parts of a backup as read: raw records, checked one by one on import."""

    __slots__ = ("entries", "people", "settings", "version")

    def __init__(self, version: int, entries: list, people: list, settings: dict) -> None:
        self.version = version
        self.entries = entries
        self.people = people
        self.settings = settings


def check_version(version: int) -> None:
    """NewerBackup when a newer Dayweave wrote the backup: nothing of it may be imported."""
    if version > BACKUP_VERSION:
        text = translate(
            "Backup",
            "this backup is format version %1, written by a newer Dayweave; "
            "this one reads up to version %2: update Dayweave to import it",
        )
        raise NewerBackup(
            "version",
            fill(text, version, BACKUP_VERSION),
            "newer_backup",
            {"version": version, "known": BACKUP_VERSION},
        )


def read_backup(data: Any) -> Backup:
    """The backup in parsed JSON; NotABackup or NewerBackup (nothing may be imported then)."""
    if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT:
        text = translate("Backup", "this is not a Dayweave backup (dayweave export --format json)")
        raise NotABackup("format", text, "not_backup")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise NotABackup("version", "the backup has no version", "not_backup")
    check_version(version)
    parts = []
    for name in ("entries", "people"):
        value = data.get(name, [])
        if not isinstance(value, list):
            raise NotABackup(name, f"the backup's {name} are not a list", "not_backup")
        parts.append(value)
    settings = data.get("settings") or {}
    if not isinstance(settings, dict):
        raise NotABackup("settings", "the backup's settings are not an object", "not_backup")
    return Backup(version, parts[0], parts[1], settings)


def _where(record: Any, index: int, what: str) -> str:
    ident = record.get("id") if isinstance(record, dict) else None
    return f"{what} {index + 1}" + (f" ({ident})" if isinstance(ident, str) else "")


def check_records(
    entries: Iterable[Any], people: Iterable[Any], first: int = 0
) -> tuple[list[Entry], list[Person], list[tuple[str, str]]]:
    """Each record checked as the store checks what it reads; a bad one is named and left out.

    Returns the good entries and people and (where, why) for each bad record; `first` is the
    number of the chunk's first entry in the whole file, for the messages.
    """
    good_entries: list[Entry] = []
    good_people: list[Person] = []
    problems: list[tuple[str, str]] = []
    for index, record in enumerate(people):
        try:
            if not isinstance(record, dict):
                raise ValueError("not an object")
            good_people.append(stored_person(record))
        except (ValueError, TypeError) as error:
            problems.append((_where(record, index, "person"), str(error)))
    for index, record in enumerate(entries, start=first):
        try:
            if not isinstance(record, dict):
                raise ValueError("not an object")
            good_entries.append(stored_entry(record))
        except (ValueError, TypeError) as error:
            problems.append((_where(record, index, "entry"), str(error)))
    return good_entries, good_people, problems
