"""The week's date box in the locale's long date format ("Monday, November 23, 2026",
"maandag 23 november 2026"), wide enough for the longest date of a year."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QSize
from PySide6.QtWidgets import QDateEdit, QStyle, QStyleOptionSpinBox

__all__ = ["use_long_dates"]


def use_long_dates(edit: QDateEdit, locale: QLocale | None = None) -> None:
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    edit.setLocale(locale)
    edit.setDisplayFormat(pattern)
    # Qt sizes the box by its first and last dates; a Wednesday in September can be wider.
    metrics = edit.fontMetrics()

    # The widest month (a 28th of each), then every weekday in that month: 19 dates, not 365.
    def width(day: QDate) -> int:
        return metrics.horizontalAdvance(locale.toString(day, pattern))

    month = max(range(1, 13), key=lambda m: width(QDate(2026, m, 28)))
    widest = max(width(QDate(2026, month, 22 + n)) for n in range(7))
    option = QStyleOptionSpinBox()
    option.initFrom(edit)
    option.frame = True
    # The cursor's width and a little air, as QAbstractSpinBox's own size hint adds.
    text = QSize(widest + 2 + metrics.horizontalAdvance(" ") * 2, edit.sizeHint().height())
    size = edit.style().sizeFromContents(QStyle.ContentsType.CT_SpinBox, option, text, edit)
    edit.setMinimumWidth(size.width())
