"""A test double of a desktop notification server (org.freedesktop.Notifications, spec 1.2) on
a private session bus, driven by lines on standard input: "invoke ID KEY" sends ActionInvoked
as a click on an action would, then NotificationClosed. Run as a script:

    python -m tests.e2e.notify_service

It prints "ready" once the name is owned, and each notification it was asked to show:
"notify ID SUMMARY|BODY|KEY=LABEL,KEY=LABEL...".
"""

from __future__ import annotations

import os
import select
import sys

from jeepney import DBusAddress, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def serve() -> None:
    connection = open_dbus_connection(bus="SESSION")
    connection.send_and_get_reply(message_bus.RequestName(NAME))
    print("ready", flush=True)
    shown = 0
    where = DBusAddress(PATH, interface=NAME)
    while True:
        readable, _, _ = select.select([connection.sock, sys.stdin], [], [])
        if sys.stdin in readable:
            chunk = os.read(sys.stdin.fileno(), 4096).decode()
            if not chunk:
                return
            for line in chunk.splitlines():
                _verb, number, key = line.split()
                connection.send(new_signal(where, "ActionInvoked", "us", (int(number), key)))
                connection.send(new_signal(where, "NotificationClosed", "uu", (int(number), 2)))
        if connection.sock in readable:
            message = connection.receive()
            if message.header.message_type != MessageType.method_call:
                continue
            member = message.header.fields.get(3, "")  # HeaderFields.member
            if member == "GetCapabilities":
                connection.send(new_method_return(message, "as", (["actions", "body"],)))
            elif member == "Notify":
                shown += 1
                _app, _replaces, _icon, summary, body, actions = message.body[:6]
                pairs = ",".join(
                    f"{k}={v}" for k, v in zip(actions[::2], actions[1::2], strict=True)
                )
                print(f"notify {shown} {summary}|{body}|{pairs}", flush=True)
                connection.send(new_method_return(message, "u", (shown,)))
            elif member == "CloseNotification":
                connection.send(new_method_return(message))
            else:  # Properties.Get of a do-not-disturb property: this server has none
                connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))


if __name__ == "__main__":
    serve()
