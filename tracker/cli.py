"""The `dayweave` command: a stable interface for scripts and desktop shortcuts (DESIGN.md).

The log, start, stop, week, people and check paths never import Qt: a test keeps it so,
because a keyboard shortcut that logs a disruption must answer at once.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn

from tracker import __version__

__all__ = ["build_parser", "main", "run_command"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_FIRST_DAYS = {"mon": 0, "sat": 5, "sun": 6}


class UsageError(Exception):
    """Bad input: one line for the user, exit code 2, nothing written."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line naming what was wrong; the full usage is one `--help` away.
        self.exit(EXIT_USAGE, f"dayweave: {message} (see dayweave --help)\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with `only` one subcommand: building every subcommand's
    parser costs `dayweave log` milliseconds it has no use for."""
    parser = _Parser(
        prog="dayweave",
        description="Log the remote work day as one interwoven timeline.",
    )
    parser.add_argument("--version", action="version", version=f"dayweave {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, help="data folder (default: $DAYWEAVE_DATA_DIR or the user's)"
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start the tray app, print the start-up seconds once the icon shows, and exit",
    )
    parser.add_argument("--lang", help="language of the app (en, nl); default: the system's")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, add in _SUBCOMMANDS.items():
        if only is None or name == only:
            add(sub)
    return parser


def _add_log(sub: Any) -> None:
    log = sub.add_parser("log", help="log an entry, or a quick-entry line")
    log.add_argument("words", nargs="+", help="KIND [TITLE], or a line like '9:00-10:30 work plan'")
    log.add_argument("--at", help="when it started (9:15, 'yesterday 22:00', -15m); default now")
    log.add_argument("--until", help="when it ended; a block without one keeps running")
    log.add_argument("--cause", help="a disruption's cause: overrun, late, tech, noise, ...")
    log.add_argument("--with", dest="people", action="append", default=[], metavar="NAME")
    log.add_argument("--note", default="")
    log.add_argument("--tag", dest="tags", action="append", default=[])
    log.add_argument("--json", action="store_true", help="print the stored entry as JSON")


def _add_start(sub: Any) -> None:
    start = sub.add_parser("start", help="start a work or life block, a call or a meeting")
    start.add_argument("kind", choices=["work", "life", "call", "meeting"])
    start.add_argument("title", nargs="*")
    start.add_argument("--at", help="when it started; default now")
    start.add_argument("--with", dest="people", action="append", default=[], metavar="NAME")
    start.add_argument("--json", action="store_true")


def _add_stop(sub: Any) -> None:
    stop = sub.add_parser("stop", help="stop what is running")
    stop.add_argument("--at", help="when it stopped; default now")
    stop.add_argument("--json", action="store_true")


def _add_week(sub: Any) -> None:
    week = sub.add_parser("week", help="the week holding DATE (default: this week)")
    week.add_argument("date", nargs="?", default="today")
    output = week.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true")
    output.add_argument("--png", type=Path, metavar="FILE", help="save the week as an image")
    week.add_argument("--tz", help="IANA zone to cut days in (default: the local one)")
    week.add_argument("--first-day", choices=sorted(_FIRST_DAYS), default="mon")
    week.add_argument("--dark", action="store_true", help="with --png: the dark palette")
    week.add_argument("--lang", help="with --png: the image's language (en, nl)")


def _add_people(sub: Any) -> None:
    people = sub.add_parser("people", help="the people you stay in touch with")
    people_sub = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    add = people_sub.add_parser("add", help="add a person")
    add.add_argument("name")
    add.add_argument("--circle", required=True)
    add.add_argument("--team", default="")
    add.add_argument("--every", type=int, metavar="DAYS", help="stay in touch every DAYS days")
    add.add_argument("--notes", default="")
    add.add_argument("--json", action="store_true")
    importing = people_sub.add_parser("import", help="add people from a vCard (.vcf) file")
    importing.add_argument("file", type=Path)
    importing.add_argument("--circle", required=True)
    listing = people_sub.add_parser("list", help="list people with their last contact")
    listing.add_argument("--json", action="store_true")


def _add_nudges(sub: Any) -> None:
    nudges = sub.add_parser("nudges", help="what is due, what waits and why, and what comes next")
    nudges.add_argument("--json", action="store_true")
    nudges.add_argument("--at", help="the moment to ask about (default now)")


def _add_check(sub: Any) -> None:
    sub.add_parser("check", help="verify the data folder; exit 1 on damage")


_SUBCOMMANDS = {
    "log": _add_log,
    "start": _add_start,
    "stop": _add_stop,
    "week": _add_week,
    "people": _add_people,
    "nudges": _add_nudges,
    "check": _add_check,
}
_GLOBAL_OPTIONS_WITH_VALUE = ("--data-dir", "--lang")


def _command_word(words: list[str]) -> str | None:
    """The subcommand in argv, skipping the global options and their values."""
    index = 0
    while index < len(words):
        word = words[index]
        # argparse also takes an unambiguous abbreviation: --data for --data-dir.
        if len(word) > 2 and any(option.startswith(word) for option in _GLOBAL_OPTIONS_WITH_VALUE):
            index += 2
            continue
        if not word.startswith("-"):
            return word
        index += 1
    return None


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if not any(word in _COMMANDS for word in words) and not {"-h", "--help"} & set(words):
        return _start_app(words)
    command = _command_word(words)
    wants_help = bool({"-h", "--help"} & set(words))
    parser = build_parser(only=None if wants_help or command not in _SUBCOMMANDS else command)
    args, extra = parser.parse_known_args(words)
    # A title may follow the options: `log disruption --cause tech "wifi dropped"`.
    if extra and args.command in ("log", "start") and not any(w.startswith("-") for w in extra):
        (args.words if args.command == "log" else args.title).extend(extra)
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command is None:
        from tracker.ui.app import run_app  # the only path that loads Qt

        return run_app(data_dir=args.data_dir, exit_when_ready=args.exit_when_ready, lang=args.lang)
    if args.command in _VIA_APP:
        answered = _ask_running_app(args, list(argv if argv is not None else sys.argv[1:]))
        if answered is not None:
            return answered
    return run_command(args)


def _start_app(words: list[str]) -> int:
    """`dayweave [--data-dir D] [--lang L] [--exit-when-ready]`: only the global options, read
    by a small parser, so starting the tray does not build every subcommand's help."""
    parser = _Parser(prog="dayweave", add_help=False)
    parser.add_argument("--version", action="version", version=f"dayweave {__version__}")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--exit-when-ready", action="store_true")
    parser.add_argument("--lang")
    args = parser.parse_args(words)
    from tracker.ui.app import run_app  # the only path that loads Qt

    return run_app(data_dir=args.data_dir, exit_when_ready=args.exit_when_ready, lang=args.lang)


def run_command(args: argparse.Namespace, journal: Any = None) -> int:
    """Run a parsed command; the app passes its own journal, the command line opens one."""
    from tracker.store.lock import LockTimeout
    from tracker.store.storage import DamagedFileError

    args.journal = journal
    try:
        return _COMMANDS[args.command](args)
    except UsageError as error:
        print(f"dayweave: {error}", file=sys.stderr)
        return EXIT_USAGE
    except _StoreProblem as error:
        print(f"dayweave: {error}", file=sys.stderr)
        return EXIT_FAILED
    except (LockTimeout, DamagedFileError) as error:
        print(f"dayweave: {error}", file=sys.stderr)
        return EXIT_FAILED


# -- helpers --------------------------------------------------------------------------------


class _StoreProblem(Exception):
    pass


_VIA_APP = ("log", "start", "stop")


def _ask_running_app(args: argparse.Namespace, argv: list[str]) -> int | None:
    """Hand the command to the running app; None when no app serves this data folder."""
    from tracker.ipc import AppDidNotAnswer, request
    from tracker.store.layout import default_data_dir

    try:
        reply = request(args.data_dir or default_data_dir(), {"argv": argv})
    except AppDidNotAnswer as error:
        print(f"dayweave: {error}; nothing was saved", file=sys.stderr)
        return EXIT_FAILED
    if reply is None:
        return None
    sys.stdout.write(reply.get("out", ""))
    sys.stderr.write(reply.get("err", ""))
    return int(reply.get("code", EXIT_FAILED))


def _open(args: argparse.Namespace) -> Any:
    if getattr(args, "journal", None) is not None:
        return args.journal
    from tracker.store.atomic import StoreWriteError
    from tracker.store.journal import NewerSchemaError, open_journal
    from tracker.store.lock import LockTimeout

    try:
        journal = open_journal(args.data_dir)
    except (StoreWriteError, LockTimeout, NewerSchemaError, OSError) as error:
        raise _StoreProblem(str(error)) from None
    return journal


def _finish(journal: Any, args: argparse.Namespace | None = None) -> None:
    if args is not None and getattr(args, "journal", None) is journal:
        return  # the app's journal: the app shows damage and closes it
    for report in journal.damage:
        print(f"dayweave: warning: {report.describe()}", file=sys.stderr)
    journal.close()


def _zone() -> Any:
    from tracker.core.localzone import local_zone

    return local_zone()


def _when(text: str | None, now: datetime, zone: Any, option: str) -> datetime | None:
    if text is None:
        return None
    from tracker.core.when import parse_when

    try:
        return parse_when(text, now, zone)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from None


def _guard_store(call: Any, *args: Any, **kwargs: Any) -> Any:
    from tracker.core.model import ValidationError
    from tracker.store.atomic import StoreWriteError
    from tracker.store.lock import LockTimeout

    try:
        return call(*args, **kwargs)
    except ValidationError as error:
        raise UsageError(str(error)) from None
    except (StoreWriteError, LockTimeout) as error:
        raise _StoreProblem(f"nothing was saved: {error}") from None


def _resolve_people(journal: Any, names: Sequence[tuple[str, str | None]]) -> list[str]:
    """Person ids for names; a name nobody has yet becomes a person, and we say so."""
    from tracker.core.model import Person

    ids = []
    for name, circle in names:
        person = journal.find_person(name)
        if person is None:
            person = _guard_store(
                journal.add_person, Person(name=name.strip(), circle=circle or "peer")
            )
            print(f"Added {person.name} to your people (circle: {person.circle}).")
        ids.append(person.id)
    return ids


def _check_names(names: Sequence[tuple[str, str | None]]) -> None:
    from tracker.core.model import Person, ValidationError, validate_person

    for name, circle in names:
        try:
            validate_person(Person(name=name, circle=circle or "peer"))
        except ValidationError as error:
            raise UsageError(f"--with {name!r}: {error}") from None


def _describe(entry: Any, zone: Any) -> str:
    start = entry.start.astimezone(zone)
    when = start.strftime("%a %d %b %H:%M")
    if entry.end is not None:
        when += entry.end.astimezone(zone).strftime("-%H:%M")
    elif entry.running:
        when += " (running)"
    kind = entry.kind + (f" ({entry.cause})" if entry.cause else "")
    title = f' "{entry.title}"' if entry.title else ""
    return f"{kind} {when}{title}"


def _print_entries(entries: Sequence[Any], as_json: bool, verb: str) -> None:
    from tracker.core.model import entry_to_record

    zone = _zone()
    if as_json:
        print(json.dumps([entry_to_record(e) for e in entries], ensure_ascii=False))
        return
    for entry in entries:
        print(f"{verb} {_describe(entry, zone)}")


# -- commands -------------------------------------------------------------------------------


def _build_entry(args: argparse.Namespace, now: datetime, zone: Any) -> tuple[Any, list]:
    """The entry the log command describes, plus the names of its people; nothing is stored."""
    from tracker.core.model import (
        INSTANT_KINDS,
        KINDS,
        Entry,
        ValidationError,
        new_id,
        validate_entry,
    )

    words = args.words
    names: list[tuple[str, str | None]] = [(n, None) for n in args.people]
    if words[0].casefold() in KINDS:
        kind, title, tags = words[0].casefold(), " ".join(words[1:]), list(args.tags)
        start, end, cause = now, None, args.cause
    else:
        from tracker.core.quickentry import QuickEntryError, parse_quick_entry, resolve_times

        line = " ".join(words)
        try:
            parsed = parse_quick_entry(line)
        except QuickEntryError as error:
            raise UsageError(str(error)) from None
        start, end = resolve_times(parsed, now, zone)
        if parsed.start_time is not None and args.at is not None:
            raise UsageError(f"--at and the time in {line!r} disagree; give one of them")
        kind, title, tags = parsed.kind, parsed.title, [*parsed.tags, *args.tags]
        cause = args.cause or parsed.cause
        names = [(ref.name, ref.circle) for ref in parsed.people] + names
    if kind in INSTANT_KINDS and args.until is not None:
        raise UsageError(f"a {kind} is a moment and has no end; drop --until")
    start = _when(args.at, now, zone, "--at") or start
    end = _when(args.until, now, zone, "--until") or end
    if end is not None and end < start:
        raise UsageError("--until is before the start")
    entry = Entry(
        kind=kind,
        start=start,
        end=end,
        tz=zone.key,
        title=title,
        note=args.note,
        tags=tuple(tags),
        cause=cause,
    )
    try:
        validate_entry(entry.with_changes(people=tuple(new_id() for _ in names)))
    except ValidationError as error:
        raise UsageError(str(error)) from None
    _check_names(names)
    return entry, names


def _cmd_log(args: argparse.Namespace) -> int:
    from tracker.core.clock import SystemClock

    zone = _zone()
    entry, names = _build_entry(args, SystemClock().now(), zone)
    journal = _open(args)
    try:
        people = _resolve_people(journal, names)
        stored = _guard_store(journal.add, entry.with_changes(people=tuple(people)))
        _print_entries([stored], args.json, "Logged")
    finally:
        _finish(journal, args)
    return EXIT_OK


def _cmd_start(args: argparse.Namespace) -> int:
    from tracker.core.clock import SystemClock

    zone = _zone()
    now = SystemClock().now()
    at = _when(args.at, now, zone, "--at")
    names = [(n, None) for n in args.people]
    _check_names(names)
    from tracker.core.model import Entry, ValidationError, new_id, validate_entry

    title = " ".join(args.title)
    try:  # the whole entry is checked before anything (a new person) is written
        validate_entry(
            Entry(
                kind=args.kind,
                start=at or now,
                title=title,
                tz=zone.key,
                people=tuple(new_id() for _ in names),
            )
        )
    except ValidationError as error:
        raise UsageError(str(error)) from None
    journal = _open(args)
    try:
        people = _resolve_people(journal, names)
        stored = _guard_store(journal.start, args.kind, title, at=at, people=people, tz=zone.key)
        _print_entries([stored], args.json, "Started")
    finally:
        _finish(journal, args)
    return EXIT_OK


def _cmd_stop(args: argparse.Namespace) -> int:
    from tracker.core.clock import SystemClock

    at = _when(args.at, SystemClock().now(), _zone(), "--at")
    journal = _open(args)
    try:
        stopped = _guard_store(journal.stop, at)
        if not stopped and not args.json:
            print("Nothing was running.")
        _print_entries(stopped, args.json, "Stopped")
    finally:
        _finish(journal, args)
    return EXIT_OK


def _cmd_week(args: argparse.Namespace) -> int:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from tracker.core.clock import SystemClock
    from tracker.core.days import week_days, week_start
    from tracker.core.summary import summarize_week
    from tracker.core.weekreport import week_to_json
    from tracker.core.when import parse_day

    try:
        zone = ZoneInfo(args.tz) if args.tz else _zone()
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"--tz: {args.tz!r} is not a known time zone") from None
    now = SystemClock().now()
    try:
        day = parse_day(args.date, now.astimezone(zone).date())
    except ValueError as error:
        raise UsageError(str(error)) from None
    first = week_start(day, _FIRST_DAYS[args.first_day])
    days = week_days(first, zone)
    journal = _open(args)
    try:
        entries = journal.entries_between(days[0].start, days[-1].end)
        people = journal.people_by_id()
        summary = summarize_week(entries, people, first, zone, now)
        if args.png is not None:
            from tracker.ui.export import save_week_png  # the image needs Qt, offscreen

            save_week_png(
                summary,
                people,
                args.png,
                now=now,
                dark=args.dark,
                lang=args.lang,
                first_weekday=_FIRST_DAYS[args.first_day],
            )
            print(f"Saved {args.png}")
        elif args.json:
            print(json.dumps(week_to_json(summary, people), ensure_ascii=False, indent=2))
        else:
            _print_week_text(summary, people, zone)
    finally:
        _finish(journal, args)
    return EXIT_OK


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
            print(f"    {_describe(entry, zone)}" + (f" with {names}" if names else ""))
    causes = ", ".join(f"{c} {n}" for c, n in summary.disruptions_by_cause.most_common())
    print(
        f"Total  work {_hours(summary.work_min)}  life {_hours(summary.life_min)}"
        f"  switches {summary.switches}  disruptions {summary.disruptions}"
        + (f" ({causes})" if causes else "")
        + f"  live meetings {summary.live_meetings}"
    )


