"""Nudges that wait, kept in sight: a count badge on the tray icon and tooltip lines that name
them (the tray only shows what this module gives it).

Waiting means due and not answered (shown, or held back because the desktop was in "do not
disturb"), or held back for the user's focus or a call: what would show were it not for them.
Snoozed ones, the day's cap and the hours are the user's own choices and are not counted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the tray imports this module at start-up: the rest loads when needed
    from PySide6.QtGui import QIcon

    from tracker.nudges.policy import NudgePlan

__all__ = ["HELD_REASONS", "WaitingNudges", "badge_icon", "waiting_nudges"]

HELD_REASONS = ("focus", "call")
_SIZES = (16, 22, 24, 32, 48, 64)


@dataclass(frozen=True, slots=True)
class WaitingNudges:
    count: int = 0
    lines: tuple[str, ...] = ()


def waiting_nudges(
    plan: NudgePlan | None, pending: list, names: Mapping[str, str], zone: ZoneInfo
) -> WaitingNudges:
    """What waits, counted once per person or kind, with one tooltip line for each."""
    if plan is None:
        return WaitingNudges()
    from tracker.nudges.texts import nudge_title, waiting_text  # with the plan, not at start-up

    translate = QCoreApplication.translate
    seen: set[tuple[str, str | None]] = set()
    lines = []
    for nudge in pending:
        if (nudge.kind, nudge.person) in seen:
            continue
        seen.add((nudge.kind, nudge.person))
        title = nudge_title(nudge.kind, names.get(nudge.person, ""))
        lines.append(translate("Waiting", "Waiting: %1").replace("%1", title))
    for held in plan.waiting:
        if held.because not in HELD_REASONS or (held.kind, held.person) in seen:
            continue
        seen.add((held.kind, held.person))
        title = nudge_title(held.kind, names.get(held.person, ""))
        # "At the next pause (11:30): Reach out: Anna", the why as the command line says it
        lines.append(f"{waiting_text(held, plan.at, zone)}: {title}")
    return WaitingNudges(len(lines), tuple(lines))


_BADGED: dict[tuple[int, str], QIcon] = {}


def badge_icon(icon: QIcon, count: int) -> QIcon:
    """The icon with a round count in its lower right corner; the icon itself when none."""
    if count <= 0:
        return icon
    # Above nine a plain dot: two characters in a badge 9-13 px wide do not read at 16-22 px,
    # and the tooltip names every one.
    text = str(count) if count <= 9 else ""
    key = (icon.cacheKey(), text)
    if key not in _BADGED:
        _BADGED[key] = _draw_badge(icon, text)
    return _BADGED[key]


def _draw_badge(icon: QIcon, text: str) -> QIcon:
    # Painting classes load here, on the first badge: PySide6 builds each class on first use.
    from PySide6.QtCore import QRectF, QSize, Qt
    from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

    badged = QIcon()
    for size in _SIZES:
        pixmap = icon.pixmap(QSize(size, size))
        if pixmap.isNull():
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        diameter = max(9.0, size * 0.58)
        circle = QRectF(size - diameter, size - diameter, diameter, diameter)
        # A white ring keeps the badge apart from the icon on light and dark panels alike.
        painter.setPen(QColor("#ffffff"))
        painter.setBrush(QColor("#d32f2f"))
        painter.drawEllipse(circle.adjusted(0.5, 0.5, -0.5, -0.5))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(7, round(diameter * 0.72)))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        badged.addPixmap(pixmap)
    return badged
