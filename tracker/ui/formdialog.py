"""The shape the edit dialogs share: a form, a line for what is wrong, Save and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

__all__ = ["lay_out_form"]


def lay_out_form(
    dialog: QDialog,
    form: QFormLayout,
    *,
    on_save: Callable[[], None],
    above: QWidget | None = None,
    below: QWidget | None = None,
    cancel: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Cancel,
) -> QDialogButtonBox:
    """Lay the dialog out top to bottom; Save calls `on_save`, which accepts when all is well."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | cancel)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    if above is not None:
        layout.addWidget(above)
    layout.addLayout(form)
    if below is not None:
        layout.addWidget(below)
    layout.addWidget(buttons)
    return buttons
