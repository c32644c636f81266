"""A call noticed from the microphone (issue 21): which of the sound server's recording streams
(PulseAudio's or PipeWire-pulse's source-outputs) mean the microphone is in use, and what that
offers. No audio is ever read: only whether such a stream exists. ActivityWatch's AFK watcher
reads the same list as a sign of presence.

The list comes from `pactl` (pulseaudio-utils, also what PipeWire desktops ship for pulse
clients): `pactl -f json list ...` where pactl is 16 or newer, its plain text (read with
LC_ALL=C) before. No Qt here: `dayweave check` asks the same question as the app.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "METER_APPS",
    "CallOffers",
    "Stream",
    "counts",
    "in_use",
    "is_stream_event",
    "monitors_from_json",
    "monitors_from_text",
    "pactl_env",
    "server_address",
    "sound_server",
    "streams_from_json",
    "streams_from_text",
]

# Mixers whose level meters record from every source while their window is open: pavucontrol,
# GNOME Settings' sound panel (libgnome-volume-control), KDE's plasma-pa. Their streams are
# meters, not calls.
METER_APPS = frozenset(
    {"org.PulseAudio.pavucontrol", "org.gnome.VolumeControl", "org.kde.plasma-pa"}
)
_TIMEOUT = 2.0  # a sound server that does not answer in two seconds is not one to rely on


@dataclass(frozen=True, slots=True)
class Stream:
    """One recording stream: the source it records from, whether it is paused, its
    properties (application.name, application.id, media.role, application.process.id...)."""

    index: int
    source: int
    corked: bool = False
    properties: Mapping[str, str] = field(default_factory=dict)


def counts(stream: Stream, monitors: set[int], own_pid: int) -> bool:
    """Whether this stream means the microphone is in use for something like a call.

    The rule, each line a way a recording stream is not someone speaking into a call:
    - it records a monitor source: the sound going out (a screen recorder, a visualiser);
    - it is corked: paused, so the microphone is not in use (a call app muted this way);
    - it is a level meter: a mixer's (METER_APPS), PipeWire's mark of a peak-detect stream
      (stream.monitor), or the "peak" role some meters set;
    - it is our own: Dayweave never records, so a stream of this process is nobody's call.
    """
    props = stream.properties
    if stream.source in monitors or stream.corked:
        return False
    if props.get("application.id", "") in METER_APPS:
        return False
    if props.get("stream.monitor", "") == "true" or props.get("media.role", "") == "peak":
        return False
    return props.get("application.process.id", "") != str(own_pid)


def in_use(streams: Iterable[Stream], monitors: set[int], own_pid: int) -> bool:
    return any(counts(stream, monitors, own_pid) for stream in streams)


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _json_list(text: str) -> list[dict]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    return [item for item in data if isinstance(item, dict)] if isinstance(data, list) else []


def streams_from_json(text: str) -> list[Stream]:
    """`pactl -f json list source-outputs`; anything else reads as no stream."""
    streams = []
    for item in _json_list(text):
        index, source = _int(item.get("index")), _int(item.get("source"))
        props = item.get("properties")
        if index is None or source is None:
            continue
        plain = {str(k): str(v) for k, v in props.items()} if isinstance(props, dict) else {}
        streams.append(Stream(index, source, item.get("corked") is True, plain))
    return streams


def _is_monitor(name: str, of_sink: str, props: Mapping[str, Any]) -> bool:
    """A sink's monitor: named as one (pactl's json calls the sink it monitors
    "monitor_source"; its text "Monitor of Sink", "n/a" when none), classed as one, or
    named NAME.monitor as PulseAudio and PipeWire both name them."""
    of_sink = "" if of_sink == "n/a" else of_sink
    return bool(of_sink) or props.get("device.class") == "monitor" or name.endswith(".monitor")


def monitors_from_json(text: str) -> set[int]:
    """The indexes of the monitor sources in `pactl -f json list sources`."""
    found = set()
    for item in _json_list(text):
        index = _int(item.get("index"))
        props = item.get("properties")
        props = props if isinstance(props, dict) else {}
        of_sink = item.get("monitor_source") or item.get("monitor_of_sink") or ""
        if index is not None and _is_monitor(str(item.get("name", "")), str(of_sink), props):
            found.add(index)
    return found


_SECTION = re.compile(r"^(Source Output|Source) #(\d+)\s*$")
_FIELD = re.compile(r"^\t([A-Za-z ]+): ?(.*)$")
_PROPERTY = re.compile(r'^\t\t([\w.-]+) = "(.*)"$')


def _sections(text: str, kind: str) -> list[tuple[int, dict[str, str], dict[str, str]]]:
    """`pactl list` in plain text (LC_ALL=C): each section's number, fields and properties."""
    sections: list[tuple[int, dict[str, str], dict[str, str]]] = []
    current: tuple[int, dict[str, str], dict[str, str]] | None = None
    for line in text.splitlines():
        if head := _SECTION.match(line):
            current = (int(head[2]), {}, {}) if head[1] == kind else None
            if current is not None:
                sections.append(current)
        elif current is not None and (prop := _PROPERTY.match(line)):
            current[2][prop[1]] = prop[2]
        elif current is not None and (named := _FIELD.match(line)):
            current[1][named[1]] = named[2].strip()
    return sections


