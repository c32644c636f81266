"""The panel beside the tray icon, with the tray on each of the four edges of a 1366x768 and a
1920x1080 screen: inside the available geometry, never over the icon, also once an error has
made it taller, in English and in (longer) Dutch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt

from tracker.ui.i18n import install_translations
from tracker.ui.placement import GAP, panel_position, tray_edge
from tracker.ui.texts import running_text
from tracker.ui.timeline.panel import QuickLogPanel

STRIP = 32  # the height (or width) of the desktop's panel holding the tray
ICON = 24
SCREENS = [(1366, 768), (1920, 1080)]
EDGES = ["bottom", "top", "left", "right"]


def desktop(width: int, height: int, edge: str) -> tuple[QRect, QRect]:
    """(available geometry, tray icon) for a tray strip on `edge`, the icon at its far end as
    most desktops put it (bottom-right, top-right, and the bottom of a side strip)."""
    inset = (STRIP - ICON) // 2
    if edge == "bottom":
        return QRect(0, 0, width, height - STRIP), QRect(
            width - 60, height - STRIP + inset, ICON, ICON
        )
    if edge == "top":
        return QRect(0, STRIP, width, height - STRIP), QRect(width - 60, inset, ICON, ICON)
    if edge == "left":
        return QRect(STRIP, 0, width - STRIP, height), QRect(inset, height - 60, ICON, ICON)
    return QRect(0, 0, width - STRIP, height), QRect(width - STRIP + inset, height - 60, ICON, ICON)


def assert_beside(panel: QRect, icon: QRect, available: QRect, edge: str) -> None:
    assert available.contains(panel), f"{panel} leaves {available}"
    assert not panel.intersects(icon), f"{panel} covers the icon {icon}"
    # Next to the icon, on the side away from the edge, within the gap.
    gap = {
        "bottom": icon.top() - panel.bottom() - 1,
        "top": panel.top() - icon.bottom() - 1,
        "left": panel.left() - icon.right() - 1,
        "right": icon.left() - panel.right() - 1,
    }[edge]
    assert 0 <= gap <= GAP, f"{gap} px between {panel} and the icon {icon}"


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("edge", EDGES)
@pytest.mark.parametrize("size", [QSize(360, 268), QSize(473, 330)], ids=["en", "nl-wide"])
def test_the_panel_sits_beside_the_icon_inside_the_screen(screen, edge, size):
    available, icon = desktop(*screen, edge)
    assert tray_edge(icon, available) == edge
    place = panel_position(size, icon, available)
    assert_beside(QRect(place, size), icon, available, edge)


def test_the_reported_case_no_longer_hangs_off_the_right_edge():
    """360x268 at +1085+469 on a 1366-wide screen: 79 px were off screen."""
    available, icon = desktop(1366, 768, "bottom")
    icon.moveLeft(1366 - ICON - 2)  # the last icon of the tray, in the corner
    place = panel_position(QSize(360, 268), icon, available)
    assert QRect(place, QSize(360, 268)).right() <= 1365
    assert place.y() + 268 <= icon.top() - 1


def test_without_an_icon_it_takes_the_available_corner():
    available = QRect(0, 0, 1366, 736)
    place = panel_position(QSize(360, 268), None, available)
    assert QRect(place, QSize(360, 268)).bottomRight().x() < 1366 and place.y() + 268 < 736


def test_a_panel_larger_than_the_screen_keeps_its_top_left_on_it():
    available = QRect(0, 32, 800, 568)
    place = panel_position(QSize(900, 700), QRect(770, 4, 24, 24), available)
    assert (place.x(), place.y()) == (0, 32)


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("edge", EDGES)
def test_the_real_panel_by_its_real_size_also_after_an_error(
    quicklog, actions, qtbot, qapp, language, edge
):
    install_translations(qapp, language)
    panel = QuickLogPanel(quicklog, actions)
    qtbot.addWidget(panel)
    available, icon = desktop(1366, 768, edge)
    panel.show_near(icon, available)
    before = panel.frameGeometry()
    assert before.width() >= panel.minimumWidth()  # its real size, not the smaller size hint
    assert_beside(before, icon, available, edge)
    panel.line.setText("dinner with the whole family at the new place 18:00 until late")
    qtbot.keyClick(panel.line, Qt.Key.Key_Return)
    assert panel.error.isVisible()
    qtbot.waitUntil(lambda: panel.frameGeometry().height() > before.height())
    assert_beside(panel.frameGeometry(), icon, available, edge)


@pytest.mark.parametrize("edge", EDGES)
def test_without_a_window_manager_the_nearest_edge_and_corners_go_to_top_or_bottom(edge):
    """No strut known (the available geometry is the whole screen, as under a bare X server)."""
    screen = QRect(0, 0, 1024, 768)
    _available, icon = desktop(1024, 768, edge)
    if edge in ("left", "right"):
        icon.moveTop(300)  # away from the corner: there, either side of it is a right answer
    assert tray_edge(icon, screen) == edge
    corner = QRect(1001, 1, 22, 30)  # trayer's last icon at the top-right, measured
    assert tray_edge(corner, screen) == "top"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_long_title_keeps_the_panels_width_and_its_minutes_in_sight(
    quicklog, actions, qtbot, qapp, language
):
    """A long title in the status line (what runs, for how long) neither widens the panel nor
    pushes the minutes out of sight: it is shortened in the middle, whole in its tooltip."""
    install_translations(qapp, language)
    panel = QuickLogPanel(quicklog, actions)
    qtbot.addWidget(panel)
    available, icon = desktop(1366, 768, "bottom")
    panel.show_near(icon, available)
    width = panel.width()
    title = "quarterly planning with the product team, finance and legal about the year ahead"
    quicklog.quick_entry(f"work {title}")

    def shown_whole_and_ends_with_the_minutes() -> None:
        status = panel.status
        minutes = running_text(quicklog.status().running, quicklog.clock.now()).split()[-1]
        assert status.text().endswith(f" {minutes}"), status.text()
        assert status.fontMetrics().horizontalAdvance(status.text()) <= status.width()
        assert title in status.toolTip()
        assert panel.width() == width
        assert_beside(panel.frameGeometry(), icon, available, "bottom")

    qtbot.waitUntil(shown_whole_and_ends_with_the_minutes)  # while open
    panel.hide()
    panel.show_near(icon, available)
    shown_whole_and_ends_with_the_minutes()  # and at the next opening
