"""A command's writes, gathered first and made together: nothing is written unless every
version validates, and the versions they replace are kept so undo can put them back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.kernel.model import Entry, Person, validate_entry, validate_person

if TYPE_CHECKING:
    from tracker.kernel.settings import Settings
    from tracker.store.faces import WritingFace

__all__ = ["Writes"]


class Writes:
    """(before, after) pairs; `before` None for something new."""

    __slots__ = ("entries", "people", "settings")

    def __init__(self) -> None:
        self.entries: list[tuple[Entry | None, Entry]] = []
        self.people: list[tuple[Person | None, Person]] = []
        self.settings: Settings | None = None

    def entry(self, before: Entry | None, after: Entry) -> None:
        self.entries.append((before, after))

    def person(self, before: Person | None, after: Person) -> None:
        self.people.append((before, after))

    def __bool__(self) -> bool:
        return bool(self.entries or self.people or self.settings is not None)

    def validate(self) -> None:
        for _, person in self.people:
            validate_person(person)
        for _, entry in self.entries:
            validate_entry(entry)

    def commit(self, journal: WritingFace) -> tuple[dict[str, Entry], dict[str, Person]]:
        """Write everything under one hold of the lock; return the stored versions by id.

        People go first, so no stored entry ever names a person who is not there. Should a
        later write fail (a full disk), what this command already wrote is taken back.
        """
        self.validate()
        stored_entries: dict[str, Entry] = {}
        stored_people: dict[str, Person] = {}
        done: list[tuple[Entry | Person | None, Entry | Person]] = []
        with journal.transaction():
            try:
                if len(self.people) > 1:  # one write for them all (an import: thousands)
                    pairs = [(before is None, person) for before, person in self.people]
                    for (before, _), stored in zip(
                        self.people, journal.put_people(pairs), strict=True
                    ):
                        stored_people[stored.id] = stored
                        done.append((before, stored))
                for before, person in self.people if len(self.people) == 1 else ():
                    if before is None:
                        stored_people[person.id] = journal.add_person(person)
                    else:
                        stored_people[person.id] = journal.update_person(person)
                    done.append((before, stored_people[person.id]))
                for was, entry in self.entries:
                    if was is None:
                        stored_entries[entry.id] = journal.add(entry)
                    else:
                        stored_entries[entry.id] = journal.update(entry)
                    done.append((was, stored_entries[entry.id]))
                if self.settings is not None:
                    self.settings = journal.save_settings(self.settings)
            except BaseException:
                _take_back(journal, done)
                raise
        return stored_entries, stored_people


def _take_back(
    journal: WritingFace, done: list[tuple[Entry | Person | None, Entry | Person]]
) -> None:
    for before, after in reversed(done):
        try:
            back = before or after.with_changes(deleted=True)
            if isinstance(back, Person):
                journal.update_person(back)
            else:
                journal.update(back)
        except (OSError, ValueError):
            continue  # the disk that refused the write may refuse this too: keep going
