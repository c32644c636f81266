"""From a read quick-entry line to what is stored: its times in the zone where it was typed,
and its title once the store has said which names are people."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from tracker.core.quickentry import ParsedEntry

__all__ = ["compose_title", "resolve_times"]


def resolve_times(
    parsed: ParsedEntry, now: datetime, zone: ZoneInfo
) -> tuple[datetime, datetime | None]:
    """Turn the line's wall-clock times into UTC instants, in the zone where it was typed.

    No time means now. A range whose end is not after its start ends the next day
    (22:00-01:00). A span with only a start runs from then.
    """
    local_now = now.astimezone(zone)
    day = parsed.day or (local_now.date() + timedelta(days=parsed.day_offset))
    if parsed.start_time is None:
        return now.astimezone(UTC), None
    start = datetime.combine(day, parsed.start_time, tzinfo=zone).astimezone(UTC)
    if parsed.end_time is None:
        return start, None
    end_day = day if parsed.end_time > parsed.start_time else day + timedelta(days=1)
    end = datetime.combine(end_day, parsed.end_time, tzinfo=zone).astimezone(UTC)
    return start, end


def compose_title(parsed: ParsedEntry, consumed: set[int], restored: list[Any]) -> str:
    """The title once names are resolved: words taken into a full name (`consumed`, by
    position) leave it, and the phrases of names that are nobody ("with kids") come back."""
    parts = [(p, t) for p, t in parsed.title_words if p not in consumed]
    parts += [(ref.position, ref.phrase) for ref in restored]
    return " ".join(text for _, text in sorted(parts))
