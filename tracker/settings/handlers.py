"""Settings changed the way the dialog and `dayweave settings KEY VALUE` both do it; and the
names and retirements of devices, which every device shows as it shows settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from tracker.commands.door import Commands, handles
from tracker.commands.errors import Refused
from tracker.commands.requests import ChangeSettings, NoteDevice
from tracker.commands.results import Result
from tracker.commands.writes import Writes

if TYPE_CHECKING:
    from tracker.store.journal import Journal

__all__ = ["SETTING_NAMES", "change_settings", "note_device"]

SETTING_NAMES = (
    "own_team", "nudge_start_hour", "nudge_end_hour", "nudge_days", "max_nudges_per_day",
    "default_every_days", "live_every_days", "call_prompts", "language", "first_weekday",
    "own_emails", "focus_minutes", "nudge_delivery", "away_questions", "away_minutes",
    "microphone_calls", "review_moment", "review_day", "review_hour",
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


@handles(NoteDevice)
def note_device(door: Commands, request: NoteDevice) -> Result:
    """Rename or retire exactly one device: a note in this device's own folder (no device
    writes another's), merged across devices like settings (store/devices.py)."""
    from tracker.store import devices

    journal = cast("Journal", door.journal)  # the notes live beside the folders, in the store
    found = devices.find_device(journal, request.device)
    if not found:
        text = f"there is no device {request.device!r} in the data folder"
        raise Refused("devices", text, "no_such_device", {"name": request.device})
    if len(found) > 1:
        ids = ", ".join(d.device for d in found)
        text = f"{request.device!r} is the name of more than one device: give its id ({ids})"
        raise Refused(
            "devices", text, "ambiguous_device", {"name": request.device, "candidates": ids}
        )
    name = (request.name or "").strip()
    if request.retire:
        devices.note_device(journal, found[0].device, retired=True)
    elif not name:
        raise Refused("devices", "the new name is empty", "empty_device_name", {})
    else:
        devices.note_device(journal, found[0].device, name=name)
    return Result(request.NAME)
