"""What the nudges need from history, kept current from each change instead of re-read.

Last contact per person and the last live meeting are found once (a year of day files, read
newest first), then every change notice moves them on. A change that could move them back
(an edit, a delete, an undo, a merge) makes the next question read them again.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from tracker.kernel.merge import follow_merges
from tracker.kernel.vocabulary import CONTACT_KINDS

if TYPE_CHECKING:
    from tracker.commands.results import Result
    from tracker.kernel.clock import Clock
    from tracker.store.faces import ReadingFace

__all__ = ["ContactHistory"]

_ONLY_FORWARD = ("log",)  # requests that can only add contacts, never take one back


class ContactHistory:
    def __init__(self, journal: ReadingFace, clock: Clock) -> None:
        self.journal = journal
        self.clock = clock
        self._last: dict[str, datetime] | None = None
        self._live: datetime | None = None
        self._live_known = False
        self.reads = 0  # how often history was read from the files (the benchmark counts it)

    def last_contacts(self) -> dict[str, datetime]:
        if self._last is None:
            self._last = self.journal.last_contacts()
            self.reads += 1
        living = {p.id for p in self.journal.people()}
        return {k: v for k, v in self._last.items() if k in living}

    def last_live_meeting(self) -> datetime | None:
        if not self._live_known:
            self._live = self.journal.last_live_meeting()
            self._live_known = True
            self.reads += 1
        return self._live

    def forget(self) -> None:
        self._last, self._live, self._live_known = None, None, False

    def apply(self, result: Result) -> None:
        """Move the answers on with what a command wrote."""
        touched = [e for e in result.entries if e.kind in CONTACT_KINDS]
        merged = any(p.merged_into is not None for p in result.people_changed)
        # A version replaced by one of another kind (a meeting edited into a work block) was a
        # contact the answers may count: read them again, as after a delete.
        unmade = any(e.kind in CONTACT_KINDS for e in result.replaced)
        if merged or ((touched or unmade) and result.request not in _ONLY_FORWARD):
            self.forget()
            return
        now = self.clock.now()
        if self._last is not None and touched:
            every = {p.id: p for p in self.journal.people(include_deleted=True)}
            for entry in touched:
                if entry.deleted or entry.start > now:
                    continue
                for person_id in entry.people:
                    person = every.get(person_id)
                    kept = follow_merges(person, every).id if person else person_id
                    if entry.start > self._last.get(kept, datetime.min.replace(tzinfo=now.tzinfo)):
                        self._last[kept] = entry.start
        if self._live_known:
            meetings = [e.start for e in touched if e.kind == "meeting" and not e.deleted]
            for start in (s for s in meetings if s <= now):
                if self._live is None or start > self._live:
                    self._live = start
