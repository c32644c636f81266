"""Render the app icon's PNG sizes for the hicolor theme from the SVG (run when the SVG changes).

python packaging/linux/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parents[1] / "resources" / "icons" / "dayweave.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - painting needs one
    renderer = QSvgRenderer(str(SOURCE))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = HERE / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "dayweave.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
    scalable = HERE / "icons" / "hicolor" / "scalable" / "apps" / "dayweave.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SOURCE.read_bytes())
    return 0


if __name__ == "__main__":
    sys.exit(main())
