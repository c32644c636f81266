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
    MAX_LINE,
    UnsafeSocket,
    answer_error,
    answer_ok,
    decode_line,
    encode_line,
    make_socket_folder,
    refusal_details,
    socket_path,
)
from tracker.kernel.logs import logger, safe

__all__ = ["CommandServer"]

_IDLE_MS = 30_000
_REMEMBERED = 64  # answers kept by request id, for a client that retries after a lost answer
log = logger("dayweave.socket")


class CommandServer(QObject):
    activate_requested = Signal()
    handled = Signal()

    def __init__(self, data_dir: Path, commands: Commands, parent: QObject | None = None):
        super().__init__(parent)
        self.path = socket_path(data_dir)
        self.commands = commands
        self.problem = ""
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._answers: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def listen(self) -> bool:
        try:
            make_socket_folder()
        except (OSError, UnsafeSocket) as error:
            log.warning("no socket: its folder is not safe (%s)", safe(error))
            self.problem = self.tr(
                "Dayweave could not open its socket (%1): the command line writes on its own."
            ).replace("%1", str(error))
            return False
        # We hold the data folder's lock, so a socket file still here was left by a killed app.
        QLocalServer.removeServer(str(self.path))
        if not self.server.listen(str(self.path)):
            self.problem = self.server.errorString()
            log.warning("no socket: %s", self.problem)
            return False
        log.info("listening on %s", self.path.name)
        return True

    def close(self) -> None:
        log.info("socket closed")
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            self._buffers[connection] = b""
            # A client that connects and never finishes its line is dropped after a while.
            QTimer.singleShot(_IDLE_MS, connection, connection.abort)
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(lambda c=connection: self._forget(c))

    def _forget(self, connection: QLocalSocket) -> None:
        self._buffers.pop(connection, None)
        connection.deleteLater()

    def _read(self, connection: QLocalSocket) -> None:
        if connection not in self._buffers:
            return  # answered already: what else it sends is not read
        data = self._buffers[connection] + bytes(connection.readAll().data())
        if b"\n" not in data:
            if len(data) >= MAX_LINE:
                log.warning("refused a request over %d bytes", MAX_LINE)
                self._reply(connection, answer_error(None, "the request is too long", 2))
                return
            self._buffers[connection] = data
            return
        line, rest = data.split(b"\n", 1)
        del self._buffers[connection]
        if rest.strip():
            log.warning("refused a connection with more than one request")
            answer = answer_error(None, "one request per connection; nothing was done", 2)
        else:
            answer = self.answer(line)
        self._reply(connection, answer)

    def _reply(self, connection: QLocalSocket, reply: dict) -> None:
        self._buffers.pop(connection, None)
        connection.write(encode_line(reply))
        connection.flush()
        connection.disconnectFromServer()

    def answer(self, line: bytes) -> dict[str, Any]:
        """The answer to one request line; every failure is an answer, never silence."""
        try:
            message = decode_line(line)
        except (ValueError, RecursionError) as error:  # '[[[[...' nests past Python's limit
            log.warning("refused a request that is not this protocol's: %s", safe(error))
            return answer_error(None, f"the app could not read the request: {error}", 2)
        request_id = message["id"]
        if request_id in self._answers:
            return self._answers[request_id]  # a retry: answered, not done again
        name = message.get("request")
        log.debug("request %s: %s", request_id[:40], str(name)[:40])
        if name == ACTIVATE:
            self.activate_requested.emit()
            return answer_ok(request_id, {})
        try:
            request = request_from_json(name, message.get("fields", {}))
        except BadRequest as error:
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
