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
from tracker.commands.messages import damage_text
from tracker.kernel.words import fill, translate

__all__ = ["run_nudges"]


def _why(nudge: Any, person: Any) -> str:
    """Why this nudge, in one line a status bar can show."""
    if nudge.kind == "reach_out":
        where = person.team or person.circle or translate("Cli", "not sorted")
        if nudge.days_since is None:
            since = translate("Cli", "never contacted")
        else:
            since = fill(
                translate("Cli", "last contact 1 day ago")
                if nudge.days_since == 1
                else translate("Cli", "last contact %1 days ago"),
                nudge.days_since,
            )
        every = fill(
            translate("Cli", "every day")
            if nudge.every_days == 1
            else translate("Cli", "every %1 days"),
            nudge.every_days,
        )
        return f"{where}: {since} · {every}"
    if nudge.kind == "plan_live":
        if nudge.days_since is None:
            since = translate("Cli", "no live meeting yet")
        else:
            since = fill(
                translate("Cli", "no live meeting for 1 day")
                if nudge.days_since == 1
                else translate("Cli", "no live meeting for %1 days"),
                nudge.days_since,
            )
        most = fill(translate("Cli", "; %1 is most overdue"), person.name) if person else ""
        return since + most
    if nudge.kind == "call_open":
        notes = f" · {person.notes}" if person and person.notes else ""
        return translate("Cli", "first minutes: connect") + notes
    return translate("Cli", "last minutes: agree a concrete action")


def _kind(kind: str) -> str:
    kinds = {
        "reach_out": translate("Cli", "reach out"),
        "plan_live": translate("Cli", "plan live"),
        "call_open": translate("Cli", "call open"),
        "call_close": translate("Cli", "call close"),
    }
    return kinds.get(kind, kind.replace("_", " "))


def _because(because: str) -> str:
    reasons = {
        "work_block": translate("Cli", "work block"),
        "call": translate("Cli", "call", "nudge waits"),
        "outside_hours": translate("Cli", "outside hours"),
        "daily_cap": translate("Cli", "daily cap"),
        "snoozed": translate("Cli", "snoozed"),
    }
    return reasons.get(because, because.replace("_", " "))


def run_nudges(args: argparse.Namespace) -> int:
    from tracker.kernel.clock import FakeClock, SystemClock
    from tracker.kernel.days import week_days, week_start
    from tracker.nudges.policy import plan_nudges
    from tracker.timeline.summary import summarize_week

    zone = local_zone()
    now = time_option(args.at, SystemClock().now(), zone, "--at") or SystemClock().now()
    from tracker.store.journal import open_journal

    try:
        journal = open_journal(args.data_dir, FakeClock(now))
    except OSError as error:
        from tracker.cli.writing import plain_os_error

        raise StoreProblem(plain_os_error(error)) from None
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
            warning = translate("Cli", "warning: %1").replace("%1", damage_text(report))
            print(f"dayweave: {warning}", file=sys.stderr)
        journal.close()

    def name(person_id: str | None) -> str | None:
        return people[person_id].name if person_id in people else None

    def local(moment: datetime | None) -> str | None:
        return moment.astimezone(zone).isoformat(timespec="seconds") if moment else None

    due: list[dict[str, Any]] = [
        # pause: in a work block, the pause it came at (tracker/nudges/pauses.py); None outside one,
        # and for one shown earlier and still unanswered.
        {
            "kind": n.kind,
            "person": name(n.person),
            "why": _why(n, people.get(n.person or "")),
            "pause": n.pause or None,
        }
        for n in [*plan.due, *plan.pending]
    ]
    waiting: list[dict[str, Any]] = [
        {"kind": w.kind, "person": name(w.person), "until": local(w.until), "because": w.because}
        for w in plan.waiting
    ]
    if args.json:
        answer = {"at": local(now), "due": due, "waiting": waiting, "next": local(plan.next)}
        print(json.dumps(answer, ensure_ascii=False))
        return EXIT_OK
    if not due and not waiting:
        print(translate("Cli", "Nothing is due."))
    for item in due:
        who = f" {item['person']}" if item["person"] else ""
        print(fill(translate("Cli", "due: %1 (%2)"), _kind(item["kind"]) + who, item["why"]))
    for item in waiting:
        who = f" {item['person']}" if item["person"] else ""
        until = " " + fill(translate("Cli", "until %1"), item["until"]) if item["until"] else ""
        text = translate("Cli", "waiting: %1: %2")
        print(fill(text, _kind(item["kind"]) + who, _because(item["because"]) + until))
    if plan.next:
        print(fill(translate("Cli", "next: %1"), local(plan.next)))
    return EXIT_OK
