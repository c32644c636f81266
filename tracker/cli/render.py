"""What the command line prints for a command's result, in the user's language.

Kinds and causes are said in the words the command line also reads back (`storing`,
`techniek`: tracker.kernel.vocabulary), so a Dutch user can type what they see.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from tracker.kernel.vocabulary import cause_word, circle_label, kind_word
from tracker.kernel.words import fill, translate

if TYPE_CHECKING:
    from tracker.commands import Result

__all__ = [
    "day_text",
    "describe_entry",
    "local_zone",
    "print_kept",
    "print_result",
]


def local_zone() -> Any:
    from tracker.kernel.localzone import local_zone as zone

    return zone()


def _weekday(moment: date) -> str:
    names = (
        translate("Cli", "Mon"),
        translate("Cli", "Tue"),
        translate("Cli", "Wed"),
        translate("Cli", "Thu"),
        translate("Cli", "Fri"),
        translate("Cli", "Sat"),
        translate("Cli", "Sun"),
    )
    return names[moment.weekday()]


def _month(moment: date) -> str:
    names = (
        translate("Cli", "Jan"),
        translate("Cli", "Feb"),
        translate("Cli", "Mar"),
        translate("Cli", "Apr"),
        translate("Cli", "May", "month"),
        translate("Cli", "Jun"),
        translate("Cli", "Jul"),
        translate("Cli", "Aug"),
        translate("Cli", "Sep"),
        translate("Cli", "Oct"),
        translate("Cli", "Nov"),
        translate("Cli", "Dec"),
    )
    return names[moment.month - 1]


def day_text(moment: date, year: bool = False) -> str:
    """ "Thu 26 Nov" ("do 26 nov"), with the year when asked; not the C locale's strftime."""
    text = f"{_weekday(moment)} {moment.day:02d} {_month(moment)}"
    return f"{text} {moment.year}" if year else text


def describe_entry(entry: Any, zone: Any) -> str:
    start: datetime = entry.start.astimezone(zone)
    when = f"{day_text(start)} {start:%H:%M}"
    if entry.end is not None:
        when += entry.end.astimezone(zone).strftime("-%H:%M")
    elif entry.running:
        when += " " + translate("Cli", "(running)")
    kind = kind_word(entry.kind) + (f" ({cause_word(entry.cause)})" if entry.cause else "")
    title = f' "{entry.title}"' if entry.title else ""
    return f"{kind} {when}{title}"


def _circle(person: Any) -> str:
    if person.circle is None:
        return translate("Cli", "not sorted yet: give them a circle in People")
    return fill(translate("Cli", "circle: %1"), circle_label(person.circle))


def _note(code: str, values: dict[str, Any]) -> str | None:
    if code == "already_running":
        text = translate("Cli", "%1 is already running; nothing changed.")
        return fill(text, kind_word(str(values.get("kind", ""))))
    if code == "imported":
        counts = (values.get(name, 0) for name in ("added", "merged", "skipped"))
        return fill(translate("Cli", "Added %1, merged %2, skipped %3."), *counts)
    if code == "import_problem":
        from tracker.commands.messages import import_problem_text

        problem = _Problem(values.get("text", ""))
        problem.code, problem.card = values.get("code", ""), values.get("card", "")
        return "  " + fill(translate("Cli", "skipped %1"), import_problem_text(problem))
    texts = {
        "nothing_running": translate("Cli", "Nothing was running."),
        "nothing_to_undo": translate("Cli", "Nothing to undo (undo lasts ten seconds)."),
        "unchanged": translate("Cli", "Nothing changed."),
    }
    return texts.get(code)


class _Problem(str):
    """An import problem as the result carries it (text, code, card)."""

    code: str = ""
    card: str = ""
    error: Any = None


def _say(template: str, entry: Any, zone: Any) -> None:
    print(fill(template, describe_entry(entry, zone)))


def _person_change(person: Any, fields: set[str], was: str | None) -> str:
    """What `people edit` changed, in the values now kept: "circle: Own team, every 14 days"."""
    parts = []
    if was is not None:
        parts.append(fill(translate("Cli", "renamed from %1"), was))
    if "circle" in fields:
        parts.append(_circle(person))
    if "every_days" in fields and person.every_days is not None:
        parts.append(fill(translate("Cli", "every %1 days"), person.every_days))
    if "emails" in fields:
        parts.append(fill(translate("Cli", "e-mail: %1"), ", ".join(person.emails) or "-"))
    if "team" in fields:
        parts.append(fill(translate("Cli", "team: %1"), person.team or "-"))
    if "notes" in fields:
        parts.append(translate("Cli", "notes changed"))
    if "next_action" in fields:
        parts.append(fill(translate("Cli", "next action: %1"), person.next_action or "-"))
    return fill(translate("Cli", "Changed %1: %2."), person.name, "; ".join(parts))


