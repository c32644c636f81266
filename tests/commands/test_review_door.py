"""The review through the commands on a real data folder: a renamed cause, a person merged
mid-range, the cache of closed weeks used again only while their day files are unchanged,
and (hypothesis) its per-week totals always the week summaries' after random edits, deletes
and undos."""

from __future__ import annotations

import contextlib
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.commands import AddPerson, Commands, DeleteEntry, EditEntry, Log, MergePeople, Undo
from tracker.kernel.clock import FakeClock
from tracker.kernel.days import week_days
from tracker.kernel.model import ValidationError
from tracker.review.cache import WeekCache
from tracker.review.load import load_review, weeks_from_to
from tracker.store.journal import Journal
from tracker.timeline.summary import summarize_week

AMS = ZoneInfo("Europe/Amsterdam")
FIRSTS = weeks_from_to(date(2026, 10, 12), date(2026, 11, 8), 0)  # four weeks, one with DST
NOW = datetime(2026, 11, 12, 12, tzinfo=UTC)  # after them all: every week closed


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=AMS).astimezone(UTC)


def open_door(folder: Path) -> tuple[Journal, Commands]:
    clock = FakeClock(NOW)
    journal = Journal(folder, "laptop-aaaaaa", clock).open()
    return journal, Commands(journal, clock)


def test_a_renamed_cause_counts_under_its_new_name_in_the_week_it_is_in(tmp_path):
    journal, door = open_door(tmp_path)
    tuesday = FIRSTS[1] + timedelta(days=1)
    logged = door.run(Log(kind="disruption", at=at(tuesday, 9), cause="tech", tz=AMS.key))
    cache = WeekCache(journal)
    review = load_review(journal, cache, FIRSTS, AMS, NOW)
    assert review.disruptions_by_cause == {"tech": 1}
    assert cache.reads == 4
    again = load_review(journal, cache, FIRSTS, AMS, NOW)
    assert cache.reads == 4 and again.disruptions_by_cause == {"tech": 1}  # nothing read
    (entry,) = logged.stored
    door.run(EditEntry(entry_id=entry.id, changes={"cause": "lawaai"}, near=entry.start))
    review = load_review(journal, cache, FIRSTS, AMS, NOW)
    assert review.disruptions_by_cause == {"noise": 1}
    assert review.weeks[1].disruptions_by_cause == {"noise": 1}
    assert cache.reads == 4 + 3  # its week, and the two after whose look-back holds its day
    journal.close()


def test_another_process_writing_a_day_file_is_seen(tmp_path):
    journal, _door = open_door(tmp_path)
    cache = WeekCache(journal)
    assert load_review(journal, cache, FIRSTS, AMS, NOW).work_min == 0
    other, other_door = open_door(tmp_path)  # the command line, beside the app
    monday = FIRSTS[0]
    other_door.run(Log(kind="work", at=at(monday, 9), until=at(monday, 11), tz=AMS.key))
    other.close()
    assert load_review(journal, cache, FIRSTS, AMS, NOW).work_min == 120
    journal.close()


def test_a_person_merged_mid_range_is_counted_for_the_one_who_stays(tmp_path):
    journal, door = open_door(tmp_path)
    door.run(AddPerson(name="Anna de Vries", circle="leadership"))
    first, last = FIRSTS[0], FIRSTS[-1]
    door.run(Log(kind="contact", at=at(first, 10), names=[("Ans", None)], tz=AMS.key))
    door.run(
        Log(kind="call", at=at(last, 10), until=at(last, 11), names=[("Anna", None)], tz=AMS.key)
    )
    door.run(MergePeople(name="Ans", into="Anna de Vries"))
    review = load_review(journal, WeekCache(journal), FIRSTS, AMS, NOW)
    october, november = review.months
    assert october.by_circle == {"leadership": {"contact": 1}}  # with Ans, before the merge
    assert november.by_circle == {"leadership": {"call": 1}}
    (gap,) = (g for g in review.circles if g.circle == "leadership")
    assert gap.people == 1 and gap.last == at(last, 10)
    journal.close()


