"""The painted week: seven day columns on a wall-clock axis.

Blocks (work, life) fill their column; calls and live meetings are drawn over the block they
overlap, on the column's right side; disruptions are marks with their cause's letter; contacts
are dots. Geometry lives in small functions so tests can check where things are drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tracker.core.days import Day
from tracker.core.model import Entry
from tracker.core.vocabulary import CAUSE_GLYPHS
from tracker.ui.week.colours import is_dark, kind_colour, text_on
from tracker.ui.week.planned_layer import PlannedLayer

__all__ = ["WeekTimeline", "visible_hours", "wall_minutes"]

AXIS_WIDTH = 44
HEADER_HEIGHT = 34
BOTTOM_MARGIN = 8
EDGE_GRAB = 5
SNAP_MINUTES = 5
CAUSE_LETTERS = CAUSE_GLYPHS


def wall_minutes(moment: datetime, day: Day, zone: ZoneInfo) -> float:
    """Where `moment` sits on `day`'s wall-clock axis, 0 to 1440 (clipped at the day's ends)."""
    if moment <= day.start:
        return 0.0
    if moment >= day.end:
        return 1440.0
    local = moment.astimezone(zone)
    return local.hour * 60 + local.minute + local.second / 60


def visible_hours(
    days: list[Day], entries: list[Entry], zone: ZoneInfo, now: datetime
) -> tuple[int, int]:
    """06:00-24:00, widened to include any entry outside it."""
    first, last = 6, 24
    for entry in entries:
        end = entry.end or (entry.start if entry.is_instant else max(entry.start, now))
        for day in days:
            if entry.start < day.end and (end > day.start or (end == entry.start == day.start)):
                start_min = wall_minutes(max(entry.start, day.start), day, zone)
                first = min(first, int(start_min // 60))
    return first, last


@dataclass(frozen=True, slots=True)
class Placed:
    entry: Entry
    day_index: int
    rect: QRectF
    layer: int  # 0 block, 1 call/meeting, 2 mark or dot: the higher is hit first


class WeekTimeline(QWidget):
    selection_changed = Signal(object)  # Entry or None
    times_changed = Signal(object, object, object)  # entry, new start, new end
    add_requested = Signal(object)  # a UTC datetime where the user double-clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(560, 420)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Week timeline"))
        self.zone = ZoneInfo("UTC")
        self.days: list[Day] = []
        self.entries: list[Entry] = []
        self.now = datetime.now().astimezone()
        self.today: date | None = None
        self.hours = (6, 24)
        self.selected: Entry | None = None
        self.day_names: list[str] = []
        self._placed: list[Placed] = []
        self._drag: tuple[Entry, str, float] | None = None  # entry, "start"/"end", minutes
        self.people: dict = {}
        self.planned = PlannedLayer()  # the calendar's meetings, outlined behind the entries

    # -- data ----------------------------------------------------------------------------

    def set_week(self, days: list[Day], entries: list[Entry], zone: ZoneInfo, now: datetime,
                 day_names: list[str], people: dict | None = None) -> None:  # fmt: skip
        self.days, self.entries, self.zone, self.now = days, entries, zone, now
        self.people = people or {}
        self.today = now.astimezone(zone).date()
        self.day_names = day_names
        self.hours = visible_hours(days, entries, zone, now)
        if self.selected is not None:
            self.selected = next((e for e in entries if e.id == self.selected.id), None)
        self._layout()
        self.update()

    # -- geometry ------------------------------------------------------------------------

    def column_rect(self, day_index: int) -> QRectF:
        width = (self.width() - AXIS_WIDTH) / 7
        return QRectF(AXIS_WIDTH + day_index * width, HEADER_HEIGHT, width,
                      self.height() - HEADER_HEIGHT - BOTTOM_MARGIN)  # fmt: skip

    def y_for(self, minutes: float) -> float:
        first, last = self.hours
        span = (last - first) * 60
        height = self.height() - HEADER_HEIGHT - BOTTOM_MARGIN
        return HEADER_HEIGHT + (minutes - first * 60) / span * height

    def minutes_at(self, y: float) -> float:
        first, last = self.hours
        height = self.height() - HEADER_HEIGHT - BOTTOM_MARGIN
        return first * 60 + (y - HEADER_HEIGHT) / height * (last - first) * 60

    def _end_of(self, entry: Entry) -> datetime:
        if entry.end is not None:
            return entry.end
        return entry.start if entry.is_instant else max(entry.start, self.now)

    def _layout(self) -> None:
        placed: list[Placed] = []
        for index, day in enumerate(self.days):
            column = self.column_rect(index)
            for entry in self.entries:
                end = self._end_of(entry)
                if entry.is_instant:
                    if not day.contains(entry.start):
                        continue
                    y = self.y_for(wall_minutes(entry.start, day, self.zone))
                    size = 14 if entry.kind == "disruption" else 8
                    x = column.left() + 3 if entry.kind == "disruption" else column.right() - 12
                    placed.append(Placed(entry, index, QRectF(x, y - size / 2, size, size), 2))
                    continue
                if not (entry.start < day.end and end > day.start) and not (
                    entry.start == end and day.contains(entry.start)
                ):
                    continue
                top = self.y_for(wall_minutes(entry.start, day, self.zone))
                bottom = self.y_for(wall_minutes(end, day, self.zone))
                bottom = max(bottom, top + 3)
                if entry.is_block:
                    rect = QRectF(column.left() + 2, top, column.width() - 4, bottom - top)
                    layer = 0
                else:
                    left = column.left() + column.width() * 0.42
                    rect = QRectF(left, top, column.right() - 3 - left, bottom - top)
                    layer = 1
                placed.append(Placed(entry, index, rect, layer))
        self._placed = placed

    def placed(self) -> list[Placed]:
        return list(self._placed)

    def rects_of(self, entry_id: str) -> list[QRectF]:
        return [p.rect for p in self._placed if p.entry.id == entry_id]

    def entry_at(self, point: QPointF) -> Entry | None:
        """The entry drawn on top at `point`: marks and dots, then calls, then blocks."""
        for layer in (2, 1, 0):
            for item in self._placed:
                if item.layer == layer and item.rect.adjusted(-2, -2, 2, 2).contains(point):
                    return item.entry
        return None

    def day_index_at(self, x: float) -> int | None:
        for index in range(len(self.days)):
            column = self.column_rect(index)
            if column.left() <= x < column.right():
                return index
        return None

    def moment_at(self, point: QPointF) -> datetime | None:
        index = self.day_index_at(point.x())
        if index is None or point.y() < HEADER_HEIGHT:
            return None
        minutes = round(self.minutes_at(point.y()) / SNAP_MINUTES) * SNAP_MINUTES
        day = self.days[index]
        minutes = max(0, min(1440, minutes))
        if minutes == 1440:
            return day.end
        wall = datetime.combine(day.date, datetime.min.time()) + timedelta(minutes=minutes)
        moment = wall.replace(tzinfo=self.zone)
        if moment.astimezone(UTC).astimezone(self.zone).replace(tzinfo=None) != wall:
            # A wall time inside the hour the clock skips: the jump happens at the top of that
            # hour, read with the offset before it (fold=0).
            moment = wall.replace(minute=0, tzinfo=self.zone)
        return max(day.start, moment.astimezone(UTC))

    def resizeEvent(self, event) -> None:
        self._layout()
        super().resizeEvent(event)

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter)
        painter.end()

    def paint(self, painter: QPainter) -> None:
        palette = self.palette()
        dark = is_dark(palette)
        text = palette.color(palette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(40)
        painter.fillRect(self.rect(), palette.color(palette.ColorRole.Base))
        first, last = self.hours
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        for hour in range(first, last + 1):
            y = self.y_for(hour * 60)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(AXIS_WIDTH, y), QPointF(self.width(), y))
            if hour < last:
                painter.setPen(text)
                right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                painter.drawText(QRectF(0, y - 8, AXIS_WIDTH - 6, 16), right, f"{hour:02d}")
        for index, day in enumerate(self.days):
            column = self.column_rect(index)
            if day.date == self.today:
                highlight = QColor(palette.color(palette.ColorRole.Highlight))
                highlight.setAlpha(28)
                painter.fillRect(column, highlight)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(column.topLeft(), column.bottomLeft())
            self._paint_dst(painter, index, day, grid)
            painter.setPen(text)
            bold = QFont(self.font())
            bold.setBold(day.date == self.today)
            painter.setFont(bold)
            name = self.day_names[index] if index < len(self.day_names) else day.date.isoformat()
            painter.drawText(QRectF(column.left(), 0, column.width(), HEADER_HEIGHT),
                             Qt.AlignmentFlag.AlignCenter, name)  # fmt: skip
        painter.setFont(small)
        self.planned.paint(self, painter)
        for layer in (0, 1, 2):
            for item in self._placed:
                if item.layer == layer:
                    self._paint_entry(painter, item, dark)
        self._paint_now(painter)

    def _paint_dst(self, painter: QPainter, index: int, day: Day, grid: QColor) -> None:
        """A hatched band where the clock jumps: the missing hour, or the one lived twice."""
        minutes = day.minutes
        if minutes == 1440:
            return
        probe = day.start
        while probe < day.end:
            after = probe + timedelta(minutes=30)
            offset_change = (
                probe.astimezone(self.zone).utcoffset() != after.astimezone(self.zone).utcoffset()
            )
            if offset_change:
                wall = wall_minutes(after, day, self.zone)
                hour_start = (wall // 60) * 60 - (60 if minutes < 1440 else 0)
                column = self.column_rect(index)
                band = QRectF(column.left(), self.y_for(hour_start), column.width(),
                              self.y_for(hour_start + 60) - self.y_for(hour_start))  # fmt: skip
                brush_colour = QColor(grid)
                brush_colour.setAlpha(90)
                painter.fillRect(
                    band, QColor(brush_colour.red(), brush_colour.green(), brush_colour.blue(), 40)
                )
                painter.fillRect(band, Qt.BrushStyle.BDiagPattern)
                break
            probe = after

    def _paint_entry(self, painter: QPainter, item: Placed, dark: bool) -> None:
        entry, rect = item.entry, item.rect
        colour = kind_colour(entry.kind, dark)
        selected = self.selected is not None and self.selected.id == entry.id
        outline = (
            QPen(self.palette().color(self.palette().ColorRole.Highlight), 2.5)
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
            letter = CAUSE_LETTERS.get(entry.cause or "", "?")
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
        if rect.height() >= 14 and rect.width() >= 30:
            painter.setPen(text_on(colour))
            names = ", ".join(self.people[p].name for p in entry.people if p in self.people)
            label = entry.title or names
            start = entry.start.astimezone(self.zone).strftime("%H:%M")
            end = entry.end.astimezone(self.zone).strftime("%H:%M") if entry.end else "…"
            times = f"{start}-{end}"
            lines = f"{label}\n{times}" if label and rect.height() >= 28 else (label or times)
            # Blocks leave their left edge to the disruption marks drawn over them.
            indent = 19 if entry.is_block else 4
            painter.drawText(
                rect.adjusted(indent, 1, -3, -1),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                lines,
            )

    def _paint_now(self, painter: QPainter) -> None:
        for index, day in enumerate(self.days):
            if day.contains(self.now):
                column = self.column_rect(index)
                y = self.y_for(wall_minutes(self.now, day, self.zone))
                painter.setPen(QPen(QColor("#e11d48"), 2))
                painter.drawLine(QPointF(column.left(), y), QPointF(column.right(), y))

    # -- mouse ---------------------------------------------------------------------------

    def _edge_under(self, point: QPointF) -> str | None:
        if self.selected is None or self.selected.is_instant:
            return None
        entry = self.selected
        for item in self._placed:
            if item.entry.id != entry.id or not item.rect.left() <= point.x() <= item.rect.right():
                continue
            day = self.days[item.day_index]
            # Only the piece drawn in the day that holds the real start (or end) has that edge:
            # the top of a block's second day is midnight, not its start.
            if abs(point.y() - item.rect.top()) <= EDGE_GRAB and day.contains(entry.start):
                return "start"
            ends_here = entry.end is not None and day.start < entry.end <= day.end
            if abs(point.y() - item.rect.bottom()) <= EDGE_GRAB and ends_here:
                return "end"
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        edge = self._edge_under(point)
        if edge is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = (self.selected, edge, self.minutes_at(point.y()))
            return
        self.select(self.entry_at(point))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        edge = self._edge_under(event.position())
        self.setCursor(
            Qt.CursorShape.SizeVerCursor if edge or self._drag else Qt.CursorShape.ArrowCursor
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        entry, edge, _started = self._drag
        self._drag = None
        moment = self.moment_at(event.position())
        if moment is None:
            return
        start, end = entry.start, entry.end
        if edge == "start":
            start = min(moment, end) if end is not None else moment
        else:
            end = max(moment, start)
        if (start, end) != (entry.start, entry.end):
            self.times_changed.emit(entry, start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.entry_at(event.position()) is None:
            moment = self.moment_at(event.position())
            if moment is not None:
                self.add_requested.emit(moment)

    def select(self, entry: Entry | None) -> None:
        self.selected = entry
        self.update()
        self.selection_changed.emit(entry)
