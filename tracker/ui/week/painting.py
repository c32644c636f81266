"""Painting the week's parts: an entry with its label, the DST band, the now line, the time
beside a dragged edge. The timeline lays out; these only draw what it placed."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)

from tracker.away.gaps import Gap
from tracker.kernel.days import Day
from tracker.kernel.model import Entry
from tracker.kernel.vocabulary import cause_glyph
from tracker.ui.week.colours import kind_colour, text_on
from tracker.ui.week.geometry import Placed, wall_minutes

__all__ = [
    "GAP_COLOURS",
    "PaintedWeek",
    "gap_boxes",
    "gap_rects",
    "paint_drag_time",
    "paint_dst",
    "paint_entry",
    "paint_gaps",
    "paint_now",
]


class PaintedWeek(Protocol):
    """What the painters read from the week they draw (the timeline, which imports this module:
    it is named by what it offers, not imported back)."""

    zone: ZoneInfo
    days: list[Day]
    now: datetime
    selected: Entry | None
    gaps: list  # unanswered gaps (tracker.away.gaps.Gap), hatched over the blocks

    def column_rect(self, day_index: int) -> QRectF: ...
    def y_for(self, minutes: float) -> float: ...
    def palette(self) -> QPalette: ...
    def width(self) -> int: ...
    def placed(self) -> list[Placed]: ...
    def label_at(self, entry_id: str, day_index: int) -> tuple[QRectF, list[str]] | None: ...
    def dragging(self) -> tuple[Entry, str] | None: ...
    def drag_text(self) -> str | None: ...


def paint_dst(timeline: PaintedWeek, painter: QPainter, index: int, day: Day, grid: QColor) -> None:
    """A hatched band where the clock jumps: the missing hour, or the one lived twice."""
    minutes = day.minutes
    if minutes == 1440:
        return
    probe = day.start
    while probe < day.end:
        after = probe + timedelta(minutes=30)
        offset_change = (
            probe.astimezone(timeline.zone).utcoffset()
            != after.astimezone(timeline.zone).utcoffset()
        )
        if offset_change:
            wall = wall_minutes(after, day, timeline.zone)
            hour_start = (wall // 60) * 60 - (60 if minutes < 1440 else 0)
            column = timeline.column_rect(index)
            band = QRectF(column.left(), timeline.y_for(hour_start), column.width(),
                          timeline.y_for(hour_start + 60) - timeline.y_for(hour_start))  # fmt: skip
            brush_colour = QColor(grid)
            brush_colour.setAlpha(90)
            painter.fillRect(
                band, QColor(brush_colour.red(), brush_colour.green(), brush_colour.blue(), 40)
            )
            painter.fillRect(band, Qt.BrushStyle.BDiagPattern)
            break
        probe = after


def paint_entry(timeline: PaintedWeek, painter: QPainter, item: Placed, dark: bool) -> None:
    entry, rect = item.entry, item.rect
    colour = kind_colour(entry.kind, dark)
    selected = timeline.selected is not None and timeline.selected.id == entry.id
    outline = (
        QPen(timeline.palette().color(timeline.palette().ColorRole.Highlight), 2.5)
        if selected
        else QPen(colour.darker(140), 1)
    )
    painter.setPen(outline)
    if entry.kind == "disruption":
        path = QPainterPath()
        path.moveTo(rect.center().x(), rect.top())
        path.lineTo(rect.right(), rect.bottom())
        path.lineTo(rect.left(), rect.bottom())
        path.closeSubpath()
        painter.fillPath(path, colour)
        painter.drawPath(path)
        painter.setPen(text_on(colour))
        letter = cause_glyph(entry.cause)
        painter.drawText(rect.adjusted(0, 3, 0, 0), Qt.AlignmentFlag.AlignCenter, letter)
        return
    if entry.kind == "contact":
        painter.setBrush(colour)
        painter.drawEllipse(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, 3, 3)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    box, lines = timeline.label_at(entry.id, item.day_index) or (rect, [])
    if lines:
        painter.setPen(text_on(colour))
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         "\n".join(lines))  # fmt: skip


GAP_COLOURS = {False: "#b45309", True: "#fbbf24"}  # amber, light and dark: no kind's colour


def gap_rects(timeline: PaintedWeek) -> list[QRectF]:
    """Where each unanswered gap is hatched: its wall-clock hours in each day it touches."""
    return [rect for _gap, rect in gap_boxes(timeline)]


def gap_boxes(timeline: PaintedWeek) -> list[tuple[Gap, QRectF]]:
    found = []
    for gap in timeline.gaps:
        for index, day in enumerate(timeline.days):
            if gap.start < day.end and gap.end > day.start:
                column = timeline.column_rect(index)
                top = timeline.y_for(wall_minutes(max(gap.start, day.start), day, timeline.zone))
                bottom = timeline.y_for(wall_minutes(min(gap.end, day.end), day, timeline.zone))
                box = QRectF(column.left() + 2, top, column.width() - 4, bottom - top)
                found.append((gap, box))
    return found


def paint_gaps(timeline: PaintedWeek, painter: QPainter, dark: bool) -> None:
    """Time away not answered yet, hatched over the block it interrupted, so it is seen and
    answered later (the day list answers it); amber, a colour no kind has."""
    colour = QColor(GAP_COLOURS[dark])
    for rect in gap_rects(timeline):
        back = QColor(timeline.palette().color(QPalette.ColorRole.Base))
        back.setAlpha(170)  # the block shows through, dimmed: it did not run as drawn
        painter.fillRect(rect, back)
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(QPen(colour, 1.5))
        step, height = 7.0, rect.height()
        x = rect.left() - height
        while x < rect.right():  # lines rising to the right, as the DST band's
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + height, rect.top()))
            x += step
        painter.restore()
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.drawRect(rect)


def paint_drag_time(timeline: PaintedWeek, painter: QPainter) -> None:
    """While an edge moves, its new time beside it: nothing is stored until it is let go."""
    text, dragging = timeline.drag_text(), timeline.dragging()
    if text is None or dragging is None:
        return
    entry, edge = dragging
    boxes = [p.rect for p in timeline.placed() if p.entry.id == entry.id]
    if not boxes:
        return
    anchor = boxes[0] if edge == "start" else boxes[-1]
    y = anchor.top() if edge == "start" else anchor.bottom()
    metrics = QFontMetricsF(painter.font())
    bubble = QRectF(0, 0, metrics.horizontalAdvance(text) + 12, metrics.height() + 6)
    bubble.moveCenter(QPointF(anchor.center().x(), y))
    bubble.moveLeft(max(0.0, min(bubble.left(), timeline.width() - bubble.width())))
    palette = timeline.palette()
    painter.setPen(QPen(palette.color(palette.ColorRole.Highlight), 1))
    painter.setBrush(palette.color(palette.ColorRole.ToolTipBase))
    painter.drawRoundedRect(bubble, 4, 4)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(palette.color(palette.ColorRole.ToolTipText))
    painter.drawText(bubble, Qt.AlignmentFlag.AlignCenter, text)


def paint_now(timeline: PaintedWeek, painter: QPainter) -> None:
    for index, day in enumerate(timeline.days):
        if day.contains(timeline.now):
            column = timeline.column_rect(index)
            y = timeline.y_for(wall_minutes(timeline.now, day, timeline.zone))
            painter.setPen(QPen(QColor("#e11d48"), 2))
            painter.drawLine(QPointF(column.left(), y), QPointF(column.right(), y))


# -- mouse ---------------------------------------------------------------------------
