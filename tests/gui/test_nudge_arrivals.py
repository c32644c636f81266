"""A contact logged on another device moves this device's nudges on without a restart (issue
23): when its files arrive (ui/timeline/arrivals.py), the last contacts the nudges keep
(nudges/history.py) read again only the days whose files changed, never a year of them."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.kernel.model import Entry, Person
from tracker.store.journal import Journal

DESKTOP = "desktop-bbbbbb"


@pytest.fixture
def shell(journal, clock, tmp_path, monkeypatch, qapp):
    from tracker.ui.shell import Shell

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, ZoneInfo("Europe/Amsterdam"), journal.layout.root)
    yield shell
    shell.shutdown()


def arrive(qtbot, shell, write) -> None:
    """Another device writes into its folder here (as the sync tool puts its files in
    place); the burst settles (fired by hand, never waited for)."""
    arrivals = shell.arrivals
    with qtbot.waitSignal(arrivals.watcher.directoryChanged, timeout=5000):
        write()
    with qtbot.waitSignal(arrivals.arrived, timeout=0):
        arrivals.settle.fire()


def days_read(journal, monkeypatch) -> list[list[str]]:
    read: list[list[str]] = []
    entries_on_days = journal.entries_on_days

    def counted(days):
        days = list(days)
        read.append(days)
        return entries_on_days(days)

    monkeypatch.setattr(journal, "entries_on_days", counted)
    return read


def test_a_contact_logged_on_another_device_counts_here_at_once(
    qtbot, shell, journal, clock, monkeypatch
):
    anna = journal.add_person(Person(name="Anna", circle="team", every_days=7))
    bart = journal.add_person(Person(name="Bart", circle="team", every_days=7))
    history = shell.quicklog.history
    old = clock.now() - timedelta(days=20)
    journal.add(Entry(kind="call", start=old, end=old + timedelta(minutes=20), people=(bart.id,)))
    assert history.last_contacts() == {bart.id: old}
    assert history.reads == 1
    read = days_read(journal, monkeypatch)
    desktop = Journal(journal.layout.root, DESKTOP, clock).open()
    # A folder first seen (its device's files after it) changes no day: none is read.
    arrive(qtbot, shell, lambda: desktop.layout.own_dir.mkdir(parents=True, exist_ok=True))
    met = clock.now() - timedelta(hours=2)
    arrive(qtbot, shell, lambda: desktop.add(Entry(kind="contact", start=met, people=(anna.id,))))
    assert history.last_contacts() == {anna.id: met, bart.id: old}
    assert history.reads == 1  # not read again from the files: moved on
    assert read == [[met.date().isoformat()]]  # the one day whose file changed


def test_a_contact_deleted_on_another_device_moves_the_last_contact_back(
    qtbot, shell, journal, clock
):
    anna = journal.add_person(Person(name="Anna", circle="team", every_days=7))
    old = clock.now() - timedelta(days=20)
    journal.add(Entry(kind="contact", start=old, people=(anna.id,)))
    desktop = Journal(journal.layout.root, DESKTOP, clock).open()
    met = clock.now() - timedelta(hours=2)
    arrive(qtbot, shell, lambda: desktop.add(Entry(kind="contact", start=met, people=(anna.id,))))
    history = shell.quicklog.history
    assert history.last_contacts() == {anna.id: met}
    arrive(qtbot, shell, lambda: desktop.delete(desktop.get(desktop.entries_on_days(
        [met.date().isoformat()])[0].id, met)))  # fmt: skip
    assert history.last_contacts() == {anna.id: old}


def test_the_nudge_plan_after_an_arrival_counts_the_contact(qtbot, shell, journal, clock):
    journal.save_settings(journal.settings().with_changes(review_moment=False))
    known = (clock.now() - timedelta(days=60)).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
    anna = journal.add_person(Person(name="Anna", circle="peer", every_days=14, created=known))
    journal.add(Entry(kind="contact", start=clock.now() - timedelta(days=19), people=(anna.id,)))
    yesterday = clock.now() - timedelta(days=1)
    journal.add(Entry(kind="meeting", start=yesterday, end=yesterday + timedelta(hours=1)))
    shell.nudges.replan()
    assert anna.id in {n.person for n in shell.nudges.pending}
    desktop = Journal(journal.layout.root, DESKTOP, clock).open()
    met = clock.now() - timedelta(hours=1)
    arrive(qtbot, shell, lambda: desktop.add(Entry(kind="contact", start=met, people=(anna.id,))))
    assert anna.id not in {n.person for n in shell.nudges.pending}  # re-planned with it
