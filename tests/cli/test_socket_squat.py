"""Another user listening where the socket would be gets nothing (issue 11)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tracker.commands.protocol import socket_path

OTHER_UID = 54321  # a uid with no account: setuid needs no passwd entry
# The other user cannot run root's virtualenv Python; the system's serves the squatter.
SYSTEM_PYTHON = shutil.which("python3", path="/usr/bin:/bin") or ""

SQUATTER = r"""
import os, socket, sys
folder, path, log = sys.argv[1:4]
os.mkdir(folder, 0o755)
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(path)
os.chmod(path, 0o777)
server.listen(5)
open(log + ".ready", "w").close()
while True:
    connection, _ = server.accept()
    with open(log, "ab") as out:
        out.write(connection.recv(65536) or b"(connected)")
    connection.sendall(b'{"v": 1, "id": "x", "ok": true, "result": {}}\n')
    connection.close()
"""


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0 or not SYSTEM_PYTHON,
    reason="needs root (to be another uid for the squatter) and /usr/bin/python3",
)
def test_the_command_line_never_speaks_to_a_socket_another_user_owns(tmp_path):
    # Like /tmp: everyone may make folders here (pytest's own folders are private to root).
    shared_tmp = Path(tempfile.mkdtemp(prefix="squat-", dir="/tmp"))
    shared_tmp.chmod(0o1777)
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    # A runtime folder others could enter first (Dayweave no longer looks in /tmp at all).
    folder = shared_tmp / "dayweave"
    path = folder / socket_path(data_dir).name
    log = shared_tmp / "heard"
    # Without libfaketime (make test-anyhour): as another uid it cannot open root's shared
    # memory, and the squatter died before it listened. The other user's clock does not matter.
    quiet = {
        k: v for k, v in os.environ.items() if k != "LD_PRELOAD" and not k.startswith("FAKETIME")
    }
    squatter = subprocess.Popen(
        [SYSTEM_PYTHON, "-c", SQUATTER, str(folder), str(path), str(log)],
        preexec_fn=lambda: os.setuid(OTHER_UID),
        env=quiet,
    )
    try:
        deadline = time.monotonic() + 10
        while not (shared_tmp / "heard.ready").exists():
            assert time.monotonic() < deadline and squatter.poll() is None, "squatter did not start"
            time.sleep(0.05)
        env = dict(os.environ, XDG_RUNTIME_DIR=str(shared_tmp))
        result = subprocess.run(
            [sys.executable, "-m", "tracker", "--data-dir", str(data_dir),
             "log", "disruption", "secret: call the lawyer"],
            capture_output=True, text=True, env=env, timeout=60,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "not private to you" in result.stderr  # said, and then written here instead
        assert not log.exists(), log.read_bytes()
        assert list(data_dir.glob("devices/*/entries-*.json"))
    finally:
        squatter.kill()
        squatter.wait()
        shutil.rmtree(shared_tmp, ignore_errors=True)
