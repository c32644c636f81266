"""Light and dark palettes for exported images (the app itself follows the desktop's)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

__all__ = ["dark_palette", "light_palette"]


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.Text,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def light_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette(
        {
            R.Window: "#f4f4f5",
            R.WindowText: "#18181b",
            R.Base: "#ffffff",
            R.Text: "#18181b",
            R.Button: "#e4e4e7",
            R.ButtonText: "#18181b",
            R.Highlight: "#2563eb",
            R.HighlightedText: "#ffffff",
            R.ToolTipBase: "#ffffff",
            R.PlaceholderText: "#71717a",
            R.ToolTipText: "#18181b",
        },
        "#a1a1aa",
    )


def dark_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette(
        {
            R.Window: "#1f1f23",
            R.WindowText: "#e4e4e7",
            R.Base: "#27272a",
            R.Text: "#e4e4e7",
            R.Button: "#2f2f35",
            R.ButtonText: "#e4e4e7",
            R.Highlight: "#60a5fa",
            R.HighlightedText: "#111111",
            R.ToolTipBase: "#27272a",
            R.PlaceholderText: "#a1a1aa",
            R.ToolTipText: "#e4e4e7",
        },
        "#71717a",
    )
