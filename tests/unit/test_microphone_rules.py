"""A call noticed from the microphone (issue 21): which recording streams count, and what is
offered when the microphone goes in use or is released. Plain Python, no Qt, no sound server."""

from __future__ import annotations

import json

import pytest

from tracker.away.microphone import (
    CallOffers,
    Stream,
    in_use,
    is_stream_event,
    monitors_from_json,
    monitors_from_text,
    server_address,
    streams_from_json,
    streams_from_text,
)

SOURCES = json.dumps(
    [
        {"index": 0, "name": "null.monitor", "monitor_source": "null",
         "properties": {"device.class": "monitor"}},
        {"index": 1, "name": "alsa_input.usb-mic", "monitor_source": "",
         "properties": {"device.class": "sound"}},
        {"index": 2, "name": "hdmi.monitor", "monitor_source": "", "properties": {}},
    ]
)  # fmt: skip
OUTPUTS = json.dumps(
    [
        {"index": 7, "source": 1, "corked": False,
         "properties": {"application.name": "Firefox", "application.process.id": "4242"}},
        {"index": 8, "source": 0, "corked": False, "properties": {"application.name": "OBS"}},
    ]
)  # fmt: skip

TEXT_SOURCES = """Source #0
\tState: SUSPENDED
\tName: null.monitor
\tMonitor of Sink: null
\tProperties:
\t\tdevice.class = "monitor"
Source #1
\tName: alsa_input.usb-mic
\tMonitor of Sink: n/a
\tProperties:
\t\tdevice.class = "sound"
"""
TEXT_OUTPUTS = """Source Output #7
\tDriver: protocol-native.c
\tSource: 1
\tCorked: no
\tProperties:
\t\tapplication.name = "Firefox"
\t\tapplication.process.id = "4242"
Source Output #8
\tSource: 0
\tCorked: no
\tProperties:
\t\tapplication.name = "OBS"
"""


def mic(source: int = 1, corked: bool = False, **properties: str) -> Stream:
    return Stream(index=3, source=source, corked=corked, properties=properties)


def test_the_json_lists_read_as_streams_and_monitors():
    assert monitors_from_json(SOURCES) == {0, 2}  # by its sink, its class, or its name
    streams = streams_from_json(OUTPUTS)
    assert [(s.index, s.source, s.corked) for s in streams] == [(7, 1, False), (8, 0, False)]
    assert streams[0].properties["application.name"] == "Firefox"
    assert in_use(streams, monitors_from_json(SOURCES), own_pid=1)


def test_the_text_lists_of_an_older_pactl_read_alike():
    assert monitors_from_text(TEXT_SOURCES) == {0}
    assert streams_from_text(TEXT_OUTPUTS) == streams_from_json(OUTPUTS)


def test_lists_that_are_not_lists_read_as_nothing():
    assert streams_from_json("Connection failure") == []
    assert streams_from_json('{"a": 1}') == []
    assert monitors_from_json("") == set()
    assert streams_from_json('[{"index": "x"}, 3]') == []


def test_a_stream_recording_a_microphone_counts():
    assert in_use([mic()], monitors=set(), own_pid=1)


@pytest.mark.parametrize(
    "stream",
    [
        mic(source=0),  # the sound going out (a screen recorder, a visualiser): not a call
        mic(corked=True),  # paused: the microphone is not in use
        mic(**{"application.id": "org.PulseAudio.pavucontrol"}),  # a mixer's level meters
        mic(**{"application.id": "org.gnome.VolumeControl"}),
        mic(**{"application.id": "org.kde.plasma-pa"}),
        mic(**{"stream.monitor": "true"}),  # PipeWire's mark of a peak-detect stream
        mic(**{"media.role": "peak"}),
        mic(**{"application.process.id": "1"}),  # our own process: Dayweave never records
    ],
)
def test_streams_that_are_no_call_do_not_count(stream):
    assert not in_use([stream], monitors={0}, own_pid=1)


def test_only_source_output_events_ask_for_the_list_again():
    assert is_stream_event("Event 'new' on source-output #0")
    assert is_stream_event("Event 'remove' on source-output #12\n")
    assert is_stream_event("Event 'change' on source-output #3")
    assert not is_stream_event("Event 'change' on source #0")
    assert not is_stream_event("Event 'new' on client #4")
    assert not is_stream_event("")


def test_the_server_is_where_pulse_server_says_else_in_the_runtime_folder(tmp_path):
    assert server_address({"PULSE_SERVER": "unix:/x/sock"}) == "unix:/x/sock"
    assert server_address({"XDG_RUNTIME_DIR": str(tmp_path)}) is None  # no socket: none
    (tmp_path / "pulse").mkdir()
    (tmp_path / "pulse" / "native").touch()
    assert server_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == f"unix:{tmp_path}/pulse/native"
    assert server_address({}) is None


def test_the_microphone_in_use_without_a_call_offers_one_and_its_release_ends_it():
    offers = CallOffers()
    assert offers.heard(True, call_running=False) == "call"
    assert offers.heard(True, call_running=False) is None  # the same use: offered once
    assert offers.heard(False, call_running=True) == "end"  # the call logged from the offer
    assert offers.heard(False, call_running=True) is None


def test_no_call_offered_while_one_runs_and_no_end_offered_without_one():
    offers = CallOffers()
    assert offers.heard(True, call_running=True) is None  # logged by hand or from a prompt
    assert offers.heard(False, call_running=True) == "end"  # ...still offered its end
    assert offers.heard(True, call_running=False) == "call"
    assert offers.heard(False, call_running=False) == "withdraw"  # not logged: put away


def test_the_microphone_back_in_use_withdraws_the_offer_to_end():
    offers = CallOffers()
    offers.heard(True, call_running=True)
    assert offers.heard(False, call_running=True) == "end"
    assert offers.heard(True, call_running=True) == "withdraw"  # a device switch, not the end
