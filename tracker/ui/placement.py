"""Where a window that belongs to the tray icon goes: beside the icon, on the side away from the
screen edge the tray is on, and always inside the screen's available geometry.

A pure function of (window size, icon rectangle, available geometry), so the four edges on
any screen size can be tested without a real tray or screen. On Wayland a window cannot place
itself: there the compositor chooses and nothing is computed.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication

__all__ = [
    "CORNER_BIAS",
    "GAP",
    "MARGIN",
    "POPUP_GAP",
    "beside_icon",
    "can_place_windows",
    "panel_position",
    "popup_position",
    "tray_edge",
]

GAP = 4  # between the icon and the window
MARGIN = 12  # from the screen's corner when there is no icon to stand by
CORNER_BIAS = 32  # an icon this much nearer a side than the top or bottom is still top/bottom
# A nudge stands further off: past a panel without struts (trayer), not across its other icons.
POPUP_GAP = 12


def can_place_windows() -> bool:
    """False where the platform ignores a window's own position (Wayland)."""
    return not QGuiApplication.platformName().startswith("wayland")


def tray_edge(icon: QRect, available: QRect) -> str:
    """The screen edge the tray is on.

    The desktop's panel lies outside the available geometry, so an icon outside it says its
    edge. Without that (no window manager tells), the nearest edge; in a corner top or bottom,
    as nearly every desktop puts its tray there.
    """
    centre = icon.center()
    if centre.y() > available.bottom():
        return "bottom"
    if centre.y() < available.top():
        return "top"
    if centre.x() < available.left():
        return "left"
    if centre.x() > available.right():
        return "right"
    distances = {
        "top": centre.y() - available.top(),
        "bottom": available.bottom() - centre.y(),
        "left": centre.x() - available.left() + CORNER_BIAS,
        "right": available.right() - centre.x() + CORNER_BIAS,
    }
    return min(distances, key=distances.__getitem__)


def _clamp(value: int, low: int, high: int) -> int:
    # Larger than the screen: keep its start (its title, its status) on screen.
    return max(low, min(value, high))


def panel_position(
    size: QSize,
    icon: QRect | None,
    available: QRect,
    pointer: QPoint | None = None,
    gap: int = GAP,
) -> QPoint:
    """The top-left corner for a window of `size` next to `icon`, inside `available`.

    With no icon (a tray that does not say where it is: StatusNotifierItem, Wayland), the
    available corner nearest the `pointer` that has just clicked the icon, else bottom-right.
    """
    width, height = size.width(), size.height()
    last_x = available.left() + available.width() - width
    last_y = available.top() + available.height() - height
    if icon is None or not icon.isValid() or icon.isEmpty():
        middle = available.center()
        left = pointer is not None and pointer.x() < middle.x()
        top = pointer is not None and pointer.y() < middle.y()
        x = available.left() + MARGIN if left else last_x - MARGIN
        y = available.top() + MARGIN if top else last_y - MARGIN
    else:
        edge = tray_edge(icon, available)
        centre = icon.center()
        if edge in ("top", "bottom"):
            x = centre.x() - width // 2
            y = icon.bottom() + 1 + gap if edge == "top" else icon.top() - gap - height
        else:
            y = centre.y() - height // 2
            x = icon.right() + 1 + gap if edge == "left" else icon.left() - gap - width
    return QPoint(_clamp(x, available.left(), last_x), _clamp(y, available.top(), last_y))


def popup_position(size: QSize, icon: QRect | None, available: QRect) -> QPoint:
    """A nudge's popup: where the panel goes, a little further off the icon."""
    return panel_position(size, icon, available, gap=POPUP_GAP)


def beside_icon(size: QSize, icon: QRect | None) -> QPoint:
    """A popup's place on the screen the icon is on (the primary screen when it is unknown)."""
    screen = (icon is not None and QGuiApplication.screenAt(icon.center())) or (
        QGuiApplication.primaryScreen()
    )
    return popup_position(size, icon, screen.availableGeometry())
