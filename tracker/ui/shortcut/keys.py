"""The one global shortcut, as each desktop spells it, and what it runs.

It logs a disruption at once, without a cause (`dayweave log disruption`), rather than opening
the panel's cause list: the moment is what the shortcut is for, and it comes while someone is
at the door or on the phone, with no attention to spare for a list that takes the focus and
logs nothing until answered. The command works whether the app runs or not (the command line
goes through the app's socket, else straight to the journal), so a binding the desktop keeps
across sessions never points at nothing; the cause can be added later, in the week.
"""

from __future__ import annotations

__all__ = [
    "GNOME_BINDING", "KDE_KEYS", "PORTAL_TRIGGER", "SHORTCUT_ID", "command", "command_line",
]  # fmt: skip

SHORTCUT_ID = "log-disruption"
# Super+Shift+D: free on GNOME, KDE and wlroots desktops out of the box (Super+D shows the
# desktop on several; the Shift keeps clear of it).
GNOME_BINDING = "<Super><Shift>d"
PORTAL_TRIGGER = "LOGO+SHIFT+d"  # the XDG shortcuts spec's spelling
KDE_KEYS = 0x10000000 | 0x02000000 | 0x44  # Qt::META | Qt::SHIFT | Qt::Key_D


def command() -> list[str]:
    """`dayweave log disruption`, with the path of the dayweave this app runs from."""
    from tracker.autostart import launch_command

    return [*launch_command(), "log", "disruption"]


def command_line() -> str:
    import shlex

    return shlex.join(command())
