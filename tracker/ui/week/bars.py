"""Small pictures beside the week: a bar of work and life per day with its switches, and a bar
per disruption cause. Each row says in words what it shows (tooltip, accessible text)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tracker.kernel.vocabulary import cause_glyph
from tracker.ui.texts import cause_label, duration, kind_label
from tracker.ui.week.colours import is_dark, kind_colour, text_on

__all__ = ["CauseBars", "DayBars", "DayRow"]

ROW = 18  # the height of one row of bars
GAP = 6


@dataclass(frozen=True, slots=True)
class DayRow:
    name: str  # "Tue 24"
    work_min: float
    life_min: float
    switches: int


class _Bars(QWidget):
    """Rows of bars with a label column on the left and a number column on the right."""

    header_rows = 0

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def row_count(self) -> int:
        raise NotImplementedError

    def sizeHint(self) -> QSize:
        return QSize(240, (self.row_count() + self.header_rows) * ROW + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def row_rect(self, row: int) -> QRectF:
        return QRectF(0, (row + self.header_rows) * ROW, self.width(), ROW)

    def row_at(self, y: float) -> int | None:
        row = int(y // ROW) - self.header_rows
        return row if 0 <= row < self.row_count() else None

    def row_text(self, row: int) -> str:
        raise NotImplementedError

    def _changed(self) -> None:
        self.setAccessibleDescription("\n".join(self.row_text(r) for r in range(self.row_count())))
        self.updateGeometry()
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            row = self.row_at(event.pos().y())
            if row is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.row_text(row), self)
            return True
        return super().event(event)

    def _columns(self, labels: list[str], numbers: list[str]) -> tuple[float, float]:
        """Where the bars start and end: after the widest label, before the widest number."""
        metrics = QFontMetricsF(self.font())
        label = max((metrics.horizontalAdvance(t) for t in labels), default=0) + GAP
        label = min(label, self.width() * 0.45)  # long causes are elided, not the bars
        number = max((metrics.horizontalAdvance(t) for t in numbers), default=0) + GAP
        return label, max(label + 10, self.width() - number)

    def _text(self, painter: QPainter, rect: QRectF, text: str, align) -> None:
        metrics = QFontMetricsF(painter.font())
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, shown)


class DayBars(_Bars):
    """Per day: work and life minutes as one bar (to scale across the week), then switches."""

    header_rows = 1

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[DayRow] = []
        self.setAccessibleName(self.tr("Work and life per day"))

    def set_rows(self, rows: list[DayRow]) -> None:
        self.rows = list(rows)
        self._changed()

    def row_count(self) -> int:
        return len(self.rows)

    def row_text(self, row: int) -> str:
        day = self.rows[row]
        switches = day.switches  # lupdate reads a plain name as the count, not an attribute
        text = self.tr("%1: work %2, life %3, %n switch(es)", "", switches)
        return (
            text.replace("%1", day.name)
            .replace("%2", duration(day.work_min))
            .replace("%3", duration(day.life_min))
        )

    def _layout_columns(self) -> tuple[float, float]:
        return self._columns([r.name for r in self.rows], [str(r.switches) for r in self.rows])

    def segments(self, row: int) -> tuple[QRectF, QRectF]:
        """The work and the life part of a day's bar; the longest day fills the bar column."""
        left, right = self._layout_columns()
        longest = max((r.work_min + r.life_min for r in self.rows), default=0) or 1
        day = self.rows[row]
        box = self.row_rect(row).adjusted(0, 3, 0, -3)
        scale = (right - GAP - left) / longest
        work = QRectF(left, box.top(), day.work_min * scale, box.height())
        life = QRectF(work.right(), box.top(), day.life_min * scale, box.height())
        return work, life

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        dark = is_dark(palette)
        colours = {"work": kind_colour("work", dark), "life": kind_colour("life", dark)}
        left, right = self._layout_columns()
        metrics = QFontMetricsF(painter.font())
        # The legend: what the colours and the last column mean.
        x = left
        for kind in ("work", "life"):
            painter.fillRect(QRectF(x, 5, 10, 10), colours[kind])
            label = kind_label(kind)
            painter.setPen(text)
            self._text(painter, QRectF(x + 13, 0, 80, ROW), label, Qt.AlignmentFlag.AlignLeft)
            x += 13 + metrics.horizontalAdvance(label) + 10
        painter.drawText(QRectF(x, 0, self.width() - x, ROW),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         self.tr("switches"))  # fmt: skip
        for row, day in enumerate(self.rows):
            rect = self.row_rect(row)
            painter.setPen(text)
            self._text(painter, QRectF(0, rect.top(), left - GAP, ROW), day.name,
                       Qt.AlignmentFlag.AlignLeft)  # fmt: skip
            for kind, part, minutes in zip(("work", "life"), self.segments(row),
                                           (day.work_min, day.life_min), strict=True):  # fmt: skip
                if part.width() <= 0:
                    continue
                painter.fillRect(part, colours[kind])
                hours = duration(minutes)
                if metrics.horizontalAdvance(hours) + 4 <= part.width():
                    painter.setPen(text_on(colours[kind]))
                    painter.drawText(part, Qt.AlignmentFlag.AlignCenter, hours)
            painter.setPen(text)
            painter.drawText(QRectF(right, rect.top(), self.width() - right, ROW),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(day.switches))  # fmt: skip
        painter.end()


