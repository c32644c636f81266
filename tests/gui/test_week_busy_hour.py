"""A busy hour stays readable (issue 20): a work block, a call and a live meeting at once, a
planned meeting, two disruptions and a contact. No mark or dot covers a label, no label covers
another, and a planned meeting's title is not written under what was logged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import combinations
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRectF

from tracker.kernel.days import week_days
from tracker.kernel.model import Entry
from tracker.ui.week.planned_layer import planned_labels
from tracker.ui.week.timeline import WeekTimeline

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY = date(2026, 11, 23)
TUESDAY = MONDAY + timedelta(days=1)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 24, hour, minute, tzinfo=AMS).astimezone(UTC)


@dataclass
class Planned:
    title: str
    start: datetime
    end: datetime
    live: bool = True


def entry(kind: str, start: datetime, end: datetime | None = None, **fields) -> Entry:
    return Entry(kind=kind, start=start, end=end, tz=AMS.key, **fields)


def busy_week() -> list[Entry]:
    return [
        entry("work", at(9), at(12), title="quarterly planning"),
        entry("call", at(10), at(10, 45), title="status with Anna"),
        entry("meeting", at(10, 15), at(11), title="design review"),
        entry("disruption", at(10, 5), cause="noise"),
        entry("disruption", at(10, 20), cause="tech"),
        entry("disruption", at(9, 2), cause="family"),
        entry("contact", at(10, 30)),
        entry("call", at(14), at(15), title="customer call about renewal"),
        entry("work", at(15, 30), at(18), title="status reports"),  # holds a planned meeting
        entry("contact", at(14, 10)),
    ]


def text_rects(timeline: WeekTimeline) -> list[tuple[str, QRectF]]:
    """Where text is drawn: each label's lines as wide as they are, each planned title."""
    metrics = timeline.measure()
    found = []
    for box, lines in timeline.labels():
        width = max(metrics.horizontalAdvance(line) for line in lines)
        found.append(
            (lines[0], QRectF(box.left(), box.top(), width, len(lines) * metrics.lineSpacing()))
        )
    for rect, text in planned_labels(timeline, timeline.planned.meetings(timeline)):
        width = metrics.horizontalAdvance(text)
        found.append((text, QRectF(rect.left(), rect.top(), width, metrics.lineSpacing())))
    return found


@pytest.mark.parametrize("width", [600, 1000, 1800])
def test_nothing_covers_a_label_in_a_busy_hour(qtbot, width):
    timeline = WeekTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(width, 700)
    planned = [Planned("budget planning", at(10), at(11)), Planned("one on one", at(16), at(17))]
    timeline.planned.source = lambda days: planned
    days = week_days(MONDAY, AMS)
    timeline.set_week(days, busy_week(), AMS, at(18), [d.date.isoformat() for d in days])
    texts = text_rects(timeline)
    assert texts  # the hour says something
    marks = [p.rect for p in timeline.placed() if p.entry.is_instant]
    for (name, text), mark in ((t, m) for t in texts for m in marks):
        assert not text.intersects(mark), (name, text, mark)
    for (one, a), (other, b) in combinations(texts, 2):
        assert not a.intersects(b), (one, other)
    # The planned meeting at 10 lies under what was logged: no title under the call's box.
    [(_rect, title)] = planned_labels(timeline, planned)
    assert "one on one".startswith(title.rstrip("…"))
