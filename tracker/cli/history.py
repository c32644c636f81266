"""`dayweave history ENTRY_ID [--json]`: the versions of one entry the data folder holds, the
one in force and the edits lost to it (issue 23, store/lost.py); and the line `dayweave
check` adds when edits were lost. A person's name or id in place of ENTRY_ID shows that
person's versions (a lost merge too); check names lost settings changes as well."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from tracker.cli.errors import UsageError
from tracker.kernel.words import fill, translate

if TYPE_CHECKING:
    import argparse


__all__ = ["lost_edit_lines", "print_history"]

# What a person's or the settings' version says beyond its content (kernel/merge.py likewise).
_NOT_SHOWN = frozenset({"id", "name", "rev", "updated", "device", "saw", "created"})


def lost_edit_lines(journal: Any) -> list[str]:
    """What check says about lost edits: nothing when none; they are kept, not damage."""
    return [*_lost_entry_lines(journal), *_lost_people_lines(journal)]


def _lost_entry_lines(journal: Any) -> list[str]:
    from tracker.cli.render import local_zone
    from tracker.store.lost import lost_edits

    lost = lost_edits(journal)
    if not lost:
        return []
    text = (
        translate("Cli", "1 edit lost to a later edit on another device "
                         "(kept; `dayweave history ID` shows it):")
        if len(lost) == 1
        else translate("Cli", "%1 edits lost to a later edit on another device "
                              "(kept; `dayweave history ID` shows them):")
    )  # fmt: skip
    zone = local_zone()
    return [fill(text, len(lost))] + [f"  {v['id']}  {_version_line(v, zone)}" for v in lost]


def _lost_people_lines(journal: Any) -> list[str]:
    """A person's lost edits, then lost settings changes, each against the one in force."""
    from tracker.cli.render import local_zone
    from tracker.kernel.codec import person_to_record
    from tracker.kernel.settings import settings_to_record
    from tracker.store.lost import lost_person_edits, lost_settings

    zone, lines = local_zone(), []
    people = {p.id: person_to_record(p) for p in journal.people(include_deleted=True)}
    lost = lost_person_edits(journal)
    if lost:
        text = (
            translate("Cli", "1 edit of a person lost to a later edit on another device "
                             "(kept; `dayweave history NAME` shows it):")
            if len(lost) == 1
            else translate("Cli", "%1 edits of people lost to a later edit on another device "
                                  "(kept; `dayweave history NAME` shows them):")
        )  # fmt: skip
        lines.append(fill(text, len(lost)))
        for v in lost:
            lines.append(f"  {v['id']}  {_other_line(v, people.get(v['id']), people, zone)}")
    settings = lost_settings(journal)
    if settings:
        text = (
            translate("Cli", "1 settings change lost to a later change on another device (kept):")
            if len(settings) == 1
            else translate(
                "Cli", "%1 settings changes lost to a later change on another device (kept):"
            )
        )
        lines.append(fill(text, len(settings)))
        held = settings_to_record(journal.settings())
        lines += [f"  {_other_line(v, held, people, zone)}" for v in settings]
    return lines


def print_history(args: argparse.Namespace, journal: Any) -> None:
    from tracker.cli.render import local_zone
    from tracker.kernel.codec import entry_to_record
    from tracker.store.errors import NotFound
    from tracker.store.lost import lost_edits

    person = _person(journal, args.entry_id)
    if person is not None:
        _print_person_history(args, journal, person)
        return
    try:
        current = journal.get(args.entry_id)
    except NotFound:
        said = translate("Cli", "there is no entry or person %1")
        raise UsageError(fill(said, args.entry_id)) from None
    record = entry_to_record(current)
    lost = [v for v in lost_edits(journal, _days(record)) if v["id"] == current.id]
    if args.json:
        shown = {"in_force": record, "lost": lost}
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return
    zone = local_zone()
    print(fill(translate("Cli", "In force: %1"), _version_line(record, zone)))
    for version in lost:
        print(fill(translate("Cli", "Lost: %1"), _version_line(version, zone)))


