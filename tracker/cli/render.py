"""What the command line prints for a command's result (English: scripts read it)."""

from __future__ import annotations

import json
import sys
from typing import Any

__all__ = ["describe_entry", "local_zone", "print_result"]


def local_zone() -> Any:
    from tracker.core.localzone import local_zone as zone

    return zone()


def describe_entry(entry: Any, zone: Any) -> str:
    start = entry.start.astimezone(zone)
    when = start.strftime("%a %d %b %H:%M")
    if entry.end is not None:
        when += entry.end.astimezone(zone).strftime("-%H:%M")
    elif entry.running:
        when += " (running)"
    kind = entry.kind + (f" ({entry.cause})" if entry.cause else "")
    title = f' "{entry.title}"' if entry.title else ""
    return f"{kind} {when}{title}"


def _circle(person: Any) -> str:
    if person.circle is None:
        return "not sorted yet: give them a circle in People"
    return f"circle: {person.circle}"


_NOTES = {
    "already_running": "{kind} is already running; nothing changed.",
    "nothing_running": "Nothing was running.",
    "nothing_to_undo": "Nothing to undo (undo lasts ten seconds).",
    "unchanged": "Nothing changed.",
}


def print_result(result: Any, command: str, as_json: bool) -> None:
    from tracker.core.codec import entry_to_record, person_to_record

    zone = local_zone()
    if as_json:
        if command in ("people.add", "people.merge"):
            people = [person_to_record(p) for p in result.people]
            print(json.dumps(people[0] if command == "people.add" else people, ensure_ascii=False))
            return
        shown = result.ended if command == "stop" else result.stored
        print(json.dumps([entry_to_record(e) for e in shown], ensure_ascii=False))
        return
    for person in result.people_added:
        if command == "people.add":
            print(f"Added {person.name} ({person.circle or 'not sorted yet'}).")
        elif command != "people.import":
            print(f"Added {person.name} to your people ({_circle(person)}).")
    if command == "people.merge" and result.people_changed:
        kept, away = result.people_changed[0], result.people_changed[-1]
        print(f"Merged {away.name} into {kept.name}: their entries count for {kept.name}.")
    verb = {"log": "Logged", "start": "Started", "undo": "Restored"}.get(command, "Changed")
    for entry in result.stored:
        if command == "undo":
            verb = "Removed" if entry.deleted else "Restored"
        print(f"{verb} {describe_entry(entry, zone)}")
    for entry in result.ended:
        print(f"{'Stopped' if command == 'stop' else 'Ended'} {describe_entry(entry, zone)}")
    for entry in result.trimmed:
        print(f"Trimmed {describe_entry(entry, zone)} (the new block took its overlap)")
    for entry in result.split:
        print(f"Split off {describe_entry(entry, zone)} (the new block sits inside it)")
    for entry in result.removed:
        print(f"Replaced {entry.kind} (the new block covers it whole)", file=sys.stdout)
    for code, values in result.notes:
        if code in _NOTES:
            print(_NOTES[code].format(**values))
