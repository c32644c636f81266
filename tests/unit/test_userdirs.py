"""The user's folders are where platformdirs put them (the app used it until start-up time
made it too dear): the same answer for set, empty, relative and unset XDG variables."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from tracker.kernel.userdirs import user_dir

KINDS = {
    "data": "XDG_DATA_HOME",
    "config": "XDG_CONFIG_HOME",
    "state": "XDG_STATE_HOME",
    "cache": "XDG_CACHE_HOME",
}


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the XDG rule is for Unix")
@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("value", [None, "", "relative/place", "/abs/place", "/abs/place/"])
def test_the_same_folder_as_platformdirs(kind, value, monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    if value is None:
        monkeypatch.delenv(KINDS[kind], raising=False)
    else:
        monkeypatch.setenv(KINDS[kind], value)
    theirs = getattr(platformdirs, f"user_{kind}_dir")("dayweave", appauthor=False)
    assert str(user_dir(kind)) == str(type(user_dir(kind))(theirs))
