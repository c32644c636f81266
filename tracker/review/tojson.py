"""The review, a search's results and a person's history as plain data: what `dayweave review
--json`, `search --json` and `people show --json` print."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry, Person
from tracker.review.person import PersonHistory
from tracker.review.prompts import PromptRow
from tracker.review.report import Review, who_stays
from tracker.review.weeks import Grid

__all__ = ["entry_to_json", "history_to_json", "review_to_json"]


def _local(moment: datetime | None, zone: ZoneInfo) -> str | None:
    return None if moment is None else moment.astimezone(zone).isoformat(timespec="seconds")


def _grid(grid: Grid) -> list[list[float]]:
    return [[round(value, 1) for value in row] for row in grid]


def entry_to_json(entry: Entry, people: Mapping[str, Person], zone: ZoneInfo) -> dict[str, Any]:
    names = []
    for person_id in entry.people:
        person = who_stays(person_id, people)
        names.append(person.name if person is not None else person_id)
    return {
        "id": entry.id,
        "kind": entry.kind,
        "start": _local(entry.start, zone),
        "end": _local(entry.end, zone),
        "title": entry.title,
        "note": entry.note,
        "cause": entry.cause,
        "people": names,
    }


def _prompts(row: PromptRow) -> dict[str, int]:
    """Calls and live meetings, and of them those whose prompts were used (issue 22)."""
    return {
        "calls": row.calls,
        "first_minutes_used": row.opened,
        "last_minutes_used": row.closed,
        "next_actions_agreed": row.agreed,
        "next_actions_kept": row.kept,
    }


def _weeks(review: Review) -> list[dict[str, Any]]:
    return [
        {
            "week_start": week.first_day.isoformat(),
            "work_min": round(week.work_min),
            "life_min": round(week.life_min),
            "switches": week.switches,
            "disruptions": week.disruptions,
            "disruptions_by_cause": dict(sorted(week.disruptions_by_cause.items())),
            "lost_min": week.lost_min,
            "disrupted_min": round(disrupted),  # where known, cut at the week's edges
            "switches_per_day": {
                day.isoformat(): count
                for day, count in zip(week.days, week.day_switches, strict=True)
            },
        }
        for week, disrupted in zip(review.weeks, review.disrupted_by_week, strict=True)
    ]


def review_to_json(review: Review, sentences: list[str]) -> dict[str, Any]:
    """Minutes rounded to whole ones; grids are [weekday, Monday first][local hour]."""
    return {
        "from": review.first_day.isoformat(),
        "to": review.last_day.isoformat(),
        "tz": review.zone.key,
        "standout": sentences,
        "weeks": _weeks(review),
        "weave": {"work_min": _grid(review.weave_work), "life_min": _grid(review.weave_life)},
        "disruptions": {
            "by_cause": dict(sorted(review.disruptions_by_cause.items())),
            "grown": [
                {"cause": cause, "before": then, "after": later}
                for cause, then, later in review.grown_causes
            ],
            "heatmap": _grid(review.heat),
            "lost_min_heatmap": _grid(review.heat_lost),
            "disrupted_min": round(review.disrupted_min),
            "disrupted_min_heatmap": _grid(review.heat_length),
        },
        "months": [
            {
                "month": row.month.isoformat()[:7],
                "days": row.days,
                "calls": row.calls,
                "live_meetings": row.live_meetings,
                "live_meetings_wanted": row.live_wanted,
                "contacts": row.contacts,
                "by_circle": {c: dict(sorted(k.items())) for c, k in sorted(row.by_circle.items())},
            }
            for row in review.months
        ],
        "call_prompts": {
            "weeks": [
                {"week_start": r.first_day.isoformat(), **_prompts(r)}
                for r in review.prompts_by_week
            ],
            "months": [
                {"month": r.first_day.isoformat()[:7], **_prompts(r)}
                for r in review.prompts_by_month
            ],
        },
        "circles": [
            {
                "circle": gap.circle,
                "people": gap.people,
                "every_days": gap.every_days,
                "last_contact": _local(gap.last, review.zone),
                "days_since": gap.days_since,
                "slipping": gap.slipping,
            }
            for gap in review.circles
        ],
        "drifting": [
            {
                "id": drift.person.id,
                "name": drift.person.name,
                "circle": drift.circle,
                "every_days": drift.every_days,
                "last_contact": _local(drift.last, review.zone),
                "days_since": drift.days_since,
                "median_gap_days": drift.median_days,
            }
            for drift in review.drifting
        ],
    }


def history_to_json(
    history: PersonHistory, people: Mapping[str, Person], zone: ZoneInfo
) -> dict[str, Any]:
    person = history.person
    return {
        "id": person.id,
        "name": person.name,
        "circle": person.circle,
        "every_days": history.every_days,
        "next_action": person.next_action,
        "last_contact": _local(history.last, zone),
        "next_due": _local(history.due, zone),
        "gaps_kept": history.kept,
        "gaps": len(history.gaps),
        "contacts": [entry_to_json(e, people, zone) for e in history.touches],
        "next_actions": [
            {
                "call_id": action.call_id,
                "text": action.text,  # "" when an older note kept no text
                "agreed": _local(action.agreed_at, zone),
                "kept": action.kept,
                "kept_at": _local(action.kept_at, zone),
            }
            for action in history.actions
        ],
    }
