"""A wall-clock time the clocks skip (the night summer time starts) is refused the same way
for `--at`, `--until` and the quick-entry line: one line, exit 2, nothing written (issue 25,
break 8). It used to move an hour later without a word and trim its neighbours."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from tests.store.test_hostile import dayweave
from tracker.timeline.when import parse_when

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 3, 30, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("text", ["2026-03-29T02:15", "2026-03-29 02:45", "2026-03-29T02:00"])
def test_an_iso_time_in_the_gap_is_refused(text):
    with pytest.raises(ValueError, match="the clocks skip it"):
        parse_when(text, NOW, AMSTERDAM)


def test_iso_times_around_the_gap_and_with_an_offset_stay_as_they_were():
    assert parse_when("2026-03-29T01:59", NOW, AMSTERDAM) == datetime(
        2026, 3, 29, 0, 59, tzinfo=UTC
    )
    assert parse_when("2026-03-29T03:00", NOW, AMSTERDAM) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    given = parse_when("2026-03-29T02:15+01:00", NOW, AMSTERDAM)
    assert given == datetime(2026, 3, 29, 1, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    "words",
    [
        ("log", "work", "gap", "--at", "2026-03-29T02:15", "--until", "2026-03-29T02:45"),
        ("log", "work", "gap", "--at", "2026-03-29T01:15", "--until", "2026-03-29T02:45"),
        ("log", "2026-03-29 2:15-2:45 work gap"),
        ("start", "work", "--at", "2026-03-29T02:15"),
    ],
)
def test_the_command_line_refuses_a_skipped_time_in_one_line_and_writes_nothing(data_dir, words):
    env = {"TZ": "Europe/Amsterdam"}
    result = dayweave(data_dir, *words, env=env)
    assert result.returncode == 2, result.stdout
    [line] = result.stderr.splitlines()
    assert "02:" in line and "2026-03-29" in line and "skip" in line
    week = dayweave(data_dir, "week", "2026-03-29", "--json", env=env)
    assert all(not day["entries"] for day in __import__("json").loads(week.stdout)["days"])
