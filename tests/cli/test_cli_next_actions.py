"""`dayweave people done NAME` and `people show NAME` (issue 22): the next actions agreed after
calls, with their dates, kept or not; done through the same request as the app's (people.done),
exit 2 writing nothing when there is nothing to mark."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from tests.cli.test_cli import dayweave
from tracker.kernel.clock import FakeClock
from tracker.kernel.model import Entry, Person
from tracker.store.journal import Journal
from tracker.store.prompts import NOTE_FILE, agreed_actions, note_prompt

FIRST = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
SECOND = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture
def agreed(data_dir):
    """Zoë: a call on 10 November ("Send the offer" agreed after it), one on 20 November
    ("Sign the contract"); Cas: nothing agreed."""
    journal = Journal(data_dir, "tablet-cccccc", FakeClock(SECOND + timedelta(hours=1))).open()
    zoe = journal.add_person(Person(name="Zoë", circle="customer"))
    journal.add_person(Person(name="Cas", circle="team"))
    for start, text in ((FIRST, "Send the offer"), (SECOND, "Sign the contract")):
        end = start + timedelta(minutes=30)
        call = journal.add(Entry(kind="call", start=start, end=end, people=(zoe.id,)))
        note_prompt(journal, call.id, "agreed", end, action=text, people=(zoe.id,))
    journal.close()
    return data_dir


def read_actions(data_dir):
    journal = Journal(data_dir, "tablet-cccccc", FakeClock(SECOND)).open()
    try:
        return sorted((a.text, a.kept) for a in agreed_actions(journal).values())
    finally:
        journal.close()


def test_done_marks_the_last_agreed_kept(agreed):
    done = dayweave("people", "done", "zoe", data_dir=agreed)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Done: Sign the contract (agreed 2026-11-20).\n"
    assert read_actions(agreed) == [("Send the offer", False), ("Sign the contract", True)]
    again = dayweave("people", "done", "Zoë", "--json", data_dir=agreed)
    assert again.returncode == 0, again.stderr
    said = json.loads(again.stdout)
    assert (said["text"], said["agreed"], said["kept"], said["changed"]) == (
        "Sign the contract", "2026-11-20", True, False,
    )  # fmt: skip
    dutch = dayweave("--lang", "nl", "people", "done", "Zoë", data_dir=agreed)
    assert dutch.stdout == "Al gedaan: Sign the contract (afgesproken 2026-11-20).\n"


@pytest.mark.parametrize("name", ["Cas", "Nobody"])
def test_nothing_to_mark_exits_2_and_writes_nothing(agreed, name):
    before = {p: p.read_bytes() for p in agreed.glob(f"devices/*/{NOTE_FILE}")}
    done = dayweave("people", "done", name, data_dir=agreed)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.startswith("dayweave: ") and done.stderr.count("\n") == 1
    assert {p: p.read_bytes() for p in agreed.glob(f"devices/*/{NOTE_FILE}")} == before
    if name == "Cas":
        assert "No next action agreed with Cas" in done.stderr
        dutch = dayweave("--lang", "nl", "people", "done", name, data_dir=agreed)
        assert dutch.returncode == 2 and "Cas" in dutch.stderr and "No next" not in dutch.stderr


def test_show_lists_the_actions_agreed_with_their_dates_kept_or_not(agreed):
    assert dayweave("people", "done", "Zoë", data_dir=agreed).returncode == 0
    done = dayweave("people", "show", "Zoë", "--json", data_dir=agreed)
    assert done.returncode == 0, done.stderr
    actions = json.loads(done.stdout)["next_actions"]
    assert [(a["text"], a["agreed"][:10], a["kept"]) for a in actions] == [
        ("Send the offer", "2026-11-10", False),
        ("Sign the contract", "2026-11-20", True),
    ]
    assert actions[1]["kept_at"] is not None and actions[0]["kept_at"] is None
    text = dayweave("people", "show", "Zoë", data_dir=agreed).stdout
    assert "Next actions agreed: 2, kept 1" in text
    assert "  2026-11-10  Send the offer: not kept yet" in text
    assert "  2026-11-20  Sign the contract: kept" in text
    dutch = dayweave("--lang", "nl", "people", "show", "Zoë", data_dir=agreed).stdout
    assert "Volgende acties afgesproken: 2, gedaan 1" in dutch
    assert "  2026-11-10  Send the offer: nog niet gedaan" in dutch
