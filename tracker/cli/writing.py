"""Commands that change something: each builds a request, and the running app runs it (so it
stays the one writer and every view updates at once), or, with no app, the command does."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from tracker.cli.parser import EXIT_FAILED, EXIT_OK
from tracker.cli.render import local_zone, print_result

__all__ = [
    "WRITING",
    "StoreProblem",
    "UsageError",
    "build_request",
    "open_journal_for",
    "plain_os_error",
    "run_writing",
    "time_option",
]

WRITING = ("log", "start", "stop", "undo", "people", "settings")


class UsageError(Exception):
    """Bad input: one line for the user, exit code 2, nothing written."""


def time_option(text: str | None, now: datetime, zone: Any, option: str) -> datetime | None:
    if text is None:
        return None
    from tracker.core.when import parse_when

    try:
        return parse_when(text, now, zone)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from None


def build_request(args: argparse.Namespace, now: datetime, zone: Any) -> Any:
    """The request a parsed command line asks for; times resolved here, in this zone."""
    from tracker import commands

    names = tuple((name, None) for name in getattr(args, "people", ()))
    if args.command in ("log", "start"):
        at = time_option(args.at, now, zone, "--at")
        until = time_option(getattr(args, "until", None), now, zone, "--until")
        if at is not None and until is not None and until < at:
            raise UsageError("--until is before the start")
        fields: dict[str, Any] = {"at": at, "until": until, "names": names, "tz": zone.key}
        fields["now"] = now
        if args.command == "start":
            return commands.Log(kind=args.kind, title=" ".join(args.title), **fields)
        from tracker.core.model import KINDS

        fields.update(note=args.note, tags=tuple(args.tags), cause=args.cause)
        if args.until is not None:
            from tracker.core.when import names_a_day

            fields["end_day_given"] = names_a_day(args.until)
        first = args.words[0].casefold()
        if first in KINDS:
            return commands.Log(kind=first, title=" ".join(args.words[1:]), **fields)
        return commands.Log(line=" ".join(args.words), **fields)
    if args.command == "stop":
        what = {"call": "calls"}.get(args.what, args.what)
        if names and what == "block":
            what = "calls"  # `stop --with Anna`: a block is nobody's, so the call with Anna
        at = time_option(args.at, now, zone, "--at")
        return commands.Stop(at=at, what=what, names=names, now=now)
    if args.command == "undo":
        return commands.Undo()
    if args.command == "settings":
        from tracker.cli.settings_text import setting_change

        return commands.ChangeSettings(changes=setting_change(args.key, args.value))
    if args.people_command == "add":
        return commands.AddPerson(
            name=args.name,
            circle=args.circle,
            team=args.team,
            every_days=args.every,
            notes=args.notes,
            emails=tuple(args.emails),
        )
    if args.people_command == "merge":
        return commands.MergePeople(name=args.name, into=args.into)
    from tracker.core.model import CIRCLES

    if args.circle not in CIRCLES:
        raise UsageError(f"{args.circle!r} is not a circle; use one of {', '.join(CIRCLES)}")
    try:
        text = args.file.read_text(encoding="utf-8-sig", errors="replace")
    except OSError as error:
        raise UsageError(f"cannot read {args.file}: {error.strerror}") from None
    return commands.ImportPeople(text=text, circle=args.circle, source=args.file.name)


def run_writing(args: argparse.Namespace) -> int:
    from tracker.core.clock import SystemClock

    zone = local_zone()
    request = build_request(args, SystemClock().now(), zone)
    answer = _ask_app(args, request)
    if answer is None:
        result = _run_here(args, request)
    elif not answer.get("ok"):
        error = answer.get("error") or {}
        from tracker.cli import one_line

        print(
            f"dayweave: {one_line(str(error.get('message', 'the app refused')))}", file=sys.stderr
        )
        return int(error.get("exit", EXIT_FAILED))
    else:
        from tracker.commands import Result

        result = Result.from_json(answer["result"])
    command = args.command if args.command != "people" else request.NAME
    print_result(result, command, getattr(args, "json", False))
    _say_overlaps(args, request, result, zone)
    if request.NAME == "people.import" and not result.people and _read_nothing(result):
        return EXIT_FAILED  # a file from which nothing could be read is not a success
    return EXIT_OK


def _say_overlaps(args: argparse.Namespace, request: Any, result: Any, zone: Any) -> None:
    """A typed time the clocks pass twice: the first was taken; say so, and how to say the
    second, one line each."""
    from datetime import datetime

    found = [values for code, values in result.notes if code == "dst_overlap"]
    for option, field in (("at", "at"), ("until", "until")):
        text, moment = getattr(args, option, None), getattr(request, field, None)
        if text is not None and moment is not None:
            from tracker.core.when import typed_overlap  # loaded already to read the time

            found += [v for v in [typed_overlap(text, moment, zone)] if v is not None]
    for values in found:
        from tracker.core.words import translate  # only when there is something to say

        second = datetime.fromisoformat(values["second"]).astimezone(zone)
        line = translate(
            "CliTime", "%1 on %2 comes twice in %3: took the first; for the second, give %4"
        )
        for key, value in (("%1", values["time"]), ("%2", values["day"]), ("%3", values["zone"])):
            line = line.replace(key, value)
        line = line.replace("%4", second.isoformat(timespec="minutes"))
        print(f"dayweave: {line}", file=sys.stderr)


def _read_nothing(result: Any) -> bool:
    counts = next((values for code, values in result.notes if code == "imported"), {})
    return not counts.get("merged") and bool(counts.get("skipped"))


def _ask_app(args: argparse.Namespace, request: Any) -> dict | None:
    from tracker.commands.protocol import UnsafeSocket
    from tracker.commands.remote import AppDidNotAnswer, ask_app
    from tracker.store.layout import default_data_dir

    try:
        return ask_app(args.data_dir or default_data_dir(), request.NAME, request.to_json())
    except AppDidNotAnswer as error:
        # It took the request: it may have done it. Never write a second time from here.
        raise StoreProblem(
            f"{error}; the change may or may not be saved: `dayweave week` shows what is there"
        ) from None
    except UnsafeSocket as error:
        print(f"dayweave: warning: not using the app's socket: {error}", file=sys.stderr)
        return None


class StoreProblem(Exception):
    """Nothing could be saved: exit 1."""


def _run_here(args: argparse.Namespace, request: Any) -> Any:
    from tracker.commands import Commands
    from tracker.core.clock import SystemClock
    from tracker.core.model import ValidationError
    from tracker.store.atomic import StoreWriteError
    from tracker.store.lock import LockTimeout

    journal = open_journal_for(args)
    try:
        return Commands(journal, SystemClock(), undo_on_disk=True).run(request, initiator="cli")
    except ValidationError as error:  # QuickEntryError too: both are ValueErrors with a text
        raise UsageError(str(error)) from None
    except ValueError as error:
        raise UsageError(str(error)) from None
    except (StoreWriteError, LockTimeout) as error:
        raise StoreProblem(f"nothing was saved: {error}") from None
    except OSError as error:  # a linked lock, a read-only folder
        raise StoreProblem(f"nothing was saved: {plain_os_error(error)}") from None
    finally:
        for report in journal.damage:
            print(f"dayweave: warning: {report.describe()}", file=sys.stderr)
        journal.close()


def plain_os_error(error: OSError) -> str:
    """One line without Python's "[Errno 30]": what failed, and where."""
    if error.strerror and not isinstance(error.args[0], str):
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror[:1].lower()}{error.strerror[1:]}"
    return str(error)


def open_journal_for(args: argparse.Namespace) -> Any:
    from tracker.store.atomic import StoreWriteError
    from tracker.store.journal import NewerSchemaError, open_journal
    from tracker.store.lock import LockTimeout

    try:
        return open_journal(args.data_dir)
    except (StoreWriteError, LockTimeout, NewerSchemaError) as error:
        raise StoreProblem(str(error)) from None
    except OSError as error:
        raise StoreProblem(plain_os_error(error)) from None
