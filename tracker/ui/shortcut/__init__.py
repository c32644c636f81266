"""Log a disruption from anywhere: a global shortcut through the desktop (issue 21)."""