def _print_people_change(result: Result, command: str, fields: set[str]) -> None:
    """`people edit`, `people remove`, and the people an undo put back or took away."""
    taken = result.people_changed
    if command == "undo" and len(taken) > 3 and all(p.deleted for p in taken):
        # an import of many cards taken back: one line, not a thousand names
        print(fill(translate("Cli", "Removed %1 people from your people."), len(taken)))
        return
    notes = dict(result.notes)
    for person in result.people_changed[:5]:
        if command == "people.edit":
            was = notes.get("renamed", {}).get("was")
            print(_person_change(person, fields, was))
        elif person.deleted and command == "undo":  # an add or an import taken back
            print(fill(translate("Cli", "Took %1 out of your people again."), person.name))
        elif person.deleted:
            text = translate("Cli", "Removed %1 from your people; their entries stay.")
            print(fill(text, person.name))
        else:
            print(fill(translate("Cli", "Put back %1 as they were."), person.name))
    if len(result.people_changed) > 5:
        text = translate("Cli", "... and %1 more.")
        print(fill(text, len(result.people_changed) - 5))


def print_result(result: Result, command: str, as_json: bool, fields: tuple[str, ...] = ()) -> None:
    """`fields`: for `people edit`, the ones it was asked to change (said with their values)."""
    from tracker.kernel.codec import entry_to_record, person_to_record

    zone = local_zone()
    if as_json:
        if command in ("people.add", "people.merge", "people.edit", "people.delete"):
            people = [person_to_record(p) for p in result.people]
            single = command != "people.merge"
            said = (people[0] if people else None) if single else people
            print(json.dumps(said, ensure_ascii=False))
            return
        shown = result.ended if command == "stop" else result.stored
        print(json.dumps([entry_to_record(e) for e in shown], ensure_ascii=False))
        return
    for person in result.people_added:
        if command == "people.add":
            circle = (
                circle_label(person.circle) if person.circle else translate("Cli", "not sorted yet")
            )
            print(fill(translate("Cli", "Added %1 (%2)."), person.name, circle))
        elif command != "people.import":
            text = translate("Cli", "Added %1 to your people (%2).")
            print(fill(text, person.name, _circle(person)))
    if command in ("people.edit", "people.delete", "undo"):
        _print_people_change(result, command, set(fields))
    if command == "people.merge" and result.people_changed:
        kept, away = result.people_changed[0], result.people_changed[-1]
        text = translate("Cli", "Merged %1 into %2: their entries count for %2.")
        print(fill(text, away.name, kept.name))
    verbs = {
        "log": translate("Cli", "Logged %1"),
        "start": translate("Cli", "Started %1"),
        "undo": translate("Cli", "Restored %1"),
    }
    verb = verbs.get(command, translate("Cli", "Changed %1"))
    for entry in result.stored:
        if command == "undo":
            verb = translate("Cli", "Removed %1") if entry.deleted else verbs["undo"]
        _say(verb, entry, zone)
    ended = translate("Cli", "Stopped %1") if command == "stop" else translate("Cli", "Ended %1")
    for entry in result.ended:
        _say(ended, entry, zone)
    for entry in result.trimmed:
        _say(translate("Cli", "Trimmed %1 (the new block took its overlap)"), entry, zone)
    for entry in result.split:
        _say(translate("Cli", "Split off %1 (the new block sits inside it)"), entry, zone)
    for entry in result.removed:
        # Each with its day and times: a start days back may replace days of them.
        _say(translate("Cli", "Replaced %1 (the new block covers it whole)"), entry, zone)
    for code, values in result.notes:
        line = _note(code, values)
        if line is not None:
            print(line)


def print_kept(result: Result, as_json: bool, zone: Any) -> None:
    """`people done`: the action marked done (or done before), with the day it was agreed."""
    from tracker.kernel.timefmt import parse_utc

    values = next((v for code, v in result.notes if code == "action_kept"), {})
    agreed = str(values.get("agreed") or "")
    day = f"{parse_utc(agreed).astimezone(zone):%Y-%m-%d}" if agreed else "?"
    text = str(values.get("text") or "")
    changed = not result.has_note("unchanged")
    if as_json:
        record = {"call_id": values.get("call_id"), "text": text,
                  "agreed": day if agreed else None, "kept": True, "changed": changed}  # fmt: skip
        print(json.dumps(record, ensure_ascii=False))
        return
    if not text:  # an older note kept no text
        text = translate("Cli", "the next action (its words not kept)")
    said = (
        translate("Cli", "Done: %1 (agreed %2).")
        if changed
        else translate("Cli", "Already done: %1 (agreed %2).")
    )
    print(fill(said, text, day))
