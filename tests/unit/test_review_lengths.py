"""Minutes of disruption per week where their end is known (issue 21): a disruption with
`until` counts its length, cut at the week's local edges; a moment-only one counts nothing.
The review's per-week minutes and its heatmap's lengths, against weeks worked out by hand."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry
from tracker.kernel.settings import Settings
from tracker.review.keep import facts_from_record, facts_to_record, read_kept
from tracker.review.lengths import disrupted_by_week, disrupted_minutes, lasting
from tracker.review.report import build_review
from tracker.review.tojson import review_to_json
from tracker.review.weeks import week_facts
from tracker.timeline.summary import summarize_week

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY, NEXT = date(2026, 11, 23), date(2026, 11, 30)


def local(day: int, hour: int, minute: int = 0, month: int = 11, fold: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=AMS, fold=fold).astimezone(UTC)


def disruption(start: datetime, minutes: int | None, **fields) -> Entry:
    until = None if minutes is None else start + timedelta(minutes=minutes)
    return Entry("disruption", start, tz=AMS.key, cause="family", until=until, **fields)


def review_of(entries: list[Entry], firsts: list[date], now: datetime):
    weeks = [week_facts(summarize_week(entries, {}, f, AMS, now), now) for f in firsts]
    return build_review(weeks, {}, Settings(), AMS, now)


def test_lengths_count_per_local_week_cut_at_its_edges():
    entries = [
        disruption(local(24, 10), 12),
        disruption(local(25, 9), None, lost_min=30),  # a moment: its estimate is counted apart
        disruption(local(29, 23, 50), 20),  # Sunday 23:50 to Monday 00:10: ten minutes each
        Entry("life", local(26, 12), local(26, 13), tz=AMS.key),
        disruption(local(26, 15), 60).with_changes(deleted=True),
    ]
    assert disrupted_by_week(lasting(entries), [MONDAY, NEXT], AMS) == {MONDAY: 22.0, NEXT: 10.0}


def test_nothing_outside_the_range():
    assert disrupted_minutes([disruption(local(24, 10), 12)], local(24, 11), local(24, 12)) == 0


def test_the_review_counts_minutes_disrupted_per_week_over_its_edge():
    entries = [
        disruption(local(24, 10), 12),  # Tuesday 10:00-10:12
        disruption(local(25, 23, 40), 40),  # Wednesday 23:40 to Thursday 00:20: all this week
        disruption(local(27, 9), None, lost_min=30),  # a moment: no length
        disruption(local(29, 23, 50), 20),  # Sunday 23:50 to Monday 00:10: ten minutes each
    ]
    review = review_of(entries, [MONDAY, NEXT], now=local(2, 12, month=12))
    assert review.disrupted_by_week == [12 + 40 + 10, 10]
    assert review.disrupted_min == 72
    # The heatmap: each disruption's whole length in the hour it struck.
    assert review.heat_length[1][10] == 12
    assert review.heat_length[2][23] == 40  # struck Wednesday 23:00, lasted past midnight
    assert review.heat_length[6][23] == 20
    assert review.heat_length[4][9] == 0 and review.heat[4][9] == 1  # struck, no length known
    data = review_to_json(review, [])
    assert [w["disrupted_min"] for w in data["weeks"]] == [62, 10]
    assert data["disruptions"]["disrupted_min_heatmap"][2][23] == 40


def test_the_week_clocks_go_back_counts_the_real_minutes():
    # Sunday 25 October 2026: 03:00 summer time becomes 02:00 winter time; from 01:30 to
    # 03:30 on the clock is three real hours.
    start, end = local(25, 1, 30, month=10), local(25, 3, 30, month=10)
    entry = Entry("disruption", start, tz=AMS.key, cause="tech", until=end)
    review = review_of([entry], [date(2026, 10, 19)], now=local(2, 12))
    assert review.disrupted_by_week == [180]
    assert review.heat_length[6][1] == 180 and review.heat[6][1] == 1


def test_kept_weeks_keep_their_lasting_disruptions(tmp_path):
    now = local(2, 12, month=12)
    week = week_facts(
        summarize_week([disruption(local(29, 23, 50), 20)], {}, MONDAY, AMS, now), now
    )
    assert week.lasting == [(local(29, 23, 50), local(30, 0, 10))]
    again = facts_from_record(json.loads(json.dumps(facts_to_record(week))))
    assert again.lasting == week.lasting
    # A file kept by an earlier version, without them, is read anew, not trusted.
    old = facts_to_record(week)
    del old["lasting"]
    path = tmp_path / "kept.json"
    path.write_text(
        json.dumps({"format": 2, "weeks": [[MONDAY.isoformat(), AMS.key, "k", old, []]]})
    )
    assert read_kept(path) == {}
