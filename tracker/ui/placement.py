"""Where a window that belongs to the tray icon goes: beside the icon, on the side away from the
screen edge the tray is on, and always inside the screen's available geometry.

A pure function of (window size, icon rectangle, available geometry), so the four edges on
any screen size can be tested without a real tray or screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

__all__ = ["GAP", "MARGIN", "panel_position", "tray_edge"]

GAP = 4  # between the icon and the window
MARGIN = 12  # from the screen's corner when there is no icon to stand by


def tray_edge(icon: QRect, available: QRect) -> str:
    """The screen edge the tray is on: the one the icon's centre is nearest to (a panel's own
    strip lies outside the available geometry, so that distance is negative)."""
    centre = icon.center()
    distances = {
        "top": centre.y() - available.top(),
        "bottom": available.bottom() - centre.y(),
        "left": centre.x() - available.left(),
        "right": available.right() - centre.x(),
    }
    return min(distances, key=distances.__getitem__)


def _clamp(value: int, low: int, high: int) -> int:
    # Larger than the screen: keep its start (its title, its status) on screen.
    return max(low, min(value, high))


def panel_position(size: QSize, icon: QRect | None, available: QRect) -> QPoint:
    """The top-left corner for a window of `size` next to `icon`, inside `available`.

    With no icon (a tray that does not say where it is), the available corner bottom-right.
    """
    width, height = size.width(), size.height()
    last_x = available.left() + available.width() - width
    last_y = available.top() + available.height() - height
    if icon is None or not icon.isValid() or icon.isEmpty():
        x, y = last_x - MARGIN, last_y - MARGIN
    else:
        edge = tray_edge(icon, available)
        centre = icon.center()
        if edge in ("top", "bottom"):
            x = centre.x() - width // 2
            y = icon.bottom() + 1 + GAP if edge == "top" else icon.top() - GAP - height
        else:
            y = centre.y() - height // 2
            x = icon.right() + 1 + GAP if edge == "left" else icon.left() - GAP - width
    return QPoint(_clamp(x, available.left(), last_x), _clamp(y, available.top(), last_y))
