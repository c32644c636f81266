"""What the nudges need from history, kept current from each change instead of re-read.

Last contact per person and the last live meeting are found once (a year of day files, read
newest first), then every change notice moves them on. A change that could move them back
(an edit, a delete, an undo, a merge) makes the next question read them again.

Another device's changes (its files arriving, ui/timeline/arrivals.py) move them on too:
`arrived` reads again only the days whose files changed since the answers were found (file
stamps, a stat per file), never the year behind them; only a last contact or live meeting
taken back there (deleted, moved earlier), or people merged or first seen, read them again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from tracker.kernel.merge import follow_merges
from tracker.kernel.vocabulary import CONTACT_KINDS

if TYPE_CHECKING:
    from tracker.commands.results import Result
    from tracker.kernel.clock import Clock
    from tracker.store.faces import ReadingFace

__all__ = ["ContactHistory"]

_ONLY_FORWARD = ("log",)  # requests that can only add contacts, never take one back
_NEVER = datetime.min.replace(tzinfo=UTC)


class ContactHistory:
    def __init__(self, journal: ReadingFace, clock: Clock) -> None:
        self.journal = journal
        self.clock = clock
        self._last: dict[str, datetime] | None = None
        self._live: datetime | None = None
        self._live_known = False
        self.reads = 0  # how often history was read from the files (the benchmark counts it)
        # What the answers were read from: the searched days' file stamps, who is merged
        # into whom (None: nothing read yet).
        self._stamps: dict[str, Any] | None = None
        self._people: dict[str, tuple[str | None, bool]] | None = None

    def last_contacts(self) -> dict[str, datetime]:
        if self._last is None:
            self._note_read()
            self._last = self.journal.last_contacts()
            self.reads += 1
        living = {p.id for p in self.journal.people()}
        return {k: v for k, v in self._last.items() if k in living}

    def last_live_meeting(self) -> datetime | None:
        if not self._live_known:
            self._note_read()
            self._live = self.journal.last_live_meeting()
            self._live_known = True
            self.reads += 1
        return self._live

    def forget(self) -> None:
        self._last, self._live, self._live_known = None, None, False
        self._stamps = self._people = None

    def _note_read(self) -> None:
        """Before a read from the files: what it reads from, so an arrival after it knows
        which days changed (stamped first: a file changing during the read is read again)."""
        if self._stamps is None:
            self._stamps = self._day_stamps()
            self._people = self._merges()

    def _day_stamps(self) -> dict[str, Any]:
        from tracker.store.history import searched_days
        from tracker.store.layout import month_of

        days = searched_days(self.clock.now())
        keys = [*days, *sorted({month_of(d) for d in days})]
        return {k: _held(stamp) for k, stamp in self.journal.file_stamps(keys).items()}

    def _merges(self) -> dict[str, tuple[str | None, bool]]:
        """Who is merged into whom, and who is deleted: the answers count only the living."""
        people = self.journal.people(include_deleted=True)
        return {p.id: (p.merged_into, p.deleted) for p in people}

    def arrived(self) -> None:
        """Another device's files arrived: read the days whose files changed, and move the
        answers on with them (the nudges re-plan next, on the same arrival)."""
        if self._stamps is None:
            return  # nothing read yet: the first question reads it all
        if self._merges() != self._people:
            self.forget()  # a merge, a person first seen (or back) whose contacts came before
            return
        stamps = self._day_stamps()
        changed = {k for k, stamp in stamps.items() if self._stamps.get(k) != stamp}
        self._stamps = stamps
        days = sorted(k for k in stamps if len(k) == 10 and (k in changed or k[:7] in changed))
        if days:
            self._move_on(days)

    def _move_on(self, days: list[str]) -> None:
        from tracker.store.layout import day_key

        now = self.clock.now()
        every = {p.id: p for p in self.journal.people(include_deleted=True)}
        found: dict[str, datetime] = {}
        live = _NEVER
        for entry in self.journal.entries_on_days(days):
            if entry.deleted or entry.kind not in CONTACT_KINDS or entry.start > now:
                continue
            for person_id in entry.people:
                person = every.get(person_id)
                kept = follow_merges(person, every).id if person else person_id
                found[kept] = max(found.get(kept, _NEVER), entry.start)
            if entry.kind == "meeting":
                live = max(live, entry.start)
        read = set(days)
        last = self._last or {}
        # One taken back (on a day read again, now earlier or gone): read everything again.
        if any(day_key(t) in read and found.get(k, _NEVER) < t for k, t in last.items()) or (
            self._live_known and self._live and day_key(self._live) in read and live < self._live
        ):
            self.forget()
            return
        if self._last is not None:
            for person_id, start in found.items():
                self._last[person_id] = max(self._last.get(person_id, _NEVER), start)
        if self._live_known and live > (self._live or _NEVER):
            self._live = live

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
        if self._people is not None:  # a person made or edited here is no news on arrival
            made = [*result.people_added, *result.people_changed]
            self._people.update((p.id, (p.merged_into, p.deleted)) for p in made)
        if self._live_known:
            meetings = [e.start for e in touched if e.kind == "meeting" and not e.deleted]
            for start in (s for s in meetings if s <= now):
                if self._live is None or start > self._live:
                    self._live = start


def _held(stamp: Any) -> Any:
    """A day's stamp (store file_stamps: this journal's writes, then per device folder its
    file's stamp and its conflict copies'), without the folders that hold no file of that
    day: a device first seen changes no day it has not written. This device's writes come
    through `apply`."""
    try:
        return tuple(f for f in stamp[1] if f[1] is not None or f[2])
    except (TypeError, IndexError):
        return stamp
