"""Commands that change something: each builds a request, and the running app runs it (so it
stays the one writer and every view updates at once), or, with no app, the command does.

Its one job: from a parsed command line to a stored change, said in one line; over 400 lines
because every writing command's request is built here, once, for both paths."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tracker.cli.errors import StoreProblem, UsageError, one_line, os_reason, plain_os_error
from tracker.cli.parser import EXIT_FAILED, EXIT_OK
from tracker.cli.render import local_zone, print_result
from tracker.kernel.words import fill, translate

if TYPE_CHECKING:
    from tracker.commands import Request, Result
    from tracker.store.faces import HealthFace, JournalFace

__all__ = [
    "PART_BYTES",
    "WRITING",
    "ask_running_app",
    "build_request",
    "open_journal_for",
    "record_parts",
    "run_writing",
    "time_option",
    "warn_damage",
]

WRITING = (
    "log", "start", "stop", "undo", "people", "settings", "calendar", "devices", "review",
)  # fmt: skip


def time_option(text: str | None, now: datetime, zone: Any, option: str) -> datetime | None:
    if text is None:
        return None
    from tracker.timeline.when import parse_when

    try:
        return parse_when(text, now, zone)
    except ValueError as error:  # a ValidationError too: a time the clocks skip
        from tracker.commands.messages import error_text

        raise UsageError(f"{option}: {error_text(error)}") from None


def build_request(args: argparse.Namespace, now: datetime, zone: Any) -> Request:
    """The request a parsed command line asks for; times resolved here, in this zone."""
    from tracker import commands

    names = tuple((name, None) for name in getattr(args, "people", ()))
    if args.command == "log" and args.gap is not None:
        return _gap_answer(args, now, zone)
    if args.command in ("log", "start"):
        return _log_request(args, now, zone, names)
    if args.command == "stop":
        what = {"call": "calls"}.get(args.what, args.what)
        if names and what == "block":
            what = "calls"  # `stop --with Anna`: a block is nobody's, so the call with Anna
        at = time_option(args.at, now, zone, "--at")
        return commands.Stop(at=at, what=what, names=names, now=now)
    if args.command == "undo":
        return commands.Undo()
    if args.command == "calendar":
        from tracker.cli.calendar import calendar_request

        return calendar_request(args)
    if args.command == "settings":
        from tracker.cli.settings import setting_change

        return commands.ChangeSettings(changes=setting_change(args.key, args.value))
    if args.command == "review":  # only with --intention: a review alone only reads
        return _intention(args, now, zone)
    if args.command == "devices":
        retire = args.devices_command == "retire"
        new_name = None if retire else args.new_name
        return commands.NoteDevice(device=args.device, name=new_name, retire=retire)
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
    if args.people_command == "edit":
        return commands.EditPerson(name=args.name, changes=_person_changes(args))
    if args.people_command == "remove":
        return commands.DeletePerson(name=args.name)
    if args.people_command == "done":
        return commands.KeepAction(name=args.name)
    from tracker.kernel.vocabulary import CIRCLES, circle_label, circle_of

    if args.circle is not None and circle_of(args.circle) is None:  # said before reading
        text = translate("Cli", "'%1' is not a circle; use one of %2")
        raise UsageError(fill(text, args.circle, ", ".join(circle_label(c) for c in CIRCLES)))
    from tracker.people.vcard import legacy_codec, platform_legacy, read_vcards

    if args.charset is not None and legacy_codec(args.charset) is None:
        text = translate("Cli", "--charset: '%1' is not a known character set")
        raise UsageError(fill(text, args.charset))
    try:
        data = args.file.read_bytes()
    except OSError as error:
        text = translate("Cli", "cannot read %1: %2")
        raise UsageError(fill(text, args.file, os_reason(error))) from None
    args.reading = read_vcards(data, args.charset or platform_legacy())
    cards = [card.to_record() for card in args.reading.cards]
    return commands.ImportPeople(cards=cards, circle=args.circle, source=args.file.name)


def _log_request(args: argparse.Namespace, now: datetime, zone: Any, names: tuple) -> Request:
    """`log` and `start`: the words are the quick-entry line; times resolved in this zone."""
    from tracker import commands

    at = time_option(args.at, now, zone, "--at")
    until = time_option(getattr(args, "until", None), now, zone, "--until")
    if at is not None and until is not None and until < at:
        raise UsageError(translate("Cli", "--until is before the start"))
    fields: dict[str, Any] = {"at": at, "until": until, "names": names, "tz": zone.key}
    fields["now"] = now
    fields["long_ok"] = args.long
    if args.command == "start":
        return commands.Log(kind=args.kind, title=" ".join(args.title), **fields)
    # `--cause techniek` is tech, `log storing` is `log disruption`: the request reads the
    # words, as it does for the app's socket and the tray.
    fields.update(note=args.note, tags=tuple(args.tags), cause=args.cause)
    if args.until is not None:
        from tracker.timeline.when import names_a_day

        fields["end_day_given"] = names_a_day(args.until)
    # Words are the quick-entry line they make, quoted or not: `log call with Maria
    # about renewal` links Maria, `log work 9:00-10:30 plan` is that block (issue 20).
    return commands.Log(line=" ".join(args.words), **fields)


def _gap_answer(args: argparse.Namespace, now: datetime, zone: Any) -> Request:
    """`log KIND --gap N`: the gaps are in this device's notes, read here."""
    from tracker.cli.away import gap_answer

    journal = open_journal_for(args)
    try:
        return gap_answer(args, journal, now, zone)
    finally:
        journal.close()


