"""What the week window says about the selected entry: kind, times, title, people, note."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from tracker.kernel.model import Entry, Person
from tracker.ui.texts import entry_label

__all__ = ["details_text", "local_text"]


def local_text(moment: datetime, zone: ZoneInfo, pattern: str) -> str:
    """Day and month names in the UI's language (strftime would use the C library's)."""
    local = moment.astimezone(zone)
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(stamp, pattern)


def details_text(entry: Entry | None, zone: ZoneInfo, people: Mapping[str, Person]) -> str:
    # The words keep the window's context, where their translations already are.
    if entry is None:
        return QCoreApplication.translate(
            "WeekWindow", "Select an entry to see it; double-click empty space to add one."
        )
    when = local_text(entry.start, zone, "ddd d MMM HH:mm")
    if entry.end is not None:
        when += " – " + local_text(entry.end, zone, "HH:mm")
    elif entry.running:
        when += " – " + QCoreApplication.translate("WeekWindow", "running")
    lines = [entry_label(entry), when]
    if entry.title:
        lines.append(entry.title)
    names = [people[p].name for p in entry.people if p in people]
    if names:
        lines.append(
            QCoreApplication.translate("WeekWindow", "With: %1").replace("%1", ", ".join(names))
        )
    if entry.note:
        lines.append(entry.note)
    return "\n".join(lines)
