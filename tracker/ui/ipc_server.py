"""The app's side of the local socket: runs `dayweave log/start/stop` in the app, and brings the
running app forward when `dayweave` is started a second time."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from tracker.ipc import socket_path

__all__ = ["CommandServer"]

_MAX_REQUEST = 1024 * 1024
_IDLE_MS = 30_000


class CommandServer(QObject):
    activate_requested = Signal()
    handled = Signal()

    def __init__(
        self, data_dir: Path, run_command: Callable[[list[str]], tuple[int, str, str]], parent=None
    ):
        super().__init__(parent)
        self.path = socket_path(data_dir)
        self._run = run_command
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        # We hold the data folder's lock, so a socket file still here was left by a killed app.
        QLocalServer.removeServer(str(self.path))
        return self.server.listen(str(self.path))

    def close(self) -> None:
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
        data = self._buffers.get(connection, b"") + bytes(connection.readAll().data())
        if b"\n" not in data:
            if len(data) >= _MAX_REQUEST:
                self._reply(
                    connection, {"code": 2, "out": "", "err": "dayweave: request too long\n"}
                )
                return
            self._buffers[connection] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[connection] = b""
        self._reply(connection, self.answer(line))

    def _reply(self, connection: QLocalSocket, reply: dict) -> None:
        connection.write(json.dumps(reply).encode() + b"\n")
        connection.flush()
        connection.disconnectFromServer()

    def answer(self, line: bytes) -> dict:
        try:
            message = json.loads(line)
        except ValueError:
            message = None
        if not isinstance(message, dict):
            return {"code": 2, "out": "", "err": "dayweave: the app could not read the request\n"}
        if message.get("activate"):
            self.activate_requested.emit()
            return {"code": 0, "out": "", "err": ""}
        argv = message.get("argv")
        if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
            return {"code": 2, "out": "", "err": "dayweave: the request had no command\n"}
        if not {"log", "start", "stop"} & set(argv):
            return {"code": 2, "out": "", "err": "dayweave: the app runs log, start and stop\n"}
        try:
            code, out, err = self._run(argv)
        except Exception as error:  # a reply, always: the caller must not guess what happened
            return {"code": 1, "out": "", "err": f"dayweave: the app failed: {error}\n"}
        self.handled.emit()
        return {"code": code, "out": out, "err": err, "via": "app"}


def run_cli_in_app(journal) -> Callable[[list[str]], tuple[int, str, str]]:
    """Run a command line in the app, against the app's own journal, capturing what it prints."""
    from tracker.cli import build_parser, run_command

    def run(argv: list[str]) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                args, extra = build_parser().parse_known_args(argv)
                if args.command in ("log", "start") and extra:
                    (args.words if args.command == "log" else args.title).extend(extra)
                code = run_command(args, journal=journal) if args.command else 2
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else 2
        return code, out.getvalue(), err.getvalue()

    return run
