"""A wall-clock time the clocks pass twice (the night summer time ends): the command layer
reports which two moments it could be, and the command line takes the first and says so in
one line (issue 11)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.store.test_hostile import dayweave
from tracker.commands import Commands, Log
from tracker.kernel.clock import FakeClock
from tracker.store.journal import Journal
from tracker.store.tinystorage import MemoryFiles
from tracker.timeline.quickresolve import overlap_at

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
FIRST = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 summer time
SECOND = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 again, winter time


def test_overlap_at_names_both_moments_only_for_the_first_of_a_repeated_time():
    found = overlap_at(FIRST, AMSTERDAM)
    assert found == {"time": "02:30", "day": "2026-10-25", "zone": "Europe/Amsterdam",
                     "first": FIRST.isoformat(), "second": SECOND.isoformat()}  # fmt: skip
    assert overlap_at(SECOND, AMSTERDAM) is None  # given with its offset: not ambiguous
    assert overlap_at(datetime(2026, 10, 25, 3, 30, tzinfo=UTC), AMSTERDAM) is None
    assert overlap_at(FIRST, ZoneInfo("UTC")) is None


def test_the_command_layer_reports_a_typed_time_that_comes_twice(tmp_path):
    clock = FakeClock(datetime(2026, 10, 26, 12, 0, tzinfo=UTC))
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock, memory=MemoryFiles()).open()
    request = Log(line="2026-10-25 2:30-3:30 work", tz="Europe/Amsterdam", now=clock.now())
    result = Commands(journal, clock).run(request, initiator="test")
    [entry] = result.stored
    assert entry.start == FIRST
    [values] = [v for c, v in result.notes if c == "dst_overlap"]
    assert values["second"] == SECOND.isoformat() and values["time"] == "02:30"
    again = Commands(journal, clock).run(
        Log(line="2026-10-25 3:30-4:00 life", tz="Europe/Amsterdam", now=clock.now()), "test"
    )
    assert not again.has_note("dst_overlap")


@pytest.mark.parametrize(
    "words",
    [("log", "2026-10-25 2:30-3:30 work"), ("log", "disruption", "--at", "2026-10-25T02:30")],
)
def test_the_command_line_takes_the_first_and_says_so_in_one_line(data_dir, words):
    result = dayweave(data_dir, *words, "--json", env={"TZ": "Europe/Amsterdam"})
    assert result.returncode == 0, result.stderr
    [stored] = json.loads(result.stdout)
    assert stored["start"] == "2026-10-25T00:30:00Z"
    [line] = result.stderr.splitlines()
    assert line.startswith("dayweave: ") and "02:30" in line and "twice" in line
    assert "2026-10-25T02:30+01:00" in line  # how to say the second one


def test_a_time_given_with_its_offset_is_taken_as_it_is(data_dir):
    result = dayweave(data_dir, "log", "disruption", "--at", "2026-10-25T02:30+01:00", "--json",
                      env={"TZ": "Europe/Amsterdam"})  # fmt: skip
    assert result.returncode == 0 and result.stderr == ""
    assert json.loads(result.stdout)[0]["start"] == "2026-10-25T01:30:00Z"
