"""The log file (issue 19, item 6): what went wrong is kept for the user to send, in their state
folder, private, quiet by default, and never with their titles, names, notes or addresses."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import dayweave


@pytest.fixture
def state_dir() -> Path:
    return Path(os.environ["DAYWEAVE_STATE_DIR"])


def log_text(state_dir: Path) -> str:
    return (state_dir / "dayweave.log").read_text(encoding="utf-8")


def damage_day_file(data_dir: Path) -> Path:
    [path] = data_dir.glob("devices/*/entries-*.json")
    path.write_bytes(path.read_bytes()[:-2])  # the end of the table lost
    return path


def test_a_quiet_run_writes_no_log_and_says_nothing_more(data_dir, state_dir):
    logged = dayweave("log", "disruption", "wifi", data_dir=data_dir)
    assert logged.returncode == 0 and logged.stderr == ""
    assert not (state_dir / "dayweave.log").exists()


def test_a_damaged_file_moved_aside_is_in_the_private_log(data_dir, state_dir):
    assert dayweave("log", "disruption", "one", "--at", "2026-11-24T09:00",
                    data_dir=data_dir).returncode == 0  # fmt: skip
    path = damage_day_file(data_dir)
    week = dayweave("week", "2026-11-24", "--json", data_dir=data_dir)
    assert week.returncode == 0, week.stderr
    assert len(week.stderr.splitlines()) == 1  # the command's own warning; the log says no more
    log = state_dir / "dayweave.log"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(state_dir.stat().st_mode) == 0o700
    [line] = [line for line in log_text(state_dir).splitlines() if path.name in line]
    assert " WARNING dayweave.store: " in line and ".damaged-" in line, line


def test_verbose_says_what_happens_on_stderr_and_in_the_log(data_dir, state_dir):
    for option in ("--verbose", "-v"):
        logged = dayweave(option, "log", "disruption", "wifi", data_dir=data_dir)
        assert logged.returncode == 0, logged.stderr
        said = [line for line in logged.stderr.splitlines() if line.startswith("dayweave: INFO ")]
        assert said and "dayweave.cli" in said[0], logged.stderr
    assert " INFO dayweave.cli: " in log_text(state_dir)
    assert "DEBUG" not in log_text(state_dir)
    more = dayweave("-vv", "log", "disruption", data_dir=data_dir)
    assert "dayweave: DEBUG " in more.stderr, more.stderr


CALENDAR = """BEGIN:VCALENDAR\r
VERSION:2.0\r
BEGIN:VEVENT\r
UID:budget-1\r
DTSTART:20261124T130000Z\r
DTEND:20261124T140000Z\r
SUMMARY:Secret Budget Talk\r
ATTENDEE;CN=Bram Hollander:mailto:bram@hollander.example\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:broken-2\r
SUMMARY:Hidden Merger Plans\r
END:VEVENT\r
END:VCALENDAR\r
"""
SECRETS = ("Anneke", "Zwaan", "anneke@zwaan.example", "knows the plan", "Quarterly review",
           "a private remark", "Secret Budget Talk", "Bram", "Hollander", "bram@hollander.example",
           "Hidden Merger Plans", "Ghost Person", "Lost Title")  # fmt: skip


def test_no_title_name_note_or_address_reaches_the_log(data_dir, state_dir, tmp_path):
    """Commands that name people and titles, with damage and odd calendars that make the log
    speak: what it says names files, ids, counts and kinds of error only."""
    plan = tmp_path / "plan.ics"
    plan.write_text(CALENDAR, newline="")
    unreadable = tmp_path / "notes.ics"
    unreadable.write_text("Hidden Merger Plans, with Bram Hollander\n")
    steps = [
        ("people", "add", "Anneke Zwaan", "--circle", "peer", "--notes", "knows the plan",
         "--email", "anneke@zwaan.example"),
        ("log", "call", "Quarterly review", "--with", "Anneke", "--note", "a private remark",
         "--at", "2026-11-24T10:00", "--until", "2026-11-24T10:30"),
        ("calendar", "add", str(plan)),
        ("calendar", "add", str(unreadable)),
        ("agenda", "2026-11-24"),
        ("log", "contact", "Lost Title", "--with", "Ghost Person", "--at", "2026-11-24T25:00"),
    ]  # fmt: skip
    for step in steps:
        assert dayweave(*step, data_dir=data_dir).returncode in (0, 1, 2), step
    damage_day_file(data_dir)
    [people] = data_dir.glob("devices/*/people.json")
    people.write_bytes(people.read_bytes()[:-2])
    for step in (("week", "2026-11-24"), ("people", "list"), ("agenda", "2026-11-24")):
        assert dayweave(*step, data_dir=data_dir).returncode == 0, step
    text = log_text(state_dir)
    assert "dayweave.store" in text and "dayweave.calendar" in text, text  # it did speak
    assert [secret for secret in SECRETS if secret.lower() in text.lower()] == [], text


def test_an_unwritable_state_folder_stops_nothing_and_says_nothing(data_dir, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the state folder should be")
    assert dayweave("log", "disruption", data_dir=data_dir).returncode == 0
    damage_day_file(data_dir)
    env = dict(os.environ, DAYWEAVE_STATE_DIR=str(blocked / "state"))
    week = subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data_dir), "week", "--json"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert week.returncode == 0, week.stderr
    assert len(week.stderr.splitlines()) == 1, week.stderr  # the command's warning, no more


def test_nudges_pass_by_a_calendar_that_is_not_there_as_the_app_does(data_dir, state_dir, tmp_path):
    """A source not there now (a drive not mounted, a file a sync will write again) is one the
    app does not read (tracker/ui/calendar/planned.py); `dayweave nudges` neither, so it adds
    no warning to the log at each run."""
    calendar = tmp_path / "away.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    assert dayweave("calendar", "add", str(calendar), data_dir=data_dir).returncode == 0
    calendar.unlink()
    nudges = dayweave("nudges", "--json", data_dir=data_dir)
    assert nudges.returncode == 0 and nudges.stderr == ""
    assert not (state_dir / "dayweave.log").exists()
