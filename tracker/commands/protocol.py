"""The local socket's protocol, spoken by the command line and served by the running app.

One JSON line each way: ``{"v": 1, "id": "...", "request": "log", "fields": {...}}`` and
``{"v": 1, "id": "...", "ok": true, "result": {...}}`` or ``{..., "ok": false, "error":
{"message", "code", "exit", "details"?}}``: a refusal's details (field and values, or the
part of a quick-entry line) let the command line say it in its own language, which may not be
the app's. Named requests with typed fields, never a command line; the id lets a retried
request be answered from memory instead of being done twice. The socket sits in
a folder only its owner can enter, and the client checks that before it speaks.
"""

from __future__ import annotations

import json
import os
import stat
import zlib
from pathlib import Path
from typing import Any

__all__ = [
    "ACTIVATE",
    "MAX_LINE",
    "PROTOCOL_VERSION",
    "UnsafeSocket",
    "answer_error",
    "answer_ok",
    "check_socket",
    "decode_line",
    "encode_line",
    "make_socket_folder",
    "refusal_details",
    "socket_folder",
    "socket_path",
]

PROTOCOL_VERSION = 1
ACTIVATE = "app.activate"  # bring the running app forward (a second `dayweave`)
MAX_LINE = 8 * 1024 * 1024  # a vCard file with photos travels in one request


class UnsafeSocket(RuntimeError):
    """The socket or its folder is not this user's alone: never speak through it."""


def _temp_dir() -> str:
    """Where the socket folder goes without XDG_RUNTIME_DIR: what tempfile would pick first on
    POSIX, without importing tempfile (milliseconds of every `dayweave log`)."""
    if os.name == "posix":
        return os.environ.get("TMPDIR") or "/tmp"
    import tempfile

    return tempfile.gettempdir()


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0


def socket_folder() -> Path:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        return Path(runtime) / "dayweave"
    return Path(_temp_dir()) / f"dayweave-{_uid()}"


def socket_path(data_dir: Path) -> Path:
    # os.fsencode: a folder name that is not UTF-8 (bytes on disk) is still a name.
    key = zlib.crc32(os.fsencode(Path(data_dir).expanduser().absolute()))
    return socket_folder() / f"{key:08x}.sock"


def _check_folder(folder: Path) -> None:
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        raise
    except OSError as error:
        raise UnsafeSocket(f"{folder}: {error.strerror}") from None
    if not stat.S_ISDIR(info.st_mode):
        raise UnsafeSocket(f"{folder} is not a folder")
    if hasattr(os, "getuid") and (info.st_uid != _uid() or info.st_mode & 0o077):
        raise UnsafeSocket(f"{folder} is not private to you")


def make_socket_folder() -> Path:
    """The server's side: make the private folder (or check the one there) and return it."""
    folder = socket_folder()
    try:
        folder.mkdir(mode=0o700, parents=False)
    except FileExistsError:
        pass
    except FileNotFoundError:
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir(mode=0o700, exist_ok=True)
    _check_folder(folder)
    return folder


def check_socket(path: Path) -> bool:
    """The client's side: False when nothing listens there; UnsafeSocket when something that
    is not ours does."""
    try:
        _check_folder(path.parent)
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    if not stat.S_ISSOCK(info.st_mode):
        raise UnsafeSocket(f"{path} is not a socket")
    if hasattr(os, "getuid") and info.st_uid != _uid():
        raise UnsafeSocket(f"{path} belongs to someone else")
    return True


def encode_line(message: dict[str, Any]) -> bytes:
    return json.dumps(message, ensure_ascii=False).encode() + b"\n"


def decode_line(line: bytes) -> dict[str, Any]:
    """One message; ValueError when it is not a JSON object of this protocol's version."""
    message = json.loads(line)
    if not isinstance(message, dict):
        raise ValueError("the request is not a JSON object")
    if message.get("v") != PROTOCOL_VERSION:
        raise ValueError(
            f"protocol version {message.get('v')!r} is not {PROTOCOL_VERSION}; "
            "the command line and the app are different Dayweave versions"
        )
    if not isinstance(message.get("id"), str) or not message["id"]:
        raise ValueError("the request has no id")
    return message


def answer_ok(request_id: str, result: dict[str, Any]) -> dict[str, Any]:
    return {"v": PROTOCOL_VERSION, "id": request_id, "ok": True, "result": result}


def answer_error(
    request_id: Any,
    message: str,
    exit_code: int,
    code: str = "",
    details: dict[str, Any] | None = None,
) -> dict[str, Any]:
    error: dict[str, Any] = {"message": message, "code": code, "exit": exit_code}
    if details is not None:
        error["details"] = details
    return {"v": PROTOCOL_VERSION, "id": request_id, "ok": False, "error": error}


def refusal_details(error: BaseException) -> dict[str, Any]:
    """What a ValidationError or a QuickEntryError says besides its English text, as JSON:
    instants as ISO text, anything else that JSON cannot hold as its text."""

    def plain(value: Any) -> Any:
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return value if isinstance(value, str | int | float | bool | type(None)) else str(value)

    if hasattr(error, "part"):  # a quick-entry line: the part of it at fault
        return {"part": str(error.part)}
    values = getattr(error, "values", None) or {}
    return {
        "field": str(getattr(error, "field", "")),
        "values": {str(k): plain(v) for k, v in values.items()},
    }
