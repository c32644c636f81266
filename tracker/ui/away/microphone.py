"""Whether the microphone is in use, told when it changes (issue 21, a call noticed).

`pactl subscribe` runs as a child (QProcess) and prints a line for each change on the sound
server; only on a recording stream's ("source-output") is the list asked for again, so nothing
polls: at rest the app only waits for the child's next line. pactl rather than pulsectl:
pulsectl's event loop blocks (it would need a thread, and its ctypes libpulse in the app's
memory), while pactl is what every PulseAudio and PipeWire-pulse desktop already has, and a
child that dies with the server is easy to notice. No audio is read: the lists say only which
streams exist (tracker/away/microphone.py decides which count).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from tracker.away.microphone import (
    in_use,
    is_stream_event,
    monitors_from_json,
    monitors_from_text,
    pactl_env,
    server_address,
    streams_from_json,
    streams_from_text,
)
from tracker.kernel.logs import logger
from tracker.ui.timers import SingleShot

__all__ = ["RETRY_SECONDS", "Microphone", "PactlMicrophone", "open_microphone"]

log = logger("dayweave.app")
RETRY_SECONDS = 60.0  # a sound server gone is looked for again at most once a minute


class Microphone(QObject):
    """`changed(in_use)` when the microphone goes in use or is released; `name` is what
    Settings says ("PulseAudio", "PipeWire"; "" while none answers)."""

    changed = Signal(bool)
    name = ""

    def start(self) -> None:
        """Begin telling (after the icon shows, or when the off switch is unset)."""

    def stop(self) -> None:
        """Tell nothing more (at quit, or when the off switch is set)."""


class PactlMicrophone(Microphone):
    def __init__(self, pactl: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pactl = pactl
        self.using = False
        self.json = True  # pactl 16 and newer; the plain text before
        self.subscription: QProcess | None = None
        self.asking: list[QProcess] = []  # the lists being read (kept: Qt owns no orphan)
        self.again = False  # a stream changed while the lists were being read
        self.said_missing = False
        self.running = False  # between start() and stop(): what finishes after is not heard
        self.retry = SingleShot("microphone.retry", self.start, self)

    def _process(self) -> QProcess:
        process = QProcess(self)
        environment = QProcessEnvironment()
        for key, value in pactl_env(os.environ).items():
            environment.insert(key, value)
        process.setProcessEnvironment(environment)
        return process

    def start(self) -> None:
        self.running = True
        if self.subscription is not None:
            return
        if server_address(os.environ) is None:
            self._missing()
            return
        info = self._process()
        info.finished.connect(lambda code, _status, p=info: self._informed(p, code))
        self.asking.append(info)
        info.start(self.pactl, ["info"])

    def _missing(self) -> None:
        if not self.said_missing:  # said once: the log keeps no line a minute
            log.info("microphone: no sound server answers")
            self.said_missing = True
        self.name = ""
        self._tell(False)

    def _informed(self, process: QProcess, code: int) -> None:
        self._done(process)
        if not self.running or self.subscription is not None:  # stopped, or asked twice
            return
        if code != 0:
            self._missing()
            self.retry.start_in(RETRY_SECONDS)
            return
        text = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
        self.name = "PipeWire" if "PipeWire" in text else "PulseAudio"
        self.said_missing = False
        log.info("microphone: heard through %s", self.name)
        self.subscription = self._process()
        self.subscription.readyReadStandardOutput.connect(self._events)
        self.subscription.finished.connect(self._ended)
        self.subscription.start(self.pactl, ["subscribe"])
        self.ask()

    def _events(self) -> None:
        if self.subscription is None:
            return
        lines = bytes(self.subscription.readAllStandardOutput().data()).decode(errors="replace")
        if any(is_stream_event(line) for line in lines.splitlines()):
            self.ask()

    def _ended(self) -> None:
        """The server went away (or restarted): nothing records now; looked for again."""
        if self.subscription is not None:
            self.subscription.deleteLater()
            self.subscription = None
            log.info("microphone: the sound server went away")
            self._tell(False)
            self.retry.start_in(RETRY_SECONDS)

    def ask(self) -> None:
        """Read the sources (which are monitors) and the recording streams, one after the
        other; a change heard meanwhile asks again once they are read."""
        if self.asking:
            self.again = True
            return
        self.again = False
        self._list("sources", lambda sources: self._list("source-outputs", self._read(sources)))

    def _list(self, what: str, then: Callable[[str], None]) -> None:
        process = self._process()
        process.finished.connect(lambda code, _status, p=process: self._listed(p, code, then))
        self.asking.append(process)
        process.start(self.pactl, [*(["-f", "json"] if self.json else []), "list", what])

    def _listed(self, process: QProcess, code: int, then: Callable[[str], None]) -> None:
        self._done(process)
        if not self.running or self.subscription is None:  # stopped, or the server went away
            return
        text = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
        error = bytes(process.readAllStandardError().data()).decode(errors="replace")
        if code != 0 and self.json and "option" in error:  # a pactl from before json
            self.json = False
            self.ask()
            return
        if code == 0:
            then(text)
        if self.again and not self.asking:
            self.ask()

    def _read(self, sources: str) -> Callable[[str], None]:
        def streams(outputs: str) -> None:
            if self.json:
                found, monitors = streams_from_json(outputs), monitors_from_json(sources)
            else:
                found, monitors = streams_from_text(outputs), monitors_from_text(sources)
            self._tell(in_use(found, monitors, os.getpid()))

        return streams

    def _done(self, process: QProcess) -> None:
        if process in self.asking:
            self.asking.remove(process)
        process.deleteLater()

    def _tell(self, using: bool) -> None:
        if using != self.using:
            self.using = using
            log.info("microphone: %s", "in use" if using else "released")
            self.changed.emit(using)

    def stop(self) -> None:
        self.running = False
        self.retry.stop()
        subscription, self.subscription = self.subscription, None
        if subscription is not None:
            subscription.finished.disconnect(self._ended)
            subscription.kill()
            subscription.waitForFinished(1000)
            subscription.deleteLater()
        for process in self.asking:
            process.kill()
        self.using = False


def open_microphone() -> Microphone:
    """pactl's, where pactl is installed; else one that never tells (said once in the log)."""
    pactl = shutil.which("pactl")
    if pactl is None:
        log.info("microphone: pactl is not installed")
        return Microphone()
    return PactlMicrophone(pactl)
