"""Time away not answered yet, in the week: hatched in the painted week (painting.py) and a row
of its own in the day list, which answers it with the question's answers (a break, a
disruption and its cause, a live meeting with whom, still working, split...). The answer runs
through the door as AnswerGap, as the question on return does (issue 21).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QPointF
from PySide6.QtWidgets import QMenu, QWidget

from tracker.away.gaps import Gap, noted_between, open_gaps
from tracker.kernel.days import Day
from tracker.kernel.vocabulary import CAUSES
from tracker.ui.texts import cause_label
from tracker.ui.week.painting import gap_boxes
from tracker.ui.whom import ask_whom, names_in

__all__ = ["GapRow", "WeekGaps", "answer_menu", "gap_tip"]


class GapRow(NamedTuple):
    """A gap as a row of the day list: it has what a row reads of an entry."""

    gap: Gap

    @property
    def id(self) -> str:
        return f"gap {self.gap.start.isoformat()}"

    @property
    def start(self) -> datetime:
        return self.gap.start

    @property
    def end(self) -> datetime:
        return self.gap.end

    is_instant = False


Answer = Callable[[str, object], None]  # (answer, detail): as GapQuestion's `answered`


def answer_menu(parent: QWidget, answer: Answer) -> QMenu:
    """The gap's answers as a menu; `answer` gets the one chosen."""
    translate = QCoreApplication.translate
    menu = QMenu(parent)
    menu.addAction(translate("WeekGaps", "A break"), lambda: answer("break", None))
    causes = menu.addMenu(translate("WeekGaps", "A disruption"))
    for cause in CAUSES:
        causes.addAction(cause_label(cause), lambda c=cause: answer("disruption", c))
    menu.addAction(translate("WeekGaps", "A live meeting with..."), lambda: answer("meeting", None))
    menu.addAction(translate("WeekGaps", "Still working"), lambda: answer("working", None))
    menu.addAction(translate("WeekGaps", "Split..."), lambda: answer("split", None))
    return menu


def gap_tip(timeline: Any, point: QPointF) -> str:
    """The tooltip of the hatched gap under `point`, or ""."""
    for gap, rect in gap_boxes(timeline):
        if rect.contains(point):
            start, end = gap.start.astimezone(timeline.zone), gap.end.astimezone(timeline.zone)
            text = QCoreApplication.translate(
                "WeekGaps", "Time away %1–%2, not answered yet: the day list answers it"
            )
            return text.replace("%1", f"{start:%H:%M}").replace("%2", f"{end:%H:%M}")
    return ""


class WeekGaps(QObject):
    """Reads the week's unanswered gaps for the painted week and the day list, and runs the
    answers given in the list. `window`: the week window (its journal, commands, zone, the
    timeline and day list, reload and error)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: Any = None  # whom, or the Split... window, while open
        self.asked: Gap | None = None  # the gap it asks about
        window.day_list.gap_answered.connect(self.answer)

    def show(self, days: list[Day]) -> None:
        """The week's open gaps (after the timeline has the week's entries)."""
        session = getattr(self.window.journal, "session", None)  # none read only (--png)
        try:
            records = session().get("gaps") if session is not None else None
        except OSError:
            records = None
        found = noted_between(records, days[0].start, days[-1].end)
        gaps = open_gaps(found, self.window.timeline.entries)  # an undone answer: open again
        self.window.timeline.gaps = gaps
        self.window.day_list.gaps = gaps

    def answer(self, gap: Gap, answer: str, detail: object) -> None:
        """An answer picked in the day list; whom and the parts are asked first."""
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.asked = gap
        translate = QCoreApplication.translate
        # Bound methods, never lambdas holding self: no reference cycle for Python's collector
        # to break on another thread (see tracker/ui/away/watch.py).
        if answer == "meeting" and detail is None:
            label = translate("WeekGaps", "With whom? (names separated by commas)")
            title = translate("WeekGaps", "A live meeting")
            self.dialog = ask_whom(title, label, self._met, self.window)
        elif answer == "split" and detail is None:
            from tracker.ui.away.split import GapSplit

            self.dialog = GapSplit(gap, self.window.zone)
            self.dialog.split.connect(self._split)
            self.dialog.show()
        else:
            self.run(gap, answer, detail)

    def _met(self, text: str) -> None:
        names = names_in(text)
        if names and self.asked is not None:
            self.run(self.asked, "meeting", names)

    def _split(self, parts: list) -> None:
        if self.asked is not None:
            self.run(self.asked, "split", parts)

    def run(self, gap: Gap, answer: str, detail: object) -> None:
        from tracker.commands.requests import AnswerGap
        from tracker.ui.errors import error_text

        fields: dict[str, object] = {}
        if answer == "disruption":
            fields["cause"] = detail
        elif answer == "meeting" and isinstance(detail, list):
            fields["names"] = tuple((name, None) for name in detail)
        elif answer == "split":
            fields["parts"] = detail
        window = self.window
        request = AnswerGap(
            start=gap.start, end=gap.end, answer=answer, tz=window.zone.key,
            now=window.clock.now(), **fields,
        )  # fmt: skip
        try:
            window.commands.run(request, initiator=window)
        except (ValueError, OSError) as error:
            window.error.setText(error_text(error))
            return
        window.error.setText("")
        window.reload()