_PERSON_OPTIONS = {  # `people edit` option -> the field it changes
    "circle": "circle", "every": "every_days", "emails": "emails", "new_name": "name",
    "next_action": "next_action", "team": "team", "notes": "notes",
}  # fmt: skip


def _intention(args: argparse.Namespace, now: datetime, zone: Any) -> Request:
    from tracker.commands import SetIntention

    tz = getattr(zone, "key", "UTC") if args.tz is None else args.tz
    return SetIntention(text=args.intention, day=args.intention_day, tz=tz, now=now)


def _person_changes(args: argparse.Namespace) -> dict[str, Any]:
    """The fields `people edit` was given; none is a usage error, not a silent no-op."""
    changes = {
        field: getattr(args, option)
        for option, field in _PERSON_OPTIONS.items()
        if getattr(args, option) is not None
    }
    if not changes:
        text = translate("Cli", "say what to change: %1")
        raise UsageError(fill(text, "--circle, --every, --email, --name, --next-action"))
    return changes


def run_writing(args: argparse.Namespace) -> int:
    from tracker.kernel.clock import SystemClock

    zone = local_zone()
    request = build_request(args, SystemClock().now(), zone)
    if request.NAME == "people.import":
        return _import_in_parts(args, request)
    result = _send(args, request)
    if isinstance(result, int):
        return result
    if args.command == "review":
        from tracker.cli.review import print_intention

        print_intention(args)
        return EXIT_OK
    if args.command == "devices":
        from tracker.cli.devices import print_device_change

        print_device_change(args)
        return EXIT_OK
    if args.command == "calendar":
        from tracker.cli.calendar import print_calendar_result

        print_calendar_result(result, args.json, args.data_dir)
        return EXIT_OK
    if request.NAME == "people.done":
        from tracker.cli.render import print_kept

        print_kept(result, args.json, zone)
        return EXIT_OK
    command = args.command if args.command != "people" else request.NAME
    fields = tuple(request.changes) if request.NAME == "people.edit" else ()
    if request.NAME == "away.answer":
        from tracker.cli.away import print_answered

        print_answered(request, result, args.json)
        return EXIT_OK
    print_result(result, command, getattr(args, "json", False), fields)
    _say_overlaps(args, request, result, zone)
    return EXIT_OK


