"""`dayweave export` and `dayweave import`: your data out as CSV, iCalendar or the full JSON
backup, and back in (a backup, or a Timewarrior or Watson export).

An import goes to the running app over the socket, a chunk of records per request, so the app
stays the one writer; with no app it writes the files itself. Either way it is idempotent.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from tracker.cli.errors import StoreProblem, UsageError, one_line, os_reason
from tracker.cli.parser import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from tracker.cli.render import local_zone
from tracker.cli.writing import ask_running_app, open_journal_for, record_parts
from tracker.commands.messages import damage_text
from tracker.kernel.words import fill, translate

__all__ = ["CHUNK_BYTES", "CHUNK_RECORDS", "run_export", "run_import"]

CHUNK_RECORDS = 1000  # per request
# The records of one request: a quarter of the socket's 8 MB line, since the answer names the
# stored entries again.
CHUNK_BYTES = 2 * 1024 * 1024


def _range(args: argparse.Namespace, zone: Any) -> tuple[datetime | None, datetime | None]:
    """--from and --to are whole local days, both included."""
    from datetime import timedelta

    from tracker.kernel.days import local_day
    from tracker.timeline.when import parse_day

    today = datetime.now(zone).date()
    bounds: list[datetime | None] = []
    for option, text, shift in (("--from", args.start, 0), ("--to", args.end, 1)):
        if text is None:
            bounds.append(None)
            continue
        try:
            day = parse_day(text, today)
        except ValueError as error:
            raise UsageError(f"{option}: {error}") from None
        bounds.append(local_day(day + timedelta(days=shift), zone).start)
    if bounds[0] is not None and bounds[1] is not None and bounds[1] <= bounds[0]:
        raise UsageError(translate("CliExport", "--to is before --from"))
    return bounds[0], bounds[1]


def run_export(args: argparse.Namespace) -> int:
    from tracker.exchange.exporting import Export
    from tracker.kernel.clock import SystemClock
    from tracker.store.private import RefusedTarget, check_target, private_file

    start, end = _range(args, local_zone())
    output = None if args.output in (None, "-") else Path(args.output).expanduser()
    if output is not None and not output.absolute().parent.is_dir():
        text = translate("CliExport", "-o: there is no folder %1")
        raise UsageError(fill(text, output.absolute().parent))
    try:
        check_target(output or "-")  # a link, a pipe, a device: refused before anything is read
    except RefusedTarget as error:
        raise UsageError(str(error)) from None
    journal = open_journal_for(args)
    try:
        if output is None:
            stdout = sys.stdout.fileno()
            try:
                with open(stdout, "w", encoding="utf-8", newline="", closefd=False) as stream:
                    Export(journal, args.format, stream, now=SystemClock().now(),
                           start=start, end=end, moments=args.moments).run()  # fmt: skip
            except BrokenPipeError:  # `dayweave export ... | head`: the reader had enough
                os.dup2(os.open(os.devnull, os.O_WRONLY), stdout)
            return EXIT_OK
        try:
            with private_file(output.absolute()) as stream:
                count = Export(journal, args.format, stream, now=SystemClock().now(),
                               start=start, end=end, moments=args.moments).run()  # fmt: skip
        except OSError as error:
            text = translate("CliExport", "could not write %1: %2")
            raise StoreProblem(fill(text, output, os_reason(error))) from None
    finally:
        journal.close()
    said = translate("CliExport", "Written to %1: %2 entries.")
    print(said.replace("%1", str(output)).replace("%2", str(count)), file=sys.stderr)
    return EXIT_OK


def _read(path: str) -> Any:
    try:
        if path == "-":
            text = sys.stdin.read().removeprefix("\ufeff")  # as utf-8-sig reads a file
        else:
            text = Path(path).expanduser().read_text(encoding="utf-8-sig")
    except OSError as error:
        text = translate("CliExport", "cannot read %1: %2")
        raise UsageError(fill(text, path, os_reason(error))) from None
    except UnicodeDecodeError:
        raise UsageError(fill(translate("CliExport", "%1 is not UTF-8 text"), path)) from None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        text = translate(
            "CliExport",
            "%1 is not JSON: import takes a Dayweave backup (.json), "
            "a Timewarrior export or a Watson log --json",
        )
        raise UsageError(fill(text, path)) from None


def _requests(
    data: Any, source: str, dry_run: bool = False
) -> tuple[list[Any], list[tuple[str, str]]]:
    """The import as requests of a chunk each; problems found before any request is made."""
    from tracker.commands import ImportRecords
    from tracker.exchange.backup import read_backup

    problems: list[tuple[str, str]]
    if isinstance(data, dict):
        try:
            backup = read_backup(data)  # a newer or foreign format: exit 2, nothing written
        except ValueError as error:
            raise UsageError(str(error)) from None
        version, people, settings, entries, problems = (
            backup.version, backup.people, backup.settings, backup.entries, [],
        )  # fmt: skip
    else:
        from tracker.exchange.peers import peer_records

        try:
            _tool, entries, problems = peer_records(data, local_zone().key)
        except ValueError as error:
            raise UsageError(str(error)) from None
        version, people, settings = None, [], {}
    # People first, in their own requests when they are many (30,000 are more than a line),
    # then the entries; the first request carries the settings.
    people_chunks = _chunks(people)
    requests: list[Any] = [
        ImportRecords(
            version=version, entries=[], people=chunk, settings={}, source=source, dry_run=dry_run
        )
        for _first, chunk in (people_chunks if len(people_chunks) > 1 else [])
    ]
    for first, chunk in _chunks(entries):
        requests.append(
            ImportRecords(
                version=version,
                entries=chunk,
                people=people if first == 0 and not requests else [],
                settings={},
                source=source,
                first=first,
                dry_run=dry_run,
            )
        )
    requests[0] = requests[0].with_fields(settings=settings)
    return requests, problems


def _chunks(records: list[Any]) -> list[tuple[int, list[Any]]]:
    """(number of the first, records) of each request: at most CHUNK_RECORDS records and
    CHUNK_BYTES of them (a thousand entries with long notes are more than a socket line)."""
    return record_parts(records, CHUNK_RECORDS, CHUNK_BYTES)


def run_import(args: argparse.Namespace) -> int:
    requests, problems = _requests(_read(args.file), Path(args.file).name, args.dry_run)
    results: list[Any] = []
    answer = ask_running_app(args, requests[0])
    if answer is None:
        results = _run_here(args, requests)
    else:
        from tracker.commands import Result

        for index, request in enumerate(requests):
            if index:
                answer = ask_running_app(args, request)
            if answer is None or not answer.get("ok"):
                error = (answer or {}).get("error") or {}
                message = str(error.get("message", "the app went away"))
                print(f"dayweave: {one_line(message)}", file=sys.stderr)
                _report(results, problems)  # what the chunks before it did
                code = int(error.get("exit", EXIT_FAILED))
                # Exit 2 says nothing was written: not so once a part before went in.
                return EXIT_FAILED if code == EXIT_USAGE and _wrote(results) else code
            results.append(Result.from_json(answer["result"]))
    return _report(results, problems)


def _wrote(results: list[Any]) -> bool:
    """Whether the parts already answered stored anything (a dry run stores nothing)."""
    return any(
        not result.has_note("dry_run")
        and any(
            int(values.get(key, 0))
            for code, values in result.notes
            if code == "imported_records"
            for key in values
            if key.endswith(("_added", "_updated", "_trimmed"))
        )
        for result in results
    )


def _run_here(args: argparse.Namespace, requests: list[Any]) -> list[Any]:
    import tracker.features  # noqa: F401 - registers every feature's handlers with the door
    from tracker.commands import Commands
    from tracker.kernel.clock import SystemClock
    from tracker.store.atomic import StoreWriteError
    from tracker.store.lock import LockTimeout

    journal = open_journal_for(args)
    results = []
    try:
        door = Commands(journal, SystemClock())
        for request in requests:
            results.append(door.run(request, initiator="cli"))
    except ValueError as error:  # a newer backup, a refusal: exit 2 only if none went in yet
        if _wrote(results):
            raise StoreProblem(str(error)) from None
        raise UsageError(str(error)) from None
    except (StoreWriteError, LockTimeout, OSError) as error:
        done = sum(len(r.stored) for r in results)
        text = translate("CliExport", "the import stopped after %1 entries: %2")
        raise StoreProblem(fill(text, done, error)) from None
    finally:
        for report in journal.damage:
            warning = translate("Cli", "warning: %1").replace("%1", damage_text(report))
            print(f"dayweave: {warning}", file=sys.stderr)
        journal.close()
    return results


def _say_trimmed(trimmed: int, dry_run: bool) -> None:
    """How many blocks already here the imported ones trim, split or replace (issue 25)."""
    if not trimmed:
        return
    if dry_run:
        text = translate("CliExport", "Blocks already here it would trim: %1.")
    else:
        text = translate("CliExport", "Blocks already here trimmed: %1.")
    print(fill(text, trimmed))


def _report(results: list[Any], problems: list[tuple[str, str]]) -> int:
    from tracker.exchange.importing import COUNTS

    counts = dict.fromkeys(COUNTS, 0)
    settings = "none"
    dry_run = any(result.has_note("dry_run") for result in results)
    if dry_run:
        print(translate("CliExport", "Dry run: nothing was written. The import would do this:"))
    for result in results:
        for code, values in result.notes:
            if code == "imported_records":
                for key in COUNTS:
                    counts[key] += int(values.get(key, 0))
                if values.get("settings") in ("updated", "unchanged"):
                    settings = values["settings"]
            elif code == "record_problem":
                problems.append((str(values.get("where")), str(values.get("why"))))
    line = translate("CliExport", "Entries: %1 added, %2 updated, %3 unchanged.")
    for n, key in enumerate(("entries_added", "entries_updated", "entries_unchanged"), 1):
        line = line.replace(f"%{n}", str(counts[key]))
    print(line)
    _say_trimmed(counts["entries_trimmed"], dry_run)
    line = translate("CliExport", "People: %1 added, %2 updated, %3 unchanged.")
    for n, key in enumerate(("people_added", "people_updated", "people_unchanged"), 1):
        line = line.replace(f"%{n}", str(counts[key]))
    print(line)
    if settings == "updated":
        print(translate("CliExport", "Settings: updated (the backup's were newer)."))
    elif settings == "unchanged":
        print(translate("CliExport", "Settings: unchanged."))
    if problems:
        said = translate("CliExport", "Bad records, skipped: %1")
        print(said.replace("%1", str(len(problems))))
        for where, why in problems:
            print(f"  {one_line(where)}: {one_line(why)}")
    imported = sum(counts[k] for k in COUNTS if k != "skipped")
    return EXIT_FAILED if problems and not imported else EXIT_OK
