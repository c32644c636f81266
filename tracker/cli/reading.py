"""Commands that only read: they open the data folder themselves, even while the app runs
(writes are atomic, so a reader never sees half a file)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import timedelta
from typing import Any

from tracker.cli.parser import EXIT_FAILED, EXIT_OK, FIRST_DAYS
from tracker.cli.render import describe_entry, local_zone
from tracker.cli.writing import StoreProblem, UsageError, open_journal_for

__all__ = ["run_reading"]


def run_reading(args: argparse.Namespace) -> int:
    if args.command == "check":
        return _check(args)
    if args.command == "nudges":
        from tracker.cli.nudges_text import run_nudges

        return run_nudges(args)
    journal = open_journal_for(args)
    try:
        if args.command == "week":
            _week(args, journal)
        elif args.command == "settings":
            from tracker.cli.settings_text import print_settings

            print_settings(journal.settings(), args.key, args.json)
        elif args.command in ("calendar", "agenda"):
            from tracker.cli import calendar_text

            if args.command == "agenda":
                calendar_text.run_agenda(args, journal)
            else:
                calendar_text.run_calendar_list(args, journal)
        else:
            _people(args, journal)
    finally:
        for report in journal.damage:
            print(f"dayweave: warning: {report.describe()}", file=sys.stderr)
        journal.close()
    return EXIT_OK


def _week(args: argparse.Namespace, journal: Any) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from tracker.core.clock import SystemClock
    from tracker.core.days import week_days, week_start
    from tracker.core.summary import summarize_week
    from tracker.core.weekreport import week_to_json
    from tracker.core.when import parse_day

    try:
        zone = ZoneInfo(args.tz) if args.tz else local_zone()
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"--tz: {args.tz!r} is not a known time zone") from None
    now = SystemClock().now()
    try:
        day = parse_day(args.date, now.astimezone(zone).date())
    except ValueError as error:
        raise UsageError(str(error)) from None
    # The same week as the app's week window: Settings' week start unless told otherwise.
    if args.first_day is not None:
        first_weekday = FIRST_DAYS[args.first_day]
    else:
        setting = journal.settings().first_weekday
        first_weekday = 0 if setting is None else setting
    first = week_start(day, first_weekday)
    days = week_days(first, zone)
    entries = journal.entries_between(days[0].start, days[-1].end)
    people = journal.people_by_id()
    summary = summarize_week(entries, people, first, zone, now)
    if args.png is not None:
        from tracker.launch import gui  # the image needs Qt, offscreen

        folder = args.png.expanduser().absolute().parent
        if not folder.is_dir():
            raise StoreProblem(f"could not save the image: there is no folder {folder}")
        try:
            gui("tracker.ui.export").save_week_png(
                summary,
                people,
                args.png,
                now=now,
                dark=args.dark,
                lang=args.lang,
                first_weekday=first_weekday,
            )
        except OSError:
            raise StoreProblem(f"could not save the image to {args.png}") from None
        print(f"Saved {args.png}")
    elif args.json:
        print(json.dumps(week_to_json(summary, people), ensure_ascii=False, indent=2))
    else:
        _print_week_text(summary, people, zone)


def _hours(minutes: float) -> str:
    minutes = round(minutes)
    return f"{minutes // 60}h{minutes % 60:02d}"


def _print_week_text(summary: Any, people: Any, zone: Any) -> None:
    last = summary.days[-1].day.date
    print(f"Week of {summary.first_day:%a %d %b %Y} - {last:%a %d %b %Y} ({zone.key})")
    for day in summary.days:
        print(
            f"{day.day.date:%a %d %b}  work {_hours(day.work_min)}  life {_hours(day.life_min)}"
            f"  switches {day.switches}  disruptions {day.disruptions}"
        )
        for entry in day.entries:
            names = ", ".join(people[p].name for p in entry.people if p in people)
            print(f"    {describe_entry(entry, zone)}" + (f" with {names}" if names else ""))
    causes = ", ".join(f"{c} {n}" for c, n in summary.disruptions_by_cause.most_common())
    print(
        f"Total  work {_hours(summary.work_min)}  life {_hours(summary.life_min)}"
        f"  switches {summary.switches}  disruptions {summary.disruptions}"
        + (f" ({causes})" if causes else "")
        + f"  live meetings {summary.live_meetings}"
    )


def _people(args: argparse.Namespace, journal: Any) -> None:
    from tracker.core.codec import person_to_record

    people = journal.people()
    last = journal.last_contacts()
    default_every = journal.settings().default_every_days
    rows = []
    for person in sorted(people, key=lambda p: p.circle is not None):  # unsorted ones first
        seen = last.get(person.id)
        due = seen + timedelta(days=person.every_days or default_every) if seen else None
        rows.append((person, seen, due))
    if args.json:
        listed = [
            person_to_record(p)
            | {
                "last_contact": seen.isoformat() if seen else None,
                "next_due": due.isoformat() if due else None,
            }
            for p, seen, due in rows
        ]
        print(json.dumps(listed, ensure_ascii=False))
        return
    if not rows:
        print("No people yet: dayweave people add NAME --circle CIRCLE")
        return
    unsorted = sum(1 for p, _, _ in rows if p.circle is None)
    if unsorted:
        print(f"{unsorted} not sorted yet: give them a circle (People, or people add again)")
    for person, seen, _due in rows:
        last_text = f"{seen:%Y-%m-%d}" if seen else "never"
        team = f" · {person.team}" if person.team else ""
        circle = person.circle or "not sorted"
        print(f"{person.name} ({circle}{team}) last contact {last_text}")


def _check(args: argparse.Namespace) -> int:
    from tracker.store.layout import default_data_dir

    folder = args.data_dir or default_data_dir()
    if not folder.exists():
        print(f"No data folder yet at {folder}; nothing to check.")
        return EXIT_OK
    journal = open_journal_for(args)
    try:
        if args.repair:
            journal.tidy()
        problems = journal.check()
    finally:
        journal.close()
    if not problems:
        print(f"OK: {folder} is readable.")
        return EXIT_OK
    print(f"{len(problems)} damaged file(s) in {folder}:")
    for problem in problems:
        print(f"  {problem.path}: {problem.reason}")
    return EXIT_FAILED
