"""The icon shows first; the tooltip's lines it does not need come right after (start <= 1.3x a
minimal tray app, docs/ARCHITECTURE.md, Budgets). Which other device's changes arrived last
(a listing and a stat of every device folder) and the week's intention (a file read) cost the
start ~5 ms before the icon: the tray reads them once it is shown."""

from __future__ import annotations

from tracker.kernel.model import Entry
from tracker.store.devices import note_device
from tracker.store.journal import Journal
from tracker.ui.tray import Tray

DESKTOP = "desktop-bbbbbb"


def test_the_icon_is_drawn_before_the_arrivals_are_read_and_they_follow_its_showing(
    journal, quicklog, actions, clock, monkeypatch
):
    desktop = Journal(journal.layout.root, DESKTOP, clock).open()
    desktop.add(Entry(kind="work", start=clock.now()))
    note_device(journal, DESKTOP, name="Desk")
    quicklog.switch("life", "school run")
    asked: list[str] = []
    arrival = quicklog._arrival
    monkeypatch.setattr(quicklog, "_arrival", lambda: asked.append("arrival") or arrival())
    tray = Tray(quicklog, actions, clock)
    assert asked == []  # not read before the icon shows...
    assert tray.status.state == "life"  # ...while the icon and the menu are already right
    assert "Today: work 0m · life 0m" in tray.icon.toolTip()
    tray.show()
    assert tray.complete.active  # one single-shot after the icon shows
    tray.complete.fire()
    assert asked == ["arrival"]
    assert any(
        line.startswith("Desk's changes arrived ") for line in tray.icon.toolTip().split("\n")
    )
    assert not tray.status.partial


def test_a_change_before_the_single_shot_reads_everything_at_once(quicklog, actions, clock):
    tray = Tray(quicklog, actions, clock)
    tray.show()
    quicklog.disruption("tech")  # the change notice: a full refresh
    assert not tray.status.partial and not tray.complete.active
    assert "1 disruption today" in tray.icon.toolTip()


def test_the_waiting_nudges_line_never_shows_a_partial_tooltip(quicklog, actions, clock):
    from tracker.ui.nudges.waiting import WaitingNudges

    tray = Tray(quicklog, actions, clock)
    tray.set_waiting(WaitingNudges(count=1, lines=("At the next pause (11:30): Reach out: Anna",)))
    assert not tray.status.partial
