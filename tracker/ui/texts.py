"""User-visible words shared by the tray, the panel and the dialogs, all through Qt's tr()."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = [
    "CAUSE_MENU",
    "cause_label",
    "duration",
    "entry_label",
    "kind_label",
    "quick_entry_message",
    "running_text",
]

# (cause, menu label) in the order of DESIGN's sketch; "Other..." is added by the menu itself.
CAUSE_MENU = (
    ("overrun", "Meeting ran over"),
    ("late", "Late, parking"),
    ("tech", "Tech, wifi"),
    ("noise", "Noise"),
    ("family", "Family"),
    ("colleague", "A colleague"),
    ("self", "My own mind"),
)

_KINDS = {
    "work": "Work",
    "life": "Life",
    "call": "Call",
    "meeting": "Live meeting",
    "disruption": "Disruption",
    "contact": "Contact",
    "idle": "Nothing running",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def kind_label(kind: str) -> str:
    # A kind from a newer Dayweave is kept and shown, as "Other".
    return _tr(_KINDS[kind]) if kind in _KINDS else _tr("Other")


def cause_label(cause: str) -> str:
    for key, label in CAUSE_MENU:
        if key == cause:
            return _tr(label)
    return cause


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
    """A quick-entry error in the user's language; %1 is the part of the line at fault."""
    templates = {
        "empty": QCoreApplication.translate(
            "Texts", "The line is empty; start with a kind, e.g. 'work plan'."
        ),
        "not_time": QCoreApplication.translate(
            "Texts", "'%1' is not a time; write it as 9:00 or 9:00-10:30."
        ),
        "second_time": QCoreApplication.translate(
            "Texts", "'%1' is a second time; give one time or one range."
        ),
        "not_date": QCoreApplication.translate("Texts", "'%1' is not a date."),
        "needs_kind": QCoreApplication.translate(
            "Texts", "'%1' needs a kind after it: work, life, call, meeting, disruption, contact."
        ),
        "not_kind": QCoreApplication.translate(
            "Texts",
            "'%1' is not a kind; start with work, life, call, meeting, disruption or contact.",
        ),
        "not_tag": QCoreApplication.translate("Texts", "'%1' is not a tag; write #word."),
        "needs_name": QCoreApplication.translate("Texts", "'%1' needs a name after it."),
        "moment_range": QCoreApplication.translate(
            "Texts", "This is a moment: give one time, not the range '%1'."
        ),
        "title_character": QCoreApplication.translate(
            "Texts", "'%1' contains a character that cannot be stored."
        ),
        "title_long": QCoreApplication.translate(
            "Texts", "The title is longer than 500 characters."
        ),
        "needs_name_before": QCoreApplication.translate("Texts", "'%1' needs a name before it."),
        "not_name": QCoreApplication.translate("Texts", "'%1' is not a name."),
        "day_needs_time": QCoreApplication.translate(
            "Texts", "'%1' needs a time after it, e.g. '%1 9:00-10:00'."
        ),
        "not_circle": QCoreApplication.translate(
            "Texts",
            "'%1' is not a circle; use customer, leadership, team, peer, report or partner.",
        ),
    }
    template = templates.get(getattr(error, "code", ""))
    return template.replace("%1", error.part) if template else str(error)


def running_text(running, now) -> str:
    """The first line of the tray menu and the panel: what runs, and for how long."""
    if running is None:
        return _tr("Nothing running")
    minutes = (now - running.start).total_seconds() / 60
    title = f' "{running.title}"' if running.title else ""
    return f"{kind_label(running.kind)}:{title} {duration(minutes)}"


# Extraction hints for lupdate: it reads literal translate() calls, not the tables above.
if False:  # pragma: no cover
    QCoreApplication.translate("Texts", "Meeting ran over")
    QCoreApplication.translate("Texts", "Late, parking")
    QCoreApplication.translate("Texts", "Tech, wifi")
    QCoreApplication.translate("Texts", "Noise")
    QCoreApplication.translate("Texts", "Family")
    QCoreApplication.translate("Texts", "A colleague")
    QCoreApplication.translate("Texts", "My own mind")
    QCoreApplication.translate("Texts", "Work")
    QCoreApplication.translate("Texts", "Life")
    QCoreApplication.translate("Texts", "Call")
    QCoreApplication.translate("Texts", "Live meeting")
    QCoreApplication.translate("Texts", "Disruption")
    QCoreApplication.translate("Texts", "Contact")
    QCoreApplication.translate("Texts", "Nothing running")
    QCoreApplication.translate("Texts", "Other")
