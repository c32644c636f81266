"""`dayweave start work --at` a past day (issue 25, break 1): exit 2 and nothing replaced, one
line that says how to mean it; with --long every replaced block is named and undo restores."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from tests.store.test_hostile import dayweave

UTC_ENV = {"TZ": "UTC"}


def _days_back(days: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).date().isoformat()


def _blocks(data_dir):
    found = []
    for day in ("last", "today"):
        week = json.loads(dayweave(data_dir, "week", day, "--json", env=UTC_ENV).stdout)
        found += [(e["start"], e["end"]) for d in week["days"] for e in d["entries"]]
    return sorted(found)


def test_start_at_a_past_day_is_refused_and_replaces_nothing(data_dir):
    for back in (4, 3, 2):
        day = _days_back(back)
        logged = dayweave(data_dir, "log", f"{day} 8:00-12:00 work", env=UTC_ENV)
        assert logged.returncode == 0, logged.stderr
    before = _blocks(data_dir)
    started = dayweave(data_dir, "start", "work", "--at", f"{_days_back(5)}T08:00", env=UTC_ENV)
    assert started.returncode == 2, started.stdout
    [line] = started.stderr.splitlines()
    assert "--long" in line and "hours" in line
    assert _blocks(data_dir) == before and len(before) == 3
    meant = dayweave(
        data_dir, "start", "work", "--at", f"{_days_back(5)}T08:00", "--long", env=UTC_ENV
    )
    assert meant.returncode == 0, meant.stderr
    replaced = [row for row in meant.stdout.splitlines() if row.startswith("Replaced")]
    assert len(replaced) == 3 and all("08:00" in row for row in replaced)
    assert dayweave(data_dir, "undo", env=UTC_ENV).returncode == 0
    assert _blocks(data_dir) == before


def test_a_snapshot_folder_that_is_no_date_does_not_fail_the_write(data_dir):
    """Issue 25, break 9: every write stored its entry, then exited 2 "month must be in 1..12",
    and exit 2 says nothing was written."""
    assert dayweave(data_dir, "log", "disruption", env=UTC_ENV).returncode == 0
    [own] = (data_dir / "backups").iterdir()
    (own / "20261399T000000Z").mkdir()
    logged = dayweave(data_dir, "log", "disruption", "again", env=UTC_ENV)
    assert logged.returncode == 0, logged.stderr
    assert logged.stderr == ""
