"""The IANA name of the machine's time zone, stored with each entry as `tz`."""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["local_zone", "local_zone_name"]


def _valid(name: str | None) -> str | None:
    if not name:
        return None
    name = name.lstrip(":").strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def local_zone_name() -> str:
    """TZ if set, else /etc/localtime's target, else /etc/timezone, else UTC."""
    name = _valid(os.environ.get("TZ"))
    if name:
        return name
    localtime = Path("/etc/localtime")
    try:
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            name = _valid(target.split("zoneinfo/", 1)[1])
            if name:
                return name
    except OSError:
        pass
    try:
        name = _valid(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        name = None
    return name or "UTC"


def local_zone() -> ZoneInfo:
    return ZoneInfo(local_zone_name())
