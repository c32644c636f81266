"""The painted week: seven day columns on a wall-clock axis.

Blocks (work, life) fill their column; calls and live meetings are drawn over the block they
overlap, on the column's right side; disruptions are marks with their cause's letter; contacts
are dots. Every entry is at least MIN_ENTRY_HEIGHT tall so a one-minute call can be clicked,
and its label gives its true times. Geometry lives in small functions so tests can check where
things are drawn.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tracker.kernel.days import Day
from tracker.kernel.model import Entry
from tracker.ui.week.colours import is_dark
from tracker.ui.week.gaps import gap_tip
from tracker.ui.week.geometry import Placed, side_by_side, visible_hours, wall_minutes
from tracker.ui.week.labels import MIN_ENTRY_HEIGHT, Measure, entry_tip, layout_labels
from tracker.ui.week.painting import paint_drag_time, paint_dst, paint_entry, paint_gaps, paint_now
from tracker.ui.week.planned_layer import PlannedLayer, planned_rects

__all__ = ["WeekTimeline", "visible_hours", "wall_minutes"]

AXIS_WIDTH = 44
HEADER_HEIGHT = 34
BOTTOM_MARGIN = 8
EDGE_GRAB = 5
SNAP_MINUTES = 5


class WeekTimeline(QWidget):
    selection_changed = Signal(object)  # Entry or None
    times_changed = Signal(object, object, object)  # entry, new start, new end
    add_requested = Signal(object)  # a UTC datetime where the user double-clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(480, 420)
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
        self._placed_now: list[Placed] = []
        self._stale = False  # laid out when next looked at or painted, not at every resize
        self._drag: tuple[Entry, str, float] | None = None  # entry, "start"/"end", minutes
        # While an edge is dragged: the entry's id and the times it would get if let go now.
        self._preview: tuple[str, datetime, datetime | None] | None = None
        self._labels_now: dict[tuple[str, int], tuple[QRectF, list[str]]] = {}
        self._measure: Measure | None = None
        self.people: dict = {}
        self.planned = PlannedLayer()  # the calendar's meetings, outlined behind the entries
        self.gaps: list = []  # unanswered time away (tracker.away.gaps.Gap), hatched

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
        self._stale = True
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

    def _times_of(self, entry: Entry) -> tuple[datetime, datetime]:
        """Where to draw `entry`: its stored times, or those a drag in progress gives it."""
        if self._preview is not None and self._preview[0] == entry.id:
            start, end = self._preview[1], self._preview[2]
            return start, end if end is not None else self._end_of(entry)
        return entry.start, self._end_of(entry)

    def shown_times(self, entry: Entry) -> tuple[datetime, datetime | None]:
        """The times a label gives: a drag in progress, else the stored ones (None: running)."""
        if self._preview is not None and self._preview[0] == entry.id:
            return self._preview[1], self._preview[2]
        return entry.start, entry.end

    def _layout(self) -> None:
        placed: list[Placed] = []
        for index, day in enumerate(self.days):
            column = self.column_rect(index)
            for entry in self.entries:
                start, end = self._times_of(entry)
                if entry.is_instant:
                    if not day.contains(entry.start):
                        continue
                    y = self.y_for(wall_minutes(entry.start, day, self.zone))
                    size = MIN_ENTRY_HEIGHT if entry.kind == "disruption" else 9
                    x = column.left() + 3 if entry.kind == "disruption" else column.right() - 12
                    placed.append(Placed(entry, index, QRectF(x, y - size / 2, size, size), 2))
                    continue
                if not (start < day.end and end > day.start) and not (
                    start == end and day.contains(start)
                ):
                    continue
                top = self.y_for(wall_minutes(start, day, self.zone))
                bottom = self.y_for(wall_minutes(end, day, self.zone))
                # Tall enough to click; one that ends the day grows upwards instead.
                bottom = max(bottom, top + MIN_ENTRY_HEIGHT)
                if bottom > column.bottom():
                    top, bottom = min(top, column.bottom() - MIN_ENTRY_HEIGHT), column.bottom()
                if entry.is_block:
                    rect = QRectF(column.left() + 2, top, column.width() - 4, bottom - top)
                    layer = 0
                else:
                    left = column.left() + column.width() * 0.42
                    rect = QRectF(left, top, column.right() - 3 - left, bottom - top)
                    layer = 1
                placed.append(Placed(entry, index, rect, layer))
        self._placed_now, self._stale = side_by_side(placed), False
        self._labels_now = layout_labels(self)

    @property
    def _placed(self) -> list[Placed]:
        if self._stale:
            self._layout()
        return self._placed_now

    @property
    def _labels(self) -> dict[tuple[str, int], tuple[QRectF, list[str]]]:
        if self._stale:
            self._layout()
        return self._labels_now

    def measure(self) -> Measure:
        """The label font's metrics, kept while the font stays the same."""
        font = self.label_font()
        if self._measure is None or self._measure.key != font.key():
            self._measure = Measure(font)
        return self._measure

    def label_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        return small

    def hhmm(self, moment: datetime) -> str:
        local = moment.astimezone(self.zone)
        return f"{local.hour:02d}:{local.minute:02d}"  # strftime imports a module per call

    def labels(self) -> list[tuple[QRectF, list[str]]]:
        return [label for label in self._labels.values() if label[1]]

    def label_at(self, entry_id: str, day_index: int) -> tuple[QRectF, list[str]] | None:
        """The text box and lines of the entry's piece on that day, if it has a label."""
        return self._labels.get((entry_id, day_index))

    def label_of(self, entry_id: str) -> list[str]:
        """The lines drawn in the entry's first box."""
        found = [lines for (key, _), (_, lines) in self._labels.items() if key == entry_id]
        return found[0] if found else []

    def placed(self) -> list[Placed]:
        return list(self._placed)

    def planned_boxes(self) -> list[QRectF]:  # a block's label keeps clear of the plans
        return [rect for _meeting, rect in planned_rects(self, self.planned.meetings(self))]

    def hit_rect(self, item: Placed) -> QRectF:
        """Where a click finds the entry: never less than MIN_ENTRY_HEIGHT, whatever is drawn."""
        rect = item.rect.adjusted(-2, -2, 2, 2)
        grow = max(0.0, MIN_ENTRY_HEIGHT - rect.height()) / 2
        return rect.adjusted(-grow, -grow, grow, grow)

    def rects_of(self, entry_id: str) -> list[QRectF]:
        return [p.rect for p in self._placed if p.entry.id == entry_id]

    def entry_at(self, point: QPointF) -> Entry | None:
        """The entry drawn on top at `point`: marks and dots, then calls, then blocks; within a
        layer the one painted last."""
        for layer in (2, 1, 0):
            for item in reversed(self._placed):
                if item.layer == layer and self.hit_rect(item).contains(point):
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

    def tip_at(self, point: QPointF) -> str:
        """What the entry under the pointer is, with its true times (a short one's box is
        taller than its minutes)."""
        entry = self.entry_at(point)
        if entry is None or entry.is_block:  # time away hatched over a block says what it is
            return gap_tip(self, point) or ("" if entry is None else entry_tip(self, entry))
        return entry_tip(self, entry)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def resizeEvent(self, event) -> None:
        self._stale = True
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
            paint_dst(self, painter, index, day, grid)
            painter.setPen(text)
            bold = QFont(self.font())
            bold.setBold(day.date == self.today)
            painter.setFont(bold)
            name = self.day_names[index] if index < len(self.day_names) else day.date.isoformat()
            painter.drawText(QRectF(column.left(), 0, column.width(), HEADER_HEIGHT),
                             Qt.AlignmentFlag.AlignCenter, name)  # fmt: skip
        painter.setFont(small)
        for layer in (0, 1, 2):
            if layer == 1:  # plans over the blocks (so a plan in a work block is seen), under calls
                paint_gaps(self, painter, dark)
                self.planned.paint(self, painter)
            for item in self._placed:
                if item.layer == layer:
                    paint_entry(self, painter, item, dark)
        paint_now(self, painter)
        paint_drag_time(self, painter)

    def dragging(self) -> tuple[Entry, str] | None:
        """The entry whose edge is being dragged, and which edge ("start" or "end")."""
        return None if self._drag is None else (self._drag[0], self._drag[1])

    def drag_text(self) -> str | None:
        """The times a dragged entry would get if let go now ("09:00-13:30"), else None."""
        if self._preview is None:
            return None
        _id, start, end = self._preview
        return f"{self.hhmm(start)}-{self.hhmm(end) if end is not None else '…'}"

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
            self._show_preview(self.selected.start, self.selected.end)
            return
        self.select(self.entry_at(point))

    def _dragged_times(self, point: QPointF) -> tuple[datetime, datetime | None] | None:
        entry, edge, _started = self._drag
        moment = self.moment_at(point)
        if moment is None:
            return None
        start, end = entry.start, entry.end
        if edge == "start":
            start = min(moment, end) if end is not None else moment
        else:
            end = max(moment, start)
        return start, end

    def _show_preview(self, start: datetime, end: datetime | None) -> None:
        self._preview = (self._drag[0].id, start, end) if self._drag is not None else None
        self._stale = True
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        edge = self._edge_under(event.position())
        self.setCursor(
            Qt.CursorShape.SizeVerCursor if edge or self._drag else Qt.CursorShape.ArrowCursor
        )
        if self._drag is not None:
            times = self._dragged_times(event.position())
            if times is not None:
                self._show_preview(*times)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        entry = self._drag[0]
        times = self._dragged_times(event.position())
        self._drag = None
        self._show_preview(entry.start, entry.end)  # clears it: the stored times come back
        if times is not None and times != (entry.start, entry.end):
            self.times_changed.emit(entry, *times)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.entry_at(event.position()) is None:
            moment = self.moment_at(event.position())
            if moment is not None:
                self.add_requested.emit(moment)

    def select(self, entry: Entry | None) -> None:
        self.selected = entry
        self.update()
        self.selection_changed.emit(entry)
