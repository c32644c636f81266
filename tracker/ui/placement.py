"""Where a small window goes beside the tray icon: inside the screen's available geometry (off
the panels), on the icon's side of the screen, never over the icon, whichever edge holds it.

On Wayland a window cannot place itself: there the compositor chooses and nothing is computed.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication

__all__ = ["MARGIN", "can_place_windows", "popup_position", "tray_edge"]

MARGIN = 8
CORNER = 48  # an icon this close to the top or bottom edge sits in a horizontal panel


def can_place_windows() -> bool:
    """False where the platform ignores a window's own position (Wayland)."""
    return not QGuiApplication.platformName().startswith("wayland")


def tray_edge(icon: QRect, screen: QRect, available: QRect | None = None) -> str:
    """The screen edge whose panel holds the icon: top, bottom, left or right. The panel is
    the strip the available area leaves out; without one, the edge nearest to the icon."""
    if available is not None:
        if icon.bottom() < available.top():
            return "top"
        if icon.top() > available.bottom():
            return "bottom"
        if icon.right() < available.left():
            return "left"
        if icon.left() > available.right():
            return "right"
    centre = icon.center()
    distances = {
        "top": centre.y() - screen.top(),
        "bottom": screen.bottom() - centre.y(),
        "left": centre.x() - screen.left(),
        "right": screen.right() - centre.x(),
    }
    # In a corner (a panel without struts, as trayer leaves it) a horizontal panel is by far
    # the likelier: the popup then goes below or above it, never across the other icons.
    vertical = min(distances["top"], distances["bottom"])
    if vertical <= CORNER:
        return "top" if distances["top"] <= distances["bottom"] else "bottom"
    return min(distances, key=distances.get)


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, max(low, high)))


def popup_position(size: QSize, icon: QRect | None, available: QRect, screen: QRect) -> QPoint:
    """The top-left corner for a window of `size`: by the icon when it is known, else in the
    available area's lower right corner."""
    width, height = size.width(), size.height()
    low_x, high_x = available.left() + MARGIN, available.right() - width - MARGIN + 1
    low_y, high_y = available.top() + MARGIN, available.bottom() - height - MARGIN + 1
    if icon is None or not icon.isValid() or icon.isEmpty() or not screen.intersects(icon):
        return QPoint(_clamp(high_x, low_x, high_x), _clamp(high_y, low_y, high_y))
    edge = tray_edge(icon, screen, available)
    if edge in ("top", "bottom"):
        x = _clamp(icon.right() - width + 1, low_x, high_x)  # right-aligned with the icon
        if edge == "top":
            y = max(low_y, icon.bottom() + 1 + MARGIN)
        else:
            y = min(high_y, icon.top() - height - MARGIN)
        return QPoint(x, y)
    y = _clamp(icon.bottom() - height + 1, low_y, high_y)  # bottom-aligned with the icon
    if edge == "left":
        x = max(low_x, icon.right() + 1 + MARGIN)
    else:
        x = min(high_x, icon.left() - width - MARGIN)
    return QPoint(x, y)
