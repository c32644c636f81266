"""A write that fails at any step leaves the old file or the new one, complete, and says why in
a clear line; a temp file is never read as data (issue 11).

The steps of one atomic write: serialise, create the temp file, write it, fsync it, close it,
replace the old file, then open, fsync and close the folder. A shim over `os` (as the store's
atomic module sees it) raises at step N; the real calls run for every other step.
"""

from __future__ import annotations

import errno
import json
import os
from datetime import timedelta

import pytest

from tracker.kernel.model import Entry
from tracker.store import atomic, storage
from tracker.store.atomic import StoreWriteError
from tracker.store.journal import Journal

OS_STEPS = ("open", "write", "fsync", "close", "replace")


class FaultyOs:
    """`os` for the atomic module: counts the calls a write makes, and fails the one asked."""

    def __init__(self, fail_at: int | None) -> None:
        self.fail_at = fail_at
        self.steps: list[str] = []

    def __getattr__(self, name: str):
        real = getattr(os, name)
        if name not in OS_STEPS:
            return real

        def step(*args, **kwargs):
            self.steps.append(name)
            if len(self.steps) - 1 != self.fail_at:
                return real(*args, **kwargs)
            if name == "write":  # torn: half of it reaches the file, then the disk fails
                real(args[0], bytes(args[1])[: len(args[1]) // 2])
            if name == "close":
                real(*args)  # the descriptor goes either way; the error is what is said
            raise OSError(errno.EIO, "Input/output error")

        return step


class FailingJson:
    """`json` for the storage module: serialising fails, as an object it cannot encode would."""

    loads = staticmethod(json.loads)

    @staticmethod
    def dumps(*args, **kwargs):
        raise TypeError("Object of type set is not JSON serializable")


def a_day_with_one_entry(tmp_path, clock):
    journal = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    old = journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    clock.advance(timedelta(minutes=1))  # no backup is due: only the day file is written
    return journal, old


def day_of(journal, clock):
    return journal.entries_between(clock.now() - timedelta(hours=1), clock.now() + timedelta(1))


def steps_of_one_write(tmp_path, clock, monkeypatch) -> list[str]:
    journal, _old = a_day_with_one_entry(tmp_path / "count", clock)
    shim = FaultyOs(None)
    monkeypatch.setattr(atomic, "os", shim)
    journal.add(Entry(kind="contact", start=clock.now()))
    monkeypatch.undo()
    journal.close()
    return shim.steps


def test_one_write_takes_the_steps_the_shim_fails(tmp_path, clock, monkeypatch):
    steps = steps_of_one_write(tmp_path, clock, monkeypatch)
    assert steps == ["open", "write", "fsync", "close", "replace", "open", "fsync", "close"]


@pytest.mark.parametrize("fail_at", range(8))
def test_a_write_failing_at_any_step_leaves_a_whole_file(tmp_path, clock, monkeypatch, fail_at):
    steps = steps_of_one_write(tmp_path, clock, monkeypatch)
    journal, old = a_day_with_one_entry(tmp_path, clock)
    path = journal.layout.day_file(journal.layout.own_dir, "2026-11-26")
    before = path.read_bytes()
    shim = FaultyOs(fail_at)
    monkeypatch.setattr(atomic, "os", shim)
    replaced = "replace" in steps[:fail_at]
    try:
        new = journal.add(Entry(kind="contact", start=clock.now(), title="new"))
    except StoreWriteError as error:
        assert not replaced, "a write that reached the disk was reported as failed"
        text = str(error)
        assert text == f"could not save {path.name}: Input/output error", text
        assert "Errno" not in text and "\n" not in text
        new = None
    monkeypatch.undo()
    # Only the folder's own fsync may fail after the replace: the new file is there, whole.
    assert (new is not None) == replaced
    after = json.loads(path.read_bytes())
    if new is None:
        assert path.read_bytes() == before
        assert [e.id for e in day_of(journal, clock)] == [old.id]
    else:
        assert len(after["_default"]) == 2
        assert {e.id for e in day_of(journal, clock)} == {old.id, new.id}
    assert not [p.name for p in journal.layout.own_dir.iterdir() if p.name.endswith(".tmp")]
    journal.close()


def test_a_failed_serialisation_writes_nothing(tmp_path, clock, monkeypatch):
    journal, old = a_day_with_one_entry(tmp_path, clock)
    path = journal.layout.day_file(journal.layout.own_dir, "2026-11-26")
    before = path.read_bytes()
    monkeypatch.setattr(storage, "json", FailingJson)
    with pytest.raises(StoreWriteError, match=f"^could not save {path.name}: Object of type set"):
        journal.add(Entry(kind="contact", start=clock.now()))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [e.id for e in day_of(journal, clock)] == [old.id]
    assert not [p for p in journal.layout.own_dir.iterdir() if p.name.endswith(".tmp")]


def test_a_temp_file_left_by_a_killed_writer_is_never_read_as_data(tmp_path, clock):
    journal, old = a_day_with_one_entry(tmp_path, clock)
    path = journal.layout.day_file(journal.layout.own_dir, "2026-11-26")
    planted = {"_default": {"1": {**json.loads(path.read_bytes())["_default"]["1"],
                                  "id": "cd" * 16, "rev": 1}}}  # fmt: skip
    for name in (f".{path.name}.4242.abcd1234.tmp", ".entries-2026-11-27.json.1.ab.tmp"):
        (path.parent / name).write_text(json.dumps(planted))
    journal.close()
    reopened = Journal(tmp_path / "data", "laptop-aaaaaa", clock).open()
    days = reopened.entries_between(clock.now() - timedelta(days=1), clock.now() + timedelta(2))
    assert [e.id for e in days] == [old.id]
    reopened.close()
