"""The edit dialog shows a cause only for a disruption (issue 20): a work block has none, and a
greyed field said it might."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from tracker.kernel.model import Entry
from tracker.ui.week.editor import EntryEditor

AMS = ZoneInfo("Europe/Amsterdam")


def test_the_cause_shows_only_for_a_disruption(qtbot):
    start = datetime(2026, 11, 24, 8, tzinfo=UTC)
    work = Entry(kind="work", start=start, end=start.replace(hour=10), tz=AMS.key)
    editor = EntryEditor(work, [], AMS)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.cause.isVisible()
    editor.kind.setCurrentIndex(editor.kind.findData("disruption"))
    assert editor.cause.isVisible()
    editor.kind.setCurrentIndex(editor.kind.findData("call"))
    assert not editor.cause.isVisible()
