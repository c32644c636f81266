"""Nudge buttons say what they do (issue 20): "I reached out" logs a contact now; "Plan it..."
on a live-meeting nudge suggests whom and writes an .ics invitation the calendar opens; "Open"
opens People with that person selected."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from tracker.kernel.logs import state_dir
from tracker.kernel.model import Entry, Person
from tracker.ui.nudges.delivery import NudgeDelivery
from tracker.ui.nudges.scheduler import NudgeScheduler

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def delivery(journal, clock, quicklog):
    journal.save_settings(journal.settings().with_changes(nudge_delivery="popup"))
    anna = journal.add_person(
        Person(name="Anna de Vries", circle="customer", emails=("anna@example.com",))
    )
    bram = journal.add_person(Person(name="Bram", circle="peer"))
    long_ago = clock.now() - timedelta(days=40)
    for person in (anna, bram):
        journal.add(Entry(kind="contact", start=long_ago, people=(person.id,)))
    scheduler = NudgeScheduler(journal, clock, AMS, quicklog, monotonic=lambda: 1.0)
    opened: list = []
    delivery = NudgeDelivery(scheduler, journal, opened.append, lambda: None)
    scheduler.show_nudge.connect(lambda nudge, person: delivery.present(nudge, person))
    delivery.anna, delivery.bram, delivery.opened = anna, bram, opened
    return delivery


def test_i_reached_out_logs_a_contact_now(qtbot, delivery, journal, clock):
    delivery.scheduler.replan()  # the reach-out, then the live meeting (none yet)
    [reach] = [n for n in delivery.scheduler.pending if n.kind == "reach_out"]
    delivery.present(reach, delivery.anna)
    popup = delivery.popup
    assert popup.nudge.person == delivery.anna.id  # the customer before the peer
    assert popup.done_button.text() == "I reached out"
    qtbot.mouseClick(popup.done_button, Qt.MouseButton.LeftButton)
    assert journal.last_contacts()[delivery.anna.id] == clock.now()


def test_plan_it_suggests_whom_and_writes_an_invitation(qtbot, delivery, journal, monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    delivery.scheduler.replan()  # the reach-out, then the live meeting (none yet)
    [live] = [n for n in delivery.scheduler.pending if n.kind == "plan_live"]
    delivery.present(live, None)
    popup = delivery.popup
    assert popup.done_button.text() == "Plan it..."
    qtbot.mouseClick(popup.done_button, Qt.MouseButton.LeftButton)
    dialog = delivery.plan_dialog
    assert dialog is not None and dialog.isVisible()
    shown = [dialog.people.item(row).text() for row in range(dialog.people.count())]
    assert shown == ["Customer", "Anna de Vries", "Other team", "Bram"]  # by circle
    assert [p.id for p in dialog.chosen()] == [live.person] == [delivery.bram.id]  # as named
    dialog.people.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    [url] = urls
    path = url.toLocalFile()
    assert path.startswith(str(state_dir() / "invitations")) and path.endswith(".ics")
    assert os.stat(path).st_mode & 0o777 == 0o600
    [event] = Calendar.from_ical(Path(path).read_bytes()).walk("VEVENT")
    assert str(event.get("ATTENDEE")) == "mailto:anna@example.com"
    assert "Bram" in str(event.get("DESCRIPTION"))
    assert event.decoded("DTSTART") == dialog.starts()
    assert all(n.kind != "plan_live" for n in delivery.scheduler.pending)  # answered


def test_cancelling_the_plan_keeps_the_nudge(qtbot, delivery, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail("nothing to open"))
    delivery.scheduler.replan()
    [live] = [n for n in delivery.scheduler.pending if n.kind == "plan_live"]
    delivery.answer(live, "plan")
    delivery.plan_dialog.reject()
    assert any(n.kind == "plan_live" for n in delivery.scheduler.pending)


def test_open_opens_people_with_that_person_selected(qtbot, journal, clock):
    from tracker.ui.shell import Shell

    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    anna = journal.add_person(Person(name="Anna de Vries", circle="customer"))
    journal.add_person(Person(name="Bram", circle="peer"))
    shell.show_people()
    window = shell.people_window
    qtbot.addWidget(window)
    window.search.setText("Bram")  # a search left from before hides her
    shell.show_people(anna.id)
    assert window.isVisible() and window.selected() is not None
    assert window.selected().id == anna.id
    assert window.search.text() == ""
