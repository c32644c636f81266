"""What went wrong, in the user's language: the app's name for `tracker.commands.messages`.

The mapping from error codes to sentences lives below the UI so the command line says the
same sentences; `install_translations` sets its language together with Qt's.
"""

from __future__ import annotations

from tracker.commands.messages import damage_text, error_text, import_problem_text

__all__ = ["damage_text", "error_text", "import_problem_text"]
