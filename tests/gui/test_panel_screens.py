"""The panel on a desktop of two screens (Qt's offscreen platform with two screens, in a process
of its own): beside an icon on the second screen, and where the tray does not say where its
icon is (an empty geometry: StatusNotifierItem, Wayland), on the screen and in the corner of
the pointer that has just clicked it, not in the first screen's bottom-right corner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LEFT = {"name": "left", "x": 0, "y": 0, "width": 1366, "height": 768}
RIGHT = {"name": "right", "x": 1366, "y": 0, "width": 1920, "height": 1080}

SCRIPT = """
import json, sys, tempfile
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from PySide6.QtCore import QRect
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication
from tracker.kernel.clock import FakeClock
from tracker.store.journal import Journal
from tracker.ui.timeline.actions import LogActions
from tracker.ui.timeline.panel import QuickLogPanel
from tracker.ui.timeline.quicklog import QuickLog

app = QApplication([])
clock = FakeClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
journal = Journal(Path(sys.argv[1]), "laptop-aaaaaa", clock, hold_lock=True).open()
quicklog = QuickLog(journal, clock, ZoneInfo("Europe/Amsterdam"))
panel = QuickLogPanel(quicklog, LogActions(quicklog))
seen = {}
for name, icon, pointer in json.loads(sys.argv[2]):
    QCursor.setPos(*pointer)
    panel.show_near(QRect(*icon) if icon else QRect())
    app.processEvents()
    box = panel.frameGeometry()
    seen[name] = [box.x(), box.y(), box.width(), box.height()]
    panel.hide()
journal.close()
print(json.dumps(seen))
"""


def rect(screen: dict) -> tuple[int, int, int, int]:
    return screen["x"], screen["y"], screen["width"], screen["height"]


def inside(box: list[int], screen: dict) -> bool:
    x, y, w, h = box
    sx, sy, sw, sh = rect(screen)
    return sx <= x and x + w <= sx + sw and sy <= y and y + h <= sy + sh


@pytest.fixture
def placed(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [LEFT, RIGHT]}), encoding="utf-8")
    cases = [
        ("icon on the right screen", [1366 + 1920 - 60, 1080 - 28, 24, 24], [3250, 1065]),
        ("no icon, clicked top-right of the right screen", None, [1366 + 1900, 10]),
        ("no icon, clicked bottom-left of the left screen", None, [10, 760]),
    ]
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data"), json.dumps(cases)],
        env=env, capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_panel_goes_to_the_screen_of_the_icon_or_of_the_pointer(placed):
    on_icon = placed["icon on the right screen"]
    assert inside(on_icon, RIGHT), on_icon
    assert on_icon[1] + on_icon[3] <= 1080 - 28  # above the icon
    top_right = placed["no icon, clicked top-right of the right screen"]
    assert inside(top_right, RIGHT), top_right
    x, y, w, _h = top_right
    assert y < 100 and x + w > 1366 + 1920 - 100, top_right  # the corner it was clicked in
    bottom_left = placed["no icon, clicked bottom-left of the left screen"]
    assert inside(bottom_left, LEFT), bottom_left
    x, y, _w, h = bottom_left
    assert x < 100 and y + h > 768 - 100, bottom_left
