from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.timeline.when import parse_day, parse_when

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("now", NOW),
        ("9:15", datetime(2026, 11, 26, 8, 15, tzinfo=UTC)),
        ("yesterday 22:00", datetime(2026, 11, 25, 21, 0, tzinfo=UTC)),
        ("-15m", datetime(2026, 11, 26, 14, 45, tzinfo=UTC)),
        ("2h ago", datetime(2026, 11, 26, 13, 0, tzinfo=UTC)),
        ("2026-11-20T09:00", datetime(2026, 11, 20, 8, 0, tzinfo=UTC)),
        ("2026-11-20T09:00Z", datetime(2026, 11, 20, 9, 0, tzinfo=UTC)),
        ("2026-11-20 09:00+05:00", datetime(2026, 11, 20, 4, 0, tzinfo=UTC)),
    ],
)
def test_times(text, expected):
    assert parse_when(text, NOW, AMS) == expected


@pytest.mark.parametrize("text", ["soon", "25:00", "yesterday noon", ""])
def test_bad_times_name_the_text(text):
    with pytest.raises(ValueError, match="is not a time"):
        parse_when(text, NOW, AMS)


def test_days():
    today = date(2026, 11, 26)
    assert parse_day("today", today) == today
    assert parse_day("2026-03-29", today) == date(2026, 3, 29)
    assert parse_day("last", today) == date(2026, 11, 19)
    with pytest.raises(ValueError, match="not a date"):
        parse_day("someday", today)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tomorrow 10:00", datetime(2026, 11, 27, 9, 0, tzinfo=UTC)),
        ("Tomorrow 7:30", datetime(2026, 11, 27, 6, 30, tzinfo=UTC)),
        ("morgen 10:00", datetime(2026, 11, 27, 9, 0, tzinfo=UTC)),
        ("gisteren 22:00", datetime(2026, 11, 25, 21, 0, tzinfo=UTC)),
        ("vandaag 9:15", datetime(2026, 11, 26, 8, 15, tzinfo=UTC)),
        ("nu", NOW),
    ],
)
def test_tomorrow_and_the_dutch_day_words(text, expected):
    assert parse_when(text, NOW, AMS) == expected


def test_tomorrow_names_a_day_for_until():
    from tracker.timeline.when import names_a_day

    assert names_a_day("tomorrow 9:00") and not names_a_day("9:00")


def test_day_words_for_the_week():
    today = date(2026, 11, 26)
    assert parse_day("tomorrow", today) == date(2026, 11, 27)
    assert parse_day("morgen", today) == date(2026, 11, 27)
    assert parse_day("gisteren", today) == date(2026, 11, 25)
    assert parse_day("vorige", today) == date(2026, 11, 19)


def test_a_bad_date_says_what_is_accepted_and_what_last_means():
    with pytest.raises(ValueError) as raised:
        parse_day("2026-13-01", date(2026, 11, 26))
    message = str(raised.value)
    assert "'2026-13-01' is not a date" in message
    for word in ("YYYY-MM-DD", "today", "yesterday", "tomorrow", "last"):
        assert word in message
    assert "the week before this one" in message


def test_a_bad_time_lists_tomorrow_too():
    with pytest.raises(ValueError, match="tomorrow 10:00"):
        parse_when("soon", NOW, AMS)


@pytest.mark.parametrize("word", ["now", "nu", "NU", "-15m"])
def test_now_in_any_language_is_no_wall_clock_time_the_clocks_pass_twice(word):
    """`--at nu` at 02:30 on the night the clocks go back is this instant, not a typed wall
    time to warn about ('nu' was taken for one: a warning that the first was taken, when
    `nu` means no other)."""
    from tracker.timeline.when import typed_overlap

    first_pass = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST, the first time
    assert typed_overlap("02:30", first_pass, AMS) is not None  # a typed time is ambiguous
    assert typed_overlap(word, first_pass, AMS) is None
