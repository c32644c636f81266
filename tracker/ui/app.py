"""Application wiring: the one place that builds the QApplication and hands windows their parts."""

from __future__ import annotations

import sys
import time
from pathlib import Path

__all__ = ["run_app"]

_PROCESS_START = time.monotonic()


def run_app(
    data_dir: Path | None = None, exit_when_ready: bool = False, lang: str | None = None
) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

    from tracker.ui.resources import icon_path

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Dayweave")
    app.setQuitOnLastWindowClosed(False)
    tray = QSystemTrayIcon(QIcon(str(icon_path("dayweave.svg"))))
    menu = QMenu()
    menu.addAction("Quit", app.quit)
    tray.setContextMenu(menu)
    tray.show()
    if exit_when_ready:
        print(f"{time.monotonic() - _PROCESS_START:.3f}")
        return 0
    return app.exec()
