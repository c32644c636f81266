"""What a log did, said in one line where the user is looking (the panel or a balloon): the
entry with its people, who is new or got a circle, and the blocks it trimmed, split or replaced.
"Logged: Call" alone once hid a typo that became a person, and a neighbour cut short."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from tracker.commands import Result
from tracker.kernel.model import Entry, Person
from tracker.kernel.vocabulary import circle_label
from tracker.ui.texts import entry_label, kind_label

__all__ = ["logged_text", "made_room_text"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Said", text)


def _span(entry: Entry, zone: tzinfo) -> str:
    start = entry.start.astimezone(zone).strftime("%H:%M")
    if entry.end is None:
        return _tr("from %1").replace("%1", start)
    return f"{start}-{entry.end.astimezone(zone).strftime('%H:%M')}"


def _with_people(entry: Entry, result: Result, names: Mapping[str, str]) -> str:
    added = {p.id for p in result.people_added}
    circled = {p.id: p.circle for p in result.people_changed if p.circle}
    shown = []
    for person_id in entry.people:
        name = names.get(person_id, "?")
        if person_id in added:
            name = _tr("%1 (new person)").replace("%1", name)
        elif person_id in circled:
            now = _tr("%1 (now %2)").replace("%2", circle_label(circled[person_id]))
            name = now.replace("%1", name)
        shown.append(name)
    label = entry_label(entry)
    if not shown:
        return label
    return _tr("%1 with %2").replace("%1", label).replace("%2", ", ".join(shown))


def logged_text(
    entry: Entry, result: Result | None, people: Mapping[str, Person], zone: tzinfo
) -> str:
    """ "Logged: Call with Maria (new person) · trimmed Work to 09:00-10:00". `people`: by id,
    those the entry names (new ones are in the result too)."""
    if result is not None and all(e.id != entry.id for e in result.stored):
        result = None  # not this entry's answer: say the entry alone
    if result is None:
        return _tr("Logged: %1").replace("%1", entry_label(entry))
    names = {i: p.name for i, p in people.items()} | {p.id: p.name for p in result.people}
    logged = _tr("Logged: %1").replace("%1", _with_people(entry, result, names))
    return " · ".join([logged, *_made_room(result, zone)])


def made_room_text(result: Result, zone: tzinfo) -> str:
    """ "trimmed Life to 10:30-11:00": what an edit did to the blocks around it ("" if none)."""
    return " · ".join(_made_room(result, zone))


def _made_room(result: Result, zone: tzinfo) -> list[str]:
    parts = []
    for made_room, template in (
        (result.trimmed, _tr("trimmed %1 to %2")),
        (result.split, _tr("split off %1 %2")),
        (result.removed, _tr("replaced %1 %2")),
    ):
        for block in made_room:
            parts.append(
                template.replace("%1", kind_label(block.kind)).replace("%2", _span(block, zone))
            )
    return parts


# Extraction hints for lupdate: it reads literal translate() calls, not _tr() above.
if False:  # pragma: no cover
    QCoreApplication.translate("Said", "from %1")
    QCoreApplication.translate("Said", "%1 (new person)")
    QCoreApplication.translate("Said", "%1 (now %2)")
    QCoreApplication.translate("Said", "%1 with %2")
    QCoreApplication.translate("Said", "Logged: %1")
    QCoreApplication.translate("Said", "trimmed %1 to %2")
    QCoreApplication.translate("Said", "split off %1 %2")
    QCoreApplication.translate("Said", "replaced %1 %2")