def _cmd_people(args: argparse.Namespace) -> int:
    from tracker.core.model import Person, ValidationError, person_to_record, validate_person

    if args.people_command == "import":
        return _import_people(args)
    if args.people_command == "add":
        person = Person(
            name=args.name.strip(),
            circle=args.circle,
            team=args.team,
            every_days=args.every,
            notes=args.notes,
        )
        try:
            validate_person(person)
        except ValidationError as error:
            raise UsageError(str(error)) from None
        journal = _open(args)
        try:
            if journal.find_person(person.name) is not None:
                raise UsageError(f"{person.name!r} is already in your people")
            stored = _guard_store(journal.add_person, person)
            if args.json:
                print(json.dumps(person_to_record(stored), ensure_ascii=False))
            else:
                print(f"Added {stored.name} ({stored.circle}).")
        finally:
            _finish(journal, args)
        return EXIT_OK

    journal = _open(args)
    try:
        people = journal.people()
        last = journal.last_contacts()
        default_every = journal.settings().default_every_days
        rows = []
        for person in people:
            seen = last.get(person.id)
            due = seen + timedelta(days=person.every_days or default_every) if seen else None
            rows.append((person, seen, due))
        if args.json:
            print(
                json.dumps(
                    [
                        person_to_record(p)
                        | {
                            "last_contact": seen.isoformat() if seen else None,
                            "next_due": due.isoformat() if due else None,
                        }
                        for p, seen, due in rows
                    ],
                    ensure_ascii=False,
                )
            )
        elif not rows:
            print("No people yet: dayweave people add NAME --circle CIRCLE")
        else:
            for person, seen, _due in rows:
                last_text = f"{seen:%Y-%m-%d}" if seen else "never"
                team = f" · {person.team}" if person.team else ""
                print(f"{person.name} ({person.circle}{team}) last contact {last_text}")
    finally:
        _finish(journal, args)
    return EXIT_OK


