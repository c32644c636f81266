"""People: the agreed next action is a column, and no header is covered by the sort arrow."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from tracker.kernel.model import Person
from tracker.ui.people.window import PeopleWindow

AMS = ZoneInfo("Europe/Amsterdam")


def column(window: PeopleWindow, title: str) -> int:
    model = window.table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return titles.index(title)


def test_the_agreed_next_action_is_a_column(qtbot, journal, clock):
    journal.add_person(Person(name="Anna", circle="peer", next_action="send the Q3 figures"))
    journal.add_person(Person(name="Joost", circle="customer", next_action="Book the site visit"))
    journal.add_person(Person(name="Eva", circle="team"))
    window = PeopleWindow(journal, clock, AMS)
    qtbot.addWidget(window)
    action = column(window, "Next action")
    model = window.table.model()
    shown = {model.index(r, 0).data(): model.index(r, action).data() for r in range(3)}
    assert shown == {"Anna": "send the Q3 figures", "Joost": "Book the site visit", "Eva": ""}
    window.table.sortByColumn(action, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["Eva", "Joost", "Anna"]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_header_is_covered_by_the_sort_arrow(qapp, qtbot, journal, clock, language):
    from tracker.ui.i18n import install_translations

    install_translations(qapp, language)
    try:
        window = PeopleWindow(journal, clock, AMS)
        qtbot.addWidget(window)
        window.show()
        header = window.table.horizontalHeader()
        style = header.style()
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        model = window.table.model()
        for section in range(model.columnCount()):
            text = model.headerData(section, Qt.Orientation.Horizontal)
            # The arrow may sit on any column: every header keeps room for its text and it.
            needed = header.fontMetrics().horizontalAdvance(text) + arrow + 3 * margin
            assert header.sectionSize(section) >= needed, text
        if language == "nl":
            assert "Volgende keer" in [model.headerData(c, Qt.Orientation.Horizontal)
                                       for c in range(model.columnCount())]  # fmt: skip
    finally:
        install_translations(qapp, "en")
