"""What an entry's box in the week can say: the lines that fit, never a time cut in half.

A box too small for everything drops parts in order: first the title is shortened with an
ellipsis, then the end time goes, then the start time; "11:00-12:0" is never drawn.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from tracker.kernel.model import Entry
from tracker.ui.texts import entry_label
from tracker.ui.week.geometry import Placed

__all__ = [
    "MIN_ENTRY_HEIGHT",
    "MIN_TITLE_CHARACTERS",
    "LabelledWeek",
    "Measure",
    "clear_of",
    "entry_tip",
    "fit_label",
    "layout_labels",
]

# Every entry is at least this tall on screen, so a one-minute call can be seen and clicked;
# its label still gives its true times.
MIN_ENTRY_HEIGHT = 16
# A title shortened to fewer characters than this says nothing; the end time goes first.
MIN_TITLE_CHARACTERS = 4


class LabelledWeek(Protocol):
    """What labels read from the week they are laid out for (the timeline, which imports this
    module: it is named by what it offers, not imported back)."""

    people: dict

    def measure(self) -> Measure: ...
    def placed(self) -> list[Placed]: ...
    def planned_boxes(self) -> list[QRectF]: ...
    def shown_times(self, entry: Entry) -> tuple[datetime, datetime | None]: ...
    def hhmm(self, moment: datetime) -> str: ...


class Measure:
    """A font's metrics that remember what they measured: a week repeats its titles and times
    ("school run", "07:00-08:30") and asking Qt for each costs more than the layout."""

    def __init__(self, font: QFont):
        self.key = font.key()
        self.metrics = QFontMetricsF(font)
        self.spacing = self.metrics.lineSpacing()
        self.widths: dict[str, float] = {}
        self.elided: dict[tuple[str, int], str] = {}

    def lineSpacing(self) -> float:
        return self.spacing

    def horizontalAdvance(self, text: str) -> float:
        width = self.widths.get(text)
        if width is None:
            width = self.widths[text] = self.metrics.horizontalAdvance(text)
        return width

    def elidedText(self, text: str, mode: Qt.TextElideMode, width: float) -> str:
        key = (text, int(width))  # whole pixels: the cache hits, and the text still fits
        shown = self.elided.get(key)
        if shown is None:
            shown = self.elided[key] = self.metrics.elidedText(text, mode, int(width))
        return shown


def _elided(metrics: QFontMetricsF, text: str, width: float) -> str:
    if width <= 0 or not text:
        return ""
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return "" if shown in ("", "…") else shown


def _readable(tail: str, title: str) -> bool:
    return tail == title or len(tail.rstrip("…")) >= MIN_TITLE_CHARACTERS


def fit_label(
    metrics: QFontMetricsF, title: str, start: str, end: str, width: float, height: float
) -> list[str]:
    """The lines to draw in a box of `width` x `height`: the title over the times when two
    lines fit, else the times and as much of the title as fits on one line."""
    rows = int(height // metrics.lineSpacing())
    if rows < 1 or width <= 0:
        return []
    times = f"{start}-{end}"

    def fits(text: str) -> bool:
        return metrics.horizontalAdvance(text) <= width

    if rows >= 2 and title:
        when = times if fits(times) else start if fits(start) else ""
        return [line for line in (_elided(metrics, title, width), when) if line]
    if not title:
        return [times] if fits(times) else [start] if fits(start) else []
    for lead in (times, start):
        if not fits(lead):
            continue
        room = width - metrics.horizontalAdvance(lead + " ") - 1
        tail = _elided(metrics, title, room)
        if tail and _readable(tail, title) and fits(f"{lead} {tail}"):
            return [f"{lead} {tail}"]
    if fits(times):
        return [times]
    shortened = _elided(metrics, title, width)
    if shortened and _readable(shortened, title):
        return [shortened]
    return [start] if fits(start) else []


def clear_of(box: QRectF, text_height: float, obstacles: list[QRectF]) -> QRectF:
    """`box` narrowed so that none of `obstacles` lies where its text goes (its top
    `text_height`): one on the left moves the text's left edge past it, one on the right moves
    the right edge before it. Marks keep their true place; the words make room."""
    box = QRectF(box)
    moved = True
    while moved and box.width() > 0:
        moved = False
        band_bottom = box.top() + min(text_height, box.height())
        for other in obstacles:
            if other.bottom() <= box.top() or other.top() >= band_bottom:
                continue
            if other.right() <= box.left() or other.left() >= box.right():
                continue
            if other.center().x() < box.center().x():
                box.setLeft(other.right() + 2)
            else:
                box.setRight(other.left() - 2)
            moved = True
    return box


def layout_labels(timeline: LabelledWeek) -> dict[tuple[str, int], tuple[QRectF, list[str]]]:
    """The text box and lines of each span the timeline placed, by (entry id, day index)."""
    metrics = timeline.measure()
    placed = timeline.placed()
    # What a label must stay clear of, per day: marks and dots; for a block, also the calls,
    # meetings and planned meetings drawn over it.
    instants: dict[int, list[QRectF]] = {}
    spans: dict[int, list[QRectF]] = {}
    for item in placed:
        if item.layer:
            (instants if item.layer == 2 else spans).setdefault(item.day_index, []).append(
                item.rect
            )
    plans = timeline.planned_boxes()
    labels = {}
    for item in placed:
        entry, rect = item.entry, item.rect
        if entry.is_instant:
            continue
        obstacles = instants.get(item.day_index, [])
        if entry.is_block:  # under the calls, meetings and plans drawn over it
            obstacles = obstacles + spans.get(item.day_index, []) + plans
        box = clear_of(rect.adjusted(4, 1, -3, -1), 2 * metrics.lineSpacing(), obstacles)
        start, end = timeline.shown_times(entry)
        people = timeline.people
        title = entry.title or ", ".join(people[p].name for p in entry.people if p in people)
        end_text = "…" if end is None else timeline.hhmm(end)
        lines = fit_label(metrics, title, timeline.hhmm(start), end_text, box.width(), box.height())
        labels[(entry.id, item.day_index)] = (box, lines)
    return labels


def entry_tip(timeline: LabelledWeek, entry: Entry) -> str:
    """ "Call 11:00-11:02 · Anna": the kind, the true times, the title and the people."""
    start, end = timeline.shown_times(entry)
    when = timeline.hhmm(start)
    if not entry.is_instant:
        when += "-" + ("…" if end is None else timeline.hhmm(end))
    people = timeline.people
    names = ", ".join(people[p].name for p in entry.people if p in people)
    return " · ".join(part for part in (f"{entry_label(entry)} {when}", entry.title, names) if part)
