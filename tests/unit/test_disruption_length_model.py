"""A disruption may last: an optional `until` (added to the record, nothing repurposed), the
rules it keeps, and the minutes the week counts for it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.kernel.codec import entry_from_record, entry_to_record, stored_entry
from tracker.kernel.model import Entry, ValidationError, validate_entry
from tracker.timeline.summary import summarize_week
from tracker.timeline.weekreport import week_to_json

AT = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def test_a_disruption_with_a_length_round_trips_and_an_old_one_reads_as_before():
    lasting = Entry("disruption", AT, cause="family", until=AT + timedelta(minutes=12))
    record = entry_to_record(lasting)
    assert record["until"] == "2026-11-26T09:12:00Z"
    assert record["end"] is None  # a moment still: older versions read it as one
    assert entry_from_record(record) == lasting
    old = entry_to_record(Entry("disruption", AT, cause="tech"))
    assert old.pop("until") is None
    assert stored_entry(old).until is None  # a record written before lengths: a moment


def test_only_a_disruption_lasts_and_never_backwards_nor_past_a_day():
    with pytest.raises(ValidationError) as refused:
        validate_entry(Entry("work", AT, until=AT + timedelta(minutes=5)))
    assert refused.value.code == "until_not_disruption"
    with pytest.raises(ValidationError) as refused:
        validate_entry(Entry("disruption", AT, until=AT - timedelta(minutes=1)))
    assert refused.value.code == "until_before_start"
    with pytest.raises(ValidationError) as refused:
        validate_entry(Entry("disruption", AT, until=AT + timedelta(hours=25)))
    assert refused.value.code == "until_range"
    assert validate_entry(Entry("disruption", AT, until=AT)).until == AT


def test_the_week_counts_the_minutes_disrupted():
    zone = ZoneInfo("UTC")
    entries = [
        Entry("work", AT, AT + timedelta(hours=3), tz="UTC"),
        Entry("disruption", AT, cause="family", until=AT + timedelta(minutes=12)),
        Entry("disruption", AT + timedelta(hours=1), cause="tech"),
    ]
    week = summarize_week(entries, {}, date(2026, 11, 23), zone, AT + timedelta(hours=4))
    assert week.disruptions == 2
    assert week.disrupted_min == 12
    report = week_to_json(week, {})
    assert report["totals"]["disrupted_min"] == 12
    assert [e["until"] for e in report["days"][3]["entries"] if e["kind"] == "disruption"] == [
        "2026-11-26T09:12:00+00:00",
        None,
    ]
