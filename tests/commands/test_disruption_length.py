"""A disruption's length through the door: logged with --until or a line's span, edited, and
taken away when the entry stops being a disruption."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tracker.commands import EditEntry, Log
from tracker.commands.messages import error_text
from tracker.kernel.model import ValidationError

AT = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def test_a_disruption_logged_with_an_end_lasts_and_stays_a_moment(door, journal):
    until = AT + timedelta(minutes=20)
    stored = door.run(Log(kind="disruption", cause="family", at=AT, until=until, tz="UTC"))
    entry = journal.get(stored.stored[0].id, AT)
    assert (entry.start, entry.end, entry.until) == (AT, None, until)


def test_a_line_with_a_span_gives_a_disruption_its_length(door, journal):
    now = AT + timedelta(hours=2)
    stored = door.run(Log(line="9:00-9:15 disruption tech wifi", tz="UTC", now=now))
    entry = journal.get(stored.stored[0].id, AT)
    assert (entry.end, entry.until, entry.cause) == (None, AT + timedelta(minutes=15), "tech")


def test_a_length_is_edited_taken_off_and_goes_with_the_kind(door, journal):
    moment = door.run(Log(kind="disruption", cause="tech", at=AT, tz="UTC")).stored[0]
    door.run(EditEntry(entry_id=moment.id, changes={"until": "2026-11-26T09:30:00Z"}, near=AT))
    assert journal.get(moment.id, AT).until == AT + timedelta(minutes=30)
    door.run(EditEntry(entry_id=moment.id, changes={"until": None}, near=AT))
    assert journal.get(moment.id, AT).until is None
    door.run(EditEntry(entry_id=moment.id, changes={"until": "2026-11-26T09:30:00Z"}, near=AT))
    made = {"kind": "meeting", "end": "2026-11-26T10:00:00Z"}
    door.run(EditEntry(entry_id=moment.id, changes=made, near=AT))
    assert journal.get(moment.id, AT).until is None


def test_a_length_before_the_start_is_refused_in_the_users_words(door):
    moment = door.run(Log(kind="disruption", cause="tech", at=AT, tz="UTC")).stored[0]
    with pytest.raises(ValidationError) as refused:
        door.run(EditEntry(entry_id=moment.id, changes={"until": "2026-11-26T08:00:00Z"}, near=AT))
    assert error_text(refused.value) == "The disruption ends before it starts."
    with pytest.raises(ValidationError) as refused:
        until = AT + timedelta(minutes=5)
        door.run(Log(kind="contact", at=AT, until=until, tz="UTC", names=(("Anna", None),)))
    assert refused.value.code == "moment_has_end"
