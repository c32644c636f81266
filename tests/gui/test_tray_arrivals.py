"""The tray's tooltip says when another device's change last arrived here (issue 23): the
newest inode change time of its files, which is when the sync tool put them in place."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

from tracker.kernel.model import Entry
from tracker.store.devices import note_device
from tracker.store.journal import Journal
from tracker.ui.tray import Tray

DESKTOP = "desktop-bbbbbb"


@pytest.fixture
def shell(journal, clock, tmp_path, monkeypatch, qapp):
    from zoneinfo import ZoneInfo

    from tracker.ui.shell import Shell

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, ZoneInfo("Europe/Amsterdam"), journal.layout.root)
    yield shell
    shell.shutdown()


def arrived_at(folder) -> str:
    """The clock time the tooltip names: from the files themselves, never the wall clock."""
    newest = max(os.stat(p).st_ctime for p in folder.iterdir() if p.name != "lock")
    return datetime.fromtimestamp(newest).astimezone().strftime("%H:%M")


def test_the_tooltip_names_the_device_whose_change_arrived_last(journal, quicklog, actions, clock):
    tray = Tray(quicklog, actions, clock)
    tray.refresh()
    assert "arrived" not in tray.icon.toolTip()  # no other device yet; its own writes: never
    desktop = Journal(journal.layout.root, DESKTOP, clock).open()
    desktop.add(Entry(kind="work", start=clock.now()))
    note_device(journal, DESKTOP, name="Desk")
    tray.refresh()
    [line] = [t for t in tray.icon.toolTip().splitlines() if "arrived" in t]
    assert line.startswith("Desk's changes arrived ")
    assert line.endswith(arrived_at(desktop.layout.own_dir))  # with its day unless today


def test_an_arrival_today_says_only_the_time(quicklog, actions, clock):
    tray = Tray(quicklog, actions, clock)
    when = clock.now().astimezone().strftime("%H:%M")
    assert tray.arrival_text("Laptop", clock.now()) == f"Laptop's changes arrived {when}"


def test_a_retired_device_is_not_named(journal, quicklog, actions, clock):
    desktop = Journal(journal.layout.root, DESKTOP, clock).open()
    desktop.add(Entry(kind="work", start=clock.now()))
    note_device(journal, DESKTOP, retired=True)
    tray = Tray(quicklog, actions, clock)
    tray.refresh()
    assert "arrived" not in tray.icon.toolTip()


def test_the_app_watches_other_devices_folders_and_a_device_first_seen(qtbot, journal, clock):
    """The folders another device's changes arrive in are watched, never this device's own
    (its changes come through the door); a device first seen is watched from then on."""
    from tracker.ui.timeline.arrivals import Arrivals

    arrivals = Arrivals(journal)
    watched = arrivals.watcher.directories
    assert str(journal.layout.devices_dir) in watched()
    assert str(journal.layout.own_dir) not in watched()
    desktop = Journal(journal.layout.root, DESKTOP, clock).open()  # a new folder arrives
    with qtbot.waitSignal(arrivals.watcher.directoryChanged, timeout=5000):
        desktop.add(Entry(kind="work", start=clock.now()))
    assert arrivals.settle.active  # the burst is read once it ends: fired here by hand
    with qtbot.waitSignal(arrivals.arrived, timeout=0):
        arrivals.settle.fire()
    assert str(desktop.layout.own_dir) in watched()


def test_a_changed_file_in_another_devices_folder_reaches_the_tooltip(qtbot, shell, clock):
    journal = shell.journal
    desktop = Journal(journal.layout.root, DESKTOP, clock).open()
    entry = desktop.add(Entry(kind="work", start=clock.now()))
    shell.arrivals.watch()  # as at start-up, the folder already there
    assert "arrived" not in shell.tray.icon.toolTip()  # the tray has not read again yet
    with qtbot.waitSignal(shell.arrivals.watcher.directoryChanged, timeout=5000):
        desktop.update_fields(entry, title="Roadmap")  # written in place: temp, then rename
    shell.arrivals.settle.fire()  # no waiting: the burst's end, by hand
    [line] = [t for t in shell.tray.icon.toolTip().splitlines() if "arrived" in t]
    assert line.startswith("desktop's changes arrived ")
    assert line.endswith(arrived_at(desktop.layout.own_dir))
