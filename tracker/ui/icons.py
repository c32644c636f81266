"""Tray icons from the SVGs in resources: one per state, with a disruption mark when needed."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from tracker.ui.resources import icon_path

__all__ = ["STATES", "app_icon", "state_icon"]

STATES = ("idle", "work", "life", "call", "meeting")
_SIZES = (16, 22, 24, 32, 48, 64, 128)


@cache
def _renderer(name: str) -> QSvgRenderer:
    return QSvgRenderer(str(icon_path(name)))


def _pixmap(state: str, size: int, marked: bool) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(f"state-{state}.svg").render(painter, QRectF(0, 0, size, size))
    if marked:
        corner = size * 0.55
        _renderer("mark-disruption.svg").render(
            painter, QRectF(size - corner, size - corner, corner, corner)
        )
    painter.end()
    return pixmap


@cache
def state_icon(state: str, marked: bool = False) -> QIcon:
    """Rendered at each tray size from the SVG, so the icon is crisp wherever it is shown."""
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_pixmap(state if state in STATES else "idle", size, marked))
    return icon


@cache
def app_icon() -> QIcon:
    return QIcon(str(icon_path("dayweave.svg")))
