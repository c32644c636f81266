"""`dayweave devices [--json]`: the devices seen in the data folder and when each last wrote."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from tracker.kernel.words import fill, translate

if TYPE_CHECKING:
    from datetime import datetime

    from tracker.store.devices import DeviceSeen

__all__ = ["print_devices"]


def print_devices(journal: Any, as_json: bool, now: datetime) -> None:
    from tracker.store.devices import devices_seen

    seen = devices_seen(journal)
    if as_json:
        print(json.dumps({"devices": [_record(d, now) for d in seen]}, ensure_ascii=False))
        return
    for device in seen:
        print(_line(device, now))


def _record(device: DeviceSeen, now: datetime) -> dict[str, Any]:
    quiet = device.quiet_for(now)
    return {
        "id": device.device,
        "name": device.name,
        "this_device": device.this_device,
        "last_write": None if device.last_write is None else _utc(device.last_write),
        "quiet_days": None if quiet is None else quiet.days,
        "not_seen_for_a_week": device.quiet(now),
    }


def _utc(moment: datetime) -> str:
    from tracker.kernel.timefmt import to_utc_text

    return to_utc_text(moment)


def _line(device: DeviceSeen, now: datetime) -> str:
    from tracker.cli.render import local_zone

    parts = [device.name, device.device]
    if device.this_device:
        parts.append(translate("Cli", "(this device)"))
    if device.last_write is None:
        parts.append(translate("Cli", "has written nothing yet"))
    else:
        when = device.last_write.astimezone(local_zone()).strftime("%Y-%m-%d %H:%M")
        parts.append(fill(translate("Cli", "last wrote %1"), when))
    quiet = device.quiet_for(now)
    if device.quiet(now) and quiet is not None:
        parts.append(fill(translate("Cli", "not seen for %1 days"), str(quiet.days)))
    return "  ".join(parts)
