"""A person's page (issue 22): History..., Enter or a double-click in People opens it; it
shows every call, live meeting and contact with them newest first, the gaps kept or slipped
against their cadence, whether they drift, and the next action agreed, with the numbers of
tracker.review.person. And Drifting as a People filter."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from tracker.commands import EditPerson
from tracker.kernel.model import Entry, Person
from tracker.ui.people.strip import month_steps
from tracker.ui.people.window import PeopleWindow

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def people(journal, clock) -> dict[str, Person]:
    """Bram: contacts 50, 45, 20 and 15 days ago (every 10 days: drifting, 15 days since and
    usually 5 days apart). Cas: one call last week, not enough for a rhythm."""
    bram = journal.add_person(
        Person(name="Bram", circle="customer", every_days=10, next_action="Send the offer")
    )
    cas = journal.add_person(Person(name="Cas", circle="team"))
    now = clock.now()
    for kind, days, who in (
        ("call", 50, (bram.id,)),
        ("meeting", 45, (bram.id,)),
        ("contact", 20, (bram.id,)),
        ("call", 15, (bram.id, cas.id)),
        ("call", 6, (cas.id,)),
    ):
        start = now - timedelta(days=days)
        end = None if kind == "contact" else start + timedelta(minutes=30)
        journal.add(Entry(kind, start, end, title=f"{kind} {days}", people=who))
    return {"bram": bram, "cas": cas}


@pytest.fixture
def window(qtbot, journal, clock, people):
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def open_page(qtbot, window, person):
    """Enter on their row; their history is read a month per turn of the event loop."""
    window.select(person.id)
    window.table.setFocus()
    with qtbot.waitSignal(window.pages.shown):
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    page = window.pages.page
    assert page.isVisible()
    return page


def test_enter_opens_the_page_with_every_contact_and_the_numbers(qtbot, window, people):
    page = open_page(qtbot, window, people["bram"])
    assert page.name.text() == "Bram"
    assert page.about.text() == "Customer · every 10 days"
    facts = page.facts.text().splitlines()
    assert facts[0].startswith("2 calls, 1 live meeting, 1 other contact since ")
    assert facts[1] == "Rhythm kept in 2 of 4 gaps; the longest gap 25 days."
    assert facts[2].endswith("(15 days ago): due now.")
    assert facts[3] == "Drifting: 15 days since the last contact, usually 5 days apart."
    assert facts[4] == "Next action agreed: Send the offer"
    rows = [
        [page.contacts.topLevelItem(r).text(c) for c in range(5)]
        for r in range(page.contacts.topLevelItemCount())
    ]
    assert [row[2] for row in rows] == ["call 15", "contact 20", "meeting 45", "call 50"]
    assert rows[0][3] == "Cas"  # the others in the call, not Bram himself
    assert [row[4] for row in rows] == [
        "15 days so far, slipped",
        "5 days",
        "25 days, slipped",
        "5 days",
    ]
    assert page.strip.history is page.history


def test_the_button_and_a_double_click_open_it_too_and_it_follows_edits(
    qtbot, window, people, journal
):
    window.select(people["cas"].id)
    with qtbot.waitSignal(window.pages.shown):
        window.pages.button.click()
    page = window.pages.page
    assert page.name.text() == "Cas"
    assert page.facts.text().splitlines()[-1] == "No next action agreed."
    assert "Drifting" not in page.facts.text()  # one gap: no rhythm to drift from
    (row,) = [
        r for r in range(window.proxy.rowCount()) if window.proxy.index(r, 0).data() == "Bram"
    ]
    rect = window.table.visualRect(window.proxy.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(window.pages.shown):
        qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.name.text() == "Bram"
    assert page.contacts.topLevelItemCount() == 4
    with qtbot.waitSignal(window.pages.shown):
        window._run(EditPerson(person_id=people["bram"].id, changes={"next_action": "Call back"}))
        # Read again a month at a time: meanwhile it says so, and shows no stale rows.
        assert page.facts.text() == "Reading their history…"
        assert page.contacts.topLevelItemCount() == 0
    assert page.facts.text().splitlines()[-1] == "Next action agreed: Call back"


def test_no_contact_yet(qtbot, journal, clock):
    dirk = journal.add_person(Person(name="Dirk", circle="peer"))
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    window.show()
    page = open_page(qtbot, window, dirk)
    assert page.facts.text().splitlines()[0] == "No contact with them yet."
    assert page.contacts.topLevelItemCount() == 0
    page.strip.grab()  # paints its sentence, no line


def test_the_drifting_filter_shows_only_people_whose_gaps_grow(qtbot, window, people):
    assert window.proxy.rowCount() == 2
    with qtbot.waitSignal(window.drifting.ready):
        window.drifting.setChecked(True)
        assert window.drifting.text() == "Drifting (…)" and window.proxy.rowCount() == 2
    assert window.proxy.rowCount() == 1
    shown = window.proxy.index(0, 0).data()
    assert shown == "Bram" and window.drifting.text() == "Drifting (1)"
    window.search.setText("cas")  # the search line still narrows it
    assert window.proxy.rowCount() == 0
    window.search.setText("")
    window.drifting.setChecked(False)
    assert window.proxy.rowCount() == 2 and window.drifting.text() == "Drifting"


def test_the_drifting_filter_follows_a_reload(qtbot, window, people, journal, clock):
    with qtbot.waitSignal(window.drifting.ready):
        window.drifting.setChecked(True)
    journal.add(Entry("contact", clock.now() - timedelta(hours=1), people=(people["bram"].id,)))
    with qtbot.waitSignal(window.drifting.ready):
        window.reload()
    assert window.proxy.rowCount() == 0 and window.drifting.text() == "Drifting (0)"


def test_the_strips_months_fit_their_room():
    from datetime import date

    first, last = date(2024, 9, 10), date(2026, 11, 26)
    assert month_steps(first, last, 2000)[:2] == [date(2024, 10, 1), date(2024, 11, 1)]
    wide = month_steps(first, last, 700)  # 27 months in 700 px: every 3
    assert wide[:2] == [date(2024, 10, 1), date(2025, 1, 1)]
    assert month_steps(first, last, 100) == [date(2026, 1, 1)]


def test_a_contact_on_the_page_opens_its_week(qtbot, window, people, clock):
    page = open_page(qtbot, window, people["bram"])
    page.contacts.setFocus()
    page.contacts.setCurrentItem(page.contacts.topLevelItem(3))  # the call 50 days ago
    with qtbot.waitSignal(window.pages.week_requested) as opened:
        qtbot.keyClick(page.contacts, Qt.Key.Key_Return)
    assert opened.args == [(clock.now() - timedelta(days=50)).astimezone(AMS).date()]


def test_the_app_opens_the_week_a_page_asks_for(qtbot, journal, clock, tmp_path, monkeypatch):
    from datetime import date

    from tracker.ui.shell import Shell

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    shell.show_people()
    shell.people_window.pages.week_requested.emit(date(2026, 10, 14))
    assert shell.week_window.isVisible()
    assert shell.week_window.first_day == date(2026, 10, 12)  # its Monday
    shell.shutdown()
