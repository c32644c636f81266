"""The local socket's protocol, spoken by the command line and served by the running app.

One JSON line each way: ``{"v": 1, "id": "...", "request": "log", "folder": "...", "fields":
{...}}`` (``folder``, the data folder's key, may be missing from an older client) and
``{"v": 1, "id": "...", "ok": true, "result": {...}}`` or ``{..., "ok": false, "error":
{"message", "code", "exit", "details"?}}``: a refusal's details (field and values, or the
part of a quick-entry line) let the command line say it in its own language, which may not be
the app's. Named requests with typed fields, never a command line; the id lets a retried
request be answered from memory instead of being done twice; the folder key lets an app
refuse a request meant for another data folder. The socket sits in a folder only its owner
can enter, and the client checks that before it speaks. An app too busy to read a request
answers with the code ``busy``: nothing was done, and the client may try again.
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
    "BUSY",
    "MAX_LINE",
    "PROTOCOL_VERSION",
    "UnsafeSocket",
    "answer_error",
    "answer_ok",
    "check_socket",
    "decode_answer",
    "decode_line",
    "encode_line",
    "folder_key",
    "make_socket_folder",
    "refusal_details",
    "socket_folders",
    "socket_path",
    "socket_paths",
]

PROTOCOL_VERSION = 1
ACTIVATE = "app.activate"  # bring the running app forward (a second `dayweave`)
MAX_LINE = 8 * 1024 * 1024  # a vCard file with photos travels in one request
RUN_USER = Path("/run/user")  # where a login's runtime folder is, with or without the variable
BUSY = "busy"  # the refusal's code when the app could not read the request: try again


class UnsafeSocket(RuntimeError):
    """The socket or its folder is not this user's alone: never speak through it."""


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0


def socket_folders() -> list[Path]:
    """Where an app may listen, in the order it tries them; a client looks in each. The same
    list with or without XDG_RUNTIME_DIR (cron, ssh, sudo, a service): the login's runtime
    folder is found by uid too, and the last resort is in the home folder, which no other
    user can claim first, as they could a name in /tmp."""
    found: list[Path] = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        found.append(Path(runtime) / "dayweave")
    if hasattr(os, "getuid"):
        login = RUN_USER / str(_uid())
        if login.is_dir():
            found.append(login / "dayweave")
    home = Path(os.path.expanduser("~")) / ".cache" / "dayweave" / "sockets"
    # A socket's path has room for about 100 bytes: a deep home gets the checked /tmp name.
    found.append(home if len(os.fsencode(home)) < 80 else Path("/tmp") / f"dayweave-{_uid()}")
    return list(dict.fromkeys(found))


def folder_key(data_dir: Path) -> str:
    """The data folder's identity, not its spelling (`x/../A`, a link): its device and inode;
    a folder not there yet (no app serves it) by its resolved path, checksummed to a short
    name. No hashlib: it maps OpenSSL into the tray for good (3.7 MiB of its rest budget)."""
    path = Path(data_dir).expanduser()
    try:
        info = os.stat(path)
        if info.st_ino:
            return f"{info.st_dev:x}-{info.st_ino:x}"
    except OSError:
        pass
    spelled = os.fsencode(path.resolve())  # bytes: a path that is not UTF-8 is fine
    return f"p{zlib.crc32(spelled):08x}{zlib.adler32(spelled):08x}"


def socket_paths(data_dir: Path) -> list[Path]:
    """Every place the app serving `data_dir` may listen, the likeliest first."""
    name = f"{folder_key(data_dir)}.sock"
    return [folder / name for folder in socket_folders()]


def socket_path(data_dir: Path) -> Path:
    return socket_paths(data_dir)[0]


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


def make_socket_folder(folder: Path) -> Path:
    """The server's side: make the private folder (or check the one there) and return it."""
    try:
        folder.mkdir(mode=0o700, parents=False)
    except FileExistsError:
        pass
    except FileNotFoundError:
        folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
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


def decode_answer(line: bytes) -> dict[str, Any]:
    """The app's answer; its id is null when the app refused before it read the request (too
    long, too busy). ValueError when it is not an answer of this protocol's version."""
    answer = json.loads(line)
    if not isinstance(answer, dict) or answer.get("v") != PROTOCOL_VERSION:
        raise ValueError("the answer is not of this protocol's version")
    if not isinstance(answer.get("id"), str | None) or not isinstance(answer.get("ok"), bool):
        raise ValueError("the answer has no id or no ok")
    return answer


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
