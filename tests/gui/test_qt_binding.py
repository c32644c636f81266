"""The Qt binding itself: a fault in it would crash a tray app that runs for weeks."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_calling_qt_methods_that_return_nothing_keeps_nones_reference_count(qtbot):
    """PySide6 6.12.0 lost one reference to None per such call; on Python 3.11, where None is
    not immortal, the app aborted with 'deallocating None' after a few thousand paints."""
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    colour = QColor("#123456")

    def calls() -> None:
        for _ in range(200):
            label.setText("x")
            painter.fillRect(QRectF(0, 0, 5, 5), colour)

    try:
        calls()  # the first calls may cache things that hold None: only losses count
        before = sys.getrefcount(None)
        calls()
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert before - after < 50, f"None lost {before - after} references in 400 calls"
