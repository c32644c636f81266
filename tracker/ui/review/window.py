"""The review window: the last 4, 12, 26 or 52 weeks, painted by ReviewChart; a click on a
week's bar opens that week. Read through the cache of closed weeks (tracker.review.cache), so
opening it again, or after a change, reads only the weeks whose day files changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from tracker.kernel.clock import Clock
from tracker.kernel.days import first_weekday
from tracker.review.cache import WeekCache
from tracker.review.keep import read_kept, write_kept
from tracker.review.load import ReviewSource, last_weeks, load_review
from tracker.review.standout import standout
from tracker.ui.review.chart import ReviewChart
from tracker.ui.review.intention import IntentionBox

__all__ = ["SPANS", "ReviewWindow"]

SPANS = (4, 12, 26, 52)


class ReviewWindow(QWidget):
    week_requested = Signal(object)  # a week's first day: open the week window there

    def __init__(
        self,
        journal: ReviewSource,
        clock: Clock,
        zone: ZoneInfo,
        weeks: int = 12,
        kept: Path | None = None,
    ):
        """`kept`: the file the closed weeks are kept in between runs (tracker.review.keep)."""
        super().__init__()
        self.journal, self.clock, self.zone = journal, clock, zone
        self.cache = WeekCache(journal)
        self.kept = kept
        if kept is not None:
            self.cache.kept.update(read_kept(kept))
        self.setWindowTitle(self.tr("Review"))
        self.span = QComboBox()
        for count in SPANS:
            self.span.addItem(self.tr("Last %1 weeks").replace("%1", str(count)), count)
        self.span.setCurrentIndex(SPANS.index(weeks) if weeks in SPANS else 1)
        self.span.currentIndexChanged.connect(self.reload)
        self.chart = ReviewChart()
        self.chart.week_clicked.connect(self.week_requested)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.span)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.intention = IntentionBox()  # one intention for next week (issue 22)
        layout.addWidget(self.intention)
        layout.addWidget(scroll)
        self.resize(1000, 760)
        self.reload()
        self.keep()

    def keep(self) -> None:
        """The weeks summed since last kept, for the next start (at opening and closing)."""
        if self.kept is not None and self.cache.changed:
            # Weeks another process kept since this window read the file (the child that
            # sums them ahead, `dayweave review`) stay kept; this window's own are newer.
            for key, week in read_kept(self.kept).items():
                self.cache.kept.setdefault(key, week)
            write_kept(self.kept, self.cache.kept)
            self.cache.changed = False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keep()
        super().closeEvent(event)

    def firsts(self) -> list[date]:
        today = self.clock.now().astimezone(self.zone).date()
        first = first_weekday(self.journal.settings().first_weekday)
        return last_weeks(int(self.span.currentData()), today, first)

    def reload(self) -> None:
        review = load_review(self.journal, self.cache, self.firsts(), self.zone, self.clock.now())
        self.chart.show_review(review, standout(review))
        self._show_intention()

    def _show_intention(self) -> None:
        from tracker.nudges.moment import intention_week
        from tracker.store.intentions import intention_for

        week = intention_week(self.journal.settings(), self.clock.now(), self.zone)
        text = intention_for(cast("Any", self.journal), week, week.weekday())  # its first day
        self.intention.show_intention(week, text)

    def on_notice(self, *_notice: object) -> None:
        """Any change: read again while shown; the cache reads only the weeks it touched."""
        if self.isVisible():
            self.reload()
