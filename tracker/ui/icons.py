"""Tray icons: one SVG per state, and one per state with the disruption mark.

QIcon draws SVG files through Qt's SVG icon engine, crisp at every tray size; no QtSvg module
is imported and nothing is painted at start-up.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from tracker.ui.resources import icon_path

__all__ = ["STATES", "app_icon", "state_icon"]

STATES = ("idle", "work", "life", "call", "meeting")


@cache
def state_icon(state: str, marked: bool = False) -> QIcon:
    name = state if state in STATES else "idle"
    return QIcon(str(icon_path(f"state-{name}{'-disrupted' if marked else ''}.svg")))


@cache
def app_icon() -> QIcon:
    return QIcon(str(icon_path("dayweave.svg")))
