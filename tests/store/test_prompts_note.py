"""The call prompts used (issue 22): a note per device, the union across devices and conflict
copies, and the review counts it per week and month through load_review."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.kernel.model import Entry
from tracker.review.cache import WeekCache
from tracker.review.load import load_review
from tracker.store.journal import Journal
from tracker.store.prompts import NOTE_FILE, note_prompt, prompts_used

LAPTOP, DESKTOP = "laptop-aaaaaa", "desktop-bbbbbb"
AMS = ZoneInfo("Europe/Amsterdam")


def test_marks_are_the_union_of_every_device_and_the_first_moment_is_kept(tmp_path, clock):
    data = tmp_path / "data"
    laptop = Journal(data, LAPTOP, clock).open()
    desktop = Journal(data, DESKTOP, clock).open()
    first = clock.now()
    note_prompt(laptop, "call-1", "open", first)
    note_prompt(laptop, "call-1", "open", first + timedelta(minutes=5))  # once: the first
    note_prompt(desktop, "call-1", "agreed", first + timedelta(hours=1))
    note_prompt(desktop, "call-2", "close", first)
    assert (
        prompts_used(laptop)
        == prompts_used(desktop)
        == {
            "call-1": frozenset({"open", "agreed"}),
            "call-2": frozenset({"close"}),
        }
    )
    own = json.loads((laptop.layout.own_dir / NOTE_FILE).read_text())["calls"]
    assert own == {"call-1": {"open": own["call-1"]["open"]}}
    assert own["call-1"]["open"].startswith(first.strftime("%Y-%m-%dT%H:%M"))
    with pytest.raises(ValueError):
        note_prompt(laptop, "call-1", "opened", first)
    assert laptop.check() == []


def test_a_conflict_copy_adds_its_marks(tmp_path, clock):
    data = tmp_path / "data"
    laptop = Journal(data, LAPTOP, clock).open()
    note_prompt(laptop, "call-1", "open", clock.now())
    path = laptop.layout.own_dir / NOTE_FILE
    older = path.read_bytes()
    note_prompt(laptop, "call-1", "close", clock.now())
    path.replace(path.with_name("prompts.sync-conflict-20261126-101010-ABCDEFG.json"))
    path.write_bytes(older)
    path.chmod(0o600)
    assert prompts_used(laptop) == {"call-1": frozenset({"open", "close"})}
    # Read as a version, never damage; check names the copy as two machines writing as one
    # device (issue 25, break 3), until the next write merges it.
    assert laptop.damage == [] and [r.code for r in laptop.check()] == ["twin"]
    laptop = Journal(data, LAPTOP, clock).open()  # started again: its first write merges copies
    note_prompt(laptop, "call-2", "open", clock.now())
    assert not any("sync-conflict" in p.name for p in laptop.layout.own_dir.iterdir())
    assert prompts_used(laptop)["call-1"] == frozenset({"open", "close"})


def test_the_review_counts_them_per_week_and_month(tmp_path, clock):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    start = datetime(2026, 11, 17, 10, tzinfo=AMS).astimezone(UTC)
    call = journal.add(Entry(kind="call", start=start, end=start + timedelta(minutes=30)))
    journal.add(
        Entry(
            kind="call", start=start + timedelta(days=1), end=start + timedelta(days=1, minutes=20)
        )
    )
    note_prompt(journal, call.id, "open", start)
    note_prompt(journal, call.id, "agreed", start + timedelta(minutes=31))
    review = load_review(journal, WeekCache(journal), [date(2026, 11, 16)], AMS, clock.now())
    [row] = review.prompts_by_week
    assert (row.calls, row.opened, row.closed, row.agreed) == (2, 1, 0, 1)
    [month] = review.prompts_by_month
    assert month.first_day == date(2026, 11, 1) and month.agreed == 1


@pytest.mark.parametrize(
    "content", [b'{"calls": 5}', b'{"calls": "x"}', b'{"calls": {"call-1": 5}}', b"[" * 100_000]
)
def test_a_damaged_own_note_is_set_aside_named_and_never_stops_the_next_mark(
    tmp_path, clock, content
):
    journal = Journal(tmp_path / "data", LAPTOP, clock).open()
    path = journal.layout.own_dir / NOTE_FILE
    path.write_bytes(content)
    path.chmod(0o600)
    assert [r.path.name for r in journal.check()] == [NOTE_FILE]
    note_prompt(journal, "call-1", "open", clock.now())
    assert prompts_used(journal) == {"call-1": frozenset({"open"})}
    [aside] = journal.layout.own_dir.glob(f"{NOTE_FILE}.damaged-*")
    assert aside.read_bytes() == content
    assert journal.check() == []


def test_a_conflict_copy_merged_over_a_damaged_note_keeps_the_damaged_one_aside(tmp_path, clock):
    data = tmp_path / "data"
    laptop = Journal(data, LAPTOP, clock).open()
    note_prompt(laptop, "call-1", "open", clock.now())
    path = laptop.layout.own_dir / NOTE_FILE
    path.replace(path.with_name("prompts.sync-conflict-20261126-101010-ABCDEFG.json"))
    path.write_bytes(b'{"calls": {"call-0": {"open": "2026')  # cut short
    path.chmod(0o600)
    laptop = Journal(data, LAPTOP, clock).open()  # started again: its first write merges copies
    note_prompt(laptop, "call-2", "open", clock.now())
    assert set(prompts_used(laptop)) == {"call-1", "call-2"}
    [aside] = laptop.layout.own_dir.glob(f"{NOTE_FILE}.damaged-*")
    assert aside.read_bytes().endswith(b'"2026')
