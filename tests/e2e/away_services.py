"""Test doubles of GNOME's idle monitor, logind and org.freedesktop.ScreenSaver (KDE's), each
on a private bus, driven by lines on standard input ("idle", "active", "lock", "unlock",
"sleep", "wake"; for the screensaver "idle-ms:N" sets what GetSessionIdleTime answers, "on"
and "off" send ActiveChanged, "on-with-reply" sends it in one write with the next answer).
Run as a script:

    python -m tests.e2e.away_services mutter|logind|screensaver

It owns the service's name, answers the calls Dayweave makes (AddIdleWatch,
AddUserActiveWatch, GetSessionByPID, GetSessionIdleTime) and sends the signals the real
services send; it prints "ready" once the name is owned, and each call it answered
("call AddIdleWatch 600000").
"""

from __future__ import annotations

import os
import select
import sys

from jeepney import DBusAddress, MessageType, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

MUTTER = "org.gnome.Mutter.IdleMonitor"
MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core"
LOGIND = "org.freedesktop.login1"
MANAGER_PATH = "/org/freedesktop/login1"
SESSION_PATH = "/org/freedesktop/login1/session/_31"
SCREENSAVER = "org.freedesktop.ScreenSaver"
SCREENSAVER_PATH = "/org/freedesktop/ScreenSaver"
NAMES = {"mutter": MUTTER, "logind": LOGIND, "screensaver": SCREENSAVER}


def serve(kind: str) -> None:
    bus = "SYSTEM" if kind == "logind" else "SESSION"
    connection = open_dbus_connection(bus=bus)
    connection.send_and_get_reply(message_bus.RequestName(NAMES[kind]))
    print("ready", flush=True)
    watches: dict[str, int] = {"idle-ms": 0}
    next_id = 1
    while True:
        readable, _, _ = select.select([connection.sock, sys.stdin], [], [])
        if sys.stdin in readable:
            # Read what the pipe holds, not one buffered line: select would not wake again
            # for lines already in Python's buffer.
            chunk = os.read(sys.stdin.fileno(), 4096).decode()
            if not chunk:
                return
            for line in chunk.split():
                if line.startswith("idle-ms:"):
                    watches["idle-ms"] = int(line.removeprefix("idle-ms:"))
                    continue
                if line == "on-with-reply":  # ActiveChanged(true) in one write with the reply
                    watches["on-with-reply"] = 1
                    continue
                connection.send(_signal(line, watches))
        if connection.sock in readable:
            message = connection.receive()
            if message.header.message_type != MessageType.method_call:
                continue
            member = message.header.fields.get(3, "")  # HeaderFields.member
            print("call", member, *message.body, flush=True)
            if member in ("AddIdleWatch", "AddUserActiveWatch"):
                watches["idle" if member == "AddIdleWatch" else "active"] = next_id
                connection.send(new_method_return(message, "u", (next_id,)))
                next_id += 1
            elif member == "GetSessionIdleTime":
                reply = new_method_return(message, "u", (watches["idle-ms"],))
                if watches.pop("on-with-reply", 0):
                    together = [reply, _signal("on", watches)]
                    serials = connection.outgoing_serial
                    connection.sock.sendall(b"".join(m.serialise(next(serials)) for m in together))
                else:
                    connection.send(reply)
            elif member == "GetSessionByPID":
                connection.send(new_method_return(message, "o", (SESSION_PATH,)))
            else:
                connection.send(new_method_return(message))


def _signal(line: str, watches: dict[str, int]):
    if line in ("on", "off"):
        where = DBusAddress(SCREENSAVER_PATH, interface=SCREENSAVER)
        return new_signal(where, "ActiveChanged", "b", (line == "on",))
    if line in ("idle", "active"):
        where = DBusAddress(MUTTER_PATH, interface=MUTTER)
        return new_signal(where, "WatchFired", "u", (watches[line],))
    if line in ("sleep", "wake"):
        where = DBusAddress(MANAGER_PATH, interface=f"{LOGIND}.Manager")
        return new_signal(where, "PrepareForSleep", "b", (line == "sleep",))
    where = DBusAddress(SESSION_PATH, interface=f"{LOGIND}.Session")
    return new_signal(where, "Lock" if line == "lock" else "Unlock")


if __name__ == "__main__":
    serve(sys.argv[1])
