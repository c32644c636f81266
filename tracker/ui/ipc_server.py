"""The app's side of the local socket: named requests from `dayweave log`, `people add` and
the rest run through the app's own commands, so it stays the one writer and every view hears
of the change; a second `dayweave` brings the running app forward. The protocol is in
`tracker.commands.protocol`; this only reads lines and answers them.

one job: the server's side of the socket; over 400 lines since its limits (clients, bytes
held, files, a removed socket file) each need their few lines beside the reading."""

from __future__ import annotations

import errno
import os
import socket
import weakref
from collections import OrderedDict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from tracker.commands import BadRequest, Commands, request_from_json
from tracker.commands.protocol import (
    ACTIVATE,
    BUSY,
    MAX_LINE,
    UnsafeSocket,
    answer_error,
    answer_ok,
    decode_line,
    encode_line,
    folder_key,
    make_socket_folder,
    refusal_details,
    socket_paths,
)
from tracker.kernel.logs import logger, safe

__all__ = ["MAX_BUFFERED", "CommandServer"]

_IDLE_MS = 30_000
# Accepting stops while the process has no file to spare (EMFILE) and starts again as soon as
# a client leaves; this check is only the fallback, at the idle floor: no timer under 60 s at
# rest (docs/ARCHITECTURE.md, Budgets).
_WATCH_MS = 60_000
_REMEMBERED = 64  # answers kept by request id, for a client that retries after a lost answer
_BACKLOG = 1024  # connections the kernel queues for us: 80 `dayweave log` at once wait, not fail
_READ_CHUNK = 256 * 1024  # bytes taken from one client at a time
MAX_BUFFERED = 4 * MAX_LINE  # unfinished lines held across all clients
_OUT_OF_FILES = (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM)
log = logger("dayweave.socket")


