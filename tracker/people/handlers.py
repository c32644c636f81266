"""People: names resolved to the same human every time, and the changes made to people."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from tracker.commands.door import Commands, handles
from tracker.commands.errors import AmbiguousName, Refused, refuse_unknown_changes
from tracker.commands.requests import (
    AddPerson,
    BadRequest,
    DeletePerson,
    EditPerson,
    ImportPeople,
    KeepAction,
    MergePeople,
    texts_of,
)
from tracker.commands.results import Result
from tracker.commands.writes import Writes
from tracker.kernel.model import Person, normalise_name, validate_person
from tracker.people.identity import looks_like_name, resolve_name, tidy_new_name

if TYPE_CHECKING:
    from tracker.store.journal import Journal

__all__ = [
    "NameResolution",
    "add_person",
    "delete_person",
    "edit_person",
    "import_people",
    "keep_action",
    "merge_people",
    "resolve_names",
]

_PERSON_CHANGES = (
    "name", "circle", "team", "every_days", "notes", "emails", "next_action", "aliases",
)  # fmt: skip


class NameResolution:
    """Person ids for the names of one request, and what that takes: new people to make, title
    words taken into a full name (by position), and "with ..." phrases that were nobody;
    `circled`: (before, after) for unsorted people given the circle typed with their name."""

    __slots__ = ("circled", "consumed", "ids", "new", "restored")

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.new: list[Person] = []
        self.circled: list[tuple[Person, Person]] = []
        self.consumed: set[int] = set()
        self.restored: list[Any] = []

    def _use(self, person_id: str) -> None:
        if person_id not in self.ids:
            self.ids.append(person_id)

    def _sort(self, person: Person, circle: str | None) -> None:
        """`call with Maria (customer)` for an unsorted Maria: she is a customer now. A circle
        she has already is left alone (the People window changes it)."""
        if circle is None or person.circle is not None:
            return
        if all(before.id != person.id for before, _ in self.circled):
            self.circled.append((person, person.with_changes(circle=circle)))


def resolve_names(
    people: Sequence[Person],
    typed: Sequence[Any] = (),
    explicit: Sequence[tuple[str, str | None]] = (),
    chosen: dict[str, str] | None = None,
    title_positions: Sequence[int] = (),
) -> NameResolution:
    """`typed` are a quick entry's NameRefs; `explicit` (name, circle) pairs come from a Who
    field or `--with`, where a name that is nobody yet always becomes a new person. `chosen`
    settles names the user was asked about (name -> person id)."""
    found = NameResolution()
    planned: dict[str, Person] = {}
    living = {p.id for p in people if not p.deleted}
    picked = {normalise_name(k): v for k, v in (chosen or {}).items() if v in living}

    def new_person(name: str, circle: str | None) -> None:
        key = normalise_name(name)
        if key not in planned:
            planned[key] = validate_person(Person(name=tidy_new_name(name), circle=circle))
            found.new.append(planned[key])
        found._use(planned[key].id)

    def typed_ref(ref: Any) -> None:
        if normalise_name(ref.name) in picked:
            found._use(picked[normalise_name(ref.name)])
            return
        longer = _full_name_with_following(ref, people)
        if longer is not None:
            person, positions = longer
            found._use(person.id)
            found.consumed.update(positions)
            if len(positions) == len(ref.following):  # "maria jansen and anna": on to anna
                for more in ref.then:
                    found.consumed.update(_phrase_positions(more, title_positions))
                    typed_ref(more)
            return
        resolution = resolve_name(ref.name, people)
        if resolution.ambiguous:
            raise AmbiguousName(ref.name, resolution.candidates)
        if resolution.person is not None:
            found._use(resolution.person.id)
            found._sort(resolution.person, ref.circle)
        elif normalise_name(ref.name) in planned:
            found._use(planned[normalise_name(ref.name)].id)
        elif looks_like_name(ref.name, ref.circle):
            new_person(ref.name, ref.circle)
        else:
            found.restored.append(ref)

    for ref in typed:
        typed_ref(ref)
    for name, circle in explicit:
        if not name.strip():
            continue
        if normalise_name(name) in picked:
            found._use(picked[normalise_name(name)])
            continue
        resolution = resolve_name(name, people)
        if resolution.ambiguous:
            raise AmbiguousName(name, resolution.candidates)
        if resolution.person is not None:
            found._use(resolution.person.id)
            found._sort(resolution.person, circle)
        else:
            new_person(name.strip(), circle)
    return found


def _phrase_positions(ref: Any, title_positions: Sequence[int]) -> set[int]:
    """The title words a name's phrase ("and anna") spans."""
    return {p for p in title_positions if ref.position <= p < ref.position + len(ref.phrase)}


