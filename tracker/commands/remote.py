"""The client's side of the socket: hand one request to the running app. No Qt here."""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import struct
import time
from pathlib import Path
from typing import Any

from tracker.commands.protocol import (
    BUSY,
    MAX_LINE,
    PROTOCOL_VERSION,
    UnsafeSocket,
    answer_error,
    check_socket,
    decode_answer,
    encode_line,
    folder_key,
    socket_paths,
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


class _Full(Exception):
    """The app's queue of connections is full (EAGAIN): it is there, and busy."""


def _exchange(path: Path, line: bytes, timeout: float) -> bytes | None:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(timeout)
    try:
        try:
            client.connect(str(path))
        except BlockingIOError:
            raise _Full() from None
        except OSError as error:
            if error.errno == errno.EAGAIN:
                raise _Full() from None
            return None  # a socket left by a killed app, or one Qt just closed: nobody listens
        _check_peer(client)
        try:
            # The app may refuse before it read it all (too long): its answer says so.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
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


def _lock_held(data_dir: Path) -> bool:
    """Whether a writer on this machine holds the data folder (the app between two listens):
    a shared lock we cannot get. Nothing is written; a lock we get is let go at once."""
    try:
        import fcntl
    except ImportError:  # Windows: no such probe; a refused socket means no app there
        return False
    for lock in Path(data_dir).expanduser().glob("devices/*/lock"):
        try:
            fd = os.open(lock, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return True
        finally:
            os.close(fd)  # closing lets go of a lock we got
    return False


def _serving(data_dir: Path) -> list[Path]:
    """The sockets that may be the app's, likeliest first; UnsafeSocket when the only ones
    there are not ours alone."""
    found: list[Path] = []
    unsafe: UnsafeSocket | None = None
    for path in socket_paths(data_dir):
        try:
            if check_socket(path):
                found.append(path)
        except UnsafeSocket as error:
            log.warning("refused the socket %s: it or its folder is not ours alone", path.name)
            unsafe = unsafe or error
    if not found and unsafe is not None:
        raise unsafe
    return found


def _one_round(paths: list[Path], line: bytes, timeout: float) -> bytes | type[_Full] | None:
    """An answer from the first socket that takes the request; _Full when one is busy."""
    full = False
    for path in paths:
        try:
            reply = _exchange(path, line, timeout)
        except _Full:
            full = True
            continue
        if reply is not None:
            return reply
    return _Full if full else None


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
    from memory: a request is never done twice. A full queue, a busy app, or a socket that
    refuses while the folder's lock is held (the app listening again) is tried again for up
    to `timeout` seconds. UnsafeSocket when the socket is not ours.
    """
    if not hasattr(socket, "AF_UNIX"):
        return None
    if not _serving(data_dir):
        log.debug("no app serves this data folder: no socket is there")
        return None
    if not request_id:
        # Unique is all an id must be: no uuid, which brings `platform` (~5 ms of every log).
        request_id = os.urandom(16).hex()
    message = {"v": PROTOCOL_VERSION, "id": request_id, "request": name}
    message["folder"] = folder_key(data_dir)
    message["fields"] = fields
    line = encode_line(message)
    deadline = time.monotonic() + timeout
    delay, lost = 0.01, 0
    while True:
        try:
            reply = _one_round(_serving(data_dir), line, timeout)
        except _Lost as error:
            lost += 1
            log.warning("%s: the app's answer was lost (attempt %d): %s", name, lost, error)
            if lost == 2:
                raise AppDidNotAnswer(f"the running Dayweave did not answer ({error})") from None
            continue
        if isinstance(reply, bytes):
            answer = _read_answer(name, reply)
            if _is_busy(answer) and time.monotonic() < deadline:
                reply = _Full
            else:
                log.debug("%s %s: answered by the app", name, request_id)
                return answer
        if reply is None and lost:  # it answered the first time's connect, then went away
            log.warning("%s: the app went away before it answered", name)
            raise AppDidNotAnswer("the running Dayweave went away") from None
        if reply is None and not _lock_held(data_dir):
            log.debug("nobody listens for this data folder: writing here")
            return None
        if time.monotonic() >= deadline:
            log.warning("%s: the app stayed busy for %.0f s", name, timeout)
            return None if reply is None else _read_answer(name, _busy_line(request_id))
        log.debug("%s: the app is busy or listening again; trying again", name)
        time.sleep(delay)
        delay = min(delay * 2, 0.2)


def _is_busy(answer: dict[str, Any]) -> bool:
    error = answer.get("error")
    return not answer.get("ok") and isinstance(error, dict) and error.get("code") == BUSY


def _busy_line(request_id: str) -> bytes:
    text = "the running Dayweave stayed too busy to read the request: nothing was done"
    return encode_line(answer_error(request_id, text, 1, BUSY))


def _read_answer(name: str, reply: bytes) -> dict[str, Any]:
    try:
        return decode_answer(reply)
    except (ValueError, RecursionError) as error:
        log.warning("%s: the app's answer is not readable (%s)", name, safe(error))
        raise AppDidNotAnswer(f"the running Dayweave gave no answer ({error})") from None
