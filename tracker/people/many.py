"""Many people changed at once: a selection in People given a circle, or removed (issue 20:
a thousand imported cards are sorted by the screenful). One write for them all, so one undo."""

from __future__ import annotations

from tracker.commands.door import Commands, handles
from tracker.commands.errors import Refused, refuse_unknown_changes
from tracker.commands.requests import DeletePeople, EditPeople
from tracker.commands.results import Result
from tracker.commands.writes import Writes
from tracker.kernel.model import Person

__all__ = ["delete_people", "edit_people"]

# What many people may share: a name or an e-mail address for many would be a clash.
_SHARED_CHANGES = ("circle", "team", "every_days")


def _living(door: Commands, person_ids: tuple[str, ...]) -> list[Person]:
    """The stored records (not those they were merged into), once each; a refusal names the
    first who is no longer there, before anything is written."""
    records = {p.id: p for p in door.journal.people(include_deleted=True)}
    people = []
    for person_id in dict.fromkeys(person_ids):
        person = records.get(person_id)
        if person is None or person.deleted:
            raise Refused(
                "person", "that person is no longer there", "no_such_person", {"name": person_id}
            )
        people.append(person)
    return people


@handles(EditPeople)
def edit_people(door: Commands, request: EditPeople) -> Result:
    refuse_unknown_changes(request.changes, _SHARED_CHANGES, "person")
    writes = Writes()
    for person in _living(door, request.person_ids):
        changed = person.with_changes(**request.changes)
        if changed != person:
            writes.person(person, changed)
    if not writes:
        return Result(request.NAME).note("unchanged")
    return door.commit(writes, Result(request.NAME))


@handles(DeletePeople)
def delete_people(door: Commands, request: DeletePeople) -> Result:
    writes = Writes()
    for person in _living(door, request.person_ids):
        writes.person(person, person.with_changes(deleted=True))
    if not writes:
        return Result(request.NAME).note("unchanged")
    return door.commit(writes, Result(request.NAME))
