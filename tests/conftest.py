"""Test-wide rules: Qt offscreen, and never the user's real data or config folders."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

import tracker.features  # noqa: F401 - every feature's handlers, as the app and the CLI register them

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own data and config folders, whatever it forgets to pass."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DAYWEAVE_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("DAYWEAVE_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("DAYWEAVE_STATE_DIR", str(base / "state"))  # the log file
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
