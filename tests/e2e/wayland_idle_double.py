"""A Wayland compositor of the test's own that offers only wl_seat and ext_idle_notifier_v1,
made with pywayland's server side, driven by lines on standard input: "idle" sends `idled`
to every idle notification, "active" sends `resumed`. Run as a script:

    python -m tests.e2e.wayland_idle_double SOCKET

in XDG_RUNTIME_DIR. It prints "ready" once the socket is there and "notification MS" when a
client asks for a notification after MS idle milliseconds.

Why a double: none of Debian 12's compositors that run headless here offers ext-idle-notify-v1
(weston 10 lists no ext_idle_notifier_v1 in wayland-info; sway 1.7 and cage are built on
wlroots 0.15, which added it only in 0.16). The app's side speaks to it through libwayland,
as it would to KWin or sway.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from pywayland import lib
from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotificationV1, ExtIdleNotifierV1
from pywayland.protocol.wayland import WlSeat
from pywayland.server import Display
from pywayland.server.eventloop import EventLoop


def serve(socket: str) -> None:
    display = Display()
    display.add_socket(socket)
    notifications: list[Any] = []
    globals_ = [WlSeat.global_class(display, 1), ExtIdleNotifierV1.global_class(display, 1)]
    # pywayland's server side reads a request's new_id as a client reads an event's (into a
    # proxy): read get_idle_notification's arguments as the server gets them, the new id and
    # the timeout (the seat is the only one there is).
    ExtIdleNotifierV1.requests[1].c_to_arguments = lambda args: [args[0].n, args[1].u]

    kept: list[Any] = []  # what libwayland points at lives as long as the double

    def dispatched(resource: Any) -> Any:
        # pywayland gives libwayland its handle as the resource's data, but libwayland hands a
        # dispatcher the implementation (pywayland's NULL): give it the handle there too.
        lib.wl_resource_set_dispatcher(
            resource._ptr, lib.dispatcher_func, resource._handle, resource._handle,
            lib.resource_destroy_func,
        )  # fmt: skip
        kept.append(resource)
        return resource

    def get_notification(notifier: Any, new_id: int, timeout: int) -> None:
        client = lib.wl_resource_get_client(notifier._ptr)
        notification = dispatched(
            ExtIdleNotificationV1.resource_class(client, notifier.version, new_id)
        )
        notification.dispatcher["destroy"] = lambda resource: resource.destroy()
        notification.dispatcher.destructor = notifications.remove
        notifications.append(notification)
        print("notification", timeout, flush=True)

    def bound(notifier: Any) -> None:
        dispatched(notifier)
        notifier.dispatcher["get_idle_notification"] = get_notification
        notifier.dispatcher["destroy"] = lambda resource: resource.destroy()

    globals_[1].bind_func = bound

    def told(fd: int, _mask: int, _data: Any) -> int:
        chunk = os.read(fd, 4096).decode()
        if not chunk:
            display.terminate()
            return 0
        for line in chunk.split():
            for notification in list(notifications):
                notification.idled() if line == "idle" else notification.resumed()
        display.flush_clients()
        return 0

    loop = display.get_event_loop()
    loop.add_fd(sys.stdin.fileno(), told, EventLoop.FdMask.WL_EVENT_READABLE, None)
    print("ready", flush=True)
    display.run()
    display.destroy()


if __name__ == "__main__":
    serve(sys.argv[1])
