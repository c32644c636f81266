"""Settings changed the way the dialog and `dayweave settings KEY VALUE` both do it."""

from __future__ import annotations

from tracker.commands.door import Commands, handles
from tracker.commands.errors import Refused
from tracker.commands.requests import ChangeSettings
from tracker.commands.results import Result
from tracker.commands.writes import Writes

__all__ = ["SETTING_NAMES", "change_settings"]

SETTING_NAMES = (
    "own_team", "nudge_start_hour", "nudge_end_hour", "nudge_days", "max_nudges_per_day",
    "default_every_days", "live_every_days", "call_prompts", "language", "first_weekday",
    "own_emails", "focus_minutes", "nudge_delivery", "away_questions", "away_minutes",
    "review_moment", "review_day", "review_hour",
)  # fmt: skip


@handles(ChangeSettings)
def change_settings(door: Commands, request: ChangeSettings) -> Result:
    from tracker.kernel.settings import Settings, validate_settings

    known = set(SETTING_NAMES) & set(Settings.__dataclass_fields__)
    unknown = set(request.changes) - known
    if unknown:
        raise Refused(
            "settings",
            f"no setting {', '.join(sorted(unknown))}; use one of {', '.join(sorted(known))}",
            "no_such_setting",
            {"name": ", ".join(sorted(unknown))},
        )
    changes = dict(request.changes)
    for name in ("nudge_days", "own_emails"):
        if isinstance(changes.get(name), list):
            changes[name] = tuple(changes[name])
    current = door.journal.settings()
    changed = validate_settings(current.with_changes(**changes))
    result = Result(request.NAME)
    if changed == current:
        return result.note("unchanged")
    writes = Writes()
    writes.settings = changed
    return door.commit(writes, result)