def _totals(journal: Journal, cache: WeekCache, now: datetime) -> list[tuple]:
    review = load_review(journal, cache, FIRSTS, AMS, now)
    return [(w.first_day, round(w.work_min, 6), round(w.life_min, 6), w.switches, w.disruptions,
             dict(w.disruptions_by_cause)) for w in review.weeks]  # fmt: skip


def _summed(journal: Journal, now: datetime) -> list[tuple]:
    rows = []
    for first in FIRSTS:
        days = week_days(first, AMS)
        week = summarize_week(
            journal.entries_between(days[0].start, days[-1].end), {}, first, AMS, now
        )
        rows.append((first, round(sum(d.work_min for d in week.days), 6),
                     round(sum(d.life_min for d in week.days), 6),
                     sum(d.switches for d in week.days), sum(d.disruptions for d in week.days),
                     dict(week.disruptions_by_cause)))  # fmt: skip
    return rows


slot = st.integers(min_value=0, max_value=27 * 24 - 1)  # an hour in the four weeks
step = st.one_of(
    st.tuples(st.just("span"), st.sampled_from(["work", "life"]), slot, st.integers(1, 20)),
    st.tuples(st.just("disruption"), st.sampled_from(["tech", "noise"]), slot, st.just(0)),
    st.tuples(st.just("edit"), st.sampled_from(["work", "life"]), st.integers(0, 50), slot),
    st.tuples(st.just("delete"), st.just(""), st.integers(0, 50), st.just(0)),
    st.tuples(st.just("undo"), st.just(""), st.just(0), st.just(0)),
)


def _run(door: Commands, journal: Journal, what: tuple) -> None:
    kind, word, number, other = what
    base = at(FIRSTS[0], 0)
    if kind == "span":
        start = base + timedelta(hours=number)
        door.run(Log(kind=word, at=start, until=start + timedelta(hours=other), tz=AMS.key))
    elif kind == "disruption":
        door.run(Log(kind="disruption", at=base + timedelta(hours=number), cause=word, tz=AMS.key))
    elif kind == "undo":
        door.run(Undo())
    else:
        found = journal.entries_between(base, base + timedelta(weeks=4))
        if not found:
            return
        entry = found[number % len(found)]
        if kind == "delete":
            door.run(DeleteEntry(entry_id=entry.id, near=entry.start))
        elif entry.is_block:
            start = base + timedelta(hours=other)
            changes = {"kind": word, "start": start, "end": start + timedelta(hours=2)}
            door.run(EditEntry(entry_id=entry.id, changes=changes, near=entry.start))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(step, min_size=1, max_size=10), st.integers(0, 30))
def test_the_reviews_weeks_always_add_up_to_the_week_summaries(steps, later):
    with tempfile.TemporaryDirectory() as folder:
        journal, door = open_door(Path(folder))
        cache = WeekCache(journal)  # kept across the steps, as the app keeps it
        for what in steps:
            with contextlib.suppress(ValidationError):  # a refusal writes nothing
                _run(door, journal, what)
            door.clock.advance(seconds=1)  # type: ignore[attr-defined]
            # Looked at from inside the last week (still open) up to weeks later.
            now = door.clock.now() + timedelta(days=later - 8)
            assert _totals(journal, cache, now) == _summed(journal, now)
        journal.close()


def test_history_from_two_device_folders_is_reviewed_and_searched_merged(tmp_path):
    from tracker.review.search import Query, search

    laptop, laptop_door = open_door(tmp_path)
    desktop = Journal(tmp_path, "desktop-bbbbbb", FakeClock(NOW)).open()
    desktop_door = Commands(desktop, desktop.clock)
    monday, tuesday = FIRSTS[0], FIRSTS[0] + timedelta(days=1)
    laptop_door.run(
        Log(kind="work", at=at(monday, 9), until=at(monday, 11), title="Plan Zoë", tz=AMS.key)
    )
    desktop_door.run(
        Log(kind="work", at=at(tuesday, 9), until=at(tuesday, 10), title="zoe again", tz=AMS.key)
    )
    cache = WeekCache(laptop)
    assert load_review(laptop, cache, FIRSTS, AMS, NOW).weeks[0].work_min == 180
    # The desktop edits the laptop's block (a newer revision in its own folder): counted once.
    (entry,) = [
        e for e in desktop.entries_between(at(monday, 0), at(monday, 23)) if e.kind == "work"
    ]
    desktop_door.run(
        EditEntry(entry_id=entry.id, changes={"end": at(monday, 10)}, near=entry.start)
    )
    assert load_review(laptop, cache, FIRSTS, AMS, NOW).weeks[0].work_min == 120
    found = [e.title for part in search(laptop, Query(text="ZOE"), {}) for e in part]
    assert found == ["Plan Zoë", "zoe again"]
    desktop.close()
    laptop.close()


