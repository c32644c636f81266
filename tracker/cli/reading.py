"""Commands that only read: they open the data folder themselves, even while the app runs
(writes are atomic, so a reader never sees half a file)."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from tracker.cli.errors import StoreProblem, UsageError
from tracker.cli.parser import EXIT_FAILED, EXIT_OK, FIRST_DAYS
from tracker.cli.render import day_text, describe_entry, local_zone
from tracker.cli.writing import open_journal_for, warn_damage
from tracker.kernel.vocabulary import cause_word, circle_label
from tracker.kernel.words import current_language, fill, translate

if TYPE_CHECKING:
    from tracker.store.faces import JournalFace, ReadingFace

__all__ = ["run_reading"]


def run_reading(args: argparse.Namespace) -> int:
    if args.command == "check":
        return _check(args)
    if args.command == "nudges":
        from tracker.cli.nudges import run_nudges

        return run_nudges(args)
    journal = open_journal_for(args)
    try:
        if args.command == "week":
            _week(args, journal)
        elif args.command in ("review", "search") or getattr(args, "people_command", "") == "show":
            from tracker.cli.review import run_review_reading

            run_review_reading(args, journal)
        elif args.command == "settings":
            from tracker.cli.settings import print_settings

            print_settings(journal.settings(), args.key, args.json)
        elif args.command == "devices":
            from tracker.cli.devices import print_devices
            from tracker.kernel.clock import SystemClock

            print_devices(journal, args.json, SystemClock().now())
        elif args.command == "history":
            from tracker.cli.history import print_history

            print_history(args, journal)
        elif args.command == "away":
            from tracker.cli.away import run_away

            run_away(args, journal)
        elif args.command in ("calendar", "agenda"):
            from tracker.cli import calendar as calendar_text

            if args.command == "agenda":
                calendar_text.run_agenda(args, journal)
            else:
                calendar_text.run_calendar_list(args, journal)
        else:
            _people(args, journal)
    finally:
        warn_damage(journal)
        journal.close()
    return EXIT_OK


def _week(args: argparse.Namespace, journal: ReadingFace) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from tracker.kernel.clock import SystemClock
    from tracker.kernel.days import first_weekday as week_first_day
    from tracker.kernel.days import week_days, week_start
    from tracker.timeline.summary import summarize_week
    from tracker.timeline.weekreport import week_to_json
    from tracker.timeline.when import parse_day

    try:
        zone = ZoneInfo(args.tz) if args.tz else local_zone()
    except (ZoneInfoNotFoundError, ValueError):
        text = translate("Cli", "--tz: '%1' is not a known time zone")
        raise UsageError(fill(text, args.tz)) from None
    now = SystemClock().now()
    try:
        day = parse_day(args.date, now.astimezone(zone).date())
    except ValueError as error:
        raise UsageError(str(error)) from None
    # The same week as the app's week window: Settings' week start unless told otherwise.
    if args.first_day is not None:
        first_weekday = FIRST_DAYS[args.first_day]
    else:
        first_weekday = week_first_day(journal.settings().first_weekday)
    first = week_start(day, first_weekday)
    days = week_days(first, zone)
    entries = journal.entries_between(days[0].start, days[-1].end)
    people = journal.people_by_id()
    summary = summarize_week(entries, people, first, zone, now)
    if args.png is not None:
        from tracker.launch import gui  # the image needs Qt, offscreen
        from tracker.store.private import STDOUT, RefusedTarget, check_target

        folder = args.png.expanduser().absolute().parent
        if str(args.png) != STDOUT and not folder.is_dir():
            text = translate("Cli", "could not save the image: there is no folder %1")
            raise StoreProblem(fill(text, folder))
        try:
            check_target(args.png.expanduser())
        except RefusedTarget as error:
            raise UsageError(str(error)) from None
        from tracker.cli.calendar import planned_between

        planned = planned_between(journal, days[0].start, days[-1].end, zone)
        try:
            gui("tracker.ui.week.image").save_week_png(
                summary,
                people,
                args.png.expanduser(),
                now=now,
                dark=args.dark,
                lang=args.lang or current_language(),  # `dayweave --lang nl week --png`
                first_weekday=first_weekday,
                planned=planned,  # outlined, as the week window does
            )
        except OSError:
            text = translate("Cli", "could not save the image to %1")
            raise StoreProblem(fill(text, args.png)) from None
        if str(args.png) != STDOUT:  # standard output holds the image
            print(fill(translate("Cli", "Saved %1"), args.png))
    elif args.json:
        print(json.dumps(week_to_json(summary, people), ensure_ascii=False, indent=2))
    else:
        _print_week_text(summary, people, zone)


def _hours(minutes: float) -> str:
    minutes = round(minutes)  # 1h30, in Dutch 1u30 (uur), as the app writes it
    return fill(
        translate("Cli", "%1h%2", "hours and minutes"), minutes // 60, f"{minutes % 60:02d}"
    )


def _print_week_text(summary: Any, people: Any, zone: Any) -> None:
    last = summary.days[-1].day.date
    heading = translate("Cli", "Week of %1 - %2 (%3)")
    print(
        fill(heading, day_text(summary.first_day, year=True), day_text(last, year=True), zone.key)
    )
    counts = translate("Cli", "work %1  life %2  switches %3  disruptions %4")
    for day in summary.days:
        numbers = fill(
            counts, _hours(day.work_min), _hours(day.life_min), day.switches, day.disruptions
        )
        print(f"{day_text(day.day.date)}  {numbers}")
        for entry in day.entries:
            names = ", ".join(people[p].name for p in entry.people if p in people)
            with_names = " " + fill(translate("Cli", "with %1"), names) if names else ""
            print(f"    {describe_entry(entry, zone)}{with_names}")
    causes = ", ".join(
        f"{cause_word(c)} {n}" for c, n in summary.disruptions_by_cause.most_common()
    )
    totals = fill(
        counts,
        _hours(summary.work_min),
        _hours(summary.life_min),
        summary.switches,
        summary.disruptions,
    )
    live = fill(translate("Cli", "live meetings %1"), summary.live_meetings)
    total = translate("Cli", "Total")
    print(f"{total}  {totals}" + (f" ({causes})" if causes else "") + f"  {live}")


def _people(args: argparse.Namespace, journal: JournalFace) -> None:
    from tracker.kernel.codec import person_to_record

    if args.drifting:
        _drifting(args, journal)
        return
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
        print(translate("Cli", "No people yet: dayweave people add NAME --circle CIRCLE"))
        return
    unsorted = sum(1 for p, _, _ in rows if p.circle is None)
    if unsorted:
        text = (
            translate(
                "Cli",
                "1 not sorted yet: give them a circle (People, or people edit NAME --circle C)",
            )
            if unsorted == 1
            else translate(
                "Cli",
                "%1 not sorted yet: give them a circle (People, or people edit NAME --circle C)",
            )
        )
        print(fill(text, unsorted))
    for person, seen, _due in rows:
        last_text = f"{seen:%Y-%m-%d}" if seen else translate("Cli", "never")
        team = f" · {person.team}" if person.team else ""
        circle = circle_label(person.circle) if person.circle else translate("Cli", "not sorted")
        print(
            fill(translate("Cli", "%1 (%2) last contact %3"), person.name, circle + team, last_text)
        )


def _drifting(args: argparse.Namespace, journal: JournalFace) -> None:
    """`people list --drifting`: by the whole history of contacts, as of now."""
    from tracker.cli.review import drifting_lines
    from tracker.kernel.clock import SystemClock
    from tracker.kernel.codec import person_to_record
    from tracker.review.drifting import drifting
    from tracker.review.person import contact_starts

    now = SystemClock().now()
    people = journal.people_by_id()
    touches = contact_starts(journal, people, now)
    found = drifting(touches, people, journal.settings().default_every_days, now)
    if args.json:
        listed = [
            person_to_record(d.person)
            | {
                "last_contact": d.last.isoformat(),
                "days_since": d.days_since,
                "median_gap_days": d.median_days,
                "cadence_days": d.every_days,
            }
            for d in found
        ]
        print(json.dumps(listed, ensure_ascii=False))
    elif not found:
        print(translate("Cli", "No one is drifting."))
    else:
        for line in drifting_lines(found):
            print(line)


def _say_away_sources() -> None:
    """What tells the app about time away on this desktop (issue 21), as Settings says it."""
    from tracker.away.desktop import away_sources

    found = away_sources()
    if found:
        print(fill(translate("Cli", "Away is detected through: %1"), ", ".join(found)))
    else:
        print(translate("Cli", "Nothing on this desktop says when you are away."))


def _say_sound_server() -> None:
    """What tells the app the microphone is in use (issue 21, a call noticed), said once."""
    from tracker.away.microphone import sound_server

    server = sound_server()
    if server:
        print(fill(translate("Cli", "The microphone's use is heard through: %1"), server))
    else:
        print(translate("Cli", "No sound server answers here: calls are not noticed."))


def _check(args: argparse.Namespace) -> int:
    from tracker.commands.messages import damage_reason
    from tracker.store.layout import default_data_dir

    folder = args.data_dir or default_data_dir()
    if not folder.exists():
        print(fill(translate("Cli", "No data folder yet at %1; nothing to check."), folder))
        return EXIT_OK
    journal = open_journal_for(args)
    try:
        if args.repair:
            journal.tidy()
        problems = journal.check()
        from tracker.cli.history import lost_edit_lines

        lost = lost_edit_lines(journal)  # kept, not damage: OK stays OK
    finally:
        journal.close()
    if not problems:
        print(fill(translate("Cli", "OK: %1 is readable."), folder))
        _print_lines(lost)
        _say_away_sources()
        _say_sound_server()
        return EXIT_OK
    text = (
        translate("Cli", "1 damaged file in %2:")
        if len(problems) == 1
        else translate("Cli", "%1 damaged files in %2:")
    )
    print(fill(text, len(problems), folder))
    for problem in problems:
        print(f"  {problem.path}: {damage_reason(problem)}")
    _print_lines(lost)
    return EXIT_FAILED


def _print_lines(lines: list[str]) -> None:
    for line in lines:
        print(line)
