"""`dayweave nudges`: what is due, what waits and why, and when the next one comes."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from typing import Any

from tracker.cli.parser import EXIT_OK
from tracker.cli.render import local_zone
from tracker.cli.writing import StoreProblem, time_option

__all__ = ["run_nudges"]


def _why(nudge: Any, person: Any) -> str:
    """Why this nudge, in one line a status bar can show."""
    if nudge.kind == "reach_out":
        where = person.team or person.circle or "not sorted"
        since = (
            "never contacted"
            if nudge.days_since is None
            else (f"last contact {nudge.days_since} days ago")
        )
        return f"{where}: {since} · every {nudge.every_days} days"
    if nudge.kind == "plan_live":
        since = (
            "no live meeting yet"
            if nudge.days_since is None
            else (f"no live meeting for {nudge.days_since} days")
        )
        return since + (f"; {person.name} is most overdue" if person else "")
    if nudge.kind == "call_open":
        return "first minutes: connect" + (f" · {person.notes}" if person and person.notes else "")
    return "last minutes: agree a concrete action"


def run_nudges(args: argparse.Namespace) -> int:
    from tracker.core.clock import FakeClock, SystemClock
    from tracker.core.days import week_days, week_start
    from tracker.core.nudges import plan_nudges
    from tracker.core.summary import summarize_week

    zone = local_zone()
    now = time_option(args.at, SystemClock().now(), zone, "--at") or SystemClock().now()
    from tracker.store.journal import open_journal

    try:
        journal = open_journal(args.data_dir, FakeClock(now))
    except OSError as error:
        raise StoreProblem(str(error)) from None
    try:
        people = journal.people_by_id()
        living = [p for p in people.values() if not p.deleted]
        days = week_days(week_start(now.astimezone(zone).date()), zone)
        week = journal.entries_between(days[0].start, days[-1].end)
        reached = summarize_week(week, people, days[0].date, zone, now).reached_by_circle
        current = journal.entries_between(now - timedelta(hours=24), now + timedelta(minutes=1))
        plan = plan_nudges(
            now,
            zone,
            journal.settings(),
            living,
            journal.last_contacts(),
            current,
            journal.last_live_meeting(),
            journal.nudge_state(),
            reached,
        )
    finally:
        for report in journal.damage:  # a damaged nudge state is set aside: say so, once
            print(f"dayweave: warning: {report.describe()}", file=sys.stderr)
        journal.close()

    def name(person_id: str | None) -> str | None:
        return people[person_id].name if person_id in people else None

    def local(moment: datetime | None) -> str | None:
        return moment.astimezone(zone).isoformat(timespec="seconds") if moment else None

    due = [
        {"kind": n.kind, "person": name(n.person), "why": _why(n, people.get(n.person))}
        for n in [*plan.due, *plan.pending]
    ]
    waiting = [
        {"kind": w.kind, "person": name(w.person), "until": local(w.until), "because": w.because}
        for w in plan.waiting
    ]
    if args.json:
        answer = {"at": local(now), "due": due, "waiting": waiting, "next": local(plan.next)}
        print(json.dumps(answer, ensure_ascii=False))
        return EXIT_OK
    if not due and not waiting:
        print("Nothing is due.")
    for item in due:
        who = f" {item['person']}" if item["person"] else ""
        print(f"due: {item['kind'].replace('_', ' ')}{who} ({item['why']})")
    for item in waiting:
        who = f" {item['person']}" if item["person"] else ""
        until = f" until {item['until']}" if item["until"] else ""
        because = item["because"].replace("_", " ")
        print(f"waiting: {item['kind'].replace('_', ' ')}{who}: {because}{until}")
    if plan.next:
        print(f"next: {local(plan.next)}")
    return EXIT_OK