def streams_from_text(text: str) -> list[Stream]:
    """`pactl list source-outputs` of a pactl without json (before 16)."""
    streams = []
    for index, fields, props in _sections(text, "Source Output"):
        with contextlib.suppress(ValueError):
            source = int(fields.get("Source", ""))
            streams.append(Stream(index, source, fields.get("Corked") == "yes", props))
    return streams


def monitors_from_text(text: str) -> set[int]:
    return {
        index
        for index, fields, props in _sections(text, "Source")
        if _is_monitor(fields.get("Name", ""), fields.get("Monitor of Sink", ""), props)
    }


def is_stream_event(line: str) -> bool:
    """A line of `pactl subscribe` about a recording stream: new, changed (corked) or gone."""
    return " on source-output #" in line


def server_address(env: Mapping[str, str]) -> str | None:
    """Where a pulse client would connect, when there is something there: PULSE_SERVER, else
    the socket PulseAudio and PipeWire-pulse both make in XDG_RUNTIME_DIR. Without one, pactl
    is never started (it could autospawn a server nobody asked for)."""
    if env.get("PULSE_SERVER"):
        return env["PULSE_SERVER"]
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime and (Path(runtime) / "pulse" / "native").exists():
        return f"unix:{Path(runtime) / 'pulse' / 'native'}"
    return None


def pactl_env(env: Mapping[str, str]) -> dict[str, str]:
    """pactl's environment: its words in English (the text is parsed), no autospawn."""
    plain = dict(env, LC_ALL="C", LANGUAGE="C")
    address = server_address(env)
    if address:
        plain["PULSE_SERVER"] = address
    return plain


def sound_server(env: Mapping[str, str] | None = None) -> str | None:
    """The server's kind, "PipeWire" or "PulseAudio", when one answers pactl here; None when
    none does (or pactl is missing): then no call is noticed from the microphone."""
    env = os.environ if env is None else env
    pactl = shutil.which("pactl")
    if pactl is None or server_address(env) is None:
        return None
    import subprocess  # here: without a sound server the tray never loads it (~0.8 MiB)

    try:
        done = subprocess.run(
            [pactl, "info"], env=pactl_env(env), capture_output=True, text=True,
            timeout=_TIMEOUT, check=False,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    return "PipeWire" if "PipeWire" in done.stdout else "PulseAudio"


class CallOffers:
    """What the microphone's use offers: "call" (log one) when it goes in use while no call
    runs, "end" when it is released while one runs, "withdraw" when the offer shown no
    longer fits (the microphone released before a call was logged, or back in use before
    the call was ended: a device switch, not the end). Each change of use offers at most once.
    """

    def __init__(self) -> None:
        self.using = False
        self.shown: str | None = None  # the offer on screen

    def heard(self, using: bool, call_running: bool) -> str | None:
        if using == self.using:
            return None
        self.using = using
        wanted = ("call" if not call_running else None) if using else None
        if not using and call_running:
            wanted = "end"
        if wanted is not None:
            self.shown = wanted
            return wanted
        if self.shown is not None:
            self.shown = None
            return "withdraw"
        return None

    def answered(self) -> None:
        """The offer was taken or put away."""
        self.shown = None
