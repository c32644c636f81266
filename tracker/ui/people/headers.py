"""Header sections wide enough for their text beside the sort arrow ("Volgende keer" was
covered by it): the People list and the week's day list both sort by any column."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QStyle

__all__ = ["header_room", "keep_headers_readable"]


def header_room(header: QHeaderView, section: int) -> int:
    """The width section `section` needs to show its title whole with a sort arrow beside it."""
    model = header.model()
    text = str(model.headerData(section, header.orientation()) or "") if model else ""
    style = header.style()
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    # The style's own idea, and never less than text, arrow and the margins around both.
    needed = header.fontMetrics().horizontalAdvance(text) + arrow + 4 * margin
    return max(header.sectionSizeHint(section), needed)


def keep_headers_readable(header: QHeaderView) -> None:
    """Widen every section to its room. Stretched sections get it as the header's minimum;
    a last section that stretches keeps it when the window is too narrow to fill."""
    count = header.count()
    stretch = QHeaderView.ResizeMode.Stretch
    stretched = [s for s in range(count) if header.sectionResizeMode(s) == stretch]
    if stretched:
        header.setMinimumSectionSize(max(header_room(header, s) for s in stretched))
    for section in range(count):
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive:
            room = header_room(header, section)
            header.resizeSection(section, max(header.sectionSize(section), room))