def test_weeks_kept_between_runs_are_used_only_while_their_files_are_unchanged(tmp_path):
    import json

    from tracker.review.keep import read_kept, write_kept

    journal, door = open_door(tmp_path / "data")
    for first in FIRSTS:
        door.run(Log(kind="work", at=at(first, 9), until=at(first, 11), tz=AMS.key))
    journal.close()
    kept = tmp_path / "cache" / "review.json"
    first_run = Journal(tmp_path / "data", "laptop-aaaaaa", FakeClock(NOW)).open()  # a process
    cache = WeekCache(first_run)
    before = load_review(first_run, cache, FIRSTS, AMS, NOW)
    assert cache.changed and cache.reads == 4
    write_kept(kept, cache.kept)
    assert kept.stat().st_mode & 0o777 == 0o600
    first_run.close()
    # The next process: nothing read again, the same numbers.
    second_run = Journal(tmp_path / "data", "laptop-aaaaaa", FakeClock(NOW)).open()
    cache = WeekCache(second_run)
    cache.kept.update(read_kept(kept))
    again = load_review(second_run, cache, FIRSTS, AMS, NOW)
    assert cache.reads == 0 and not cache.changed
    assert [w.work_min for w in again.weeks] == [w.work_min for w in before.weeks] == [120] * 4
    assert again.weave_work == before.weave_work and again.months == before.months
    # Another process logs in the second week: that week (and the look-back's) are read again.
    Commands(second_run, second_run.clock).run(
        Log(kind="life", at=at(FIRSTS[1], 12), until=at(FIRSTS[1], 13), tz=AMS.key)
    )
    third = WeekCache(second_run)
    third.kept.update(read_kept(kept))
    review = load_review(second_run, third, FIRSTS, AMS, NOW)
    assert review.weeks[1].life_min == 60 and 0 < third.reads < 4
    second_run.close()
    # A damaged or odd file is no file.
    for text in ("{", "[]", json.dumps({"format": 1, "weeks": [["x"]]}), json.dumps({"format": 9})):
        kept.write_text(text)
        assert read_kept(kept) == {}


def test_a_disruption_begun_before_the_first_week_counts_its_part_inside_it(tmp_path):
    """Begun on the Sunday before the review's first week, it lasts into that Monday: the
    review counts the half hour inside its weeks, read at once or kept, and strikes nothing."""
    journal, door = open_door(tmp_path)
    sunday = FIRSTS[0] - timedelta(days=1)
    start = at(sunday, 23, 30)
    door.run(Log(kind="disruption", at=start, until=start + timedelta(hours=1), tz=AMS.key))
    for cache in (WeekCache(journal), None):
        if cache is None:  # the week read in a run with the one before it, then kept
            cache = WeekCache(journal)
            load_review(journal, cache, [FIRSTS[0] - timedelta(weeks=1), *FIRSTS], AMS, NOW)
            reads = cache.reads
        else:
            reads = None
        review = load_review(journal, cache, FIRSTS, AMS, NOW)
        assert review.disrupted_by_week == [30, 0, 0, 0]
        assert sum(map(sum, review.heat_length)) == 0  # it struck before the review's weeks
        if reads is not None:
            assert cache.reads == reads  # the kept weeks carry it
    before = load_review(journal, WeekCache(journal), [FIRSTS[0] - timedelta(weeks=1)], AMS, NOW)
    assert before.disrupted_by_week == [30]  # its week counts the part before midnight
    journal.close()
