"""The command line's side of the local socket to the running app. No Qt here.

One socket per data folder, owner-only, in the user's runtime folder. A request is one JSON
line and so is the answer. `log`, `start` and `stop` go this way when the app runs, so the tray
changes at once and the app stays the only writer of the folder.
"""

from __future__ import annotations

import json
import os
import socket
import zlib
from pathlib import Path
from typing import Any

__all__ = ["AppDidNotAnswer", "request", "socket_path"]

_MAX_REPLY = 4 * 1024 * 1024


class AppDidNotAnswer(RuntimeError):
    """The app took the request but gave no answer: never fall back to a second writer then."""


def _temp_dir() -> str:
    """Where the socket goes without XDG_RUNTIME_DIR. On POSIX what tempfile would pick first,
    without importing tempfile (shutil, random...: milliseconds of every `dayweave log`)."""
    if os.name == "posix":
        return os.environ.get("TMPDIR") or "/tmp"
    import tempfile

    return tempfile.gettempdir()


def socket_path(data_dir: Path) -> Path:
    runtime = os.environ.get("XDG_RUNTIME_DIR") or _temp_dir()
    key = zlib.crc32(str(Path(data_dir).expanduser().absolute()).encode())
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(runtime) / f"dayweave-{uid}-{key:08x}.sock"


def request(data_dir: Path, message: dict[str, Any], timeout: float = 10.0) -> dict | None:
    """Send one request to the app serving `data_dir`; None when no app is listening."""
    path = socket_path(data_dir)
    if not hasattr(socket, "AF_UNIX") or not path.exists():
        return None
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(timeout)
    try:
        try:
            client.connect(str(path))
        except OSError:
            return None  # a socket file left by a killed app: nobody listens
        try:
            client.sendall(json.dumps(message).encode() + b"\n")
            reply = b""
            while not reply.endswith(b"\n"):
                chunk = client.recv(65536)
                if not chunk:
                    break
                reply += chunk
                if len(reply) > _MAX_REPLY:
                    break
        except OSError as error:
            raise AppDidNotAnswer(f"the running Dayweave did not answer ({error})") from None
        try:
            return json.loads(reply)
        except ValueError:
            raise AppDidNotAnswer("the running Dayweave gave no answer") from None
    finally:
        client.close()
