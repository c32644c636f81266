"""The PySide6 shell: tray, quick log, windows. Reaches stored data only through the journal."""
