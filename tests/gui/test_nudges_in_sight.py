"""Nudges kept in sight: the tray's count badge and tooltip, and the popup beside the tray icon
on any of the four edges, inside the screen's available area, never over the icon."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor

from tracker.kernel.model import Entry, Person
from tracker.ui.nudges.popup import NudgePopup
from tracker.ui.nudges.scheduler import NudgeScheduler
from tracker.ui.nudges.waiting import WaitingNudges, badge_icon
from tracker.ui.placement import popup_position, tray_edge
from tracker.ui.tray import Tray

AMS = ZoneInfo("Europe/Amsterdam")

SCREEN = QRect(0, 0, 1024, 768)
PANEL = 32
# The tray icon on each edge, and the area the panel leaves for windows.
EDGES = {
    "top": (QRect(1000, 4, 22, 22), SCREEN.adjusted(0, PANEL, 0, 0)),
    "bottom": (QRect(1000, 742, 22, 22), SCREEN.adjusted(0, 0, 0, -PANEL)),
    "left": (QRect(4, 740, 22, 22), SCREEN.adjusted(PANEL, 0, 0, 0)),
    "right": (QRect(998, 740, 22, 22), SCREEN.adjusted(0, 0, -PANEL, 0)),
}


@pytest.mark.parametrize("edge", EDGES)
def test_the_popup_sits_inside_the_available_area_beside_the_icon(edge):
    icon, available = EDGES[edge]
    assert tray_edge(icon, available) == edge
    size = QSize(380, 140)
    corner = popup_position(size, icon, available)
    placed = QRect(corner, size)
    assert available.contains(placed), (edge, placed)
    assert not placed.intersects(icon)
    # Beside it: the popup's nearest corner is within a panel's breadth of the icon.
    gap = max(
        placed.top() - icon.bottom(),
        icon.top() - placed.bottom(),
        placed.left() - icon.right(),
        icon.left() - placed.right(),
    )
    assert 0 < gap <= PANEL + 16


@pytest.mark.parametrize(
    ("icon", "edge"),
    [
        (QRect(1000, 4, 22, 22), "top"),  # trayer in the top right corner, no struts
        (QRect(1000, 742, 22, 22), "bottom"),
        (QRect(4, 742, 22, 22), "bottom"),
        (QRect(1000, 400, 22, 22), "right"),
        (QRect(4, 300, 22, 22), "left"),
    ],
)
def test_a_panel_without_struts_is_found_from_the_icon_alone(icon, edge):
    assert tray_edge(icon, SCREEN) == edge
    size = QSize(380, 140)
    placed = QRect(popup_position(size, icon, SCREEN), size)
    assert SCREEN.contains(placed) and not placed.intersects(icon)
    if edge == "top":
        assert placed.top() > PANEL  # below the panel, not across its other icons


def test_without_a_known_icon_it_takes_the_available_lower_right_corner():
    available = SCREEN.adjusted(0, 0, 0, -PANEL)
    placed = QRect(popup_position(QSize(380, 140), None, available), QSize(380, 140))
    assert available.contains(placed) and placed.right() > 1000 and placed.bottom() > 700


@pytest.fixture
def scheduler(journal, clock, quicklog):
    anna = journal.add_person(Person(name="Anna de Vries", circle="peer", team="Ops"))
    yesterday = clock.now() - timedelta(days=1)
    journal.add(Entry(kind="meeting", start=yesterday, end=yesterday + timedelta(hours=1)))
    # Overdue: a person is due from their last contact, not from being added (issue 20).
    journal.add(Entry(kind="contact", start=clock.now() - timedelta(days=20), people=(anna.id,)))
    scheduler = NudgeScheduler(journal, clock, AMS, quicklog, monotonic=lambda: 1000.0)
    scheduler.anna = anna
    return scheduler


def test_the_popup_names_the_circle_not_the_team(qtbot, scheduler):
    plan = scheduler.replan()
    popup = NudgePopup()
    qtbot.addWidget(popup)
    popup.present(plan.due[0], scheduler.anna, "")
    assert popup.heading.text() == "Reach out: Anna de Vries · Other team"
    assert not popup.pause.isVisible()


def red_pixels(icon, size=22) -> int:
    image = icon.pixmap(QSize(size, size)).toImage()
    return sum(
        1
        for x in range(size)
        for y in range(size)
        if (c := QColor(image.pixel(x, y))).red() > 180 and c.green() < 80 and c.blue() < 80
    )


def test_a_held_back_nudge_is_counted_on_the_icon_and_named_in_the_tooltip(
    scheduler, quicklog, actions, clock
):
    tray = Tray(quicklog, actions, clock)
    plain = red_pixels(tray.icon.icon())
    quicklog.switch("work")  # inside a block: the nudge waits for a pause
    waiting = scheduler.waiting()
    assert waiting.count == 1
    assert waiting.lines == ("At the next pause (11:30): Reach out: Anna de Vries",)
    tray.set_waiting(waiting)
    assert red_pixels(tray.icon.icon()) > plain + 10
    assert tray.icon.toolTip().endswith("At the next pause (11:30): Reach out: Anna de Vries")
    clock.advance(minutes=90)
    scheduler.replan()  # the break: shown, and waiting until it is answered
    assert scheduler.waiting().lines == ("Waiting: Reach out: Anna de Vries",)
    scheduler.done(scheduler.pending[0])
    tray.set_waiting(scheduler.waiting())
    assert tray.waiting == WaitingNudges()
    assert red_pixels(tray.icon.icon()) == plain and "Anna" not in tray.icon.toolTip()


def _white_inside_badge(icon, size: int) -> int:
    """White pixels well inside the badge's circle (the ring left out): its digits."""
    image = icon.pixmap(QSize(size, size)).toImage()
    diameter = max(9.0, size * 0.58)
    centre, inner = size - diameter / 2, diameter / 2 - 2
    return sum(
        1
        for x in range(size)
        for y in range(size)
        if (x + 0.5 - centre) ** 2 + (y + 0.5 - centre) ** 2 < inner**2
        and image.pixelColor(x, y).lightness() > 200
    )


def test_the_badge_counts_up_to_nine_and_then_is_a_plain_dot(qapp):
    """Two characters ("9+") in a badge 9-13 px wide are a smudge at 16-22 px: above nine the
    badge says only that some wait; the tooltip names them."""
    from tracker.ui.icons import state_icon

    icon = state_icon("work")
    assert badge_icon(icon, 0) is icon
    assert badge_icon(icon, 3) is badge_icon(icon, 3)  # drawn once per count
    assert badge_icon(icon, 12) is badge_icon(icon, 10)  # one dot for any count above nine
    for size in (16, 22, 32):
        assert _white_inside_badge(badge_icon(icon, 3), size) > 0
        assert _white_inside_badge(badge_icon(icon, 12), size) == 0


def test_where_windows_cannot_place_themselves_the_popup_is_not_moved(
    qtbot, scheduler, monkeypatch
):
    plan = scheduler.replan()
    popup = NudgePopup()
    qtbot.addWidget(popup)
    moves = []
    monkeypatch.setattr(popup, "move", lambda *args: moves.append(args))
    popup.present(plan.due[0], scheduler.anna, "", QRect(1000, 4, 22, 22))
    assert len(moves) == 1  # offscreen, like X11, honours a window's position
    monkeypatch.setattr("tracker.ui.nudges.popup.can_place_windows", lambda: False)  # as on Wayland
    popup.present(plan.due[0], scheduler.anna, "", QRect(1000, 4, 22, 22))
    assert len(moves) == 1 and popup.isVisible()