def _full_name_with_following(ref: Any, people: Sequence[Person]) -> Any:
    """ "with maria jansen": the name and the words after it, when together they are exactly
    someone's full name or other name (the longest such wins); a record merged away leads
    to the one who stays."""
    from tracker.kernel.merge import follow_merges

    every = {p.id: p for p in people}
    for count in range(len(ref.following), 0, -1):
        words = [text for _, text in ref.following[:count]]
        wanted = normalise_name(" ".join([ref.name, *words]))
        exact = {
            kept.id: kept
            for p in people
            if not p.deleted
            and wanted in (normalise_name(n) for n in (p.name, *p.aliases))
            and not (kept := follow_merges(p, every)).deleted
        }
        if len(exact) == 1:
            return next(iter(exact.values())), {pos for pos, _ in ref.following[:count]}
    return None


def _by_name_or_id(text: str, people: Sequence[Person]) -> Person:
    """The person who stays for a name or an id (an id merged away leads to the one kept)."""
    from tracker.kernel.merge import follow_merges

    every = {p.id: p for p in people}
    if text in every and not every[text].deleted:
        kept = follow_merges(every[text], every)
        if not kept.deleted:
            return kept
    resolution = resolve_name(text, people)
    if resolution.ambiguous:
        raise AmbiguousName(text, resolution.candidates)
    if resolution.person is None:
        raise Refused(
            "name", f"nobody in your people is called {text!r}", "no_such_person", {"name": text}
        )
    return resolution.person


@handles(AddPerson)
def add_person(door: Commands, request: AddPerson) -> Result:
    person = Person(
        name=request.name.strip(),
        circle=request.circle,
        team=request.team,
        every_days=request.every_days,
        notes=request.notes,
        emails=tuple(request.emails),
        aliases=tuple(request.aliases),
        next_action=request.next_action.strip(),
    )
    validate_person(person)
    people = door.journal.people()
    if any(normalise_name(p.name) == normalise_name(person.name) for p in people):
        raise Refused(
            "name",
            f"{person.name!r} is already in your people",
            "already_person",
            {"name": person.name},
        )
    writes = Writes()
    writes.person(None, person)
    return door.commit(writes, Result(request.NAME))


def _record(door: Commands, person_id: str) -> Person | None:
    """The stored record itself (people_by_id would lead a merged id to the one who stays)."""
    return next((p for p in door.journal.people(include_deleted=True) if p.id == person_id), None)


def _named(door: Commands, request: EditPerson | DeletePerson | KeepAction) -> Person | None:
    """The record a request names: by id, or by name (an unknown or ambiguous name is
    refused, naming the candidates)."""
    if request.person_id or not request.name:
        return _record(door, request.person_id)
    return _by_name_or_id(request.name, door.journal.people(include_deleted=True))


@handles(EditPerson)
def edit_person(door: Commands, request: EditPerson) -> Result:
    current = _named(door, request)
    if current is None or current.deleted:
        raise Refused(
            "person",
            "that person is no longer there",
            "no_such_person",
            {"name": request.person_id},
        )
    refuse_unknown_changes(request.changes, _PERSON_CHANGES, "person")
    changes = {
        k: texts_of(v, k) if k in ("emails", "aliases") else v for k, v in request.changes.items()
    }
    changed = current.with_changes(**changes)
    if changed == current:
        return Result(request.NAME).note("unchanged")
    _refuse_a_taken_name(door, current, changed)
    result = Result(request.NAME)
    if changed.name != current.name:  # the new name alone would not say who that was
        result.note("renamed", was=current.name)
    writes = Writes()
    writes.person(current, changed)
    return door.commit(writes, result)


def _refuse_a_taken_name(door: Commands, current: Person, changed: Person) -> None:
    """A new name someone else already has would make two people one name."""
    key = normalise_name(changed.name)
    if key == normalise_name(current.name):
        return
    if any(normalise_name(p.name) == key and p.id != current.id for p in door.journal.people()):
        raise Refused(
            "name", f"{changed.name!r} is already in your people", "already_person",
            {"name": changed.name},
        )  # fmt: skip


