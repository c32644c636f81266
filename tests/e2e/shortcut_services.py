"""Test doubles of the desktop's global shortcut services on a private session bus, driven by
lines on standard input ("activate": the user pressed the keys). Run as a script:

    python -m tests.e2e.shortcut_services portal|kglobalaccel

- portal: org.freedesktop.portal.Desktop with GlobalShortcuts (version 1): CreateSession and
  BindShortcuts answer with a Request path, then its Response (as xdg-desktop-portal does);
  "activate" sends Activated for the last session.
- kglobalaccel: KDE's org.kde.kglobalaccel: doRegister, setShortcut (answers the keys it was
  given); "activate" sends globalShortcutPressed on /component/dayweave.

It prints "ready" once the name is owned, and each call it answered with its arguments
("call BindShortcuts log-disruption LOGO+SHIFT+d").
"""

from __future__ import annotations

import os
import select
import sys

from jeepney import DBusAddress, MessageType, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
NAMES = {"portal": PORTAL, "kglobalaccel": "org.kde.kglobalaccel"}
TRIGGER = "Shift+Super+D"  # what the desktop says it bound


def serve(kind: str) -> None:
    connection = open_dbus_connection(bus="SESSION")
    connection.send_and_get_reply(message_bus.RequestName(NAMES[kind]))
    print("ready", flush=True)
    state = {"session": ""}
    while True:
        readable, _, _ = select.select([connection.sock, sys.stdin], [], [])
        if sys.stdin in readable:
            chunk = os.read(sys.stdin.fileno(), 4096).decode()
            if not chunk:
                return
            for _line in chunk.split():
                connection.send(_pressed(kind, state))
        if connection.sock in readable:
            message = connection.receive()
            if message.header.message_type == MessageType.method_call:
                for answer in _answer(message, state):
                    connection.send(answer)


def _pressed(kind: str, state: dict[str, str]):
    if kind == "portal":
        where = DBusAddress(PORTAL_PATH, interface=SHORTCUTS)
        return new_signal(
            where, "Activated", "osta{sv}", (state["session"], "log-disruption", 0, {})
        )
    where = DBusAddress("/component/dayweave", interface="org.kde.kglobalaccel.Component")
    return new_signal(where, "globalShortcutPressed", "ssx", ("dayweave", "log-disruption", 0))


def _answer(message, state: dict[str, str]) -> list:
    member = message.header.fields.get(3, "")  # HeaderFields.member
    sender = str(message.header.fields.get(7, "")).removeprefix(":").replace(".", "_")
    body = message.body
    if member == "Get":  # Properties.Get(GlobalShortcuts, "version")
        print("call Get", *body, flush=True)
        return [new_method_return(message, "v", (("u", 1),))]
    if member == "CreateSession":
        token = body[0]["session_handle_token"][1]
        state["session"] = f"{PORTAL_PATH}/session/{sender}/{token}"
        print("call CreateSession", flush=True)
        return _requested(message, sender, body[0], {"session_handle": ("s", state["session"])})
    if member == "BindShortcuts":
        session, shortcuts, _parent, options = body
        [(shortcut_id, wanted)] = shortcuts
        print("call BindShortcuts", shortcut_id, wanted["preferred_trigger"][1], flush=True)
        bound = [(shortcut_id, {**wanted, "trigger_description": ("s", TRIGGER)})]
        ok = session == state["session"]
        return _requested(message, sender, options, {"shortcuts": ("a(sa{sv})", bound)}, ok)
    if member == "Register":  # the host registry: who the unsandboxed app is
        print("call Register", body[0], flush=True)
        return [new_method_return(message)]
    if member == "setShortcut":
        print("call setShortcut", *body[1], body[2], flush=True)
        return [new_method_return(message, "ai", (body[1],))]
    print("call", member, flush=True)
    return [new_method_return(message)]


def _requested(message, sender: str, options: dict, results: dict, ok: bool = True) -> list:
    """The Request path as the reply, then its Response: 0 with the results, or 2 (failed)."""
    request = f"{PORTAL_PATH}/request/{sender}/{options['handle_token'][1]}"
    response = new_signal(
        DBusAddress(request, interface="org.freedesktop.portal.Request"), "Response", "ua{sv}",
        (0, results) if ok else (2, {}),
    )  # fmt: skip
    return [new_method_return(message, "o", (request,)), response]


if __name__ == "__main__":
    serve(sys.argv[1])
