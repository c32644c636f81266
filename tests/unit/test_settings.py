from __future__ import annotations

import pytest

from tracker.kernel.model import ValidationError
from tracker.kernel.settings import (
    Settings,
    settings_from_record,
    settings_to_record,
    validate_settings,
)


def test_defaults_are_valid_and_round_trip():
    defaults = Settings()
    assert validate_settings(defaults) is defaults
    assert (defaults.max_nudges_per_day, defaults.default_every_days, defaults.live_every_days) == (
        2,
        14,
        14,
    )
    assert settings_from_record(settings_to_record(defaults)) == defaults


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"nudge_start_hour": 25}, "nudge_start_hour"),
        ({"nudge_start_hour": 17, "nudge_end_hour": 9}, "nudge_end_hour"),
        ({"nudge_days": ()}, "nudge_days"),
        ({"nudge_days": (7,)}, "nudge_days"),
        ({"max_nudges_per_day": -1}, "max_nudges_per_day"),
        ({"default_every_days": 0}, "default_every_days"),
        ({"live_every_days": True}, "live_every_days"),
        ({"language": "fr"}, "language"),
        ({"first_weekday": 9}, "first_weekday"),
        ({"own_emails": ("not an address",)}, "own_emails"),
        ({"own_emails": "me@example.org"}, "own_emails"),
        ({"focus_minutes": 5}, "focus_minutes"),
        ({"focus_minutes": 600}, "focus_minutes"),
        ({"nudge_delivery": "pigeon"}, "nudge_delivery"),
        ({"review_day": 7}, "review_day"),
        ({"review_hour": 24}, "review_hour"),
        ({"review_moment": "yes"}, "review_moment"),
    ],
)
def test_invalid_settings_name_their_field(changes, field):
    with pytest.raises(ValidationError) as caught:
        validate_settings(Settings().with_changes(**changes))
    assert caught.value.field == field


def test_a_bad_stored_value_falls_back_alone_and_unknown_keys_stay():
    record = {
        "max_nudges_per_day": "lots",
        "own_team": "Product",
        "nudge_days": [0, 2],
        "future": 1,
    }
    loaded = settings_from_record(record)
    assert loaded.max_nudges_per_day == 2 and loaded.own_team == "Product"
    assert loaded.nudge_days == (0, 2)
    assert settings_to_record(loaded)["future"] == 1


def test_own_emails_are_stored_as_a_list_and_read_back_as_a_tuple():
    settings = Settings().with_changes(own_emails=("me@example.org", "Me@Work.example"))
    assert validate_settings(settings) is settings
    record = settings_to_record(settings)
    assert record["own_emails"] == ["me@example.org", "Me@Work.example"]
    assert settings_from_record(record).own_emails == ("me@example.org", "Me@Work.example")


def test_the_weekly_review_moment_is_friday_at_four_and_on_by_default():
    defaults = Settings()
    assert (defaults.review_moment, defaults.review_day, defaults.review_hour) == (True, 4, 16)
    off = Settings(review_moment=False, review_day=0, review_hour=9)
    assert settings_from_record(settings_to_record(off)) == off