@handles(DeletePerson)
def delete_person(door: Commands, request: DeletePerson) -> Result:
    current = _named(door, request)
    if current is None or current.deleted:
        return Result(request.NAME).note("unchanged")
    writes = Writes()
    writes.person(current, current.with_changes(deleted=True))
    return door.commit(writes, Result(request.NAME))


@handles(MergePeople)
def merge_people(door: Commands, request: MergePeople) -> Result:
    """Merge `name` into `into`: the record merged away keeps its id and points at the one
    that stays, so every old entry counts for the kept person and nothing is rewritten."""
    people = door.journal.people(include_deleted=True)
    away = _by_name_or_id(request.name, people)
    kept = _by_name_or_id(request.into, people)
    if away.id == kept.id:
        raise Refused(
            "name",
            f"{away.name!r} and {request.into!r} are one record already",
            "same_person",
            {"name": away.name},
        )
    aliases = [*kept.aliases]
    for alias in (away.name, *away.aliases):
        if normalise_name(alias) not in {normalise_name(a) for a in (kept.name, *aliases)}:
            aliases.append(alias)
    emails = [*kept.emails, *(e for e in away.emails if e not in kept.emails)]
    notes = kept.notes
    if away.notes and away.notes not in notes:
        notes = f"{notes}\n{away.notes}".strip()
    every = [d for d in (kept.every_days, away.every_days) if d is not None]
    staying = kept.with_changes(
        aliases=tuple(aliases),
        emails=tuple(emails[:20]),
        notes=notes,
        circle=kept.circle or away.circle,
        team=kept.team or away.team,
        every_days=min(every) if every else None,
        next_action=kept.next_action or away.next_action,
    )
    writes = Writes()
    writes.person(kept, staying)
    writes.person(away, away.with_changes(merged_into=kept.id))
    return door.commit(writes, Result(request.NAME))


@handles(ImportPeople)
def import_people(door: Commands, request: ImportPeople) -> Result:
    """New people for cards nobody matches, the rest merged in: one write for them all."""
    from tracker.kernel.bulk import cycles_collected_later

    with cycles_collected_later():
        return _import_people(door, request)


def _import_people(door: Commands, request: ImportPeople) -> Result:
    from tracker.people.vcard import Card
    from tracker.people.vcardplan import plan_import

    try:
        cards = [Card.from_record(record) for record in request.cards]
    except ValueError as error:
        raise BadRequest(str(error)) from None
    current = {p.id: p for p in door.journal.people()}
    plan = plan_import(cards, current.values(), request.circle)
    writes = Writes()
    for person in plan.added:
        writes.person(None, person)
    for person in plan.merged:
        writes.person(current.get(person.id), person)
    result = Result(request.NAME)
    if writes:
        result = door.commit(writes, result)
    result.note(
        "imported",
        added=len(plan.added),
        merged=len(plan.merged) + plan.duplicates,
        skipped=len(plan.skipped),
    )
    for problem in plan.skipped:
        result.note("import_problem", **problem.to_record())
    return result


@handles(KeepAction)
def keep_action(door: Commands, request: KeepAction) -> Result:
    """The action agreed after `call_id` (it must be theirs, or name nobody: an older note),
    else the last agreed with them or a record merged into them, noted kept once."""
    from tracker.kernel.merge import follow_merges
    from tracker.store import prompts

    person = _named(door, request)
    if person is None or person.deleted:
        raise Refused(
            "person", "that person is no longer there", "no_such_person",
            {"name": request.name or request.person_id},
        )  # fmt: skip
    records = {p.id: p for p in door.journal.people(include_deleted=True)}
    ids = {i for i, p in records.items() if follow_merges(p, records).id == person.id}
    journal = cast("Journal", door.journal)  # the note lives beside the folders, in the store
    found = prompts.agreed_actions(journal)
    action = found.get(request.call_id) if request.call_id else prompts.last_agreed(found, ids)
    if action is None or (action.people and not action.people & ids):
        raise Refused(
            "call_id", f"no next action agreed with {person.name!r} to mark done",
            "no_next_action", {"name": person.name},
        )  # fmt: skip
    result = Result(request.NAME)
    agreed = action.agreed_at.isoformat() if action.agreed_at else ""
    result.note("action_kept", call_id=action.call_id, text=action.text, agreed=agreed)
    if action.kept:
        return result.note("unchanged")
    prompts.note_prompt(journal, action.call_id, "kept", request.now or door.clock.now())
    result.action = (action.call_id, person.id)  # the change notice: pages and lists show it
    return result
