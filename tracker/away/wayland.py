"""Wayland's ext-idle-notify-v1, on a connection of Dayweave's own (never Qt's), through
pywayland (a well-kept binding that ships the protocol's classes). No Qt here: `dayweave
check` asks idle_notify_offered too; the app watches `fileno()` and calls `dispatch()`.

KDE's KWin, sway and the other wlroots compositors and Hyprland offer it; GNOME does not
(its IdleMonitor is asked instead) and Debian 12's weston 10 does not either. The notification
is made with get_idle_notification, which honours idle inhibitors: a video or a call that
inhibits idling is not "away" (what users of peers hated, issue 21).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from typing import Any

__all__ = ["NOTIFIER", "IdleNotification", "idle_notify_offered"]

NOTIFIER = "ext_idle_notifier_v1"


def _connect(name: str | None) -> tuple[Any, Any, dict[str, tuple[int, int]]] | None:
    """A display connection, its registry and its globals by interface name; None without
    pywayland or a compositor to connect to."""
    if not (name or os.environ.get("WAYLAND_DISPLAY")):
        return None
    try:
        from pywayland.client import Display
    except (ImportError, OSError):  # no binding, or no libwayland-client to load
        return None
    display = Display(name)
    try:
        display.connect()
    except ValueError:
        return None
    found: dict[str, tuple[int, int]] = {}
    registry = display.get_registry()

    def announced(_registry: Any, number: int, interface: str, version: int) -> None:
        found.setdefault(interface, (number, version))

    registry.dispatcher["global"] = announced
    display.roundtrip()
    return display, registry, found


def idle_notify_offered(name: str | None = None) -> bool:
    """Whether the compositor (WAYLAND_DISPLAY, or `name`) offers ext_idle_notifier_v1."""
    connected = _connect(name)
    if connected is None:
        return False
    display, _registry, found = connected
    display.disconnect()
    return NOTIFIER in found and "wl_seat" in found


class IdleNotification:
    """One idle notification: `idled()` once idleness reaches the timeout, `resumed()` at the
    next input; both are called from `dispatch()`."""

    def __init__(self, display: Any, notification: Any) -> None:
        self.display = display
        self.notification = notification

    @classmethod
    def open(
        cls, timeout_ms: int, idled: Callable[[], None], resumed: Callable[[], None],
        name: str | None = None,
    ) -> IdleNotification | None:  # fmt: skip
        """The notification for the first seat; None when the compositor offers none."""
        connected = _connect(name)
        if connected is None:
            return None
        display, registry, found = connected
        if NOTIFIER not in found or "wl_seat" not in found:
            display.disconnect()
            return None
        from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1
        from pywayland.protocol.wayland import WlSeat

        seat = registry.bind(found["wl_seat"][0], WlSeat, 1)
        notifier = registry.bind(found[NOTIFIER][0], ExtIdleNotifierV1, 1)
        notification = notifier.get_idle_notification(timeout_ms, seat)
        notification.dispatcher["idled"] = lambda _n: idled()
        notification.dispatcher["resumed"] = lambda _n: resumed()
        display.roundtrip()
        return cls(display, notification)

    def fileno(self) -> int:
        return self.display.get_fd()

    def dispatch(self) -> bool:
        """Read and handle what the compositor sent; False once the connection is lost."""
        try:
            return self.display.dispatch(block=True) >= 0
        except (OSError, RuntimeError, ValueError):
            return False

    def close(self) -> None:
        if self.display is not None:
            with contextlib.suppress(OSError, RuntimeError, ValueError):
                self.display.disconnect()
            self.display = None
