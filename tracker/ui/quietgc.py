"""While a worker thread runs Python, the cycle collector must not run: it frees whatever
garbage it finds on the thread that triggered it, and a Qt object caught in a reference cycle
destroyed on a worker thread brings Qt down (a segfault, seen in CI after a vCard import).
So automatic collection is off while a worker runs, and the garbage is collected on the GUI
thread when the last one ends. qutebrowser turns automatic collection off for good and
collects from a timer for the same reason; here it is off only while a worker runs."""

from __future__ import annotations

import gc

__all__ = ["worker_ended", "worker_started"]

_state = {"workers": 0, "was_on": True}


def worker_started() -> None:
    """Called on the GUI thread before a worker thread starts running Python."""
    if _state["workers"] == 0:
        _state["was_on"] = gc.isenabled()
        gc.disable()
    _state["workers"] += 1


def worker_ended() -> None:
    """Called on the GUI thread once a worker thread has finished (or was waited for)."""
    if _state["workers"] == 0:
        return
    _state["workers"] -= 1
    if _state["workers"] == 0 and _state["was_on"]:
        gc.collect()  # here, on the GUI thread: cycles holding Qt objects are freed safely
        gc.enable()
