"""One rule, "only a disruption has a cause" (tracker.kernel.model.check_cause), and one refusal
on every path a cause comes in by: a log, a quick-entry line with a cause, and an edit."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tracker.commands import EditEntry, Log
from tracker.commands.messages import error_text
from tracker.kernel.model import ValidationError

AT = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def refusal(door, request) -> tuple[str, str, str]:
    with pytest.raises(ValidationError) as refused:
        door.run(request)
    return refused.value.field, refused.value.code, error_text(refused.value)


def test_a_cause_on_anything_but_a_disruption_is_refused_alike_everywhere(door, journal):
    work = door.run(Log(kind="work", at=AT, tz="UTC")).stored[0]
    refusals = {
        refusal(door, Log(kind="call", at=AT, cause="tech", tz="UTC")),
        refusal(door, Log(line="10:00-11:00 life school run", cause="tech", tz="UTC")),
        refusal(door, EditEntry(entry_id=work.id, changes={"cause": "tech"}, near=AT)),
        refusal(door, EditEntry(entry_id=work.id, changes={"kind": "life", "cause": "x"}, near=AT)),
    }
    assert refusals == {("cause", "cause_not_disruption", "Only a disruption has a cause.")}
    assert journal.get(work.id, AT).cause is None


def test_a_disruption_made_something_else_leaves_its_cause_behind(door, journal):
    moment = door.run(Log(kind="disruption", at=AT, cause=" tech ", tz="UTC")).stored[0]
    assert moment.cause == "tech"
    made = {"kind": "meeting", "end": "2026-11-26T10:00:00Z"}
    door.run(EditEntry(entry_id=moment.id, changes=made, near=AT))
    assert journal.get(moment.id, AT).cause is None
    blank = door.run(Log(kind="work", at=AT, cause="  ", tz="UTC")).stored[0]
    assert blank.cause is None  # a blank cause is no cause, for every kind
