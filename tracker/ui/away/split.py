"""Split...: a gap that was several things, told as consecutive parts, each answered (a break, a
disruption with its cause, a live meeting with whom, still working). The user asked for it with
a click, and typing needs the keyboard, so this is an ordinary window, not a quiet one; never
modal. The parts go through the door as one AnswerGap "split" (tracker/away/handlers.py).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.away.gaps import Gap
from tracker.kernel.timefmt import to_utc_text
from tracker.kernel.vocabulary import CAUSES
from tracker.ui.texts import cause_label

__all__ = ["GapSplit"]


class _Part:
    """One row: until when, what it was, its cause or whom."""

    def __init__(self, parent: QWidget, last: bool) -> None:
        self.until = QTimeEdit(parent)
        self.until.setDisplayFormat("HH:mm")
        self.until.setEnabled(not last)  # the last part ends with the gap
        self.answer = QComboBox(parent)
        translate = QCoreApplication.translate
        for label, key in (
            (translate("GapSplit", "A break"), "break"),
            (translate("GapSplit", "A disruption"), "disruption"),
            (translate("GapSplit", "A live meeting"), "meeting"),
            (translate("GapSplit", "Still working"), "working"),
        ):
            self.answer.addItem(label, key)
        self.cause = QComboBox(parent)
        for cause in CAUSES:
            self.cause.addItem(cause_label(cause), cause)
        self.whom = QLineEdit(parent)
        self.whom.setPlaceholderText(
            translate("GapSplit", "With whom? (names separated by commas)")
        )
        self.answer.currentIndexChanged.connect(self.shown)
        self.shown()

    def shown(self) -> None:
        """The cause for a disruption, whom for a meeting; nothing else asks more."""
        key = self.answer.currentData()
        self.cause.setVisible(key == "disruption")
        self.whom.setVisible(key == "meeting")

    def record(self, end: datetime | None) -> dict[str, object]:
        key = self.answer.currentData()
        names = [[n.strip(), None] for n in self.whom.text().split(",") if n.strip()]
        return {
            "end": None if end is None else to_utc_text(end),
            "answer": key,
            "cause": self.cause.currentData() if key == "disruption" else None,
            "names": names if key == "meeting" else [],
        }


class GapSplit(QDialog):
    """`split(parts)`: the parts as AnswerGap's `parts` records, when the user said Answer."""

    split = Signal(list)

    def __init__(self, gap: Gap, zone: ZoneInfo) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Split the time away"))
        self.gap, self.zone = gap, zone
        start, end = gap.start.astimezone(zone), gap.end.astimezone(zone)
        heading = QLabel(
            self.tr("%1–%2 was several things: until when was each?")
            .replace("%1", f"{start:%H:%M}")
            .replace("%2", f"{end:%H:%M}")
        )
        heading.setWordWrap(True)
        self.grid = QGridLayout()
        self.parts: list[_Part] = []
        self.more = QPushButton(self.tr("Add a part"))
        self.more.clicked.connect(self.add_part)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.answer_button = buttons.addButton(
            self.tr("Answer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.grid)
        layout.addWidget(self.more)
        layout.addWidget(buttons)
        for _ in range(2):
            self.add_part()

    def add_part(self) -> None:
        """A new part before the last: the parts so far share the gap evenly."""
        last = _Part(self, last=True)
        if self.parts:
            self.parts[-1].until.setEnabled(True)
        self.parts.append(last)
        row = len(self.parts) - 1
        for column, widget in enumerate((last.until, last.answer, last.cause, last.whom)):
            self.grid.addWidget(widget, row, column)
        step = (self.gap.end - self.gap.start) / len(self.parts)
        for index, part in enumerate(self.parts):
            moment = (self.gap.start + step * (index + 1)).astimezone(self.zone)
            part.until.setTime(QTime(moment.hour, moment.minute))

    def ends(self) -> list[datetime | None]:
        """Each part's end as typed, after the one before it (a gap may pass midnight);
        None for the last, which ends with the gap."""
        found: list[datetime | None] = []
        after = self.gap.start.astimezone(self.zone)
        for part in self.parts[:-1]:
            typed = part.until.time()
            moment = datetime.combine(
                after.date(), time(typed.hour(), typed.minute()), tzinfo=self.zone
            )
            if moment <= after:
                moment += timedelta(days=1)
            found.append(moment)
            after = moment
        return [*found, None]

    def records(self) -> list[dict[str, object]]:
        return [part.record(end) for part, end in zip(self.parts, self.ends(), strict=True)]

    def _accept(self) -> None:
        self.split.emit(self.records())
        self.accept()
