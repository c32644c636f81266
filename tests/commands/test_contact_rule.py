"""A contact is with someone: one rule, decided in commands, for every way to log one."""

from __future__ import annotations

import pytest

from tracker.commands import Log, Refused, needs_someone
from tracker.commands.messages import error_text


def test_a_contact_with_nobody_is_refused_and_nothing_is_written(door, journal, now):
    with pytest.raises(Refused) as refused:
        door.run(Log(kind="contact", tz="UTC"))
    assert refused.value.code == "needs_someone"
    with pytest.raises(Refused):
        door.run(Log(line="contact sent the report", tz="UTC"))
    with pytest.raises(Refused):  # "with kids" is no person: it stays in the title
        door.run(Log(line="contact with kids", tz="UTC"))
    assert journal.entries_between(now.replace(hour=0), now.replace(hour=23)) == []
    assert error_text(refused.value) == "A contact is with someone: say who."


def test_a_contact_with_someone_is_logged(door):
    stored = door.run(Log(kind="contact", names=(("Anna", "peer"),), tz="UTC")).stored
    assert [e.kind for e in stored] == ["contact"] and stored[0].people


def test_the_rule_names_the_kinds_that_need_someone():
    assert needs_someone("contact")
    assert not any(needs_someone(k) for k in ("work", "life", "call", "meeting", "disruption"))


def test_an_edit_that_leaves_a_contact_with_nobody_is_refused(door, journal, now):
    from tracker.commands import EditEntry
    from tracker.kernel.model import Entry

    logged = door.run(Log(kind="contact", names=(("Anna", "peer"),), tz="UTC")).stored[0]
    with pytest.raises(Refused) as refused:
        door.run(EditEntry(entry_id=logged.id, changes={"people": []}))
    assert refused.value.code == "needs_someone"
    disruption = door.run(Log(kind="disruption", tz="UTC")).stored[0]
    with pytest.raises(Refused):
        door.run(EditEntry(entry_id=disruption.id, changes={"kind": "contact"}))
    # One an older version let through with nobody can still be edited in other ways.
    old = journal.add(Entry(kind="contact", start=now))
    door.run(EditEntry(entry_id=old.id, changes={"title": "sent the report"}))


@pytest.mark.parametrize("typed", ["%field", "%circle", "50%"])
def test_an_error_quotes_what_was_typed_as_it_was_typed(typed):
    """A value the user typed that holds a placeholder's name ('%field') is quoted as typed,
    not filled in again ("'circle' is not a circle." for --circle %field)."""
    from tracker.commands.messages import validation_text
    from tracker.kernel.textrules import ValidationError

    error = ValidationError("circle", "not a circle", "unknown_circle", {"circle": typed})
    assert validation_text(error) == f"'{typed}' is not a circle."
