"""A calendar file cut into its series without parsing it: each VEVENT's text (the events of one
UID together: a series and its moved occurrences) with the days it may touch, read from its
DTSTART, DTEND, DURATION and RRULE's UNTIL by a line scan, a day either side for zones.

Parsing 13 MB with icalendar takes seconds; scanning its lines takes a fraction of that. The
cache (cache.py) keeps these pieces and hands the parser only those that touch the days asked.
A file this scan does not understand as one plain VCALENDAR (bare events, several calendars, a
file cut short, not UTF-8) is one piece touching every day: it is parsed whole, as it always was.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

__all__ = ["ALWAYS", "NEVER", "Pieces", "count_events", "cut", "organizers_in"]

NEVER = 0  # the lowest day ordinal a piece may touch: before every day
ALWAYS = 4_000_000  # past every day (date.max is 3,652,059)

_NAME = re.compile(r"[A-Za-z0-9-]+")
_DAY = re.compile(r"(\d{4})(\d{2})(\d{2})")
_UNTIL = re.compile(r"UNTIL=(\d{8})", re.IGNORECASE)
_WEEKS_DAYS = re.compile(r"(\d+)([WD])", re.IGNORECASE)
_MARGIN = 1  # a day either side: a zone is at most 14 hours from UTC
_ORGANIZER = re.compile(r"^ORGANIZER[;:][^\r\n]*(?:\r?\n[ \t][^\r\n]*)*", re.M | re.I)
_FOLD = re.compile(r"\r?\n[ \t]")
_VEVENT = re.compile(rb"^BEGIN:VEVENT[ \t]*\r?$", re.M | re.I)


@dataclass(frozen=True, slots=True)
class Pieces:
    """A file cut up: `head` is the VCALENDAR's own lines and its VTIMEZONEs (every piece is
    parsed with them), `series` the (first day, last day, UID, moved only, text) of each UID's
    events (moved only: occurrences moved from a series kept elsewhere, as a vdir's other
    file may hold them); `whole` the file's bytes when it could not be cut (one piece)."""

    head: str
    series: tuple[tuple[int, int, str, bool, str], ...]
    whole: bytes | None = None

    def calendar(self, texts: list[str]) -> bytes:
        """A calendar of the head and these pieces, to parse."""
        return (self.head + "".join(texts) + "END:VCALENDAR\r\n").encode("utf-8")


def _ordinal(value: str) -> int | None:
    """The day ordinal of the first YYYYMMDD in a value; None: none there or no such day."""
    from datetime import date

    found = _DAY.search(value)
    if found is None:
        return None
    try:
        return date(int(found[1]), int(found[2]), int(found[3])).toordinal()
    except ValueError:
        return None


def _value(line: str) -> str:
    return line.rsplit(":", 1)[-1].strip()


def _span(lines: list[str]) -> tuple[str, int, int]:
    """(UID, first day, last day) one event may touch, from its unfolded lines (RECURRENCE-ID
    among its fields when it is a moved occurrence)."""
    fields: dict[str, str] = {}
    repeats = False
    for line in lines:
        name = _NAME.match(line)
        key = name[0].upper() if name else ""
        if key in ("RRULE", "RDATE", "EXRULE"):
            repeats = True
            if key == "RRULE" and (until := _UNTIL.search(line)) and "until" not in fields:
                fields["until"] = until[1]
            elif key != "RRULE" or not _UNTIL.search(line):
                fields["open"] = "1"
        if key in ("UID", "DTSTART", "DTEND", "DURATION", "RECURRENCE-ID") and key not in fields:
            fields[key] = line.split(":", 1)[1].strip() if key == "UID" else _value(line)
    start = _ordinal(fields.get("DTSTART", ""))
    if start is None:
        return fields.get("UID", ""), NEVER, ALWAYS  # the parser says what is wrong with it
    last = start
    if (end := _ordinal(fields.get("DTEND", ""))) is not None:
        last = max(last, end)
    elif duration := fields.get("DURATION"):
        days = sum(int(n) * (7 if unit.upper() == "W" else 1) for n, unit in
                   _WEEKS_DAYS.findall(duration))  # fmt: skip
        last = start + days + 1
    if (moved := _ordinal(fields.get("RECURRENCE-ID", ""))) is not None:
        start = min(start, moved)
    if repeats:
        limit = _ordinal(fields.get("until", ""))
        last = ALWAYS if "open" in fields or limit is None else max(last, limit + last - start)
    return fields.get("UID", ""), start - _MARGIN, min(ALWAYS, last + _MARGIN)


def _unfolded(block: list[str]) -> list[str]:
    lines: list[str] = []
    for line in block:
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:].rstrip("\r\n")
        else:
            lines.append(line.rstrip("\r\n"))
    return lines


def cut(data: bytes) -> Pieces:
    """A file's bytes cut into its series (see the module's docstring)."""
    whole = Pieces("", ((NEVER, ALWAYS, "", False, ""),), data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return whole
    head: list[str] = []
    events: dict[str, list[str]] = {}
    spans: dict[str, tuple[int, int]] = {}
    masters: set[str] = set()  # the UIDs whose series (not only moved occurrences) is here
    block: list[str] = []
    stack: list[str] = []
    calendars = 0
    for line in text.splitlines(keepends=True):
        upper = line[:6].upper()
        if upper.startswith("BEGIN:"):
            name = line[6:].strip().upper()
            stack.append(name)
            if len(stack) == 1:
                calendars += 1
                if name != "VCALENDAR" or calendars > 1:
                    return whole
        elif upper.startswith("END:") and stack and line[4:].strip().upper() == stack[-1]:
            stack.pop()
            if len(stack) == 1:
                block.append(line)
                if line[4:].strip().upper() == "VEVENT":
                    lines = _unfolded(block)
                    uid, first, last = _span(lines)
                    key = uid or f"#{len(events)}"  # no UID: a series of its own
                    if not any(line[:14].upper() == "RECURRENCE-ID;" or line[:14].upper()
                               == "RECURRENCE-ID:" for line in lines):  # fmt: skip
                        masters.add(key)
                    events.setdefault(key, []).append("".join(block))
                    low, high = spans.get(key, (first, last))
                    spans[key] = (min(low, first), max(high, last))
                elif line[4:].strip().upper() == "VTIMEZONE":
                    head.append("".join(block))
                block = []
                continue
            if not stack:
                continue
        elif not stack and line.strip():
            return whole  # lines outside the calendar: the parser decides what they are
        if len(stack) == 1 and not block:
            head.append(line)
        else:
            block.append(line)
    if stack or calendars != 1:
        return whole  # cut short: the parser closes it and says so
    series = tuple(
        (*spans[key], "" if key.startswith("#") else key, key not in masters, "".join(texts))
        for key, texts in events.items()
    )
    return Pieces("".join(head), series)


def organizers_in(data: bytes) -> Counter[str]:
    """How many invitations each organizer's e-mail address sent in a file, by a line scan
    (files.organizers parses: seconds for a heavy export, too long to wait for a guess)."""
    counts: Counter[str] = Counter()
    for found in _ORGANIZER.finditer(data.decode("utf-8", errors="replace")):
        address = _FOLD.sub("", found[0]).rsplit(":", 1)[-1].strip().lower()
        if "@" in address:
            counts[address] += 1
    return counts


def count_events(data: bytes) -> int:
    """How many VEVENTs a file (or some of its pieces) holds, by a line scan: what a parse
    finds in a well-formed file (a value never holds a line break, so never a BEGIN line)."""
    return len(_VEVENT.findall(data))
