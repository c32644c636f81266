"""A person's contacts on one line of time, painted: a dot per call, live meeting or contact
(in the week's kind colours), and between the dots their gaps, thin where the cadence was
kept and thick and red where it slipped; the last gap runs to now. Months (or years) below."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from tracker.kernel.vocabulary import kind_label
from tracker.review.person import PersonHistory
from tracker.ui.week.colours import is_dark, kind_colour
from tracker.ui.week.details import local_text

__all__ = ["SLIPPED", "ContactStrip", "month_steps"]

SLIPPED = {False: "#c62828", True: "#ff6b6b"}  # by dark: a gap longer than the cadence
_MARGIN = 16
_DOT = 5.0
_LINE_Y = 34.0  # the line of time, from the top
_LABEL_ROOM = 64  # pixels a month's label needs
_STEPS = (1, 2, 3, 6, 12, 24)


def month_steps(first: date, last: date, width: float) -> list[date]:
    """The first days of the months to label between `first` and `last`: every month, or
    every 2, 3, 6, 12 or 24 (on January for a year or more), as many as fit in `width`."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = next((s for s in _STEPS if width / max(months / s, 1) >= _LABEL_ROOM), _STEPS[-1])
    start = (first.year * 12 + first.month - 1 + step - 1) // step * step
    found = []
    index = start
    while True:
        day = date(index // 12, index % 12 + 1, 1)
        if day > last:
            return found
        if day >= first:
            found.append(day)
        index += step


class ContactStrip(QWidget):
    """Painted from a PersonHistory (tracker.review.person): nothing here counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: PersonHistory | None = None
        self.zone = ZoneInfo("UTC")
        self.now: datetime | None = None
        self._dots: list[tuple[QPointF, str]] = []  # where each contact was painted: tooltips
        self.setMinimumHeight(84)
        self.setAccessibleName(self.tr("Contacts over time"))

    def sizeHint(self) -> QSize:
        return QSize(800, 84)

    def show_history(self, history: PersonHistory, zone: ZoneInfo, now: datetime) -> None:
        self.history, self.zone, self.now = history, zone, now
        self.update()

    def _span(self) -> tuple[datetime, datetime] | None:
        if self.history is None or self.now is None or not self.history.touches:
            return None
        first = self.history.touches[0].start
        return first, max(self.now, first)

    def _x(self, moment: datetime, span: tuple[datetime, datetime]) -> float:
        seconds = max((span[1] - span[0]).total_seconds(), 1.0)
        share = (moment - span[0]).total_seconds() / seconds
        return _MARGIN + share * (self.width() - 2 * _MARGIN)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        span = self._span()
        if self.history is None:
            return  # still reading
        if span is None:
            painter.setPen(text)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No contact with them yet.")
            )
            return
        self._months(painter, span, text)
        self._gaps(painter, span, text)
        self._contacts(painter, span)

    def _months(self, painter: QPainter, span: tuple[datetime, datetime], text: QColor) -> None:
        faint = QColor(text)
        faint.setAlphaF(0.35)
        first, last = (moment.astimezone(self.zone).date() for moment in span)
        locale = QLocale()
        for day in month_steps(first, last, self.width() - 2 * _MARGIN):
            moment = datetime(day.year, day.month, day.day, tzinfo=self.zone)
            x = self._x(moment, span)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(x, _LINE_Y - 12), QPointF(x, _LINE_Y + 12))
            short = QLocale.FormatType.ShortFormat
            label = str(day.year) if day.month == 1 else locale.monthName(day.month, short)
            painter.setPen(text)
            box = QRectF(x - _LABEL_ROOM / 2, _LINE_Y + 16, _LABEL_ROOM, 20)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _gaps(self, painter: QPainter, span: tuple[datetime, datetime], text: QColor) -> None:
        assert self.history is not None
        kept = QColor(text)
        kept.setAlphaF(0.45)
        slipped = QColor(SLIPPED[is_dark(self.palette())])
        for gap in self.history.gaps:
            pen = QPen(kept, 2) if gap.kept else QPen(slipped, 6)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            start, end = self._x(gap.start, span), self._x(gap.end, span)
            painter.drawLine(QPointF(start, _LINE_Y), QPointF(end, _LINE_Y))

    def _contacts(self, painter: QPainter, span: tuple[datetime, datetime]) -> None:
        assert self.history is not None
        dark = is_dark(self.palette())
        edge = self.palette().color(QPalette.ColorRole.Window)
        self._dots = []
        for entry in self.history.touches:
            centre = QPointF(self._x(entry.start, span), _LINE_Y)
            painter.setPen(QPen(edge, 1.5))
            painter.setBrush(kind_colour(entry.kind, dark))
            painter.drawEllipse(centre, _DOT, _DOT)
            when = local_text(entry.start, self.zone, "ddd d MMM yyyy")
            title = f": {entry.title}" if entry.title else ""
            self._dots.append((centre, f"{when} · {kind_label(entry.kind)}{title}"))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            near = [
                (abs(centre.x() - event.pos().x()), text)
                for centre, text in self._dots
                if abs(centre.y() - event.pos().y()) <= 12
            ]
            close = sorted((d, t) for d, t in near if d <= 8)
            if close:
                QToolTip.showText(event.globalPos(), close[0][1], self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
