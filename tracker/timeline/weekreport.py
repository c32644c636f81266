"""The week as plain data: what `dayweave week --json` prints and the week window exports."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry, Person
from tracker.timeline.summary import WeekSummary

__all__ = ["week_to_json"]


def _local(moment: datetime | None, zone: ZoneInfo) -> str | None:
    return None if moment is None else moment.astimezone(zone).isoformat(timespec="seconds")


def _entry(entry: Entry, people: Mapping[str, Person], zone: ZoneInfo) -> dict[str, Any]:
    shown = {
        "id": entry.id,
        "kind": entry.kind,
        "start": _local(entry.start, zone),
        "end": _local(entry.end, zone),
        "title": entry.title,
        "cause": entry.cause,
        "people": [people[p].name if p in people else p for p in entry.people],
        "live": entry.live,
    }
    if entry.kind == "disruption":  # when it ended, if it lasted (null: a moment)
        shown["until"] = _local(entry.until, zone)
    return shown


def week_to_json(summary: WeekSummary, people: Mapping[str, Person]) -> dict[str, Any]:
    zone = summary.zone
    return {
        "week_start": summary.first_day.isoformat(),
        "tz": zone.key,
        "days": [
            {
                "date": day.day.date.isoformat(),
                "minutes": round(day.day.minutes),
                "entries": [_entry(e, people, zone) for e in day.entries],
                "work_min": round(day.work_min),
                "life_min": round(day.life_min),
                "switches": day.switches,
                "disruptions": day.disruptions,
            }
            for day in summary.days
        ],
        "totals": {
            "work_min": round(summary.work_min),
            "life_min": round(summary.life_min),
            "switches": summary.switches,
            "disruptions": summary.disruptions,
            "disruptions_by_cause": dict(sorted(summary.disruptions_by_cause.items())),
            "lost_min": summary.lost_min,
            "disrupted_min": round(summary.disrupted_min),
            "calls": summary.calls,
            "live_meetings": summary.live_meetings,
            "contacts": summary.contacts,
            "reached_by_circle": dict(sorted(summary.reached_by_circle.items())),
        },
    }
