"""History from the trackers people come from: Timewarrior (`timew export`) and Watson
(`watson log --json`) become work blocks with their tags kept.

Each block gets an id made from what the other tool keeps of it while it is edited (a Watson
frame's id, a Timewarrior interval's start), and a version (rev 1, `updated` at its end, device
the tool's name): importing the same export twice changes nothing, a block that ends later
since comes in as an update, and a block edited in Dayweave since (rev 2) is not overwritten.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from typing import Any

from tracker.kernel.codec import entry_to_record
from tracker.kernel.dayrules import MAX_SPAN
from tracker.kernel.model import MAX_TAG, MAX_TITLE, Entry, validate_entry
from tracker.kernel.timefmt import parse_utc, to_updated_text
from tracker.kernel.words import fill, translate

__all__ = ["PEER_FORMATS", "from_timewarrior", "from_watson", "peer_records", "which_peer"]

PEER_FORMATS = ("timewarrior", "watson")


def _tag(text: str) -> str:
    """A tag is one word in Dayweave; Timewarrior's "Customer call" becomes Customer-call."""
    return re.sub(r"\s+", "-", text.strip())[:MAX_TAG]


def _tags(value: Any) -> list[str]:
    """A tool's tags: a list of texts, or none. Anything else is refused, not read as text:
    "notalist" would become the tags n, o, t..., and None, 5 or {"a": 1} their Python text."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise ValueError(translate("PeerImport", "its tags are not a list of words"))
    return value


def _check_length(start: datetime, end: datetime) -> None:
    """The rule of the day `log` keeps: a block over 16 hours is a slip, never imported."""
    if end - start > MAX_SPAN:
        hours = round((end - start).total_seconds() / 3600, 1)
        text = translate("PeerImport", "it is %1 hours long; a block is at most 16 hours")
        raise ValueError(fill(text, f"{hours:g}"))


def _block(
    source: str, key: str, start: datetime, end: datetime, title: str, tags: Any, tz: str
) -> Entry:
    ident = hashlib.sha256(f"{source}:{key}".encode()).hexdigest()[:32]
    _check_length(start, end)
    kept = tuple(dict.fromkeys(t for t in (_tag(x) for x in _tags(tags)) if t))
    entry = Entry(
        kind="work",
        start=start,
        end=end,
        tz=tz,
        title=" ".join(title.split())[:MAX_TITLE],
        tags=kept,
        id=ident,
        rev=1,
        updated=to_updated_text(end),
        device=source,
    )
    return validate_entry(entry)


def _timew_time(text: Any) -> datetime:
    if not isinstance(text, str):
        raise ValueError(f"{text!r} is not a time")
    try:
        return datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise ValueError(f"{text!r} is not a Timewarrior time") from None


def from_timewarrior(data: Any, tz: str) -> tuple[list[Entry], list[tuple[str, str]]]:
    """`timew export` JSON: [{"id", "start": "20260329T010000Z", "end", "tags", "annotation"}]."""
    return _each(data, tz, "timewarrior", _one_timew)


def _one_timew(item: dict, tz: str) -> Entry:
    if "end" not in item:
        raise ValueError("it is still running: stop it in Timewarrior first")
    start, end = _timew_time(item.get("start")), _timew_time(item.get("end"))
    tags = _tags(item.get("tags"))
    title = str(item.get("annotation") or " ".join(tags))
    # Keyed on the start alone (Timewarrior intervals never overlap, so no two share one): an
    # interval lengthened since the last import comes in as an update, its later end the newer
    # version, instead of as a second block over the same minutes.
    key = str(item.get("start"))
    return _block("timewarrior", key, start, end, title, tags, tz)


def from_watson(data: Any, tz: str) -> tuple[list[Entry], list[tuple[str, str]]]:
    """`watson log --json`: [{"id", "project", "start", "stop", "tags"}], times with offsets."""
    return _each(data, tz, "watson", _one_watson)


def _one_watson(item: dict, tz: str) -> Entry:
    start, end = parse_utc(item.get("start")), parse_utc(item.get("stop"))
    key = str(item.get("id") or f"{item.get('start')}/{item.get('stop')}")
    return _block("watson", key, start, end, str(item.get("project") or ""), item.get("tags"), tz)


def _each(data: Any, tz: str, source: str, one: Any) -> tuple[list[Entry], list]:
    if not isinstance(data, list):
        raise ValueError(f"a {source} export is a JSON list")
    entries, problems = [], []
    seen: set[str] = set()
    for index, item in enumerate(data):
        try:
            if not isinstance(item, dict):
                raise ValueError("not an object")
            entry = one(item, tz)
            if entry.id in seen:  # two intervals with one start: one id, and one of them lost
                raise ValueError(translate("PeerImport", "an earlier one has the same start"))
            seen.add(entry.id)
            entries.append(entry)
        except (ValueError, TypeError, OverflowError) as error:
            problems.append((f"{source} {index + 1}", str(error)))
    return entries, problems


def which_peer(data: Any) -> str | None:
    """Which tool wrote a parsed export: Watson's frames have a project, Timewarrior's don't."""
    if not isinstance(data, list):
        return None
    items = [i for i in data if isinstance(i, dict)]
    if items and all("project" in i and "stop" in i for i in items):
        return "watson"
    if items and all(isinstance(i.get("start"), str) and "project" not in i for i in items):
        return "timewarrior"
    return None


def peer_records(data: Any, tz: str) -> tuple[str, list[dict], list[tuple[str, str]]]:
    """(tool, entry records, problems) for a parsed Timewarrior or Watson export."""
    if data == []:
        return "timewarrior", [], []  # `timew export` of an empty database: nothing to bring
    source = which_peer(data)
    if source is None:
        raise ValueError(
            translate("PeerImport", "not a Dayweave backup, a Timewarrior export or a Watson log")
        )
    convert = from_watson if source == "watson" else from_timewarrior
    entries, problems = convert(data, tz)
    return source, [entry_to_record(e) for e in entries], problems
