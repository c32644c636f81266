"""Which of the desktop's signals can tell Dayweave the user is away, chosen once at start.

In the order the issue's survey of peers gives: GNOME's org.gnome.Mutter.IdleMonitor on the
session bus (event-driven; GNOME has no ext-idle-notify and no ScreenSaver.GetSessionIdleTime,
which is what Safe Eyes' smartpause plugin learned too), else the X server's MIT-SCREEN-SAVER
extension (X11 sessions only), and beside either logind on the system bus (lock, unlock,
sleep and wake). No Qt here: `dayweave check` asks the same question as the app.
"""

from __future__ import annotations

import contextlib
import os

from tracker.away.xss import XIdle

__all__ = ["GNOME_IDLE", "LOGIND", "away_sources", "has_bus_name"]

GNOME_IDLE = "org.gnome.Mutter.IdleMonitor"
LOGIND = "org.freedesktop.login1"
_TIMEOUT = 1.0  # a bus that does not answer in a second is not one to rely on


def _bus_there(bus: str) -> bool:
    """Whether the bus has an address worth trying: without one, jeepney is never loaded
    (the app at rest keeps it out: tests/gui/test_startup_imports.py)."""
    if bus == "SESSION":
        return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
    address = os.environ.get("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/run/dbus/system_bus_socket")
    if address.startswith("unix:path="):
        return os.path.exists(address.removeprefix("unix:path=").split(",")[0])
    return bool(address)


def has_bus_name(bus: str, name: str) -> bool:
    """Whether `name` has an owner on the SESSION or SYSTEM bus (False without that bus)."""
    if not _bus_there(bus):
        return False
    try:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        connection = open_dbus_connection(bus=bus, auth_timeout=_TIMEOUT)
    except (OSError, KeyError, ValueError, RuntimeError, TimeoutError):
        return False
    try:
        reply = connection.send_and_get_reply(message_bus.NameHasOwner(name), timeout=_TIMEOUT)
        return bool(reply.body and reply.body[0])
    except (OSError, ValueError, TimeoutError):
        return False
    finally:
        with contextlib.suppress(OSError):
            connection.close()


def away_sources() -> list[str]:
    """The names of what tells Dayweave about time away here: "GNOME" or "X11" for idle
    time, "logind" for lock and sleep; [] when nothing does."""
    found = []
    if has_bus_name("SESSION", GNOME_IDLE):
        found.append("GNOME")
    else:
        reader = XIdle.open()
        if reader is not None:
            reader.close()
            found.append("X11")
    if has_bus_name("SYSTEM", LOGIND):
        found.append("logind")
    return found
