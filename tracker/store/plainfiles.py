"""Which small files in a device folder are Dayweave's, and reading one checked: what is
wrong with it said once, so the readers, the writers that set damage aside and `check` agree.
Its own module, below device_state.py and lost.py, which both read small files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["PLAIN_FILES", "read_plain_checked"]

PLAIN_FILES = (
    "meta.json", "settings.json", "nudges.json", "session.json", "undo.json", "calendars.json",
    "devices.json", "lost-edits.json", "intentions.json", "prompts.json",
)  # fmt: skip
# The keys Dayweave writes in each small file: one holding none of them is not Dayweave's (a
# sync tool's or another program's file), and is damage, never read as "nothing set".
_KEYS = {
    "settings.json": (
        "own_team", "nudge_start_hour", "nudge_end_hour", "nudge_days", "max_nudges_per_day",
        "default_every_days", "live_every_days", "call_prompts", "language", "first_weekday",
        "own_emails", "focus_minutes", "nudge_delivery", "updated",
    ),
    "nudges.json": ("shown", "snoozed", "skipped", "quiet_until"),
    "calendars.json": ("sources",),
    "session.json": ("last_seen", "asked", "gaps"),  # gaps: tracker/away, noted by the app
    "meta.json": ("schema",),
    "devices.json": ("devices",),  # store/devices.py: the names and retirements set here
    # store/lost.py: edits the merge rule passed over, per kind (entries' list came first)
    "lost-edits.json": ("versions", "people", "settings"),
    # store/intentions.py: one intention a week; the weeks' review moments answered here
    "intentions.json": ("intentions", "reviewed"),
    "prompts.json": ("calls",),  # store/prompts.py: the call prompts used
}  # fmt: skip
# Notes kept per key (a week, a call): the field and each of its values are objects, or the
# writer that adds to them would stop on a TypeError (`{"intentions": 5}`).
_NOTES = {"intentions.json": "intentions", "prompts.json": "calls", "devices.json": "devices"}


def read_plain_checked(files: Any, path: Path) -> tuple[dict[str, Any] | None, str]:
    """A small file's record (None when missing) and what is wrong with it ('' when nothing).
    The readers and `check` both ask here, so check names exactly what readers set aside."""
    try:
        record = files.read_plain(path)
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return None, f"it cannot be read ({reason})"
    if record is None:
        return None, ""
    from tracker.store.layout import original_name

    name = original_name(path.name) or path.name  # a conflict copy: its file's fields
    keys = _KEYS[name]
    if not isinstance(record, dict) or (record and not set(record) & set(keys)):
        return None, "it holds none of Dayweave's fields"
    notes = record.get(_NOTES[name], {}) if name in _NOTES else {}
    if not isinstance(notes, dict) or not all(isinstance(n, dict) for n in notes.values()):
        return None, f"its {_NOTES[name]} are not Dayweave's notes"
    return record, ""
