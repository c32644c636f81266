"""The baseline: a minimal PySide6 app that shows a tray icon with a menu, and nothing else.

python minimal_tray_app.py [--exit-when-ready]
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

ICON = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "icons", "dayweave.svg")


def seconds_since_start() -> float:
    with open("/proc/self/stat", "rb") as stat:
        ticks = int(stat.read().rsplit(b")", 1)[1].split()[19])
    with open("/proc/uptime", "rb") as uptime:
        return float(uptime.read().split()[0]) - ticks / os.sysconf("SC_CLK_TCK")


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    tray = QSystemTrayIcon(QIcon(ICON))
    menu = QMenu()
    for text in ("Work", "Life", "Disruption", "Quit"):
        menu.addAction(text)
    tray.setContextMenu(menu)
    tray.show()
    if "--exit-when-ready" in sys.argv:
        deadline = time.monotonic() + 10

        def check() -> None:
            geometry = tray.geometry()
            if (geometry.isValid() and not geometry.isEmpty()) or time.monotonic() > deadline:
                print(f"{seconds_since_start():.3f}", flush=True)
                app.quit()
            else:
                QTimer.singleShot(5, check)

        QTimer.singleShot(0, check)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
