"""`dayweave week --png FILE`: the week window rendered offscreen, with no tray and no display."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from tracker.kernel.model import Person
from tracker.timeline.summary import WeekSummary

__all__ = ["save_week_png"]


class _ReadOnlyJournal:
    """The week window reads through this; an export never writes."""

    def __init__(self, summary: WeekSummary, people: Mapping[str, Person]):
        self._entries = sorted(
            {e.id: e for d in summary.days for e in d.entries}.values(), key=lambda e: e.start
        )
        self._people = dict(people)

    def entries_between(self, start, end):
        return [e for e in self._entries if e.start < end and (e.end or e.start) >= start]

    def people_by_id(self):
        return dict(self._people)

    def people(self):
        return [p for p in self._people.values() if not p.deleted]


class _Clock:
    def __init__(self, now):
        self._now = now

    def now(self):
        return self._now


def save_week_png(
    summary: WeekSummary,
    people: Mapping[str, Person],
    path: Path,
    *,
    now,
    dark: bool = False,
    lang: str | None = None,
    first_weekday: int = 0,
    planned: Sequence[Any] = (),
) -> None:
    """The week of `summary` as a PNG at `path`; `planned`: the calendars' meetings of that
    week, outlined behind the entries as in the window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from tracker.ui.i18n import choose_language, install_translations
    from tracker.ui.week.palette import dark_palette, light_palette
    from tracker.ui.week.window import WeekWindow

    app = QApplication.instance() or QApplication(["dayweave"])
    install_translations(app, choose_language(lang))
    app.setStyle(QStyleFactory.create("Fusion"))  # the same look on every machine
    app.setPalette(dark_palette() if dark else light_palette())
    window = WeekWindow(
        _ReadOnlyJournal(summary, people), _Clock(now), summary.zone, first_weekday=first_weekday
    )
    window.timeline.planned.source = lambda _days: list(planned)
    window.resize(1200, 760)
    window.show_week_of(summary.first_day)
    # An image for a manager or a coach: the week, not the window's controls.
    controls = (
        window.quick, window.export_png, window.export_json, window.export_button,
        window.edit_button,
        window.delete_button, window.undo_button, window.details_area, window.previous,
        window.today, window.next, window.picker, window.day_list, window.pane_toggles.button,
        window.review_button, window.finder.field,
    )  # fmt: skip
    for widget in controls:
        widget.hide()
    window.sidebar.show()  # the summary is the image's point, whatever the window was set to
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    # Encoded in memory and written by Python: a file that cannot be written (a full disk,
    # /dev/full) is an OSError with a reason, not a libpng line on stderr.
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    encoded = window.grab().save(buffer, "PNG")
    buffer.close()
    # Tear down in Qt's order before Python's exit does it in its own (which can crash).
    window.deleteLater()
    app.processEvents()
    if not encoded:
        raise OSError(f"could not draw the week for {path}")
    from tracker.store.private import write_private

    write_private(path, bytes(data))  # a regular file, 0600, never through a link; "-": stdout
