"""`dayweave import` keeps the rules of the day (issue 25, break 7), and `--dry-run` says what an
import would add, update and trim without writing anything."""

from __future__ import annotations

import json

from tests.store.test_hostile import dayweave

UTC_ENV = {"TZ": "UTC"}
INTERVALS = [
    {"start": "20261124T120000Z", "end": "20261124T130000Z", "tags": ["lunch-call"]},
    {"start": "20261124T140000Z", "end": "20261126T140000Z"},  # 48 hours
    {"start": "20261124T150000Z", "end": "20261124T153000Z", "tags": "notalist"},
    {"start": "20261124T120000Z", "end": "20261124T123000Z"},  # the same start again
]


def _day(data_dir):
    week = json.loads(dayweave(data_dir, "week", "2026-11-24", "--json", env=UTC_ENV).stdout)
    return sorted((e["start"], e["end"]) for d in week["days"] for e in d["entries"])


def test_a_dry_run_says_what_would_be_trimmed_and_writes_nothing(data_dir, tmp_path):
    logged = dayweave(data_dir, "log", "2026-11-24 9:00-17:00 work day", env=UTC_ENV)
    assert logged.returncode == 0, logged.stderr
    export = tmp_path / "timew.json"
    export.write_text(json.dumps(INTERVALS))
    before = _day(data_dir)
    dry = dayweave(data_dir, "import", str(export), "--dry-run", env=UTC_ENV)
    assert dry.returncode == 0, dry.stderr
    assert "Dry run: nothing was written" in dry.stdout
    assert "Entries: 1 added" in dry.stdout and "would trim: 1" in dry.stdout
    assert "Bad records, skipped: 3" in dry.stdout
    assert _day(data_dir) == before
    done = dayweave(data_dir, "import", str(export), env=UTC_ENV)
    assert done.returncode == 0, done.stderr
    assert "Blocks already here trimmed: 1" in done.stdout
    assert "timewarrior 2: it is 48 hours long" in done.stdout
    assert "timewarrior 3: its tags are not a list of words" in done.stdout
    assert "timewarrior 4: an earlier one has the same start" in done.stdout
    assert _day(data_dir) == [
        ("2026-11-24T09:00:00+00:00", "2026-11-24T12:00:00+00:00"),
        ("2026-11-24T12:00:00+00:00", "2026-11-24T13:00:00+00:00"),
        ("2026-11-24T13:00:00+00:00", "2026-11-24T17:00:00+00:00"),
    ]
