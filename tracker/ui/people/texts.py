"""Circle names in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["circle_label"]


def circle_label(circle: str | None) -> str:
    if circle is None:
        return QCoreApplication.translate("People", "Not sorted yet")
    labels = {
        "customer": QCoreApplication.translate("People", "Customer"),
        "leadership": QCoreApplication.translate("People", "Leadership"),
        "team": QCoreApplication.translate("People", "Own team"),
        "peer": QCoreApplication.translate("People", "Other team"),
        "report": QCoreApplication.translate("People", "Report"),
        "partner": QCoreApplication.translate("People", "Partner"),
    }
    return labels.get(circle, circle)