def _import_people(args: argparse.Namespace) -> int:
    from tracker.core.model import CIRCLES
    from tracker.core.vcard import parse_vcards, plan_import

    if args.circle not in CIRCLES:
        raise UsageError(f"{args.circle!r} is not a circle; use one of {', '.join(CIRCLES)}")
    try:
        text = args.file.read_text(encoding="utf-8-sig", errors="replace")
    except OSError as error:
        raise UsageError(f"cannot read {args.file}: {error.strerror}") from None
    cards, problems = parse_vcards(text)
    journal = _open(args)
    try:
        plan = plan_import(cards, journal.people(), args.circle)
        problems += plan.skipped
        for person in plan.added:
            _guard_store(journal.add_person, person)
        for person in plan.merged:
            _guard_store(journal.update_person, person)
    finally:
        _finish(journal, args)
    merged = len(plan.merged) + plan.duplicates
    print(f"Added {len(plan.added)}, merged {merged}, skipped {len(problems)}.")
    for problem in problems:
        print(f"  skipped {problem}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from tracker.store.layout import default_data_dir

    folder = args.data_dir or default_data_dir()
    if not folder.exists():
        print(f"No data folder yet at {folder}; nothing to check.")
        return EXIT_OK
    journal = _open(args)
    try:
        problems = journal.check()
    finally:
        _finish(journal, args)
    if not problems:
        print(f"OK: {folder} is readable.")
        return EXIT_OK
    print(f"{len(problems)} damaged file(s) in {folder}:")
    for problem in problems:
        print(f"  {problem.path}: {problem.reason}")
    return EXIT_FAILED


def _why(nudge: Any, person: Any) -> str:
    """Why this nudge, in one line a status bar can show."""
    if nudge.kind == "reach_out":
        where = person.team or person.circle
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


def _cmd_nudges(args: argparse.Namespace) -> int:
    from tracker.core.clock import FakeClock, SystemClock
    from tracker.core.days import week_days, week_start
    from tracker.core.nudges import plan_nudges
    from tracker.core.summary import summarize_week

    zone = _zone()
    now = _when(args.at, SystemClock().now(), zone, "--at") or SystemClock().now()
    if getattr(args, "journal", None) is None:
        from tracker.store.journal import open_journal

        try:
            journal = open_journal(args.data_dir, FakeClock(now))
        except OSError as error:
            raise _StoreProblem(str(error)) from None
    else:
        journal = args.journal
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
        if getattr(args, "journal", None) is None:
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


_COMMANDS = {
    "log": _cmd_log,
    "start": _cmd_start,
    "stop": _cmd_stop,
    "week": _cmd_week,
    "people": _cmd_people,
    "check": _cmd_check,
    "nudges": _cmd_nudges,
}