def _person(journal: Any, text: str) -> Any:
    """The person TEXT names: by id, else by name, else by an alias (a merged person's name
    is the alias of the one kept: the record merged away is the one asked for)."""
    from tracker.kernel.model import normalise_name

    people = journal.people(include_deleted=True)
    wanted = normalise_name(text)
    for match in (
        lambda p: p.id == text,
        lambda p: normalise_name(p.name) == wanted,
        lambda p: wanted in {normalise_name(a) for a in p.aliases},
    ):
        found = [p for p in people if match(p)]
        if found:
            return found[0]
    return None


def _print_person_history(args: argparse.Namespace, journal: Any, person: Any) -> None:
    from tracker.cli.render import local_zone
    from tracker.kernel.codec import person_to_record
    from tracker.store.lost import lost_person_edits

    record = person_to_record(person)
    lost = [v for v in lost_person_edits(journal) if v["id"] == person.id]
    if args.json:
        print(json.dumps({"in_force": record, "lost": lost}, ensure_ascii=False, indent=2))
        return
    zone = local_zone()
    people = {p.id: person_to_record(p) for p in journal.people(include_deleted=True)}
    print(fill(translate("Cli", "In force: %1"), _other_line(record, None, people, zone)))
    for version in lost:
        print(fill(translate("Cli", "Lost: %1"), _other_line(version, record, people, zone)))


def _other_line(record: dict[str, Any], held: Any, people: dict[str, Any], zone: Any) -> str:
    """A person's or the settings' version: its name (a person's) and what it says otherwise
    than HELD (the version in force), who wrote it and when."""
    said = []
    for key, value in sorted(record.items()):
        if held is None or key in _NOT_SHOWN or held.get(key) == value:
            continue
        if key == "merged_into" and value:
            name = (people.get(value) or {}).get("name") or value
            said.append(fill(translate("Cli", "merged into %1"), name))
        elif key == "deleted":
            said.append(translate("Cli", "deleted") if value else translate("Cli", "not deleted"))
        else:
            said.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    name = record.get("name") if "id" in record else translate("Cli", "settings")
    text = f"{name}: {'; '.join(said)}" if said else str(name)
    return fill(
        translate("Cli", "%1 (by %2, %3)"), text, str(record.get("device")), _when(record, zone)
    )


def _when(record: dict[str, Any], zone: Any) -> str:
    from tracker.kernel.timefmt import parse_utc

    try:
        return parse_utc(record.get("updated")).astimezone(zone).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return str(record.get("updated"))


def _days(record: dict[str, Any]) -> list[str]:
    """The day files that can hold versions of the entry: its start day and the days it left."""
    moved = record.get("moved_from")
    days = [d for d in moved if isinstance(d, str)] if isinstance(moved, list) else []
    return [str(record.get("start"))[:10], *days]


def _version_line(record: dict[str, Any], zone: Any) -> str:
    """The entry as that version had it, who wrote it and when (or that it was a deletion)."""
    from tracker.cli.render import describe_entry
    from tracker.kernel.codec import stored_entry
    from tracker.kernel.timefmt import parse_utc

    try:
        entry = stored_entry(record)
        said = describe_entry(entry, zone)  # a stored year 1, west of UTC: OverflowError
    except (ValueError, OverflowError):
        return fill(translate("Cli", "an unreadable version by %1"), str(record.get("device")))
    if entry.deleted:
        said = fill(translate("Cli", "deleted: %1"), said)
    try:
        when = parse_utc(record.get("updated")).astimezone(zone).strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError):  # year 1 an hour east of UTC: no zone can show it
        when = str(record.get("updated"))
    return fill(translate("Cli", "%1 (by %2, %3)"), said, str(record.get("device")), when)
