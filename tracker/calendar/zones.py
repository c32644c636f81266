"""Zone ids matched as calendar programs match them: a TZID written with spaces around it
(`TZID="Europe/Berlin "`, a VTIMEZONE's `TZID:Berlin Time `) is the zone of that name, so the
event is read in the file's own VTIMEZONE (or the zone database's, or Microsoft's name) and not
as the reader's local time. Done on the text, before icalendar reads it, because icalendar
looks a zone up by its exact spelling while it reads."""

from __future__ import annotations

import re

__all__ = ["trimmed_zone_ids"]

# A TZID parameter, quoted or not, and a VTIMEZONE's TZID property, each with its spaces.
_QUOTED = re.compile(r'(;TZID=)"[ \t]*([^"\r\n]*?)[ \t]*"', re.IGNORECASE)
_BARE = re.compile(r"(;TZID=)[ \t]*([^\";:\r\n]*?)[ \t]*(?=[;:])", re.IGNORECASE)
_DEFINED = re.compile(r"^(TZID(?:;[^:\r\n]*)?:)[ \t]*([^\r\n]*?)[ \t]*(?=\r?$)", re.I | re.M)
# Every zone id as written (a parameter's, quoted or not, or a VTIMEZONE's), to find one with a
# space at either end: most files have none, and are then left as they are.
_ZONE_ID = re.compile(r';TZID=("[^"\r\n]*"|[^;:\r\n]*)|^TZID[^:\r\n]*:([^\r\n]*)', re.I | re.M)


def _spaced(text: str) -> bool:
    for found in _ZONE_ID.finditer(text):
        value = (found.group(1) or found.group(2) or "").strip('"\r')
        if value != value.strip():
            return True
    return False


def trimmed_zone_ids(text: str) -> str:
    """The text with every zone id trimmed (the text itself when none has spaces around it)."""
    if not _spaced(text):
        return text
    text = _QUOTED.sub(r'\1"\2"', text)
    text = _BARE.sub(r"\1\2", text)
    return _DEFINED.sub(r"\1\2", text)
