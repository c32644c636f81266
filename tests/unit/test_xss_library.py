"""The X11 idle reader finds libX11 and libXss by their usual names; only when one is missing
does it ask ctypes.util.find_library, which runs ldconfig in a child process: at every start,
that was CPU and a child the tray at rest did not need."""

from __future__ import annotations

import ctypes.util

from tracker.away import xss


def test_a_library_found_by_its_usual_name_runs_no_search(monkeypatch):
    searched: list[str] = []
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: searched.append(name))
    assert xss._library("c", "libc.so.6") is not None
    assert searched == []


def test_a_library_under_another_name_is_still_searched_for(monkeypatch):
    searched: list[str] = []

    def find(name: str) -> str:
        searched.append(name)
        return "libc.so.6"

    monkeypatch.setattr(ctypes.util, "find_library", find)
    assert xss._library("c", "libc-not-this-name.so.99") is not None
    assert searched == ["c"]


def test_a_library_found_nowhere_is_none(monkeypatch):
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert xss._library("nothing", "libnothing-here.so.0") is None
