"""`dayweave week --png` draws the meetings planned in this device's calendars, as the week
window does (issue 12's note, issue 24): dashed outlines in the kind's colour at their hours."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from tracker.ui.week.colours import kind_colour

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
BEGIN:VEVENT
UID:renewal-1
SUMMARY:Renewal
DTSTART;TZID=Europe/Amsterdam:20261125T140000
DTEND;TZID=Europe/Amsterdam:20261125T150000
LOCATION:Bakker BV\\, Utrecht
END:VEVENT
BEGIN:VEVENT
UID:budget-1
SUMMARY:Budget
DTSTART;TZID=Europe/Amsterdam:20261126T100000
DTEND;TZID=Europe/Amsterdam:20261126T110000
LOCATION:https://meet.example.org/budget
END:VEVENT
END:VCALENDAR
"""


def changed(before: QImage, after: QImage, colour: QColor) -> QRect:
    """The box around the pixels that changed to (nearly) `colour`."""
    box = QRect()
    for y in range(after.height()):
        for x in range(after.width()):
            now = after.pixelColor(x, y)
            if now == before.pixelColor(x, y):
                continue
            near = abs(now.red() - colour.red()) + abs(now.green() - colour.green())
            if near + abs(now.blue() - colour.blue()) < 60:
                box = box.united(QRect(x, y, 1, 1))
    return box


def test_week_png_outlines_the_planned_meetings(tmp_path, qapp):
    env = dict(os.environ, TZ="Europe/Amsterdam")
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    run = [sys.executable, "-m", "tracker", "--data-dir", str(tmp_path / "data")]

    def dayweave(*words: str) -> None:
        done = subprocess.run([*run, *words], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr

    def week(name: str) -> QImage:
        dayweave("week", "2026-11-24", "--png", str(tmp_path / name))
        return QImage(str(tmp_path / name))

    dayweave("log", "2026-11-24 9:00-12:00 work plan")
    before = week("before.png")
    (tmp_path / "work.ics").write_text(CALENDAR)
    dayweave("calendar", "add", str(tmp_path / "work.ics"))
    after = week("after.png")
    live = changed(before, after, kind_colour("meeting", dark=False))
    call = changed(before, after, kind_colour("call", dark=False))
    assert not live.isEmpty() and not call.isEmpty(), "no planned meeting drawn"
    # Wednesday 14:00-15:00 live (in person), Thursday 10:00-11:00 a call (a video link):
    # each an hour tall, the call a day to the right and four hours higher.
    assert live.right() < call.left()
    assert abs(live.height() - call.height()) <= 3
    assert call.bottom() < live.top()
    assert abs((live.top() - call.top()) - 4 * live.height()) <= 8
