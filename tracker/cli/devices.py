"""`dayweave devices [--json]`: the devices seen in the data folder and when each last wrote;
`dayweave devices rename|retire NAME_OR_ID`: a name or a retirement every device shows."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from tracker.cli.errors import one_line
from tracker.kernel.words import fill, translate

if TYPE_CHECKING:
    import argparse
    from datetime import datetime

    from tracker.store.devices import DeviceSeen

__all__ = ["print_device_change", "print_devices"]


def print_device_change(args: argparse.Namespace) -> None:
    """What `devices rename|retire` did (the door refused anything else: exit 2)."""
    if args.devices_command == "retire":
        print(fill(translate("Cli", "%1 is retired; its history stays"), one_line(args.device)))
        return
    text = translate("Cli", "%1 is now called %2")
    print(fill(text, one_line(args.device), one_line(args.new_name.strip())))


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
        "retired": device.retired,
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
    if device.retired:
        parts.append(translate("Cli", "retired"))
    elif device.quiet(now) and quiet is not None:
        parts.append(fill(translate("Cli", "not seen for %1 days"), str(quiet.days)))
    return "  ".join(parts)
