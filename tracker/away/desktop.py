"""Which of the desktop's signals can tell Dayweave the user is away, chosen once at start.

In the order the issue's survey of peers gives: GNOME's org.gnome.Mutter.IdleMonitor on the
session bus (event-driven; GNOME has no ext-idle-notify and no ScreenSaver.GetSessionIdleTime,
which is what Safe Eyes' smartpause plugin learned too), else Wayland's ext-idle-notify-v1
(KDE, sway and other wlroots compositors, Hyprland: event-driven), else
org.freedesktop.ScreenSaver where GetSessionIdleTime answers (KDE's KWin; its ActiveChanged is
an event, the idle time is read), else the X server's MIT-SCREEN-SAVER extension (X11 sessions
only), and beside any of them logind on the system bus (lock, unlock, sleep and wake). No Qt
here: `dayweave check` asks the same question as the app.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from typing import Any

from tracker.away.xss import XIdle

__all__ = [
    "GNOME_IDLE", "LOGIND", "SCREENSAVER", "ask_bus", "away_sources", "has_bus_name",
    "idle_source", "screensaver_answers",
]  # fmt: skip

GNOME_IDLE = "org.gnome.Mutter.IdleMonitor"
LOGIND = "org.freedesktop.login1"
SCREENSAVER = "org.freedesktop.ScreenSaver"
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


def ask_bus(bus: str, message_for: Callable[[], Any]) -> Any:
    """The reply to one call on the SESSION or SYSTEM bus; None without that bus, or after an
    error reply or no answer in time."""
    if not _bus_there(bus):
        return None
    try:
        from jeepney import MessageType
        from jeepney.io.blocking import open_dbus_connection

        connection = open_dbus_connection(bus=bus, auth_timeout=_TIMEOUT)
    except (OSError, KeyError, ValueError, RuntimeError, TimeoutError):
        return None
    try:
        reply = connection.send_and_get_reply(message_for(), timeout=_TIMEOUT)
        return None if reply.header.message_type == MessageType.error else reply
    except (OSError, ValueError, TimeoutError):
        return None
    finally:
        with contextlib.suppress(OSError):
            connection.close()


def has_bus_name(bus: str, name: str) -> bool:
    """Whether `name` has an owner on the SESSION or SYSTEM bus (False without that bus)."""

    def has_owner() -> Any:
        from jeepney.bus_messages import message_bus

        return message_bus.NameHasOwner(name)

    reply = ask_bus(bus, has_owner)
    return bool(reply is not None and reply.body and reply.body[0])


def screensaver_answers() -> bool:
    """Whether org.freedesktop.ScreenSaver answers GetSessionIdleTime on the session bus:
    xfce4-screensaver and others own the name but answer "not supported", and a source that
    never answers would only be asked once a minute for nothing."""

    def idle_time() -> Any:
        from jeepney import DBusAddress, new_method_call

        where = DBusAddress("/org/freedesktop/ScreenSaver", SCREENSAVER, SCREENSAVER)
        return new_method_call(where, "GetSessionIdleTime")

    return has_bus_name("SESSION", SCREENSAVER) and ask_bus("SESSION", idle_time) is not None


def idle_source() -> str | None:
    """What tells idle time here, as Settings names it: "GNOME", "Wayland", "ScreenSaver" or
    "X11"; None when nothing does."""
    if has_bus_name("SESSION", GNOME_IDLE):
        return "GNOME"
    if os.environ.get("WAYLAND_DISPLAY"):
        from tracker.away.wayland import idle_notify_offered

        if idle_notify_offered():
            return "Wayland"
    if screensaver_answers():
        return "ScreenSaver"
    reader = XIdle.open()
    if reader is not None:
        reader.close()
        return "X11"
    return None


def away_sources() -> list[str]:
    """The names of what tells Dayweave about time away here: idle_source's, and "logind"
    for lock and sleep; [] when nothing does."""
    idle = idle_source()
    found = [idle] if idle else []
    if has_bus_name("SYSTEM", LOGIND):
        found.append("logind")
    return found
