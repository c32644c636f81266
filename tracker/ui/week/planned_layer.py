"""Planned meetings in the week: dashed outlines drawn behind what was logged, on the side of
the column where calls and live meetings go, so a logged meeting covers its plan."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from tracker.ui.week.colours import is_dark, kind_colour
from tracker.ui.week.geometry import wall_minutes
from tracker.ui.week.labels import clear_of

__all__ = ["PlannedLayer", "planned_labels", "planned_rects"]


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


def planned_labels(timeline: Any, meetings: list[Any]) -> list[tuple[QRectF, str]]:
    """Where a planned meeting's title is written, shortened to fit: only where nothing logged
    covers the plan (a logged call says what happened; two titles there were a knot) and
    beside, never under, a disruption mark or a contact dot."""
    placed = timeline.placed()
    metrics = timeline.measure()
    found = []
    for meeting, rect in planned_rects(timeline, meetings):
        if rect.height() < metrics.lineSpacing():
            continue
        logged = [p.rect for p in placed if p.layer == 1 and p.rect.intersects(rect)]
        if logged:
            continue
        box = clear_of(rect.adjusted(4, 1, -3, -1), metrics.lineSpacing(),
                       [p.rect for p in placed if p.layer == 2])  # fmt: skip
        text = metrics.elidedText(meeting.title, Qt.TextElideMode.ElideRight, box.width())
        if text and text != "…":
            found.append((box, text))
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
        painter.setPen(timeline.palette().color(timeline.palette().ColorRole.WindowText))
        for box, text in planned_labels(timeline, meetings):
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
