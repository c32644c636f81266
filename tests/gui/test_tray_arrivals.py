"""The tray's tooltip says when another device's change last arrived here (issue 23): the
newest inode change time of its files, which is when the sync tool put them in place."""

from __future__ import annotations

import os
from datetime import datetime

from tracker.kernel.model import Entry
from tracker.store.devices import note_device
from tracker.store.journal import Journal
from tracker.ui.tray import Tray

DESKTOP = "desktop-bbbbbb"


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
