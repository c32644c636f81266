"""Test-wide rules: Qt offscreen, never the user's real data or config folders, and the corpora
of real vCard and iCalendar files found in one place (tests/corpora.py)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

import tracker.features  # noqa: F401 - every feature's handlers, as the app and the CLI register them
from tests.corpora import corpora_folder, corpora_missing, without_corpora

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# clock, journal and quicklog, shared by the GUI and end-to-end suites.
pytest_plugins = ("tests.journal_fixtures",)


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own data and config folders, whatever it forgets to pass."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DAYWEAVE_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("DAYWEAVE_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("DAYWEAVE_STATE_DIR", str(base / "state"))  # the log file
    monkeypatch.setenv("DAYWEAVE_CACHE_DIR", str(base / "cache"))  # the calendar cache
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "xdg-cache"))  # the review's kept weeks


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def corpora() -> Path:
    """The corpora folder, holding ics/ and vcard/; where it is absent the test skips (in CI:
    fails) with the reason."""
    reason = corpora_missing()
    if reason is not None:
        without_corpora(reason)
    return corpora_folder()


@pytest.fixture(scope="session")
def ics_corpus(corpora: Path) -> Path:
    return corpora / "ics"


@pytest.fixture(scope="session")
def vcard_corpus(corpora: Path) -> Path:
    return corpora / "vcard"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "corpora_missing(reason): corpus_files in CI without the corpora: fails the test"
    )


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    marker = item.get_closest_marker("corpora_missing")
    if marker is not None:
        without_corpora(marker.args[0])


@pytest.fixture(autouse=True)
def _command_line_language_restored():
    """`main(["--lang", "nl", ...])` in-process sets the command line's language for the
    process; later tests must not inherit it (their messages are compared in English)."""
    from tracker.kernel import words

    kept = dict(words._state)
    yield
    words._state.clear()
    words._state.update(kept)
