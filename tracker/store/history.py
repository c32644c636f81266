"""Searching back through history: the last contact with each person, the last live meeting.

A year of day files at most, read a month at a time, newest first. The running app asks this
once and then keeps the answers current from each change (tracker.nudges.history).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from tracker.kernel.merge import follow_merges
from tracker.kernel.vocabulary import CONTACT_KINDS
from tracker.store.layout import days_between

if TYPE_CHECKING:
    from tracker.store.journal import Journal

__all__ = ["last_contacts", "last_live_meeting", "searched_days"]

_LAST_CONTACT_DAYS = 31 * 13
_SEARCH_CHUNK_DAYS = 31
_NEVER = datetime.min.replace(tzinfo=UTC)


def searched_days(now: datetime) -> list[str]:
    """The day keys a search back from `now` may read: about a year, oldest first."""
    return days_between(now - timedelta(days=_LAST_CONTACT_DAYS), now)


def _newest_first(now: datetime) -> Iterator[list[str]]:
    """About a year of day keys up to `now`, in chunks of a month, newest chunk first."""
    days = searched_days(now)
    for end in range(len(days), 0, -_SEARCH_CHUNK_DAYS):
        yield days[max(0, end - _SEARCH_CHUNK_DAYS) : end]


def last_contacts(journal: Journal) -> dict[str, datetime]:
    """When each person was last in a call, meeting or contact; the search stops once
    everyone is found. An entry naming a record merged away counts for the one who stays."""
    every = journal.people_by_id()
    wanted = {p.id for p in journal.people()}
    kept = {i: follow_merges(p, every).id for i, p in every.items()}
    found: dict[str, datetime] = {}
    now = journal.clock.now()
    for days in _newest_first(now):
        for entry in journal.entry_store.versions(days):
            if entry.deleted or entry.kind not in CONTACT_KINDS or entry.start > now:
                continue
            for person_id in (kept.get(i, i) for i in entry.people):
                if person_id in wanted and entry.start > found.get(person_id, _NEVER):
                    found[person_id] = entry.start
        if wanted <= found.keys():
            break
    return {k: v for k, v in found.items() if k in wanted}


def last_live_meeting(journal: Journal) -> datetime | None:
    """The start of the latest live meeting up to now."""
    now = journal.clock.now()
    for days in _newest_first(now):
        starts = [
            e.start
            for e in journal.entry_store.versions(days)
            if e.kind == "meeting" and not e.deleted and e.start <= now
        ]
        if starts:
            return max(starts)
    return None
