"""The client's side of the socket: hand one request to the running app. No Qt here."""

from __future__ import annotations

import os
import socket
import struct
import uuid
from pathlib import Path
from typing import Any

from tracker.commands.protocol import (
    MAX_LINE,
    PROTOCOL_VERSION,
    UnsafeSocket,
    check_socket,
    decode_line,
    encode_line,
    socket_path,
)
from tracker.kernel.logs import logger, safe

__all__ = ["AppDidNotAnswer", "ask_app"]

log = logger("dayweave.socket")


class AppDidNotAnswer(RuntimeError):
    """The app took the request but gave no answer: never fall back to a second writer then."""


class _Lost(Exception):
    pass


def _check_peer(client: socket.socket) -> None:
    """On Linux the kernel says who listens: it must be us, whatever the file's owner says."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None or not hasattr(os, "getuid"):
        return
    creds = client.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", creds)
    if uid != os.getuid():
        log.warning("refused to speak to the socket: uid %d listens on it, not us", uid)
        raise UnsafeSocket(f"the program listening on {client.getpeername()} is not yours")


def _exchange(path: Path, line: bytes, timeout: float) -> bytes | None:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(timeout)
    try:
        try:
            client.connect(str(path))
        except OSError:
            return None  # a socket left by a killed app: nobody listens
        _check_peer(client)
        try:
            client.sendall(line)
            reply = b""
            while not reply.endswith(b"\n"):
                chunk = client.recv(65536)
                if not chunk:
                    break
                reply += chunk
                if len(reply) > MAX_LINE:
                    break
        except OSError as error:
            raise _Lost(str(error)) from None
        if not reply.endswith(b"\n"):
            raise _Lost("the answer was cut off")
        return reply
    finally:
        client.close()


def ask_app(
    data_dir: Path,
    name: str,
    fields: dict[str, Any],
    *,
    timeout: float = 10.0,
    request_id: str | None = None,
) -> dict[str, Any] | None:
    """The app's answer to one request; None when no app serves `data_dir`.

    An answer lost on the way is asked for once more with the same id, which the app answers
    from memory: a request is never done twice. UnsafeSocket when the socket is not ours.
    """
    if not hasattr(socket, "AF_UNIX"):
        return None
    path = socket_path(data_dir)
    try:
        serving = check_socket(path)
    except UnsafeSocket:
        log.warning("refused the socket %s: it or its folder is not ours alone", path.name)
        raise
    if not serving:
        log.debug("no app serves this data folder: %s is not there", path.name)
        return None
    message = {"v": PROTOCOL_VERSION, "id": request_id or uuid.uuid4().hex, "request": name}
    message["fields"] = fields
    line = encode_line(message)
    for attempt in (1, 2):
        try:
            reply = _exchange(path, line, timeout)
        except _Lost as error:
            log.warning("%s: the app's answer was lost (attempt %d): %s", name, attempt, error)
            if attempt == 2:
                raise AppDidNotAnswer(f"the running Dayweave did not answer ({error})") from None
            continue
        if reply is None:
            if attempt == 2:  # it answered the first time's connect, then went away
                log.warning("%s: the app went away before it answered", name)
                raise AppDidNotAnswer("the running Dayweave went away") from None
            log.debug("nobody listens on %s: writing here", path.name)
            return None
        log.debug("%s %s: answered by the app", name, message["id"])
        try:
            return decode_line(reply)
        except ValueError as error:
            log.warning("%s: the app's answer is not readable (%s)", name, safe(error))
            raise AppDidNotAnswer(f"the running Dayweave gave no answer ({error})") from None
    return None
