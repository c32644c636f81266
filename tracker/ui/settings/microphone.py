"""Settings' row for a call noticed from the microphone (issue 21): the off switch, and what
the sound server is, said once here when there is none (as the away row says its sources)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout

from tracker.kernel.settings import Settings

__all__ = ["MicrophoneRow"]


class MicrophoneRow(QVBoxLayout):
    """The switch and, below it, what tells Dayweave the microphone is in use (`server`:
    "PulseAudio", "PipeWire", or "" when no sound server answers)."""

    def __init__(self, settings: Settings, server: str) -> None:
        super().__init__()
        self.switch = QCheckBox(self.tr("Microphone in use: offer to log a call, and to end it"))
        self.switch.setToolTip(
            self.tr("Dayweave never records nor listens: it only sees that a program records.")
        )
        self.switch.setChecked(settings.microphone_calls)
        if server:
            said = self.tr("Heard through: %1").replace("%1", server)
        else:
            said = self.tr("No sound server answers here: calls are not noticed.")
        self.through = QLabel(said)
        self.through.setWordWrap(True)
        self.addWidget(self.switch)
        self.addWidget(self.through)

    def changes(self) -> dict[str, bool]:
        return {"microphone_calls": self.switch.isChecked()}
