"""User-visible words shared by the tray, the panel and the dialogs: Qt's tr() for their own,
and the vocabulary's one table (tracker.kernel.vocabulary) for kinds and causes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.kernel import vocabulary
from tracker.kernel.vocabulary import cause_label

__all__ = [
    "cause_label",
    "duration",
    "entry_label",
    "kind_label",
    "quick_entry_message",
    "running_text",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def kind_label(kind: str) -> str:
    """The kinds' labels are written once, below the UI, for the app, the command line and
    exports (tracker.kernel.vocabulary); the tray adds its own word for nothing running."""
    return _tr("Nothing running") if kind == "idle" else vocabulary.kind_label(kind)


def duration(minutes: float) -> str:
    minutes = max(0, int(minutes))
    if minutes < 60:
        return QCoreApplication.translate("Texts", "%1m").replace("%1", str(minutes))
    text = QCoreApplication.translate("Texts", "%1h %2m")
    return text.replace("%1", str(minutes // 60)).replace("%2", f"{minutes % 60:02d}")


def entry_label(entry) -> str:
    """ "Disruption (Tech, wifi)", "Life": what Undo would take back."""
    label = kind_label(entry.kind)
    return f"{label} ({cause_label(entry.cause)})" if entry.cause else label


def quick_entry_message(error) -> str:
    """A quick-entry error in the user's language (the command line says the same)."""
    from tracker.commands.messages import quick_entry_text

    return quick_entry_text(error) or str(error)


def running_text(running, now) -> str:
    """The first line of the tray menu and the panel: what runs, and for how long."""
    if running is None:
        return _tr("Nothing running")
    minutes = (now - running.start).total_seconds() / 60
    title = f' "{running.title}"' if running.title else ""
    return f"{kind_label(running.kind)}:{title} {duration(minutes)}"


# Extraction hints for lupdate: it reads literal translate() calls, not _tr() above.
if False:  # pragma: no cover
    QCoreApplication.translate("Texts", "Nothing running")
