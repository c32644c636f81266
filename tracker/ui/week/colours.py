"""Kind colours: two calm hues for the day's modes, stronger accents for calls and meetings."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

__all__ = ["is_dark", "kind_colour", "text_on"]

_LIGHT = {
    "work": "#7aa7e8",
    "life": "#86c99a",
    "call": "#f08c2e",
    "meeting": "#a45ee5",
    "disruption": "#d93b3b",
    "contact": "#475569",
}
_DARK = {
    "work": "#35598f",
    "life": "#2f7048",
    "call": "#e07b1c",
    "meeting": "#9a55dc",
    "disruption": "#ff6b6b",
    "contact": "#cbd5e1",
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def kind_colour(kind: str, dark: bool) -> QColor:
    return QColor((_DARK if dark else _LIGHT).get(kind, "#888888"))


def text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on `colour`."""
    r, g, b = colour.redF(), colour.greenF(), colour.blueF()
    return QColor("#111111") if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else QColor("#ffffff")
