"""The review painted with QPainter, as the week window is: no chart library to load (Qt Charts
is deprecated since Qt 6.10, Qt Graphs wants QML), the same drawing on screen and offscreen
for `dayweave review --png`. Every number comes from tracker.review; this only draws.

one job: painting the review's sections one under another (what stands out, work and life per
week, switches per day, disruptions per week and the minutes they lasted, the weave and the
disruptions' hours, the 360 degrees per month); each section is a short method, kept together
so they share one grid, and `sections` gives each its height: the one list paintEvent draws and
sizeHint adds up, so the chart is as tall as what it paints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tracker.kernel.vocabulary import circle_label
from tracker.review.report import Review
from tracker.ui.texts import cause_label, duration
from tracker.ui.week.colours import is_dark, kind_colour

__all__ = ["ReviewChart"]

MARGIN = 16
TITLE = 22
BARS = 120  # the height of a section of bars
CELL = 14  # a heatmap's row
LINE = 18  # a line of text under a title
_CAUSE_COLOURS = ("#d93b3b", "#f08c2e", "#e3b505", "#2f9e8f", "#3b82f6", "#a45ee5", "#db2777")


def cause_colour(index: int) -> QColor:
    return QColor(_CAUSE_COLOURS[index % len(_CAUSE_COLOURS)])


class ReviewChart(QWidget):
    """Click a week's bar to open that week (`week_clicked`)."""

    week_clicked = Signal(object)  # the week's first day (a date)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.review: Review | None = None
        self.sentences: list[str] = []
        self._week_rects: list[tuple[QRectF, date]] = []
        self._heat_cells: dict[tuple[int, int], QRectF] = {}  # (weekday, hour): where drawn
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def show_review(self, review: Review, sentences: list[str]) -> None:
        self.review, self.sentences = review, sentences
        self.setAccessibleDescription("\n".join(sentences))
        self.updateGeometry()
        self.update()

    def weekday_names(self) -> list[str]:
        return [
            self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
            self.tr("Sat"), self.tr("Sun"),
        ]  # fmt: skip

    Section = Callable[[QPainter, float, float], object]  # draws at y, over a width

    def sections(self) -> list[tuple[Section, float]]:
        """Each section, top to bottom, with the height it takes."""
        review = self.review
        if review is None:
            return []
        sections: list[tuple[ReviewChart.Section, float]] = [
            (self._sentences, max(1, len(self.sentences)) * LINE + 8),
            (self._work_and_life, TITLE + BARS + 24),
            (self._switches, TITLE + BARS / 2 + 12),
            (self._disruptions, TITLE + BARS + 44),
        ]
        if round(review.disrupted_min):  # only where some disruption's end is known
            sections.append((self._disrupted, TITLE + BARS / 2 + 24))
        heat_line = LINE if round(review.disrupted_min) else 0
        sections += [
            (self._heatmaps, TITLE + 14 + 7 * CELL + 16 + heat_line),
            (self._circles, TITLE + 60 + 16 * len(review.circles) + 8),
            (self._call_prompts, TITLE + 28 + 16 * 5),  # the call prompts (issue 22)
        ]
        return sections

    def sizeHint(self) -> QSize:
        return QSize(900, int(2 * MARGIN + sum(height for _, height in self.sections())))

    def minimumSizeHint(self) -> QSize:
        return QSize(600, self.sizeHint().height())

    # -- drawing -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        if self.review is None:
            return
        self._week_rects, self._heat_cells = [], {}
        width = self.width() - 2 * MARGIN
        y = float(MARGIN)
        for draw, height in self.sections():
            draw(painter, y, width)
            y += height
        painter.end()

    def _text(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def _muted(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.PlaceholderText)

    def _title(self, painter: QPainter, y: float, text: str) -> float:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self._text())
        painter.drawText(QRectF(MARGIN, y, self.width(), TITLE), Qt.AlignmentFlag.AlignLeft, text)
        painter.setFont(self.font())
        return y + TITLE

    def _sentences(self, painter: QPainter, y: float, width: float) -> float:
        painter.setPen(self._text())
        for sentence in self.sentences or [self.tr("Nothing stands out in these weeks.")]:
            painter.drawText(QRectF(MARGIN, y, width, 18), Qt.AlignmentFlag.AlignLeft, sentence)
            y += 18
        return y + 8

    def _bars(
        self,
        painter: QPainter,
        area: QRectF,
        stacks: Sequence[Sequence[tuple[float, QColor]]],
        gap: float = 2,
    ) -> list[QRectF]:
        """Stacked bars from the bottom of `area`, one per stack; the columns they stand in."""
        top = max((sum(v for v, _ in s) for s in stacks), default=0) or 1
        step = area.width() / max(1, len(stacks))
        columns = []
        for index, stack in enumerate(stacks):
            x = area.left() + index * step
            bottom = area.bottom()
            for value, colour in stack:
                height = area.height() * value / top
                painter.fillRect(QRectF(x + gap / 2, bottom - height, step - gap, height), colour)
                bottom -= height
            columns.append(QRectF(x, area.top(), step, area.height()))
        return columns

    def _axis_dates(self, painter: QPainter, columns: list[QRectF], days: list[date]) -> None:
        painter.setPen(self._muted())
        every = max(1, int(70 // max(1.0, columns[0].width()))) if columns else 1
        for index in range(0, len(columns), every):
            column, day = columns[index], days[index]
            rect = QRectF(column.left(), column.bottom() + 2, 70, 14)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, f"{day.day} {day:%m}".lstrip())

    def _work_and_life(self, painter: QPainter, y: float, width: float) -> float:
        assert self.review is not None
        dark = is_dark(self.palette())
        weeks = self.review.weeks
        hours = max((w.work_min + w.life_min for w in weeks), default=0) / 60
        title = self.tr("Work and life per week (up to %1 h)").replace("%1", f"{hours:.0f}")
        y = self._title(painter, y, title)
        area = QRectF(MARGIN, y, width, BARS)
        work, life = kind_colour("work", dark), kind_colour("life", dark)
        stacks = [((w.work_min, work), (w.life_min, life)) for w in weeks]
        columns = self._bars(painter, area, stacks)
        self._week_rects = [(c, w.first_day) for c, w in zip(columns, weeks, strict=True)]
        self._axis_dates(painter, columns, [w.first_day for w in weeks])
        return y + BARS + 24

    def _switches(self, painter: QPainter, y: float, width: float) -> float:
        assert self.review is not None
        counts = [n for week in self.review.weeks for n in week.day_switches]
        most = max(counts, default=0)
        y = self._title(painter, y, self.tr("Switches per day (up to %1)").replace("%1", str(most)))
        colour = self._muted()
        stacks = [((float(n), colour),) for n in counts]
        self._bars(painter, QRectF(MARGIN, y, width, BARS / 2), stacks, gap=0.5)
        return y + BARS / 2 + 12

    def _disruptions(self, painter: QPainter, y: float, width: float) -> float:
        assert self.review is not None
        causes = [c for c, _ in self.review.disruptions_by_cause.most_common()]
        y = self._title(painter, y, self.tr("Disruptions per week, by cause"))
        colours = [cause_colour(index) for index in range(len(causes))]
        stacks = [
            [
                (float(w.disruptions_by_cause.get(c, 0)), k)
                for c, k in zip(causes, colours, strict=True)
            ]
            for w in self.review.weeks
        ]
        columns = self._bars(painter, QRectF(MARGIN, y, width, BARS), stacks)
        self._axis_dates(painter, columns, [w.first_day for w in self.review.weeks])
        x = float(MARGIN)
        for index, cause in enumerate(causes):  # the legend
            label = f"{cause_label(cause)} {self.review.disruptions_by_cause[cause]}"
            painter.fillRect(QRectF(x, y + BARS + 20, 10, 10), cause_colour(index))
            painter.setPen(self._text())
            painter.drawText(QPointF(x + 14, y + BARS + 30), label)
            x += 24 + painter.fontMetrics().horizontalAdvance(label)
        return y + BARS + 44

    def _disrupted(self, painter: QPainter, y: float, width: float) -> float:
        """Minutes disrupted per week, where a disruption's end is known (issue 21)."""
        assert self.review is not None
        weeks, minutes = self.review.weeks, self.review.disrupted_by_week
        title = self.tr("Minutes disrupted per week, where known (up to %1)")
        y = self._title(painter, y, title.replace("%1", duration(max(minutes, default=0))))
        colour = kind_colour("disruption", is_dark(self.palette()))
        colour.setAlphaF(0.6)  # as the heatmap's, never the solid red of a cause's bar above
        stacks = [((m, colour),) for m in minutes]
        columns = self._bars(painter, QRectF(MARGIN, y, width, BARS / 2), stacks)
        self._week_rects += [(c, w.first_day) for c, w in zip(columns, weeks, strict=True)]
        self._axis_dates(painter, columns, [w.first_day for w in weeks])
        return y + BARS / 2 + 24

    def _grid(
        self, painter: QPainter, left: float, y: float, width: float, cells
    ) -> dict[tuple[int, int], QRectF]:
        """A weekday-by-hour grid; where each cell was drawn."""
        names = self.weekday_names()
        label = 36.0
        step = (width - label) / 24
        drawn = {}
        painter.setPen(self._muted())
        for hour in range(0, 24, 3):
            painter.drawText(QPointF(left + label + hour * step, y + 10), str(hour))
        for weekday in range(7):
            top = y + 14 + weekday * CELL
            painter.setPen(self._text())
            painter.drawText(
                QRectF(left, top, label, CELL), Qt.AlignmentFlag.AlignVCenter, names[weekday]
            )
            for hour in range(24):
                rect = QRectF(left + label + hour * step + 0.5, top + 0.5, step - 1, CELL - 1)
                painter.fillRect(rect, cells(weekday, hour))
                drawn[weekday, hour] = rect
        return drawn

    def _heatmaps(self, painter: QPainter, y: float, width: float) -> float:
        assert self.review is not None
        review, dark = self.review, is_dark(self.palette())
        half = (width - MARGIN) / 2
        self._title(painter, y, self.tr("When work and life interleave"))
        painter.save()
        painter.translate(half + MARGIN, 0)
        self._title(painter, y, self.tr("When disruptions strike"))
        painter.restore()
        y += TITLE
        totals = [
            work + life
            for works, lives in zip(review.weave_work, review.weave_life, strict=True)
            for work, life in zip(works, lives, strict=True)
        ]
        most = max(totals, default=0) or 1
        base = self.palette().color(QPalette.ColorRole.Base)

        def weave(weekday: int, hour: int) -> QColor:
            work, life = review.weave_work[weekday][hour], review.weave_life[weekday][hour]
            if work + life == 0:
                return base.darker(106) if not dark else base.lighter(120)
            colour = kind_colour("work" if work >= life else "life", dark)
            colour.setAlphaF(0.25 + 0.75 * (work + life) / most)
            return colour

        strikes = max((n for row in review.heat for n in row), default=0) or 1

        def heat(weekday: int, hour: int) -> QColor:
            count = review.heat[weekday][hour]
            if count == 0:
                return base.darker(106) if not dark else base.lighter(120)
            colour = kind_colour("disruption", dark)
            colour.setAlphaF(0.2 + 0.8 * count / strikes)
            return colour

        self._grid(painter, MARGIN, y, half, weave)
        self._heat_cells = self._grid(painter, 2 * MARGIN + half, y, half, heat)
        if round(review.disrupted_min):
            painter.setPen(self._muted())
            rect = QRectF(2 * MARGIN + half, y + 14 + 7 * CELL + 4, half, LINE)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, self._lasted_line())
        return y + 14 + 7 * CELL + 16

    def _lasted_line(self) -> str:
        """Under the heatmap: how long the disruptions lasted where known, and the hour whose
        disruptions lasted longest (each hour's own in its tooltip)."""
        assert self.review is not None
        lengths = self.review.heat_length
        weekday, hour = max(
            ((d, h) for d in range(7) for h in range(24)), key=lambda c: lengths[c[0]][c[1]]
        )
        text = self.tr("Disrupted for %1 where known; longest when striking %2 %3 (%4)")
        return (
            text.replace("%1", duration(self.review.disrupted_min))
            .replace("%2", self.weekday_names()[weekday])
            .replace("%3", f"{hour:02d}:00")
            .replace("%4", duration(lengths[weekday][hour]))
        )

    def heat_cell(self, weekday: int, hour: int) -> QRectF:
        """Where the disruptions' heatmap drew that hour (after a paint)."""
        return self._heat_cells[weekday, hour]

    def heat_tip(self, point: QPointF) -> str:
        """The disruptions of the hour under `point`: how many struck, and how long they
        lasted where known; "" outside the heatmap or where none struck."""
        cells = self._heat_cells.items()
        found = next((cell for cell, rect in cells if rect.contains(point)), None)
        if found is None or self.review is None:
            return ""
        weekday, hour = found
        count = round(self.review.heat[weekday][hour])
        if not count:
            return ""
        text = self.tr("%1 %2–%3: %n disruption(s)", "", count)
        text = (
            text.replace("%1", self.weekday_names()[weekday])
            .replace("%2", f"{hour:02d}:00")
            .replace("%3", f"{(hour + 1) % 24:02d}:00")
        )
        lasted = self.review.heat_length[weekday][hour]
        if round(lasted):
            text += self.tr(", disrupted for %1 where known").replace("%1", duration(lasted))
        return text

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.heat_tip(QPointF(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _circles(self, painter: QPainter, y: float, width: float) -> float:
        assert self.review is not None
        y = self._title(painter, y, self.tr("The 360 degrees: people reached per month"))
        painter.setPen(self._text())
        months = self.review.months
        column = min(110.0, (width - 160) / max(1, len(months)))
        for index, row in enumerate(months):
            x = MARGIN + 160 + index * column
            painter.drawText(QPointF(x, y + 12), f"{row.month:%Y-%m}")
            reached = sum(sum(k.values()) for k in row.by_circle.values())
            painter.drawText(QPointF(x, y + 28), str(reached))
            live = f"{row.live_meetings}/{row.live_wanted:g}"
            painter.setPen(
                self._text()
                if row.live_meetings >= row.live_wanted
                else kind_colour("disruption", is_dark(self.palette()))
            )
            painter.drawText(QPointF(x, y + 44), live)
            painter.setPen(self._text())
        painter.drawText(QPointF(MARGIN, y + 28), self.tr("people reached"))
        painter.drawText(QPointF(MARGIN, y + 44), self.tr("live meetings / wanted"))
        y += 60
        for gap in self.review.circles:
            if gap.slipping:
                text = self.tr("%1: last reached %2 days ago (every %3 days); slipping")
            else:
                text = self.tr("%1: last reached %2 days ago (every %3 days)")
            text = text.replace("%1", circle_label(gap.circle)).replace("%2", str(gap.days_since))
            painter.setPen(
                kind_colour("disruption", is_dark(self.palette())) if gap.slipping else self._text()
            )
            painter.drawText(QPointF(MARGIN, y + 12), text.replace("%3", str(gap.every_days)))
            y += 16
        return y

    def _call_prompts(self, painter: QPainter, y: float, width: float) -> float:
        """Per month: calls and live meetings, and of them those whose first-minutes and
        last-minutes prompts were used, those after which a next action was agreed, and of
        them those whose action was kept."""
        assert self.review is not None
        y = self._title(painter, y, self.tr("Calls: the prompts used, per month"))
        painter.setPen(self._text())
        months = self.review.prompts_by_month
        column = min(110.0, (width - 200) / max(1, len(months)))
        labels = (
            self.tr("calls and live meetings"),
            self.tr("first minutes: connect"),
            self.tr("last minutes: an action"),
            self.tr("next actions agreed"),
            self.tr("next actions kept"),
        )
        for line, label in enumerate(labels):
            painter.drawText(QPointF(MARGIN, y + 28 + 16 * line), label)
        for index, row in enumerate(months):
            x = MARGIN + 200 + index * column
            painter.drawText(QPointF(x, y + 12), f"{row.first_day:%Y-%m}")
            values = (row.calls, row.opened, row.closed, row.agreed, row.kept)
            for line, value in enumerate(values):
                painter.drawText(QPointF(x, y + 28 + 16 * line), str(value))
        return y + 28 + 16 * len(labels)

    # -- clicks --------------------------------------------------------------------------

    def week_at(self, point: QPointF) -> date | None:
        return next((first for rect, first in self._week_rects if rect.contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        first = self.week_at(event.position())
        if first is not None:
            self.week_clicked.emit(first)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.week_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)