class CauseBars(_Bars):
    """Disruptions by cause: one bar per cause, the commonest first, with its mark's letter."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts: list[tuple[str, int]] = []
        self.setAccessibleName(self.tr("Disruptions by cause"))

    def set_counts(self, counts: list[tuple[str, int]]) -> None:
        self.counts = sorted(counts, key=lambda item: (-item[1], cause_label(item[0])))
        self._changed()

    def row_count(self) -> int:
        return len(self.counts)

    def row_text(self, row: int) -> str:
        cause, count = self.counts[row]
        return f"{cause_label(cause)}: {count}"

    def _layout_columns(self) -> tuple[float, float]:
        labels = [cause_label(c) for c, _ in self.counts]
        left, right = self._columns(labels, [str(n) for _, n in self.counts])
        return left + ROW, right  # room for the mark drawn before each label

    def bar(self, row: int) -> QRectF:
        left, right = self._layout_columns()
        most = max((n for _, n in self.counts), default=0) or 1
        box = self.row_rect(row).adjusted(0, 3, 0, -3)
        return QRectF(left, box.top(), (right - GAP - left) * self.counts[row][1] / most,
                      box.height())  # fmt: skip

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        colour = kind_colour("disruption", is_dark(palette))
        left, right = self._layout_columns()
        for row, (cause, count) in enumerate(self.counts):
            rect = self.row_rect(row)
            self._mark(painter, QRectF(1, rect.top() + 2, ROW - 4, ROW - 4), colour, cause)
            painter.setPen(text)
            self._text(painter, QRectF(ROW, rect.top(), left - ROW - GAP, ROW), cause_label(cause),
                       Qt.AlignmentFlag.AlignLeft)  # fmt: skip
            painter.fillRect(self.bar(row), colour)
            painter.setPen(text)
            painter.drawText(QRectF(right, rect.top(), self.width() - right, ROW),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(count))  # fmt: skip
        painter.end()

    def _mark(self, painter: QPainter, box: QRectF, colour: QColor, cause: str) -> None:
        """The same triangle and letter as the mark in the week."""
        path = QPainterPath()
        path.moveTo(box.center().x(), box.top())
        path.lineTo(QPointF(box.right(), box.bottom()))
        path.lineTo(QPointF(box.left(), box.bottom()))
        path.closeSubpath()
        painter.fillPath(path, colour)
        painter.setPen(QPen(colour.darker(140), 1))
        painter.drawPath(path)
        painter.setPen(text_on(colour))
        small = painter.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.75))
        painter.save()
        painter.setFont(small)
        letter = cause_glyph(cause)
        painter.drawText(box.adjusted(0, 3, 0, 0), Qt.AlignmentFlag.AlignCenter, letter)
        painter.restore()
