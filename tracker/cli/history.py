"""`dayweave history ENTRY_ID [--json]`: the versions of one entry the data folder holds, the
one in force and the edits lost to it (issue 23, store/lost.py); and the line `dayweave
check` adds when edits were lost."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from tracker.cli.errors import UsageError
from tracker.kernel.words import fill, translate

if TYPE_CHECKING:
    import argparse


__all__ = ["lost_edit_lines", "print_history"]


def lost_edit_lines(journal: Any) -> list[str]:
    """What check says about lost edits: nothing when none; they are kept, not damage."""
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


def print_history(args: argparse.Namespace, journal: Any) -> None:
    from tracker.cli.render import local_zone
    from tracker.kernel.codec import entry_to_record
    from tracker.store.errors import NotFound
    from tracker.store.lost import lost_edits

    try:
        current = journal.get(args.entry_id)
    except NotFound:
        raise UsageError(fill(translate("Cli", "there is no entry %1"), args.entry_id)) from None
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
