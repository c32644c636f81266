"""The one intention a week (issue 22): a note each device writes in its own folder, merged per
week by (rev, updated, device), conflict copies included; through the door, the week it is for
follows the review moment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tracker.commands import Commands, SetIntention
from tracker.kernel.model import ValidationError
from tracker.store import files
from tracker.store.intentions import (
    NOTE_FILE,
    IntentionsStillArriving,
    intention_for,
    note_intention,
)
from tracker.store.journal import Journal

LAPTOP, DESKTOP = "laptop-aaaaaa", "desktop-bbbbbb"
AMS = ZoneInfo("Europe/Amsterdam")
MONDAY = date(2026, 12, 7)


def test_the_newest_intention_wins_per_week_whatever_folder_holds_it(tmp_path, clock):
    data = tmp_path / "data"
    laptop = Journal(data, LAPTOP, clock).open()
    desktop = Journal(data, DESKTOP, clock).open()
    note_intention(laptop, MONDAY, "Call Anna before Wednesday")
    note_intention(laptop, MONDAY + timedelta(days=7), "A week later")
    clock.advance(timedelta(minutes=1))
    note_intention(desktop, MONDAY + timedelta(days=3), "Two mornings without meetings")
    for journal in (laptop, desktop):  # any day of the week names it; every device agrees
        assert intention_for(journal, MONDAY + timedelta(days=6)) == "Two mornings without meetings"
        assert intention_for(journal, MONDAY + timedelta(days=7)) == "A week later"
        assert intention_for(journal, MONDAY - timedelta(days=1)) == ""
    own = json.loads((desktop.layout.own_dir / NOTE_FILE).read_text())["intentions"]
    assert set(own) == {"2026-12-07"} and own["2026-12-07"]["rev"] == 2
    assert laptop.check() == []


def test_a_conflict_copy_is_a_version_and_the_owner_keeps_the_newest(tmp_path, clock):
    data = tmp_path / "data"
    laptop = Journal(data, LAPTOP, clock).open()
    note_intention(laptop, MONDAY, "Old")
    path = laptop.layout.own_dir / NOTE_FILE
    older = path.read_bytes()
    clock.advance(timedelta(minutes=1))
    note_intention(laptop, MONDAY, "New")
    path.replace(path.with_name("intentions.sync-conflict-20261126-101010-ABCDEFG.json"))
    path.write_bytes(older)
    path.chmod(0o600)
    assert intention_for(Journal(data, DESKTOP, clock).open(), MONDAY) == "New"
    # Read as a version, never damage; check names the copy as two machines writing as one
    # device (issue 25, break 3), until the next write merges it.
    assert laptop.damage == [] and [r.code for r in laptop.check()] == ["twin"]
    laptop = Journal(data, LAPTOP, clock).open()  # started again: its first write merges copies
    note_intention(laptop, MONDAY + timedelta(days=7), "Next")
    assert not any("sync-conflict" in p.name for p in laptop.layout.own_dir.iterdir())
    assert intention_for(laptop, MONDAY) == "New"


@pytest.mark.parametrize(
    ("local", "monday"),
    [
        (datetime(2026, 12, 4, 16, 30), MONDAY),  # Friday after the moment: next week
        (datetime(2026, 12, 6, 20, 0), MONDAY),  # Sunday evening
        (datetime(2026, 12, 7, 9, 0), MONDAY),  # Monday morning, the moment still waiting
        (datetime(2026, 12, 4, 15, 0), date(2026, 11, 30)),  # before Friday's moment: this week
    ],
)
def test_through_the_door_the_week_follows_the_review_moment(tmp_path, clock, local, monday):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    door = Commands(journal, clock)
    now = local.replace(tzinfo=AMS).astimezone(UTC)
    door.run(SetIntention(text="  One  thing\n", tz="Europe/Amsterdam", now=now))
    assert intention_for(journal, monday) == "One thing"
    assert door.run(SetIntention(text="One thing", day=str(monday))).has_note("unchanged")
    door.run(SetIntention(text="", day=str(monday + timedelta(days=2))))  # taken back
    assert intention_for(journal, monday) == ""
    with pytest.raises(ValidationError) as refused:
        door.run(SetIntention(text="x" * 501, day=str(monday)))
    assert refused.value.code == "too_long"


@pytest.mark.parametrize(
    "content",
    [b'{"intentions": 5}', b'{"intentions": "x"}', b'{"intentions": [1]}', b"[" * 100_000],
)
def test_a_damaged_own_note_is_set_aside_named_and_never_stops_a_new_intention(
    tmp_path, clock, content
):
    """Damage is never read as "no intentions": the file is kept aside, check and the reader
    name it, and the next intention is written beside it (a wrong shape was a TypeError)."""
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    path = journal.layout.own_dir / NOTE_FILE
    path.write_bytes(content)
    path.chmod(0o600)
    assert [r.path.name for r in journal.check()] == [NOTE_FILE]
    note_intention(journal, MONDAY, "Call Anna before Wednesday")
    assert intention_for(journal, MONDAY) == "Call Anna before Wednesday"
    [aside] = journal.layout.own_dir.glob(f"{NOTE_FILE}.damaged-*")
    assert aside.read_bytes() == content
    assert [r.path.name for r in journal.repairs.damage] == [NOTE_FILE]
    assert journal.check() == []


def test_a_conflict_copy_merged_over_a_damaged_note_keeps_the_damaged_one_aside(tmp_path, clock):
    data = tmp_path / "data"
    laptop = Journal(data, LAPTOP, clock).open()
    note_intention(laptop, MONDAY, "From the copy")
    path = laptop.layout.own_dir / NOTE_FILE
    path.replace(path.with_name("intentions.sync-conflict-20261126-101010-ABCDEFG.json"))
    path.write_bytes(b'{"intentions": {"2026-11-30": {"text": "Kept')  # cut short
    path.chmod(0o600)
    laptop = Journal(data, LAPTOP, clock).open()  # started again: its first write merges copies
    note_intention(laptop, MONDAY + timedelta(days=7), "Next")
    assert intention_for(laptop, MONDAY) == "From the copy"
    [aside] = laptop.layout.own_dir.glob(f"{NOTE_FILE}.damaged-*")
    assert aside.read_bytes().endswith(b'"Kept')


def half_arrived_elsewhere(data, clock) -> tuple[Path, bytes]:
    """The desktop's intention for the week, its note then cut short by a copy in flight."""
    desktop = Journal(data, DESKTOP, clock).open()
    note_intention(desktop, MONDAY, "From the desktop")
    desktop.close()
    theirs = data / "devices" / DESKTOP / NOTE_FILE
    whole = theirs.read_bytes()
    theirs.write_bytes(whole[: len(whole) // 2])
    return theirs, whole


def test_no_intention_is_set_while_another_devices_note_is_half_arrived(tmp_path, clock):
    """Cut short and changed in the last minutes: still arriving, the rule the day files keep
    (issue 25, break 6). Refused, not read as damage and not written over its newer intention;
    a moment later it has arrived."""
    data = tmp_path / "data"
    theirs, whole = half_arrived_elsewhere(data, clock)
    laptop = Journal(data, LAPTOP, clock).open()
    door = Commands(laptop, clock)
    clock.advance(timedelta(minutes=1))
    with pytest.raises(IntentionsStillArriving, match="still arriving") as refused:
        door.run(SetIntention(text="From the laptop", day=str(MONDAY)))
    assert DESKTOP in str(refused.value)
    assert not (laptop.layout.own_dir / NOTE_FILE).exists()
    assert theirs.read_bytes() == whole[: len(whole) // 2]  # never set aside or written over
    assert laptop.damage == []
    theirs.write_bytes(whole)  # arrived
    door.run(SetIntention(text="From the laptop", day=str(MONDAY)))
    assert intention_for(laptop, MONDAY) == "From the laptop"


def test_a_note_broken_for_long_never_stops_an_intention(tmp_path, clock, monkeypatch):
    """A device gone for good with a broken note must not stop this one for ever: damage,
    named by check."""
    data = tmp_path / "data"
    theirs, _whole = half_arrived_elsewhere(data, clock)
    monkeypatch.setattr(files, "ARRIVING_FOR", 0.0)  # as if it changed long ago
    laptop = Journal(data, LAPTOP, clock).open()
    Commands(laptop, clock).run(SetIntention(text="From the laptop", day=str(MONDAY)))
    assert intention_for(laptop, MONDAY) == "From the laptop"
    assert [r.path for r in laptop.check()] == [theirs]


def test_the_command_line_says_to_try_again_in_a_moment(tmp_path, clock):
    data = tmp_path / "data"
    half_arrived_elsewhere(data, clock)
    env = dict(os.environ, DAYWEAVE_CONFIG_DIR=str(tmp_path / "config"), TZ="UTC")
    words = ["review", "--intention", "From the laptop", "--for", str(MONDAY)]
    refused = subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data), *words],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert refused.returncode == 1, refused.stderr
    assert "still arriving" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert DESKTOP in refused.stderr


SUNDAY = date(2026, 12, 6)  # a week of Sunday 6 - Saturday 12 December


def sunday_first(journal: Journal) -> None:
    from tracker.kernel.settings import Settings

    journal.save_settings(Settings(first_weekday=6))


@pytest.mark.parametrize(
    ("local", "first"),
    [
        (datetime(2026, 12, 4, 16, 30), SUNDAY),  # Friday after the moment: the next week
        (datetime(2026, 12, 6, 20, 0), SUNDAY),  # Sunday evening: the week begun today
        (datetime(2026, 12, 4, 15, 0), date(2026, 11, 29)),  # before Friday's moment
    ],
)
def test_with_weeks_from_sunday_the_intention_belongs_to_the_users_week(
    tmp_path, clock, local, first
):
    """Issue 22: kept under the week's first day by the setting, read for any day of that
    week; on Sunday the user sees the intention of the week that began, not last week's."""
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    sunday_first(journal)
    door = Commands(journal, clock)
    now = local.replace(tzinfo=AMS).astimezone(UTC)
    door.run(SetIntention(text="One thing", tz="Europe/Amsterdam", now=now))
    own = json.loads((journal.layout.own_dir / NOTE_FILE).read_text())["intentions"]
    assert set(own) == {first.isoformat()}
    for day in (first, first + timedelta(days=6)):
        assert intention_for(journal, day, first_weekday=6) == "One thing"
    assert intention_for(journal, first - timedelta(days=1), first_weekday=6) == ""
    assert intention_for(journal, first + timedelta(days=7), first_weekday=6) == ""


def test_for_a_date_the_intention_is_for_the_users_week_holding_it(tmp_path, clock):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    sunday_first(journal)
    door = Commands(journal, clock)
    door.run(SetIntention(text="Saturday's week", day=str(SUNDAY + timedelta(days=6))))
    assert intention_for(journal, SUNDAY, first_weekday=6) == "Saturday's week"
    assert door.run(SetIntention(text="Saturday's week", day=str(SUNDAY))).has_note("unchanged")


def test_an_intention_kept_under_its_monday_stays_readable_in_a_sunday_week(tmp_path, clock):
    """Intentions stored before (under the week's Monday) are read for the user's week holding
    that Monday; a newer one for that week wins over it, and an empty one takes it back."""
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    note_intention(journal, MONDAY, "Kept under Monday")
    assert intention_for(journal, SUNDAY, first_weekday=6) == "Kept under Monday"
    assert intention_for(journal, MONDAY) == "Kept under Monday"
    sunday_first(journal)
    door = Commands(journal, clock)
    assert door.run(SetIntention(text="Kept under Monday", day=str(SUNDAY))).has_note("unchanged")
    clock.advance(timedelta(minutes=1))
    door.run(SetIntention(text="Newer", day=str(SUNDAY)))
    assert intention_for(journal, SUNDAY + timedelta(days=3), first_weekday=6) == "Newer"
    clock.advance(timedelta(minutes=1))
    door.run(SetIntention(text="", day=str(SUNDAY)))
    assert intention_for(journal, SUNDAY, first_weekday=6) == ""