def _send(args: argparse.Namespace, request: Request) -> Result | int:
    """To the running app, else done here: the result, or the exit code of a refusal."""
    answer = ask_running_app(args, request)
    if answer is None:
        return _run_here(args, request)
    if not answer.get("ok"):
        error = answer.get("error") or {}
        text = _with_hint(str(error.get("code") or ""), _refusal_text(error))
        print(f"dayweave: {one_line(text)}", file=sys.stderr)
        return int(error.get("exit", EXIT_FAILED))
    from tracker.commands import Result

    return Result.from_json(answer["result"])


IMPORT_PART = 5_000  # cards a request: request and answer stay far below the socket's limit
# The bytes of one request's records: a quarter of the socket's 8 MB line, since the answer
# names what was stored again (5,000 cards with long notes are more than a line).
PART_BYTES = 2 * 1024 * 1024


def record_parts(records: list[Any], most: int, size: int = PART_BYTES) -> list[tuple[int, list]]:
    """(number of the first, records) of each part: at most `most` records and about `size`
    bytes of them as JSON; a record bigger than that goes alone."""
    import json

    parts: list[tuple[int, list[Any]]] = [(0, [])]
    held = 0
    for index, record in enumerate(records):
        cost = len(json.dumps(record, ensure_ascii=False).encode())
        part = parts[-1][1]
        if part and (len(part) >= most or held + cost > size):
            parts.append((index, []))
            held = 0
        parts[-1][1].append(record)
        held += cost
    return parts


def _import_in_parts(args: argparse.Namespace, request: Request) -> int:
    """A big file goes in parts (each one write); their counts and problems are added up."""
    from tracker.commands import Result

    total = Result(request.NAME)
    counts = {"added": 0, "merged": 0, "skipped": 0}
    for start, cards in record_parts(list(request.cards), IMPORT_PART):
        part = request.with_fields(cards=cards, follows=start > 0)
        result = _send(args, part)  # `follows`: undo takes back all the parts as one
        if isinstance(result, int):
            return result
        for code, values in result.notes:
            if code == "imported":
                for key in counts:
                    counts[key] += values.get(key, 0)
            else:
                total.note(code, **values)
    total.note("imported", **counts)
    return _imported(args, total)


def _imported(args: argparse.Namespace, result: Result) -> int:
    """The import's report; exit 1 when the file had no card, or none could be read."""
    from tracker.people.vcardtext import import_lines

    counts = next((values for code, values in result.notes if code == "imported"), {})
    problems = [values for code, values in result.notes if code == "import_problem"]
    print("\n".join(import_lines(args.reading, counts, problems)))
    if not counts.get("added") and not counts.get("merged"):
        return EXIT_FAILED  # a file from which nothing could be read is not a success
    return EXIT_OK


def _refusal_text(error: dict) -> str:
    """The app's refusal in this command's language: from its code and values when it sent
    them (the app may speak another language than this terminal), else its English."""
    from tracker.commands.messages import quick_entry_text, validation_text

    message = str(error.get("message") or translate("Cli", "the app refused"))
    if error.get("code") == "busy":  # the app could not read it: nothing was done
        return translate("Cli", "the running Dayweave is too busy; nothing was done: try again")
    if error.get("code") == "other_folder":
        return translate("Cli", "the running Dayweave serves another data folder; nothing was done")
    details = error.get("details")
    if not isinstance(details, dict) or not error.get("code"):
        return message
    refusal = _Details(error["code"], details)
    if "part" in details:  # a quick-entry line's codes are their own ("empty" is one too)
        return quick_entry_text(refusal) or message
    return validation_text(refusal) or message


def _with_hint(code: str, text: str) -> str:
    """A refusal with what to type instead, where the command line has it."""
    if code == "already_person":
        hint = translate("Cli", "To change them: dayweave people edit NAME --circle C")
        return f"{text} {hint}"
    if code == "runs_too_long":
        hint = translate("Cli", "If you mean it, add --long.")
        return f"{text} {hint}"
    return text


class _Details:
    """A refusal as the socket carries it, in the shape the message tables read."""

    def __init__(self, code: str, details: dict) -> None:
        self.code = code
        self.field = str(details.get("field", ""))
        self.values = details.get("values") if isinstance(details.get("values"), dict) else {}
        self.part = str(details.get("part", ""))


