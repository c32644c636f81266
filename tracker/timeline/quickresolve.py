"""From a read quick-entry line to what is stored: its times in the zone where it was typed,
and its title once the store has said which names are people."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from tracker.timeline.quickentry import ParsedEntry

__all__ = ["compose_title", "overlap_at", "resolve_times", "wall_time"]


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
    start = wall_time(day, parsed.start_time, zone)
    if parsed.end_time is None:
        return start, None
    end_day = day if parsed.end_time > parsed.start_time else day + timedelta(days=1)
    return start, wall_time(end_day, parsed.end_time, zone)


def wall_time(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """A wall-clock time of `day` in `zone` as UTC. One the clocks skip (2:30 on the night
    summer time starts) is refused, naming the gap; in the hour that comes twice, the first."""
    local = datetime.combine(day, clock, tzinfo=zone)
    moment = local.astimezone(UTC)
    back = moment.astimezone(zone)
    if (back.hour, back.minute) != (clock.hour, clock.minute):
        from tracker.kernel.model import ValidationError

        shown = f"{clock:%H:%M}"
        raise ValidationError(
            "start",
            f"{shown} does not exist on {day.isoformat()} in {zone.key}: the clocks skip it",
            "dst_gap",
            {"time": shown, "day": day.isoformat(), "zone": zone.key},
        )
    return moment


def overlap_at(moment: datetime, zone: ZoneInfo) -> dict[str, str] | None:
    """When `moment` is the first of two with the same wall-clock time in `zone` (the hour the
    clocks go back), both moments; None otherwise. The one who typed the time may have meant
    the second: the app asks, the command line says which it took."""
    local = moment.astimezone(zone)
    if local.fold:
        return None
    second = local.replace(fold=1).astimezone(UTC)
    if second == moment.astimezone(UTC):
        return None
    return {
        "time": f"{local:%H:%M}",
        "day": local.date().isoformat(),
        "zone": zone.key,
        "first": moment.astimezone(UTC).isoformat(),
        "second": second.isoformat(),
    }


def compose_title(parsed: ParsedEntry, consumed: set[int], restored: list[Any]) -> str:
    """The title once names are resolved: words taken into a full name (`consumed`, by
    position) leave it, and the phrases of names that are nobody ("with kids") come back."""
    parts = [(p, t) for p, t in parsed.title_words if p not in consumed]
    parts += [(ref.position, ref.phrase) for ref in restored]
    return " ".join(text for _, text in sorted(parts))
