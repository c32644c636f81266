"""`dayweave away [DATE] [--json]`: the day's gaps in the user's presence and their answers."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from tracker.kernel.words import translate

if TYPE_CHECKING:
    from tracker.store.faces import ReadingFace

__all__ = ["answer_text", "run_away"]


def answer_text(answer: str, cause: str | None) -> str:
    """What the gap was, in the user's words ("" : not answered yet)."""
    from tracker.kernel.vocabulary import cause_word

    if answer == "break":
        return translate("AwayCli", "a break")
    if answer == "disruption":
        said = translate("AwayCli", "a disruption")
        return f"{said} ({cause_word(cause)})" if cause else said
    if answer == "meeting":
        return translate("AwayCli", "a live meeting")
    if answer == "working":
        return translate("AwayCli", "still working")
    return translate("AwayCli", "not answered")


def _gaps(journal: ReadingFace, start: Any, end: Any) -> list[Any]:
    from tracker.away.gaps import gap_from_record

    records = journal.session().get("gaps")
    found = []
    for record in records if isinstance(records, list) else ():
        try:
            noted = gap_from_record(record)
        except ValueError:
            continue  # a damaged note is left out, never the whole list
        if noted.gap.start < end and noted.gap.end > start:
            found.append(noted)
    return sorted(found, key=lambda n: n.gap.start)


def run_away(args: argparse.Namespace, journal: ReadingFace) -> None:
    from tracker.cli.errors import UsageError
    from tracker.cli.render import day_text, local_zone
    from tracker.kernel.clock import SystemClock
    from tracker.kernel.days import local_day
    from tracker.timeline.when import parse_day

    zone = local_zone()
    today = SystemClock().now().astimezone(zone).date()
    try:
        day = parse_day(args.date, today)
    except ValueError as error:
        raise UsageError(str(error)) from None
    bounds = local_day(day, zone)
    gaps = _gaps(journal, bounds.start, bounds.end)
    if args.json:
        shown = [
            {
                "start": n.gap.start.astimezone(zone).isoformat(timespec="seconds"),
                "end": n.gap.end.astimezone(zone).isoformat(timespec="seconds"),
                "minutes": round(n.gap.minutes),
                "answer": n.answer or None,
                "cause": n.cause,
                "entry": n.entry_id,
            }
            for n in gaps
        ]
        print(json.dumps({"date": day.isoformat(), "tz": zone.key, "gaps": shown}, indent=2))
        return
    print(f"{day_text(day, year=True)} ({zone.key})")
    if not gaps:
        print(translate("AwayCli", "No time away noted."))
    for noted in gaps:
        start, end = noted.gap.start.astimezone(zone), noted.gap.end.astimezone(zone)
        minutes = round(noted.gap.minutes)
        length = f"{minutes // 60}h{minutes % 60:02d}" if minutes >= 60 else f"{minutes}m"
        print(f"{start:%H:%M}-{end:%H:%M}  {length:>5}  {answer_text(noted.answer, noted.cause)}")
