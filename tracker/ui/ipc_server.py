"""The app's side of the local socket: named requests from `dayweave log`, `people add` and
the rest run through the app's own commands, so it stays the one writer and every view hears
of the change; a second `dayweave` brings the running app forward. The protocol is in
`tracker.commands.protocol`; this only reads lines and answers them."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

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
# A server Qt closed (a failed accept) listens again as soon as a client leaves (files are
# free again); this check is only the fallback, at the idle floor: no timer under 60 s at
# rest (docs/ARCHITECTURE.md, Budgets).
_WATCH_MS = 60_000
_REMEMBERED = 64  # answers kept by request id, for a client that retries after a lost answer
_BACKLOG = 1024  # connections the kernel queues for us: 80 `dayweave log` at once wait, not fail
_READ_CHUNK = 256 * 1024  # bytes Qt holds for one client before we take them
MAX_BUFFERED = 4 * MAX_LINE  # unfinished lines held across all clients
log = logger("dayweave.socket")


def _client_limit() -> int:
    """Connections held at once: well below the open-files limit, so accept() never fails."""
    try:
        import resource

        files = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    except (ImportError, OSError, ValueError):
        return 256
    if files == resource.RLIM_INFINITY:
        return 512
    return max(8, min(512, files // 4))


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
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if hasattr(self.server, "setListenBacklogSize"):  # Qt 6.3
            self.server.setListenBacklogSize(_BACKLOG)
        self.server.setMaxPendingConnections(_BACKLOG)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[Any, bytearray] = {}  # a client's unfinished line, oldest first
        self._answers: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._clients = _client_limit()
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

    def _listen(self) -> bool:
        # We hold the data folder's lock, so a socket file still here was left by a killed app.
        QLocalServer.removeServer(str(self.path))
        if not self.server.listen(str(self.path)):
            self.problem = self.server.errorString()
            log.warning("no socket: %s", self.problem)
            return False
        log.info("listening on %s", self.path.name)
        return True

    def keep_listening(self) -> None:
        """Qt's server closes itself, and removes the socket, when one accept() fails (too
        many open files): listen again, and say so."""
        if self.server.isListening():
            return
        log.warning(
            "the socket stopped listening (%s, %d clients): listening again",
            self.server.errorString(),
            len(self._buffers),
        )
        self._listen()

    def close(self) -> None:
        log.info("socket closed")
        self._watch.stop()
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            if len(self._buffers) >= self._clients:
                log.warning("refused a connection: %d clients already", len(self._buffers))
                self._refuse(connection, self._busy("too many connections"))
                continue
            self._buffers[connection] = bytearray()
            # Qt stops reading a client whose bytes we have not taken: memory stays bounded.
            connection.setReadBufferSize(_READ_CHUNK)
            # A client that connects and never finishes its line is dropped after a while.
            QTimer.singleShot(_IDLE_MS, connection, connection.abort)
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(lambda c=connection: self._forget(c))

    @staticmethod
    def _busy(why: str) -> dict[str, Any]:
        return answer_error(None, f"the app is busy ({why}): nothing was done", 1, BUSY)

    def _forget(self, connection: QLocalSocket) -> None:
        self._buffers.pop(connection, None)
        connection.deleteLater()
        self.keep_listening()  # a file is free again: a server Qt closed can listen now

    def _read(self, connection: QLocalSocket) -> None:
        if connection not in self._buffers:
            connection.readAll()  # answered already: what else it sends is dropped, not kept
            return
        line = self.take(connection, bytes(connection.readAll().data()))
        if line is None:
            return
        self._reply(connection, self.answer(line))

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

    def _reply(self, connection: QLocalSocket, reply: dict) -> None:
        self._buffers.pop(connection, None)
        connection.write(encode_line(reply))
        connection.flush()
        connection.disconnectFromServer()

    def answer(self, line: bytes) -> dict[str, Any]:
        """The answer to one request line; every failure is an answer, never silence."""
        try:
            return self._answer(line)
        except Exception as error:  # an odd field a check missed: still an answer
            log.warning("refused a request that could not be read: %s", type(error).__name__)
            return answer_error(None, f"the app could not read the request: {error}", 2)

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
        self.handled.emit()
        return answer

    def _run(self, request_id: str, request: Any) -> dict[str, Any]:
        from tracker.kernel.model import ValidationError

        try:
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
        return answer_ok(request_id, result.to_json())
