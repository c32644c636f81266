"""Random sequences of commands never leave two blocks overlapping, never count a minute
twice, and undo puts the day back exactly as it was."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.commands import Commands, Log, Stop, Undo
from tracker.kernel.clock import FakeClock
from tracker.kernel.dayrules import running_until
from tracker.kernel.model import ValidationError
from tracker.store.journal import Journal
from tracker.store.tinystorage import MemoryFiles
from tracker.timeline.summary import summarize_week

DAY = datetime(2026, 11, 26, tzinfo=UTC)
UTC_ZONE = ZoneInfo("UTC")

minutes = st.integers(min_value=0, max_value=24 * 60 - 5).map(lambda m: m - m % 5)
block = st.sampled_from(["work", "life"])
command = st.one_of(
    st.tuples(st.just("span"), block, minutes, st.integers(min_value=5, max_value=600)),
    st.tuples(st.just("start"), block, minutes, st.just(0)),
    st.tuples(st.just("stop"), st.just(""), st.just(0), st.just(0)),
    st.tuples(st.just("undo"), st.just(""), st.just(0), st.just(0)),
    st.tuples(st.just("call"), st.just(""), minutes, st.just(0)),
)


def day_state(journal: Journal) -> list[tuple]:
    found = journal.entries_between(DAY - timedelta(days=1), DAY + timedelta(days=2))
    rows = ((e.kind, e.start, e.end, e.title, e.people) for e in found)
    # A running block (no end) beside an ended one that starts with it: None is not a time.
    return sorted(rows, key=lambda row: (*row[:2], row[2] is None, row[2] or row[1], *row[3:]))


def run(door: Commands, clock: FakeClock, step: tuple):
    what, kind, start, length = step
    at = DAY + timedelta(minutes=start)
    if what == "span":
        return door.run(Log(kind=kind, at=at, until=at + timedelta(minutes=length), tz="UTC"))
    elif what == "start":
        clock.set(max(clock.now(), at))
        return door.run(Log(kind=kind, tz="UTC"))
    elif what == "stop":
        return door.run(Stop())
    elif what == "call":
        return door.run(Log(kind="call", names=[("Anna", "peer")], tz="UTC"))
    else:
        return door.run(Undo())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(command, min_size=1, max_size=12), minutes)
def test_blocks_never_overlap_and_undo_restores_the_day(steps, start):
    # Now anywhere in the day: spans may lie in the past or ahead of what runs.
    clock = FakeClock(DAY + timedelta(minutes=start))
    journal = Journal(Path("/nonexistent"), "dev", clock, memory=MemoryFiles()).open()
    door = Commands(journal, clock)
    for step in steps:
        before = day_state(journal)
        try:
            result = run(door, clock, step)
        except ValidationError:
            assert day_state(journal) == before  # a refusal writes nothing
            continue
        clock.advance(seconds=1)
        if step[0] != "undo" and result.entries and door.undoable() is result:
            door.run(Undo())
            assert day_state(journal) == before
            try:  # and on with the sequence, as if the user did it again
                run(door, clock, step)
            except ValidationError:
                continue
        now = clock.now()
        found = journal.entries_between(DAY - timedelta(days=1), DAY + timedelta(days=2))
        blocks = [e for e in found if e.is_block and not e.deleted]
        # What runs owns its minutes up to now, or to a block planned ahead that time reached.
        spans = sorted((e.start, e.end or running_until(e, blocks, now)) for e in blocks)
        for (_, end), (next_start, _) in itertools.pairwise(spans):
            assert end <= next_start, spans
        week = summarize_week(found, {}, date(2026, 11, 23), UTC_ZONE, now)
        for summary_day in week.days:
            assert summary_day.work_min + summary_day.life_min <= summary_day.day.minutes + 1e-6
