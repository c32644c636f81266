"""`dayweave review --png FILE`: the review's chart drawn offscreen, with no tray and no
display, as `week --png` draws the week."""

from __future__ import annotations

import os
from pathlib import Path

from tracker.review.report import Review

__all__ = ["render_review", "save_review_png"]

WIDTH = 1366  # a common laptop screen's width: the picture reads at 100 %


def render_review(
    review: Review, sentences: list[str], *, dark: bool = False, lang: str | None = None
):
    """The chart as a QPixmap (a QApplication is made offscreen if there is none)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from tracker.ui.i18n import choose_language, install_translations
    from tracker.ui.review.chart import ReviewChart
    from tracker.ui.week.palette import dark_palette, light_palette

    app = QApplication.instance() or QApplication(["dayweave"])
    install_translations(app, choose_language(lang))  # type: ignore[arg-type]
    app.setStyle(QStyleFactory.create("Fusion"))  # type: ignore[union-attr]
    chart = ReviewChart()
    chart.setPalette(dark_palette() if dark else light_palette())
    chart.show_review(review, sentences)
    chart.resize(WIDTH, chart.sizeHint().height())
    pixmap = chart.grab()
    chart.deleteLater()
    return pixmap


def save_review_png(
    review: Review, sentences: list[str], path: Path, *, dark: bool = False, lang: str | None = None
) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice

    pixmap = render_review(review, sentences, dark=dark, lang=lang)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    encoded = pixmap.save(buffer, "PNG")
    buffer.close()
    QCoreApplication.processEvents()
    if not encoded:
        raise OSError(f"could not draw the review for {path}")
    from tracker.store.private import write_private

    write_private(path, bytes(data))  # a regular file, 0600, never through a link; "-": stdout
