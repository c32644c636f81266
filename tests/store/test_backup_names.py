"""Snapshot folders that are not what their names say (issue 25, break 9): a name like a snapshot
that is no date is ignored, and a snapshot from a clock once ahead never blocks backups."""

from __future__ import annotations

from datetime import UTC, timedelta

from tracker.kernel.model import Entry


def _log(journal, clock) -> None:
    journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))


def test_a_snapshot_name_that_is_no_date_is_ignored(file_journal, clock):
    _log(file_journal, clock)
    odd = file_journal.backups.folder / "20261399T000000Z"
    odd.mkdir()
    clock.advance(hours=1)
    _log(file_journal, clock)  # raised "month must be in 1..12" after storing
    names = [s.name for s in file_journal.backups.snapshots()]
    assert "20261399T000000Z" not in names and len(names) == 2
    assert odd.is_dir(), "not ours to delete"


def test_a_snapshot_from_the_future_does_not_block_backups(file_journal, clock):
    _log(file_journal, clock)
    ahead = (clock.now() + timedelta(days=1)).astimezone(UTC)
    (file_journal.backups.folder / ahead.strftime("%Y%m%dT%H%M%SZ")).mkdir()
    clock.advance(hours=1)
    _log(file_journal, clock)
    taken = [s.name for s in file_journal.backups.snapshots()]
    assert clock.now().strftime("%Y%m%dT%H%M%SZ") in taken


def test_a_backup_that_fails_after_a_stored_write_is_a_warning(file_journal, clock, monkeypatch):
    def broken(*_args, **_kwargs):
        raise ValueError("month must be in 1..12")

    monkeypatch.setattr(file_journal.backups, "take", broken)
    entry = Entry(kind="disruption", start=clock.now(), cause="tech")
    file_journal.add(entry)  # stored: exit 2 would say it was not, and the user logs it again
    around = file_journal.entries_between(
        clock.now() - timedelta(hours=1), clock.now() + timedelta(hours=1)
    )
    assert [e.id for e in around] == [entry.id]


def test_a_failed_backup_is_said_in_the_users_words(file_journal, clock, monkeypatch, capsys):
    """The disk full while taking a backup: one line in the user's language, no "[Errno 28]"."""
    import errno

    from tracker.kernel import words

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", "/x/backups/20261207")

    monkeypatch.setattr(file_journal.backups, "take", full)
    words.set_language("nl")
    try:
        file_journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    finally:
        words.set_language("en")
    said = capsys.readouterr().err
    assert "geen reservekopie" in said and "Errno" not in said