def _say_overlaps(args: argparse.Namespace, request: Request, result: Result, zone: Any) -> None:
    """A typed time the clocks pass twice: the first was taken; say so, and how to say the
    second, one line each."""
    from datetime import datetime

    found = [values for code, values in result.notes if code == "dst_overlap"]
    for option, field in (("at", "at"), ("until", "until")):
        text, moment = getattr(args, option, None), getattr(request, field, None)
        if text is not None and moment is not None:
            from tracker.timeline.when import typed_overlap  # loaded already to read the time

            found += [v for v in [typed_overlap(text, moment, zone)] if v is not None]
    for values in found:
        from tracker.kernel.words import translate  # only when there is something to say

        second = datetime.fromisoformat(values["second"]).astimezone(zone)
        line = translate(
            "CliTime", "%1 on %2 comes twice in %3: took the first; for the second, give %4"
        )
        for key, value in (("%1", values["time"]), ("%2", values["day"]), ("%3", values["zone"])):
            line = line.replace(key, value)
        line = line.replace("%4", second.isoformat(timespec="minutes"))
        print(f"dayweave: {line}", file=sys.stderr)


def ask_running_app(args: argparse.Namespace, request: Request) -> dict | None:
    """The running app's answer to the request; None when no app runs (then the caller
    writes itself)."""
    from tracker.commands.protocol import UnsafeSocket
    from tracker.commands.remote import AppDidNotAnswer, ask_app
    from tracker.store.layout import default_data_dir

    try:
        return ask_app(args.data_dir or default_data_dir(), request.NAME, request.to_json())
    except AppDidNotAnswer as error:
        # It took the request: it may have done it. Never write a second time from here.
        text = translate(
            "Cli", "%1; the change may or may not be saved: `dayweave week` shows what is there"
        )
        raise StoreProblem(fill(text, error)) from None
    except UnsafeSocket as error:
        text = translate("Cli", "warning: not using the app's socket: %1")
        print(f"dayweave: {fill(text, error)}", file=sys.stderr)
        return None


def _run_here(args: argparse.Namespace, request: Request) -> Result:
    import tracker.features  # noqa: F401 - registers every feature's handlers with the door
    from tracker.commands import Commands
    from tracker.kernel.clock import SystemClock
    from tracker.store.atomic import StoreWriteError
    from tracker.store.lock import LockTimeout

    journal = open_journal_for(args)
    nothing_saved = translate("Cli", "nothing was saved: %1")
    try:
        return Commands(journal, SystemClock(), undo_on_disk=True).run(request, initiator="cli")
    except ValueError as error:  # a ValidationError, a QuickEntryError: said from their code
        from tracker.commands.messages import error_text

        raise UsageError(_with_hint(getattr(error, "code", ""), error_text(error))) from None
    except (StoreWriteError, LockTimeout) as error:
        from tracker.commands.messages import error_text

        raise StoreProblem(fill(nothing_saved, error_text(error))) from None
    except OSError as error:  # a linked lock, a read-only folder
        raise StoreProblem(fill(nothing_saved, plain_os_error(error))) from None
    finally:
        warn_damage(journal)
        journal.close()


def warn_damage(journal: HealthFace) -> None:
    """Each file the journal found damaged and repaired, one warning line each."""
    if journal.damage:
        from tracker.commands.messages import damage_text

        for report in journal.damage:
            text = translate("Cli", "warning: %1")
            print(f"dayweave: {fill(text, damage_text(report))}", file=sys.stderr)


def open_journal_for(args: argparse.Namespace) -> JournalFace:
    from tracker.store.atomic import StoreWriteError
    from tracker.store.journal import NewerSchemaError, open_journal
    from tracker.store.lock import LockTimeout

    try:
        return open_journal(args.data_dir)
    except (StoreWriteError, LockTimeout, NewerSchemaError) as error:
        from tracker.commands.messages import error_text

        raise StoreProblem(error_text(error)) from None
    except OSError as error:
        raise StoreProblem(plain_os_error(error)) from None
