"""Entries as CSV for spreadsheets: one row per entry, RFC 4180 quoting, UTF-8 with a BOM so
spreadsheets detect the encoding, and no cell a spreadsheet could run as a formula."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, TextIO

from tracker.kernel.model import Entry, Person

__all__ = [
    "BOM",
    "CSV_HEADER",
    "csv_row",
    "entry_people",
    "entry_zone",
    "local_text",
    "safe_cell",
    "write_csv",
]

CSV_HEADER = (
    "id", "kind", "start", "end", "minutes", "tz", "title", "cause", "people", "circles",
    "tags", "note", "live",
)  # fmt: skip
BOM = "\ufeff"
# OWASP's rule for CSV injection: a cell starting with one of these may be run as a formula.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Text a spreadsheet shows as text: a leading formula character gets a `'` before it,
    also behind leading blanks (a spreadsheet that trims spaces on import would run it)."""
    if text.startswith(_FORMULA_STARTS) or text.lstrip().startswith(_FORMULA_STARTS):
        return f"'{text}"
    return text


def entry_zone(entry: Entry) -> Any:
    """The zone the entry was logged in; UTC when this machine's tz database lacks it."""
    from datetime import UTC
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(entry.tz)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def local_text(moment: datetime | None, zone: Any) -> str:
    """ISO 8601 with the entry's own offset: 2026-03-29T01:30:00+01:00."""
    return "" if moment is None else moment.astimezone(zone).isoformat()


def _minutes(entry: Entry) -> str:
    if entry.end is None:
        return ""
    minutes = (entry.end - entry.start).total_seconds() / 60
    return str(int(minutes)) if minutes == int(minutes) else f"{minutes:.2f}"


def entry_people(entry: Entry, people: Mapping[str, Person]) -> list[Person]:
    """The entry's people as they are now, each once: two records merged into one person map
    to that one (`people_by_id` follows merges)."""
    found = {people[p].id: people[p] for p in entry.people if p in people}
    return list(found.values())


def csv_row(entry: Entry, people: Mapping[str, Person]) -> list[str]:
    zone = entry_zone(entry)
    named = entry_people(entry, people)
    cells = [
        entry.id,
        entry.kind,
        local_text(entry.start, zone),
        local_text(entry.end, zone),
        _minutes(entry),
        entry.tz,
        entry.title,
        entry.cause or "",
        "; ".join(p.name for p in named),
        "; ".join(p.circle or "" for p in named),
        "; ".join(entry.tags),
        entry.note,
        "true" if entry.live else "false",
    ]
    return [safe_cell(cell) for cell in cells]


def write_csv(
    stream: TextIO,
    entries: Iterable[Entry],
    people: Mapping[str, Person],
    *,
    header: bool = True,
) -> int:
    """Write the rows of the entries that are not deleted; returns how many. `stream` is opened
    with newline="" (the csv module writes the CRLF RFC 4180 asks for)."""
    writer = csv.writer(stream, lineterminator="\r\n")
    if header:
        stream.write(BOM)
        writer.writerow(CSV_HEADER)
    count = 0
    for entry in entries:
        if entry.deleted:
            continue
        writer.writerow(csv_row(entry, people))
        count += 1
    return count
