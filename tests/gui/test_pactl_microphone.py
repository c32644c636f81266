"""pactl as the app's child (issue 21): the subscription's events ask for the lists, JSON where
pactl reads `-f json` and its plain text where it does not, and a server gone is looked for
again no sooner than a minute. A fake pactl (a script) stands in for a sound server."""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import pytest

from tracker.ui.away.microphone import RETRY_SECONDS, PactlMicrophone

FAKE = r"""
import json, os, sys
args = sys.argv[1:]
folder = os.environ["FAKE_PACTL"]
if args == ["info"]:
    print("Server Name: PulseAudio (on PipeWire 1.0.5)")
elif args == ["subscribe"]:
    print("Event 'new' on client #4")
    print("Event 'new' on source-output #7", flush=True)
    if not os.path.exists(os.path.join(folder, "dies")):
        sys.stdin.read()  # until the app kills it
elif args[:2] == ["-f", "json"]:
    if os.path.exists(os.path.join(folder, "old")):
        print("pactl: invalid option -- 'f'", file=sys.stderr)
        sys.exit(1)
    print(open(os.path.join(folder, args[-1] + ".json")).read())
else:
    print(open(os.path.join(folder, args[-1] + ".txt")).read())
"""
SOURCES = [{"index": 0, "name": "null.monitor", "monitor_source": "null", "properties": {}},
           {"index": 1, "name": "mic", "monitor_source": "", "properties": {}}]  # fmt: skip
OUTPUTS = [{"index": 7, "source": 1, "corked": False, "properties": {"application.name": "a"}}]
TEXT = {
    "sources": "Source #1\n\tName: mic\n\tMonitor of Sink: n/a\n",
    "source-outputs": "Source Output #7\n\tSource: 1\n\tCorked: no\n",
}


@pytest.fixture
def pactl(tmp_path, monkeypatch) -> Path:
    script = tmp_path / "pactl"
    script.write_text(f"#!{sys.executable}\n{FAKE}")
    script.chmod(0o755)
    (tmp_path / "sources.json").write_text(json.dumps(SOURCES))
    (tmp_path / "source-outputs.json").write_text(json.dumps(OUTPUTS))
    for name, text in TEXT.items():
        (tmp_path / f"{name}.txt").write_text(text)
    monkeypatch.setenv("FAKE_PACTL", str(tmp_path))
    monkeypatch.setenv("PULSE_SERVER", "unix:/nowhere")  # a server said to be there
    return script


@pytest.fixture
def microphone(pactl, qtbot):
    found = PactlMicrophone(str(pactl))
    yield found
    found.stop()
    found.deleteLater()
    gc.collect()


def test_a_recording_stream_heard_from_the_subscription_says_in_use(microphone, qtbot):
    with qtbot.waitSignal(microphone.changed, timeout=10_000) as said:
        microphone.start()
    assert said.args == [True]
    assert microphone.name == "PipeWire" and microphone.json


def test_a_pactl_without_json_is_read_in_plain_text(microphone, pactl, qtbot):
    (pactl.parent / "old").touch()
    with qtbot.waitSignal(microphone.changed, timeout=10_000) as said:
        microphone.start()
    assert said.args == [True] and not microphone.json


def test_a_server_gone_releases_the_microphone_and_is_looked_for_a_minute_later(
    microphone, pactl, qtbot
):
    (pactl.parent / "dies").touch()  # the subscription ends at once, as with a server gone
    microphone.start()
    qtbot.waitUntil(lambda: microphone.retry.active, timeout=10_000)
    assert microphone.subscription is None and microphone.retry.interval_seconds == RETRY_SECONDS
    assert RETRY_SECONDS >= 60  # no look faster than once a minute


def test_without_a_server_no_pactl_runs(pactl, monkeypatch, tmp_path, qtbot):
    monkeypatch.delenv("PULSE_SERVER")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "empty"))
    quiet = PactlMicrophone(str(tmp_path / "no-such-pactl"))  # would fail if it were run
    quiet.start()
    assert quiet.asking == [] and quiet.subscription is None and quiet.name == ""
    quiet.stop()
    quiet.deleteLater()
