"""A corrupt `updated` before the year 1000 (issue 25, a leftover of the store's review): the
platform's strftime writes such a year in three digits ("999-..."), which as text sorts after
every real time, so a version stamped from it won every merge, and every later edit lost."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tracker.kernel.merge import next_updated, settings_key, version_key
from tracker.kernel.model import Entry
from tracker.kernel.timefmt import to_updated_text, to_utc_text
from tracker.store.records import raw_version

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def test_times_before_the_year_1000_keep_four_digits():
    assert to_updated_text(datetime(999, 1, 1, tzinfo=UTC)) == "0999-01-01T00:00:00.000000Z"
    assert to_utc_text(datetime(5, 1, 1, tzinfo=UTC)) == "0005-01-01T00:00:00Z"
    assert to_updated_text(NOW) == "2026-11-26T09:00:00.000000Z"


def test_an_edit_after_a_corrupt_old_version_sorts_before_a_later_real_one():
    stamped = next_updated(NOW, "0500-01-01T00:00:00.000000Z")
    assert stamped == to_updated_text(NOW)


@pytest.mark.parametrize("corrupt", ["999-01-01T00:00:00.000000Z", "5-01-01", "zzzz", "99999"])
def test_a_corrupt_updated_never_wins_over_a_real_time(corrupt):
    real = "2026-11-26T09:00:00.000000Z"
    assert raw_version({"id": "a", "rev": 2, "updated": corrupt}) < raw_version(
        {"id": "a", "rev": 2, "updated": real}
    )
    assert settings_key({"rev": 2, "updated": corrupt}) < settings_key({"rev": 2, "updated": real})
    old = Entry("work", NOW, rev=2, updated=corrupt, device="b")
    new = Entry("work", NOW, rev=2, updated=real, device="a")
    assert version_key(old) < version_key(new)
