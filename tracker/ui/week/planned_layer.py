"""Planned meetings in the week: dashed outlines drawn behind what was logged, on the side of
the column where calls and live meetings go, so a logged meeting covers its plan."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from tracker.ui.week.colours import is_dark, kind_colour
from tracker.ui.week.geometry import wall_minutes

__all__ = ["PlannedLayer", "planned_rects"]


def planned_rects(timeline: Any, meetings: list[Any]) -> list[tuple[Any, QRectF]]:
    """Where each planned meeting is outlined: (meeting, rectangle) per day it touches."""
    found = []
    for index, day in enumerate(timeline.days):
        column = timeline.column_rect(index)
        for meeting in meetings:
            moment = meeting.start == meeting.end and day.start <= meeting.start < day.end
            if (meeting.start >= day.end or meeting.end <= day.start) and not moment:
                continue
            top = timeline.y_for(wall_minutes(max(meeting.start, day.start), day, timeline.zone))
            bottom = timeline.y_for(wall_minutes(min(meeting.end, day.end), day, timeline.zone))
            left = column.left() + column.width() * 0.45
            found.append((meeting, QRectF(left, top, column.width() * 0.53, max(6, bottom - top))))
    return found


class PlannedLayer:
    """Asks `source(days)` for the week's planned meetings (cached by the caller) and paints."""

    def __init__(self) -> None:
        self.source: Callable[[list[Any]], list[Any]] | None = None

    def meetings(self, timeline: Any) -> list[Any]:
        if self.source is None or not timeline.days:
            return []
        return self.source(timeline.days)

    def paint(self, timeline: Any, painter: QPainter) -> None:
        meetings = self.meetings(timeline)
        if not meetings:
            return
        dark = is_dark(timeline.palette())
        for meeting, rect in planned_rects(timeline, meetings):
            colour = kind_colour("meeting" if meeting.live else "call", dark)
            pen = QPen(colour, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 3, 3)
            if rect.height() >= 14 and rect.width() >= 30:
                painter.drawText(
                    rect.adjusted(4, 1, -3, -1),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    meeting.title,
                )
