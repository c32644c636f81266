"""The journal's faces: what the code above the store asks of it, in groups, each a
`typing.Protocol`. A caller names the narrow face it uses (a handler that reads people takes a
`PeopleFace`), so what it may touch is written in its signature and a test may hand it a small
fake of that face alone. The one `Journal` implements them all (checked at the end).
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from tracker.kernel.model import Entry, Person
    from tracker.kernel.nudgestate import NudgeState
    from tracker.kernel.settings import Settings
    from tracker.store.errors import DamageReport
    from tracker.store.journal import Journal

__all__ = [
    "DayVersionsFace",
    "DeviceStateFace",
    "EntriesFace",
    "HealthFace",
    "HistoryFace",
    "JournalFace",
    "PeopleFace",
    "ReadingFace",
    "VersionsFace",
    "WritingFace",
]


class DayVersionsFace(Protocol):
    """Whether the day files a range of entries is read from changed since last asked."""

    def day_versions(
        self, start: datetime, end: datetime, also: Iterable[str] = ()
    ) -> tuple[Any, ...]: ...


class EntriesFace(Protocol):
    """Entries as they are now (the winning version of each), read by time and written one
    version at a time; the journal stamps each version it writes."""

    def entries_between(self, start: datetime, end: datetime) -> list[Entry]: ...
    # Refuses (a StoreWriteError) while a day file those entries come from is in flight.
    def wait_for_arrivals(self, start: datetime, end: datetime) -> None: ...
    def running(self) -> list[Entry]: ...
    def running_block(self) -> Entry | None: ...
    def get(self, entry_id: str, near: datetime | None = None) -> Entry: ...
    def add(self, entry: Entry) -> Entry: ...
    def update(self, entry: Entry) -> Entry: ...


class PeopleFace(Protocol):
    """People as they are now; (new, person) pairs are written at once (an import)."""

    def people(self, *, include_deleted: bool = False) -> list[Person]: ...
    def people_by_id(self) -> dict[str, Person]: ...
    def add_person(self, person: Person) -> Person: ...
    def update_person(self, person: Person) -> Person: ...
    def put_people(self, people: list[tuple[bool, Person]]) -> list[Person]: ...


class HistoryFace(Protocol):
    """What nudges need from history, searched back once (then kept up to date by the app)."""

    def last_contacts(self) -> dict[str, datetime]: ...
    def last_live_meeting(self) -> datetime | None: ...
    # Kept up to date with another device's files too: the days whose files changed.
    def file_stamps(self, keys: Iterable[str]) -> dict[str, Any]: ...
    def entries_on_days(self, days: Iterable[str]) -> list[Entry]: ...


class DeviceStateFace(Protocol):
    """This device's small files: settings, the nudges' state, the session, the undo note of
    the command line, the calendar sources."""

    def settings(self) -> Settings: ...
    def save_settings(self, settings: Settings) -> Settings: ...
    def nudge_state(self) -> NudgeState: ...
    def save_nudge_state(self, state: NudgeState) -> None: ...
    def first_use(self) -> datetime | None: ...  # the first start on any device, if kept
    def session(self) -> dict[str, Any]: ...
    def save_session(self, record: dict[str, Any]) -> None: ...
    def undo_note(self) -> dict[str, Any] | None: ...
    def save_undo_note(self, record: dict[str, Any] | None) -> None: ...
    def calendar_sources(self) -> tuple[str, ...]: ...
    def save_calendar_sources(self, sources: tuple[str, ...]) -> None: ...


class VersionsFace(Protocol):
    """Every version, and versions kept as they are (their own rev, updated and device):
    export and import."""

    @property
    def device(self) -> str: ...
    def entry_days(self) -> list[str]: ...
    def entries_on_days(self, days: Iterable[str]) -> list[Entry]: ...
    def held_elsewhere(self, ids: set[str], skip: set[str]) -> list[Entry]: ...
    def keep_entries(self, pairs: Iterable[tuple[Entry, Entry | None]]) -> set[str]: ...
    def keep_people(self, people: Iterable[Person]) -> set[str]: ...
    def keep_settings(self, settings: Settings) -> bool: ...


class HealthFace(Protocol):
    """The data folder's health: damage found and repaired on opening, `check`, `tidy`, and
    letting the folder go."""

    @property
    def damage(self) -> list[DamageReport]: ...
    def check(self) -> list[DamageReport]: ...
    def tidy(self) -> None: ...
    def close(self) -> None: ...


class ReadingFace(EntriesFace, PeopleFace, HistoryFace, DeviceStateFace, Protocol):
    """What a view or a report reads: entries, people, their history and this device's
    settings (and, for the nudges and the session, its small files)."""


class WritingFace(EntriesFace, PeopleFace, Protocol):
    """What a command's writes need: entries, people and settings under one hold of the lock."""

    def transaction(self) -> AbstractContextManager[None]: ...
    def save_settings(self, settings: Settings) -> Settings: ...


class JournalFace(ReadingFace, WritingFace, VersionsFace, HealthFace, DayVersionsFace, Protocol):
    """Every face at once: what the door holds (its handlers each read what their request
    needs) and what a command of the command line opens."""


if TYPE_CHECKING:  # the type checker proves here that the journal is every face

    def _journal_is_every_face(journal: Journal) -> JournalFace:
        return journal
