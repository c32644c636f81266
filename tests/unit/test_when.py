from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from tracker.core.when import parse_day, parse_when

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
