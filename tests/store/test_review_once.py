"""The weekly review moment once a week across the user's devices (issue 22): answered on one
device (its review opened, its notification answered), the others, reading the data folder's
notes, do not offer that week's moment; the next week's comes as ever. The notes are read only
while the moment is due. Clock injected."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry
from tracker.nudges.history import ContactHistory
from tracker.nudges.inputs import nudge_inputs
from tracker.store import intentions
from tracker.store.intentions import NOTE_FILE, note_intention, note_reviewed, reviewed
from tracker.store.journal import Journal

LAPTOP, DESKTOP = "laptop-aaaaaa", "desktop-bbbbbb"
AMS = ZoneInfo("Europe/Amsterdam")


def amsterdam(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=AMS).astimezone(UTC)


def plan(journal: Journal, clock, at: datetime):
    clock.set(at)
    return nudge_inputs(journal, ContactHistory(journal, clock), at, AMS).plan()


def reviews(found) -> list[str]:
    return [n.key for n in found.due if n.kind == "review"]


def two_devices(tmp_path, clock) -> tuple[Journal, Journal]:
    data = tmp_path / "data"
    clock.set(amsterdam(2, 9))
    laptop = Journal(data, LAPTOP, clock).open()
    # Used since Wednesday, a live meeting this week: nothing due beside the moment.
    laptop.add(Entry(kind="meeting", start=amsterdam(3, 10), end=amsterdam(3, 11)))
    return laptop, Journal(data, DESKTOP, clock).open()


def test_answered_on_one_device_the_other_does_not_offer_that_weeks_moment(tmp_path, clock):
    laptop, desktop = two_devices(tmp_path, clock)
    assert reviews(plan(desktop, clock, amsterdam(4, 16))) == ["review:2026-12-04"]
    note_reviewed(desktop, "2026-12-04")  # opened there
    later = plan(laptop, clock, amsterdam(4, 18))
    assert reviews(later) == [] and later.next == amsterdam(11, 16)
    assert reviews(plan(laptop, clock, amsterdam(11, 16))) == ["review:2026-12-11"]


def test_the_note_is_read_only_while_the_moment_is_due(tmp_path, clock, monkeypatch):
    laptop, _desktop = two_devices(tmp_path, clock)
    asked: list[str] = []
    real = intentions.reviewed
    monkeypatch.setattr(intentions, "reviewed", lambda j, day: asked.append(day) or real(j, day))
    plan(laptop, clock, amsterdam(4, 15))  # before the moment: not read
    plan(laptop, clock, amsterdam(8, 10))  # days after it: not read
    assert asked == []
    assert reviews(plan(laptop, clock, amsterdam(4, 16))) == ["review:2026-12-04"]
    assert asked == ["2026-12-04"]


def test_the_note_lives_beside_the_intentions_and_both_survive_each_other(tmp_path, clock):
    """In intentions.json (a field `reviewed`: per moment's day, when): an intention written
    after keeps it, a conflict copy merged keeps both sides', and check finds nothing."""
    laptop, desktop = two_devices(tmp_path, clock)
    note_reviewed(laptop, "2026-11-27")
    note_intention(laptop, amsterdam(7, 9).date(), "Call Anna first")
    path = laptop.layout.own_dir / NOTE_FILE
    kept = json.loads(path.read_text())
    assert set(kept) == {"intentions", "reviewed"} and set(kept["reviewed"]) == {"2026-11-27"}
    older = path.read_bytes()
    clock.advance(timedelta(minutes=1))
    note_reviewed(laptop, "2026-12-04")
    note_reviewed(laptop, "2026-12-04")  # the first time is kept
    path.replace(path.with_name("intentions.sync-conflict-20261204-101010-ABCDEFG.json"))
    path.write_bytes(older)
    path.chmod(0o600)
    assert reviewed(desktop, "2026-12-04") and reviewed(desktop, "2026-11-27")
    assert not reviewed(desktop, "2026-12-11")
    laptop = Journal(tmp_path / "data", LAPTOP, clock).open()  # its first write merges copies
    note_reviewed(laptop, "2026-12-11")
    merged = json.loads(path.read_text())
    assert set(merged["reviewed"]) == {"2026-11-27", "2026-12-04", "2026-12-11"}
    assert merged["intentions"] and laptop.check() == []
    note_reviewed(laptop, "2027-01-29")  # eight weeks on: the oldest let go
    kept = json.loads(path.read_text())["reviewed"]
    assert set(kept) == {"2026-12-04", "2026-12-11", "2027-01-29"}
