"""Beside the week: hours, a bar of work and life per day with its switches, a bar per
disruption cause, the 360° compass, live meetings, and one sentence naming the week's most
visible pattern (only when it rests on enough disruptions)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from tracker.timeline.patterns import MIN_PATTERN_DISRUPTIONS, Pattern
from tracker.timeline.summary import WeekSummary
from tracker.ui.texts import cause_label, duration
from tracker.ui.week.bars import CauseBars, DayBars, DayRow
from tracker.ui.week.colours import is_dark, kind_colour

__all__ = ["Compass", "SummaryPanel", "pattern_sentence"]

# The compass's six directions; the own team sits in the middle, set apart from the rest.
DIRECTIONS = ("leadership", "peer", "partner", "report", "customer")


def circle_name(circle: str) -> str:
    names = {
        "customer": QCoreApplication.translate("SummaryPanel", "customers"),
        "leadership": QCoreApplication.translate("SummaryPanel", "leadership"),
        "team": QCoreApplication.translate("SummaryPanel", "own team"),
        "peer": QCoreApplication.translate("SummaryPanel", "other teams"),
        "report": QCoreApplication.translate("SummaryPanel", "reports"),
        "partner": QCoreApplication.translate("SummaryPanel", "partners"),
    }
    return names.get(circle, circle)


def pattern_sentence(pattern: Pattern | None, weekday_names: list[str]) -> str:
    if pattern is None:
        return QCoreApplication.translate("SummaryPanel", "No pattern stands out this week.")
    if pattern.weekday is None:
        text = QCoreApplication.translate(
            "SummaryPanel", "%1 of %2 disruptions came between %3:00 and %4:00."
        )
        text = text.replace("%1", str(pattern.count)).replace("%2", str(pattern.total))
        return text.replace("%3", f"{pattern.hour:02d}").replace("%4", f"{pattern.hour + 1:02d}")
    # "Tuesday mornings" in English, "dinsdagochtend" in Dutch: the day goes into the phrase.
    parts = {
        "morning": QCoreApplication.translate("SummaryPanel", "%1 mornings"),
        "afternoon": QCoreApplication.translate("SummaryPanel", "%1 afternoons"),
        "evening": QCoreApplication.translate("SummaryPanel", "%1 evenings"),
    }
    day_name = weekday_names[pattern.weekday]
    if QLocale().language() == QLocale("nl_NL").language():
        day_name = day_name.lower()
    when = parts[pattern.part].replace("%1", day_name)
    if pattern.cause is None:
        text = QCoreApplication.translate("SummaryPanel", "%1 of %2 disruptions came on %3.")
        what = ""
    else:
        text = QCoreApplication.translate("SummaryPanel", "%1 of %2 %4 disruptions came on %3.")
        what = cause_label(pattern.cause).split(",")[0].lower()
    text = text.replace("%1", str(pattern.count)).replace("%2", str(pattern.total))
    return text.replace("%3", when).replace("%4", what)  # fmt: skip


class Compass(QWidget):
    """Whom the week reached, in six directions: a dot grows with the contacts in that circle."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.setMinimumSize(250, 200)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("SummaryPanel", "360 degree compass"))

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        self.setToolTip(", ".join(f"{circle_name(c)}: {n}" for c, n in sorted(self.counts.items())))
        self.update()

    def positions(self) -> dict[str, QPointF]:
        centre = QPointF(self.width() / 2, self.height() / 2 + 4)
        radius = min(self.width(), self.height()) / 2 - 34
        places = {"team": centre}
        for index, circle in enumerate(DIRECTIONS):
            angle = -math.pi / 2 + index * 2 * math.pi / len(DIRECTIONS)
            places[circle] = QPointF(
                centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)
            )
        return places

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(palette.ColorRole.WindowText)
        faint = QColor(text)
        faint.setAlpha(60)
        places = self.positions()
        centre = places["team"]
        accent = kind_colour("call", is_dark(palette))
        for circle, point in places.items():
            if circle != "team":
                painter.setPen(QPen(faint, 1, Qt.PenStyle.DashLine))
                painter.drawLine(centre, point)
        for circle, point in places.items():
            count = self.counts.get(circle, 0)
            size = 6 + min(18, 4 * math.sqrt(count)) if count else 6
            painter.setPen(QPen(text, 1))
            painter.setBrush(accent if count else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(point, size / 2, size / 2)
            label = f"{circle_name(circle)} {count}" if count else circle_name(circle)
            # Labels sit outside the ring (above the top point, below the rest) so none collide.
            above = circle == "leadership"
            top = point.y() - size / 2 - 17 if above else point.y() + size / 2 + 1
            box = QRectF(point.x() - 62, top, 124, 16)
            painter.setPen(text)
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        painter.end()


class SummaryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumWidth(240)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.day_bars = DayBars()
        self.disruptions = QLabel()
        self.disruptions.setWordWrap(True)
        self.cause_bars = CauseBars()
        self.compass = Compass()
        self.pattern = QLabel()
        self.pattern.setWordWrap(True)
        font = self.pattern.font()
        font.setItalic(True)
        self.pattern.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(self.day_bars)
        layout.addWidget(self.disruptions)
        layout.addWidget(self.cause_bars)
        layout.addWidget(
            QLabel(QCoreApplication.translate("SummaryPanel", "Reached this week (360°):"))
        )
        layout.addWidget(self.compass)
        layout.addWidget(self.pattern)
        layout.addStretch(1)

    def show_week(
        self,
        week: WeekSummary,
        pattern: Pattern | None,
        weekday_names: list[str],
        long_day_names: list[str],
    ) -> None:
        worked_days = sum(1 for d in week.days if d.work_min or d.life_min) or 1
        lines = [
            QCoreApplication.translate("SummaryPanel", "Work %1 · Life %2")
            .replace("%1", duration(week.work_min))
            .replace("%2", duration(week.life_min)),
            QCoreApplication.translate("SummaryPanel", "Switches per day: %1").replace(
                "%1", f"{week.switches / worked_days:.1f}"
            ),
            QCoreApplication.translate("SummaryPanel", "Live meetings: %1").replace(
                "%1", str(week.live_meetings)
            ),
            QCoreApplication.translate("SummaryPanel", "Calls: %1 · Contacts: %2")
            .replace("%1", str(week.calls))
            .replace("%2", str(week.contacts)),
        ]
        self.totals.setText("\n".join(lines))
        rows = []
        for day in week.days:
            name = f"{weekday_names[day.day.date.weekday()]} {day.day.date.day}"
            rows.append(DayRow(name, day.work_min, day.life_min, day.switches))
        self.day_bars.set_rows(rows)
        parts = [
            QCoreApplication.translate("SummaryPanel", "Disruptions: %1").replace(
                "%1", str(week.disruptions)
            )
        ]
        if week.disrupted_min:  # the disruptions that lasted (a gap answered), counted whole
            parts.append(
                QCoreApplication.translate("SummaryPanel", "Disrupted for: %1").replace(
                    "%1", duration(week.disrupted_min)
                )
            )
        if week.lost_min:
            parts.append(
                QCoreApplication.translate("SummaryPanel", "Time lost: %1").replace(
                    "%1", duration(week.lost_min)
                )
            )
        self.disruptions.setText(" · ".join(parts))
        self.cause_bars.set_counts(list(week.disruptions_by_cause.items()))
        self.cause_bars.setHidden(not week.disruptions_by_cause)
        self.compass.set_counts(dict(week.reached_by_circle))
        self.pattern.setText(pattern_sentence(pattern, long_day_names))
        # Fewer disruptions than a pattern needs: no sentence about patterns at all.
        self.pattern.setHidden(pattern is None and week.disruptions < MIN_PATTERN_DISRUPTIONS)