def _client_limit() -> int:
    """Connections held at once: well below the open-files limit, so accept() rarely fails."""
    try:
        import resource

        files = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    except (ImportError, OSError, ValueError):
        return 256
    if files == resource.RLIM_INFINITY:
        return 512
    return max(8, min(512, files // 4))


class _Client(QObject):
    """One connection: read until its line is whole, then write the answer and close. A plain
    socket watched by Qt's event loop (not QLocalSocket): QtNetwork, and the Kerberos and TLS
    libraries it brings, would cost the tray about 2.5 MiB at rest for one Unix socket."""

    def __init__(self, connection: socket.socket, server: CommandServer):
        super().__init__(server)
        self.connection = connection
        self.server = server
        self.unsent = memoryview(b"")
        self.closed = False
        connection.setblocking(False)
        weakref.finalize(self, connection.close)
        self.reader = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        self.reader.activated.connect(lambda *_: self.server.readable(self))
        self.writer: QSocketNotifier | None = None
        # A client that connects and never finishes its line (or never reads) is dropped.
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.close)
        self.idle.start(_IDLE_MS)

    def receive(self) -> bytes | None:
        """What the client sent; b"" when it is gone, None when nothing is there yet."""
        try:
            return self.connection.recv(_READ_CHUNK)
        except (BlockingIOError, InterruptedError):
            return None
        except OSError:
            return b""

    def send(self, data: bytes) -> None:
        """Write the answer, as far as the client reads it, then close."""
        self.reader.setEnabled(False)  # answered: what else it sends is not read
        self.unsent = memoryview(data)
        self._flush()

    def _flush(self) -> None:
        try:
            while self.unsent:
                self.unsent = self.unsent[self.connection.send(self.unsent) :]
        except (BlockingIOError, InterruptedError):
            if self.writer is None:
                fd = self.connection.fileno()
                self.writer = QSocketNotifier(fd, QSocketNotifier.Type.Write, self)
                self.writer.activated.connect(lambda *_: self._flush())
            return
        except OSError:
            pass  # the client left without its answer: nothing to keep
        self.close()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.idle.stop()
        self.reader.setEnabled(False)
        if self.writer is not None:
            self.writer.setEnabled(False)
        self.connection.close()
        self.server.forget(self)
        self.deleteLater()


class CommandServer(QObject):
    activate_requested = Signal()
    handled = Signal()

    def __init__(self, data_dir: Path, commands: Commands, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.folder = folder_key(data_dir)
        self.path = socket_paths(data_dir)[0]
        self.commands = commands
        self.problem = ""
        self.listener: socket.socket | None = None
        self._inode: tuple[int, int] | None = None  # the socket file we made, to know it again
        self._acceptor: QSocketNotifier | None = None
        self._buffers: dict[Any, bytearray] = {}  # a client's unfinished line, oldest first
        self._answers: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._clients = _client_limit()
        # While answering a client: its change notice, held until the answer is written.
        self._holding = False
        self._held: Any = None
        self._ran = False
        self._watch = QTimer(self)
        self._watch.setInterval(_WATCH_MS)
        self._watch.timeout.connect(self.keep_listening)

    def listen(self) -> bool:
        problem: BaseException | None = None
        for path in socket_paths(self.data_dir):
            try:
                make_socket_folder(path.parent)
            except (OSError, UnsafeSocket) as error:
                log.warning("no socket here: its folder is not safe (%s)", safe(error))
                problem = problem or error
                continue
            self.path = path
            break
        else:
            self.problem = self.tr(
                "Dayweave could not open its socket (%1): the command line writes on its own."
            ).replace("%1", str(problem))
            return False
        if not self._listen():
            return False
        self._watch.start()
        return True

    def is_listening(self) -> bool:
        """Listening, through the socket file we made (a cleaner may have removed it)."""
        return self.listener is not None and self._our_file()

    def _our_file(self) -> bool:
        try:
            info = os.lstat(self.path)
        except OSError:
            return False
        return (info.st_dev, info.st_ino) == self._inode

    def _listen(self) -> bool:
        self._stop_listening()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            # We hold the data folder's lock, so a socket file still here was left by a
            # killed app. The mode set before bind() is the file's on Linux: never a moment
            # when another user could connect.
            if self.path.is_socket():
                self.path.unlink()
            os.fchmod(listener.fileno(), 0o600)
            listener.bind(str(self.path))
            os.chmod(self.path, 0o600)
            listener.listen(_BACKLOG)
            listener.setblocking(False)
            info = os.lstat(self.path)
        except OSError as error:
            listener.close()
            self.problem = str(error)
            log.warning("no socket: %s", safe(error))
            return False
        self.listener = listener
        # A server dropped without close() (a test's shell) still gives its file back.
        weakref.finalize(self, listener.close)
        self._inode = (info.st_dev, info.st_ino)
        self._acceptor = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._acceptor.activated.connect(lambda *_: self._accept())
        log.info("listening on %s", self.path.name)
        return True

    def _stop_listening(self) -> None:
        if self._acceptor is not None:
            # Never called from the acceptor's own signal: it can go now, not later (a
            # deferred delete outlived the server in tests and crashed the next one).
            self._acceptor.setEnabled(False)
            self._acceptor.setParent(None)
            self._acceptor = None
        if self.listener is not None:
            self.listener.close()
            self.listener = None
        if self._our_file():
            self.path.unlink(missing_ok=True)
        self._inode = None

    def keep_listening(self) -> None:
        """Listen again when the socket file was removed under us (a cleaner of old files),
        and accept again if we ran out of files: say so. The minute's watch calls this."""
        if not self.is_listening():
            clients = len(self._buffers)
            log.warning("the socket file was gone (%d clients): listening again", clients)
            self._listen()
        elif self._acceptor is not None and not self._acceptor.isEnabled():
            log.info("accepting connections again")
            self._acceptor.setEnabled(True)

    def close(self) -> None:
        log.info("socket closed")
        self._watch.stop()
        self._stop_listening()
        for client in list(self._buffers):
            if isinstance(client, _Client):
                client.close()

    def _accept(self) -> None:
        while self.listener is not None:
            try:
                connection, _address = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as error:
                if error.errno in _OUT_OF_FILES and self._acceptor is not None:
                    # The connection waits in the backlog; accepting goes on when a client
                    # leaves. Left enabled, the notifier would fire again at once, forever.
                    log.warning("no file for a new connection: waiting for a client to leave")
                    self._acceptor.setEnabled(False)
                else:
                    log.warning("accept failed: %s", safe(error))
                return
            client = _Client(connection, self)
            if len(self._buffers) >= self._clients:
                log.warning("refused a connection: %d clients already", len(self._buffers))
                self._refuse(client, self._busy("too many connections"))
                continue
            self._buffers[client] = bytearray()

    @staticmethod
    def _busy(why: str) -> dict[str, Any]:
        return answer_error(None, f"the app is busy ({why}): nothing was done", 1, BUSY)

    def forget(self, client: _Client) -> None:
        self._buffers.pop(client, None)
        if self._acceptor is not None and not self._acceptor.isEnabled():
            log.info("a file is free again: accepting connections")
            self._acceptor.setEnabled(True)

    def readable(self, client: _Client) -> None:
        data = client.receive()
        if data is None:
            return
        if not data:  # the client left before its line was whole
            client.close()
            return
        if client not in self._buffers:
            return  # answered already: what else it sends is dropped, not kept
        line = self.take(client, data)
        if line is not None:
            # The client (`dayweave log`) waits for the answer, not for the views: it goes
            # first, and the tray, the nudge plan and the rest read again right after.
            self._reply(client, self.answer(line, notice_after=True))
            self._after_answer()

    def take(self, connection: Any, data: bytes) -> bytes | None:
        """Add what a client sent; its whole line once it ends. A line over MAX_LINE is
        refused, and when all clients' unfinished lines pass MAX_BUFFERED the biggest go."""
        buffer = self._buffers.setdefault(connection, bytearray())
        buffer += data
        if b"\n" in buffer:
            line, rest = bytes(buffer).split(b"\n", 1)
            del self._buffers[connection]
            if rest.strip():
                log.warning("refused a connection with more than one request")
                self._refuse(connection, answer_error(None, "one request per connection", 2))
                return None
            return line
        if len(buffer) >= MAX_LINE:
            del self._buffers[connection]
            log.warning("refused a request over %d bytes", MAX_LINE)
            self._refuse(connection, answer_error(None, "the request is too long", 2))
            return None
        total = sum(len(held) for held in self._buffers.values())
        while total > MAX_BUFFERED:
            biggest = max(self._buffers, key=lambda c: len(self._buffers[c]))
            dropped = len(self._buffers.pop(biggest))
            total -= dropped
            log.warning("dropped a client's %d unread bytes: too much held at once", dropped)
            self._refuse(biggest, self._busy("too much to read at once"))
        return None

    def _refuse(self, connection: Any, answer: dict[str, Any]) -> None:
        self._reply(connection, answer)

    def _reply(self, client: _Client, reply: dict) -> None:
        self._buffers.pop(client, None)
        client.send(encode_line(reply))

    def answer(self, line: bytes, *, notice_after: bool = False) -> dict[str, Any]:
        """The answer to one request line; every failure is an answer, never silence.
        `notice_after`: the change notice (and `handled`) wait for `_after_answer`."""
        self._holding = notice_after
        try:
            return self._answer(line)
        except Exception as error:  # an odd field a check missed: still an answer
            log.warning("refused a request that could not be read: %s", type(error).__name__)
            return answer_error(None, f"the app could not read the request: {error}", 2)
        finally:
            self._holding = False

    def _after_answer(self) -> None:
        """The held change notice goes round, then `handled` says the request is done."""
        held, self._held = self._held, None
        ran, self._ran = self._ran, False
        if held is not None:
            self.commands.notify(held, "socket")
        if ran:
            self.handled.emit()

    def _answer(self, line: bytes) -> dict[str, Any]:
        try:
            message = decode_line(line)
        except (ValueError, RecursionError) as error:  # '[[[[...' nests past Python's limit
            log.warning("refused a request that is not this protocol's: %s", safe(error))
            return answer_error(None, f"the app could not read the request: {error}", 2)
        request_id = message["id"]
        if request_id in self._answers:
            return self._answers[request_id]  # a retry: answered, not done again
        folder = message.get("folder", self.folder)  # an older client names none
        if folder != self.folder:
            log.warning("refused a request for another data folder")
            text = "this app serves another data folder: nothing was done"
            return answer_error(request_id, text, 2, "other_folder")
        name = message.get("request")
        log.debug("request %s: %s", request_id[:40], str(name)[:40])
        if name == ACTIVATE:
            self.activate_requested.emit()
            return answer_ok(request_id, {})
        fields = message.get("fields", {})
        try:
            if not isinstance(fields, dict):
                raise BadRequest("the request's fields are not an object")
            request = request_from_json(name, fields)
        except (BadRequest, ValueError, TypeError, OverflowError) as error:
            log.warning("refused a bad %s request: %s", str(name)[:40], safe(error))
            return answer_error(request_id, str(error), 2, "bad_request")
        answer = self._run(request_id, request)
        self._answers[request_id] = answer
        while len(self._answers) > _REMEMBERED:
            self._answers.popitem(last=False)
        if self._holding:
            self._ran = True
        else:
            self.handled.emit()
        return answer

    def _run(self, request_id: str, request: Any) -> dict[str, Any]:
        from tracker.kernel.model import ValidationError

        try:
            if self._holding:
                result = self.commands.run(request, initiator="socket", notify=False)
            else:
                result = self.commands.run(request, initiator="socket")
        except ValidationError as error:  # refused: nothing was written
            return answer_error(request_id, str(error), 2, error.code, refusal_details(error))
        except ValueError as error:  # a quick-entry line that could not be read
            code = getattr(error, "code", "")
            return answer_error(request_id, str(error), 2, code, refusal_details(error))
        except OSError as error:
            log.warning("%s from the socket not saved: %s", request.NAME, safe(error))
            return answer_error(request_id, f"nothing was saved: {error}", 1)
        except Exception as error:  # a reply, always: the caller must not guess what happened
            log.exception("%s from the socket failed", request.NAME)
            return answer_error(request_id, f"the app failed: {error}", 1)
        if self._holding:
            self._held = result
        return answer_ok(request_id, result.to_json())
