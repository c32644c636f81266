"""People: one TinyDB file per device folder, merged by (rev, updated, device)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.kernel.codec import person_to_record, stored_person
from tracker.kernel.merge import break_merge_cycles, merge_versions, saw_after
from tracker.kernel.model import Person, normalise_name, validate_person
from tracker.kernel.timefmt import to_updated_text
from tracker.store.atomic import StoreWriteError
from tracker.store.errors import NotFound

if TYPE_CHECKING:
    from tracker.store.journal import Journal

__all__ = ["PeopleStillArriving", "PeopleStore"]


class PeopleStillArriving(StoreWriteError):
    """Another device's people file is not readable yet: no new person until it is."""

    def __init__(self, device: str) -> None:
        from tracker.kernel.words import translate

        text = translate(
            "Store", "the people of %1 are still arriving from the sync; try again in a moment"
        )
        super().__init__(0, text.replace("%1", device))
        self.file_name = "people.json"


class PeopleStore:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self._merged: tuple[tuple, dict[str, Person]] | None = None

    def forget(self) -> None:
        self._merged = None

    def _current(self) -> dict[str, Person]:
        """The newest version of everyone, kept while no people file changes (a click asks
        for people from the tray, the week, People and the nudge plan)."""
        journal = self.journal
        paths = self._paths()
        stamps = tuple(journal.files.stamp(path) for path in paths)
        if self._merged is None or self._merged[0] != stamps:
            self._merged = (stamps, break_merge_cycles(merge_versions(self._versions())))
        return self._merged[1]

    def _paths(self) -> list[Path]:
        """Every device's people file, and a sync tool's conflict copies of it (versions of
        the same records, merged by the same rule)."""
        journal = self.journal
        paths = []
        for folder in journal.files.device_dirs(journal.layout):
            path = journal.layout.people_file(folder)
            paths.append(path)
            paths.extend(journal.files.conflict_copies(folder).get(path.name, ()))
        return paths

    def _versions(self) -> Iterator[Person]:
        journal = self.journal
        for path in self._paths():
            for record in journal.repairs.records(path):
                try:
                    yield stored_person(record)
                except ValueError as error:
                    from tracker.store.warn import warn

                    warn("skipping a malformed person: %s", error)

    def people(self, *, include_deleted: bool = False) -> list[Person]:
        """The people to show; with `include_deleted`, every record, merged ones too."""
        merged = self._current().values()
        return sorted(
            (p for p in merged if include_deleted or not (p.deleted or p.merged_into is not None)),
            key=lambda p: (normalise_name(p.name), p.id),  # one order on every device
        )

    def by_id(self) -> dict[str, Person]:
        """Every id an entry may name, deleted ones too; an id merged away maps to the person
        who stays, so old entries show and count for them without being rewritten."""
        from tracker.kernel.merge import follow_merges

        every = {p.id: p for p in self.people(include_deleted=True)}
        return {i: follow_merges(p, every) if p.merged_into else p for i, p in every.items()}

    def _put(self, person: Person) -> Person:
        self.forget()
        journal = self.journal
        path = journal.layout.people_file(journal.layout.own_dir)
        journal.put_record(path, person_to_record(person))
        return person

    def add(self, person: Person) -> Person:
        validate_person(person)
        with self.journal.writing():
            self._refuse_while_arriving()
            return self._put(self.journal.stamp(self._born(person), 1))

    def _refuse_while_arriving(self) -> None:
        """A new person while another device's people file is still arriving (cut short by a
        copy in flight, never read whole here) could be one it holds: made here too, the
        name would be ambiguous forever (issue 25, break 6). A moment later it has arrived."""
        journal = self.journal
        self._current()  # reads every people file, noting the ones not readable yet
        own = journal.layout.own_dir
        # Only one changed in the last minutes may be in flight: one broken for longer (a
        # device gone for good) is damage, named by check, and must not stop this forever.
        arriving = sorted(
            p
            for p in journal.repairs.arriving
            if p.name == "people.json" and journal.files.changed_lately(p, own)
        )
        if arriving:
            raise PeopleStillArriving(arriving[0].parent.name)

    def _born(self, person: Person) -> Person:
        """A new person's clock starts now (the nudges count from it); one brought back with
        its own moment (a restore, another device's) keeps it."""
        if person.created:
            return person
        return person.with_changes(created=to_updated_text(self.journal.clock.now()))

    def update(self, person: Person) -> Person:
        validate_person(person)
        with self.journal.writing():
            current = self._current().get(person.id)
            if current is None:
                raise NotFound(f"no person {person.id}")
            [person] = self._made_after([(current, person)])
            return self._put(self.journal.stamp(person, current.rev + 1, current))

    def _made_after(self, pairs: list[tuple[Person, Person]]) -> list[Person]:
        """New versions over (current, new) pairs: this device's own versions written over
        next are kept first when they were lost edits (store/lost.py), and each new version
        says in `saw` what it was made after, so it loses none (issue 23)."""
        from tracker.store.lost import keep_own_lost_people

        replaced = [person_to_record(current) for current, _new in pairs]
        keep_own_lost_people(self.journal, replaced)
        return [
            new.with_changes(extra={**new.extra, "saw": saw_after(record)})
            for record, (_current, new) in zip(replaced, pairs, strict=True)
        ]

    def put_many(self, people: list[tuple[bool, Person]]) -> list[Person]:
        """(new, person) pairs stamped and written with one write of the file: an import of
        thousands of people is linear, where one write each rewrites the file each time.
        The caller validated them (Writes.commit does, just before)."""
        with self.journal.writing():
            if any(new for new, _person in people):
                self._refuse_while_arriving()
            current = self._current()
            missing = [p.id for new, p in people if not new and p.id not in current]
            if missing:
                raise NotFound(f"no person {missing[0]}")
            changed = iter(self._made_after([(current[p.id], p) for new, p in people if not new]))
            stamped = []
            for new, person in people:
                if new:
                    stamped.append(self.journal.stamp(self._born(person), 1))
                else:
                    held = current[person.id]
                    stamped.append(self.journal.stamp(next(changed), held.rev + 1, held))
            self.forget()
            journal = self.journal
            path = journal.layout.people_file(journal.layout.own_dir)
            journal.put_records(path, [person_to_record(p) for p in stamped])
            return stamped
