"""A call noticed, end to end (issue 21): a real PulseAudio server run headless by the test (a
null sink and a null source as the microphone, its own socket, HOME and XDG_RUNTIME_DIR), the
real app on Xvfb, and `parecord` as the program recording: its start offers "Log a call" within
5 s, one click logs the call; its stop offers to end it within 5 s, one click ends it.

Nothing here is timed by sleeping: each wait polls what the app shows or logs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .test_tray_e2e import app_env, entries, start_app, xsession  # noqa: F401 - fixtures
from .xsession import require_tools, wait_for

pytestmark = pytest.mark.e2e
OFFER = "Dayweave: a call"  # xdotool reads a name as a pattern: no "?" in it
OFFER_SECONDS = 5  # the bound on the offer, after the microphone's use changes


def said(app, words: str) -> int:
    return app.log.read_text(errors="replace").count(words)


@pytest.fixture
def pulse() -> Iterator[dict[str, str]]:
    """A PulseAudio server of the test's own; the environment a client needs to reach it.
    As root (CI) it warns that it is meant for users, and runs: no --system needed."""
    require_tools(("pulseaudio", "pactl", "parecord"), "the microphone's end-to-end test")
    # A short folder of its own: a socket's path must fit in 108 bytes.
    home = Path(tempfile.mkdtemp(prefix="dw-pulse-"))
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    socket = runtime / "native"
    env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(runtime))
    env.pop("PULSE_SERVER", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    with (home / "pulse.log").open("wb") as log:
        server = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--log-target=stderr",
             "-L", "module-null-sink", "-L", "module-null-source",
             "-L", f"module-native-protocol-unix socket={socket} auth-anonymous=1"],
            env=env, stdout=subprocess.DEVNULL, stderr=log,
        )  # fmt: skip
    client = dict(env, PULSE_SERVER=f"unix:{socket}")

    def answers() -> bool:
        info = subprocess.run(["pactl", "info"], env=client, capture_output=True, timeout=10)
        return info.returncode == 0

    try:
        wait_for(answers, 20, "the PulseAudio server", log=home / "pulse.log")
        yield {"PULSE_SERVER": client["PULSE_SERVER"]}
    finally:
        server.kill()
        server.wait()
        shutil.rmtree(home, ignore_errors=True)


def click_button(xsession, window: str, index: int, count: int) -> None:  # noqa: F811
    """The index-th of `count` buttons in the offer's one row, at its bottom."""
    geometry = xsession.run("xdotool", "getwindowgeometry", "--shell", window).stdout
    values = dict(line.split("=") for line in geometry.split())
    x, y = int(values["X"]), int(values["Y"])
    width, height = int(values["WIDTH"]), int(values["HEIGHT"])
    at_x = x + width * (2 * index + 1) // (2 * count)
    xsession.run("xdotool", "mousemove", str(at_x), str(y + height - 22), "click", "1")


def test_recording_offers_a_call_at_once_and_stopping_offers_its_end(
    xsession,  # noqa: F811
    app_env,  # noqa: F811
    pulse,
    tmp_path,
):
    app_env.update(pulse)
    app = start_app(app_env, "--verbose")
    recorder = None
    try:
        wait_for(
            lambda: said(app, "microphone: heard through PulseAudio"), 30,
            "the sound server heard", log=app.log,
        )  # fmt: skip
        assert xsession.window_named(OFFER) is None  # nothing records: nothing offered
        began = time.monotonic()
        recorder = subprocess.Popen(
            ["parecord", str(tmp_path / "never-read.wav")], env=dict(app_env, **pulse),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        offer = wait_for(
            lambda: xsession.window_named(OFFER), OFFER_SECONDS, "the offer to log a call",
            log=app.log,
        )  # fmt: skip
        offered = time.monotonic() - began
        assert said(app, "microphone: offering call") == 1
        xsession.screenshot("microphone-offer-call")
        click_button(xsession, offer, 0, 3)  # "Log a call", "A call with...", "Not now"
        [call] = wait_for(
            lambda: [e for e in entries(tmp_path / "data") if e["kind"] == "call"], 10,
            "the call the offer logs", log=app.log,
        )  # fmt: skip
        assert call["end"] is None
        wait_for(lambda: xsession.window_named(OFFER) is None, 5, "the offer put away")
        recorder.terminate()
        recorder.wait(10)
        began = time.monotonic()
        offer = wait_for(
            lambda: said(app, "microphone: offering end") and xsession.window_named(OFFER),
            OFFER_SECONDS, "the offer to end the call", log=app.log,
        )  # fmt: skip
        ended_offer = time.monotonic() - began
        xsession.screenshot("microphone-offer-end")
        click_button(xsession, offer, 0, 2)  # "End the call", "Not now"
        wait_for(
            lambda: [e for e in entries(tmp_path / "data") if e["kind"] == "call" and e["end"]],
            10, "the call ended", log=app.log,
        )  # fmt: skip
        checked = subprocess.run(
            [sys.executable, "-m", "tracker", "check"], env=app_env, capture_output=True,
            text=True, timeout=60,
        )  # fmt: skip
        assert "The microphone's use is heard through: PulseAudio" in checked.stdout
        print(f"offer to log a call after {offered:.2f} s, to end it after {ended_offer:.2f} s")
        assert said(app, "microphone: offering call") == 1  # once each
    finally:
        if recorder is not None and recorder.poll() is None:
            recorder.kill()
            recorder.wait()
        app.kill()
        app.wait()


def test_without_a_sound_server_the_app_says_so_once_and_check_says_it_too(
    xsession,  # noqa: F811
    app_env,  # noqa: F811
):
    require_tools(("pactl",), "the microphone's end-to-end test")
    app_env.pop("PULSE_SERVER", None)  # and XDG_RUNTIME_DIR, the test's, holds no socket
    app = start_app(app_env, "--verbose")
    try:
        wait_for(
            lambda: said(app, "microphone: no sound server answers"), 30, "the word said",
            log=app.log,
        )  # fmt: skip
        checked = subprocess.run(
            [sys.executable, "-m", "tracker", "check"], env=app_env, capture_output=True,
            text=True, timeout=60,
        )  # fmt: skip
    finally:
        app.kill()
        app.wait()
    assert said(app, "microphone: no sound server answers") == 1
    assert checked.returncode == 0, checked.stderr
    assert "No sound server answers here: calls are not noticed." in checked.stdout
