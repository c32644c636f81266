"""A gap: when the user was away, whether it asks a question, and the notes kept of gaps.

What users of other trackers hated decides the rule (issue 21): no question when nothing was
running, none inside a life block (a gap there is more life), none while a call or meeting
runs (a video call leaves the keyboard alone; it is never "away"), and none below the
threshold the user chose in Settings, or at all with the off switch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from tracker.kernel.timefmt import parse_utc, to_utc_text
from tracker.kernel.vocabulary import SPAN_KINDS

if TYPE_CHECKING:
    from tracker.kernel.model import Entry
    from tracker.kernel.settings import Settings

__all__ = [
    "ANSWERS",
    "KEPT_GAPS",
    "Gap",
    "NotedGap",
    "asks",
    "gap_from_record",
    "gap_to_record",
    "noted",
    "noted_between",
    "open_gaps",
]

# What a gap was: a break (life over the gap), a disruption (logged at its start, lasting
# it), a live meeting (with whom), or still working (the block kept). "" is not answered yet.
ANSWERS = ("break", "disruption", "meeting", "working")
KEPT_GAPS = 200  # the newest gaps kept in the session notes; `dayweave away` reads a day


class Gap(NamedTuple):
    start: datetime
    end: datetime
    slept: bool = False  # the machine slept during it (logind's PrepareForSleep)

    @property
    def minutes(self) -> float:
        return (self.end - self.start).total_seconds() / 60


class NotedGap(NamedTuple):
    gap: Gap
    answer: str  # one of ANSWERS, or "" while unanswered
    cause: str | None  # a disruption's cause
    entry_id: str | None  # the entry the answer logged


def asks(
    gap: Gap,
    block: Entry | None,
    calls: Iterable[Entry],
    settings: Settings,
    threshold: timedelta | None = None,
) -> bool:
    """Whether coming back from `gap` asks what it was (`block`: the block running through
    it, `calls`: calls and meetings that may overlap it; `threshold` replaces the setting's
    minutes, for the end-to-end test only)."""
    least = threshold or timedelta(minutes=settings.away_minutes)
    if not settings.away_questions or gap.end - gap.start < least:
        return False
    # Imported here: `dayweave log` loads this module with the handlers, and forgotten.py's
    # dataclasses would cost it (tests/cli/test_cli.py, the log path's imports).
    from tracker.timeline.forgotten import MIN_SLEEP

    if gap.slept and gap.end - gap.start >= MIN_SLEEP:
        return False  # the forgotten-block question asks about that one: never two questions
    if block is None or block.kind != "work":
        return False
    return not any(_overlaps(call, gap) for call in calls if call.kind in SPAN_KINDS)


def _overlaps(call: Entry, gap: Gap) -> bool:
    return call.start < gap.end and (call.end is None or call.end > gap.start)


def gap_to_record(gap: Gap, answer: str, cause: str | None, entry_id: str | None) -> dict[str, Any]:
    return {
        "start": to_utc_text(gap.start),
        "end": to_utc_text(gap.end),
        "answer": answer,
        "cause": cause,
        "entry": entry_id,
    }


def gap_from_record(record: Any) -> NotedGap:
    """A noted gap; ValueError when the record is not one (a damaged note is skipped)."""
    try:
        gap = Gap(parse_utc(record["start"]), parse_utc(record["end"]))
        answer, cause, entry = record.get("answer") or "", record.get("cause"), record.get("entry")
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"not a gap: {error}") from None
    if answer not in ("", *ANSWERS) or gap.end < gap.start:
        raise ValueError("not a gap: its answer or times are wrong")
    return NotedGap(gap, answer, cause if isinstance(cause, str) else None, entry or None)


def noted(
    records: Sequence[Any],
    gap: Gap,
    answer: str,
    *,
    cause: str | None = None,
    entry_id: str | None = None,
) -> list[dict[str, Any]]:
    """The notes with `gap` noted once (a gap is known by its start), the newest kept."""
    start = to_utc_text(gap.start)
    kept = [r for r in records if not (isinstance(r, dict) and r.get("start") == start)]
    kept.append(gap_to_record(gap, answer, cause, entry_id))
    kept.sort(key=lambda r: str(r.get("start", "")) if isinstance(r, dict) else "")
    return kept[-KEPT_GAPS:]


def noted_between(records: Any, start: datetime, end: datetime) -> list[NotedGap]:
    """The noted gaps overlapping [start, end), oldest first; damaged notes left out."""
    found = []
    for record in records if isinstance(records, list) else ():
        try:
            gap = gap_from_record(record)
        except ValueError:
            continue  # one damaged note never costs the others
        if gap.gap.start < end and gap.gap.end > start:
            found.append(gap)
    return sorted(found, key=lambda n: n.gap.start)


def open_gaps(found: Iterable[NotedGap], entries: Iterable[Entry]) -> list[Gap]:
    """The gaps still to answer: never answered, or answered by an entry since taken back
    (undone or deleted), so Undo of an answer asks again; `entries` hold the answers' own."""
    alive = {entry.id for entry in entries if not entry.deleted}
    return [n.gap for n in found if not n.answer or (n.entry_id and n.entry_id not in alive)]
