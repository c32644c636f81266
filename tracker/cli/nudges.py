"""`dayweave nudges`: what is due, what waits and why, and when the next one comes."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from tracker.cli.errors import StoreProblem, plain_os_error
from tracker.cli.parser import EXIT_OK
from tracker.cli.render import local_zone
from tracker.cli.writing import time_option
from tracker.commands.messages import damage_text
from tracker.kernel.words import fill, translate
from tracker.nudges.texts import reason_text, waiting_text

__all__ = ["run_nudges"]


def _kind(kind: str) -> str:
    kinds = {
        "reach_out": translate("Cli", "reach out"),
        "plan_live": translate("Cli", "plan live"),
        "call_open": translate("Cli", "call open"),
        "call_close": translate("Cli", "call close"),
        "review": translate("Cli", "weekly review"),
    }
    return kinds.get(kind, kind.replace("_", " "))


def _planned_live(journal: Any, now: datetime, zone: Any) -> datetime | None:
    """The next live meeting in this device's calendars, which the app counts too: from the
    sources that are there now, as the app reads them (tracker/ui/calendar/planned.py), so
    one not there (a drive not mounted) is no warning in the log at every run. From the
    calendar cache: only the files changed since it was last asked are read."""
    from datetime import timedelta
    from pathlib import Path

    from tracker.calendar.ahead import LIVE_LOOKAHEAD_DAYS
    from tracker.calendar.cache import CalendarCache

    sources = [s for s in journal.calendar_sources() if Path(s).exists()]
    own, later = journal.settings().own_emails, now + timedelta(days=LIVE_LOOKAHEAD_DAYS)
    cache = CalendarCache()
    try:
        ahead, _problems = cache.meetings(
            sources, now, later, zone, own, now.astimezone(zone).date()
        )
    finally:
        cache.close()
    return next((m.start for m in ahead if m.live), None)


def run_nudges(args: argparse.Namespace) -> int:
    from tracker.kernel.clock import FakeClock, SystemClock
    from tracker.nudges.history import ContactHistory
    from tracker.nudges.inputs import nudge_inputs

    zone = local_zone()
    now = time_option(args.at, SystemClock().now(), zone, "--at") or SystemClock().now()
    from tracker.store.journal import open_journal

    try:
        journal = open_journal(args.data_dir, FakeClock(now))
    except OSError as error:
        raise StoreProblem(plain_os_error(error)) from None
    try:
        # As the app plans: the same inputs, and this device's calendars read as it reads them.
        inputs = nudge_inputs(
            journal,
            ContactHistory(journal, journal.clock),
            now,
            zone,
            planned_live=_planned_live(journal, now, zone),
        )
        plan = inputs.plan()
        people = inputs.people
    finally:
        for report in journal.damage:  # a damaged nudge state is set aside: say so, once
            warning = translate("Cli", "warning: %1").replace("%1", damage_text(report))
            print(f"dayweave: {warning}", file=sys.stderr)
        journal.close()

    def name(person_id: str | None) -> str | None:
        return people[person_id].name if person_id is not None and person_id in people else None

    def local(moment: datetime | None) -> str | None:
        return moment.astimezone(zone).isoformat(timespec="seconds") if moment else None

    due: list[dict[str, Any]] = [
        # pause: in a work block, the pause it came at (tracker/nudges/pauses.py); None outside one,
        # and for one shown earlier and still unanswered.
        {
            "kind": n.kind,
            "person": name(n.person),
            "why": reason_text(n, people.get(n.person or "")),
            "pause": n.pause or None,
        }
        for n in [*plan.due, *plan.pending]
    ]
    waiting: list[dict[str, Any]] = [
        {
            "kind": w.kind,
            "person": name(w.person),
            "until": local(w.until),
            "because": w.because,
            "why": waiting_text(w, now, zone),
        }
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
        text = translate("Cli", "waiting: %1: %2")
        print(fill(text, _kind(item["kind"]) + who, item["why"]))
    if plan.next:
        print(fill(translate("Cli", "next: %1"), local(plan.next)))
    return EXIT_OK
