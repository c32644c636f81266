"""`start KIND --at` a past day (issue 25, break 1): it used to replace every block since with one
running block, exit 0. A running block started over 16 hours ago is refused like a span over 16
hours unless the asker confirms it; confirmed, the result names each block it replaced and undo
brings them back."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tracker.commands import Log, Undo
from tracker.kernel.model import ValidationError


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)


def four_days(door, clock) -> None:
    for day in range(3, 7):
        clock.set(at(day, 20))
        door.run(Log(line=f"2026-12-{day:02d} 8:00-12:00 work morning", tz="UTC"))
        door.run(Log(line=f"2026-12-{day:02d} 12:00-13:00 life lunch", tz="UTC"))
    clock.set(at(7, 8, 30))


def blocks(journal):
    found = journal.entries_between(at(1, 0), at(8, 0))
    return sorted((e.start, e.end) for e in found if e.is_block)


def test_a_running_block_started_days_ago_is_refused_and_nothing_is_replaced(door, journal, clock):
    four_days(door, clock)
    before = blocks(journal)
    with pytest.raises(ValidationError) as refused:
        door.run(Log(kind="work", at=at(1, 8), tz="UTC"))  # a typo for the 7th
    assert refused.value.code == "runs_too_long"
    assert refused.value.values["hours"] == 144.5
    assert blocks(journal) == before and len(before) == 8


def test_a_running_block_from_under_16_hours_ago_still_starts(door, journal, clock):
    four_days(door, clock)
    result = door.run(Log(kind="work", at=at(6, 17), tz="UTC"))
    assert [e.start for e in result.stored] == [at(6, 17)]


def test_a_confirmed_start_names_each_block_it_replaced_and_undo_restores_them(
    door, journal, clock
):
    four_days(door, clock)
    before = blocks(journal)
    result = door.run(Log(kind="work", at=at(1, 8), tz="UTC", long_ok=True))
    assert len(result.removed) == 8
    assert blocks(journal) == [(at(1, 8), None)]
    door.run(Undo())
    assert blocks(journal) == before


def test_a_quick_line_that_starts_a_block_yesterday_is_refused_too(door, clock):
    clock.set(at(7, 12))
    with pytest.raises(ValidationError) as refused:
        door.run(Log(line="yesterday 9:00 work", tz="UTC"))
    assert refused.value.code == "runs_too_long"
