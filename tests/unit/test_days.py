"""Days and weeks cut in local time, including both ends of DST days."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.kernel.days import day_of, local_day, overlap_minutes, week_days, week_start

AMS = ZoneInfo("Europe/Amsterdam")
NYC = ZoneInfo("America/New_York")


def local(zone: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=zone).astimezone(UTC)


@pytest.mark.parametrize(
    ("zone", "day", "hours"),
    [
        (AMS, date(2026, 3, 29), 23),
        (AMS, date(2026, 10, 25), 25),
        (AMS, date(2026, 10, 26), 24),
        (NYC, date(2026, 3, 8), 23),
        (NYC, date(2026, 11, 1), 25),
        (ZoneInfo("UTC"), date(2026, 11, 1), 24),
    ],
)
def test_dst_days_have_23_or_25_hours(zone, day, hours):
    assert local_day(day, zone).minutes == hours * 60


def test_late_evening_on_the_25_hour_day_is_120_minutes_of_it():
    day = local_day(date(2026, 10, 25), AMS)
    start, end = local(AMS, 2026, 10, 25, 22, 0), local(AMS, 2026, 10, 26, 0, 0)
    assert overlap_minutes(start, end, day.start, day.end) == 120


def test_just_after_midnight_following_the_23_hour_day_belongs_to_the_next_day():
    short = local_day(date(2026, 3, 29), AMS)
    following = local_day(date(2026, 3, 30), AMS)
    start, end = local(AMS, 2026, 3, 30, 0, 0), local(AMS, 2026, 3, 30, 0, 30)
    assert overlap_minutes(start, end, short.start, short.end) == 0
    assert overlap_minutes(start, end, following.start, following.end) == 30
    assert day_of(start, AMS) == date(2026, 3, 30)


def test_the_repeated_hour_counts_twice_and_the_missing_one_not_at_all():
    long_day = local_day(date(2026, 11, 1), NYC)
    one_to_three = (local(NYC, 2026, 11, 1, 1, 0), local(NYC, 2026, 11, 1, 3, 0))
    assert overlap_minutes(*one_to_three, long_day.start, long_day.end) == 180
    short_day = local_day(date(2026, 3, 8), NYC)
    one_to_four = (local(NYC, 2026, 3, 8, 1, 0), local(NYC, 2026, 3, 8, 4, 0))
    assert overlap_minutes(*one_to_four, short_day.start, short_day.end) == 120


def test_an_entry_across_midnight_belongs_to_both_days():
    start, end = local(AMS, 2026, 11, 25, 23, 0), local(AMS, 2026, 11, 26, 1, 30)
    first, second = local_day(date(2026, 11, 25), AMS), local_day(date(2026, 11, 26), AMS)
    assert overlap_minutes(start, end, first.start, first.end) == 60
    assert overlap_minutes(start, end, second.start, second.end) == 90


@pytest.mark.parametrize(
    ("first_weekday", "expected"),
    [(0, date(2026, 11, 23)), (6, date(2026, 11, 22)), (5, date(2026, 11, 21))],
)
def test_week_start_follows_the_first_day(first_weekday, expected):
    assert week_start(date(2026, 11, 26), first_weekday) == expected
    assert week_start(expected, first_weekday) == expected


def test_a_dst_week_is_167_or_169_hours_long():
    spring = week_days(week_start(date(2026, 3, 29)), AMS)
    autumn = week_days(week_start(date(2026, 10, 25)), AMS)
    assert sum(d.minutes for d in spring) == 167 * 60
    assert sum(d.minutes for d in autumn) == 169 * 60
    assert all(a.end == b.start for a, b in itertools.pairwise(spring))


zones = st.sampled_from([AMS, NYC, ZoneInfo("Australia/Lord_Howe"), ZoneInfo("Asia/Kolkata")])
instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
)


@given(zone=zones, start=instants, minutes=st.integers(0, 60 * 24 * 9))
def test_minutes_are_conserved_across_the_days_an_entry_touches(zone, start, minutes):
    end = start + timedelta(minutes=minutes)
    first = week_start(day_of(start, zone))
    days = week_days(first, zone) + week_days(first + timedelta(days=7), zone)
    days += week_days(first + timedelta(days=14), zone)
    counted = sum(overlap_minutes(start, end, d.start, d.end) for d in days)
    assert counted == pytest.approx(minutes)


@given(zone=zones, moment=instants)
def test_every_instant_falls_in_exactly_one_day_of_its_week(zone, moment):
    days = week_days(week_start(day_of(moment, zone)), zone)
    holding = [d for d in days if d.contains(moment)]
    assert [d.date for d in holding] == [day_of(moment, zone)]
