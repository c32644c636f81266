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

    # The widest month name on the widest weekday (every month has each one from the 22nd).
    long = QLocale.FormatType.LongFormat
    month = max(range(1, 13), key=lambda m: metrics.horizontalAdvance(locale.monthName(m, long)))
    weekday = max(range(1, 8), key=lambda d: metrics.horizontalAdvance(locale.dayName(d, long)))
    days = (QDate(2026, month, 22 + n) for n in range(7))
    widest_day = next(day for day in days if day.dayOfWeek() == weekday)
    widest = metrics.horizontalAdvance(locale.toString(widest_day, pattern))
    option = QStyleOptionSpinBox()
    option.initFrom(edit)
    option.frame = True
    # The cursor's width and a little air, as QAbstractSpinBox's own size hint adds.
    text = QSize(widest + 2 + metrics.horizontalAdvance(" ") * 2, edit.sizeHint().height())
    size = edit.style().sizeFromContents(QStyle.ContentsType.CT_SpinBox, option, text, edit)
    edit.setMinimumWidth(size.width())
