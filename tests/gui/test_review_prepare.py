"""The review's weeks summed ahead in a child process (tracker/ui/review/prepare.py): once a
session at the user's first write or week, only when the kept weeks are missing or a week old,
and a review opened after it reads none of its closed weeks again."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.commands import Log
from tracker.commands.door import Commands
from tracker.kernel.clock import FakeClock
from tracker.review.keptfile import cache_file
from tracker.store.journal import open_journal
from tracker.ui.review import prepare
from tracker.ui.review.prepare import STALE_SECONDS, ReviewPreparer, prepare_command
from tracker.ui.review.window import ReviewWindow

AMS = ZoneInfo("Europe/Amsterdam")
WALL = 2_000_000_000.0


@pytest.fixture
def started(monkeypatch):
    """The commands the preparer would start, none started."""
    commands: list[list[str]] = []
    monkeypatch.setattr(ReviewPreparer, "ahead", True)
    monkeypatch.setattr(prepare, "_start_detached", lambda cmd: commands.append(cmd) or True)
    return commands


def keep_at(data_dir, mtime: float) -> None:
    path = cache_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{}")
    os.utime(path, (mtime, mtime))


def test_nothing_kept_prepares_once_a_session(tmp_path, started):
    preparer = ReviewPreparer(tmp_path / "data", AMS.key, wall=lambda: WALL)
    preparer.prepare()
    preparer.prepare()
    assert started == [
        [sys.executable, "-m", "tracker", "--data-dir", str(tmp_path / "data"), "review",
         "--weeks", "52", "--json", "--tz", AMS.key],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("age", "prepares"),
    [(3 * 24 * 3600, False), (STALE_SECONDS + 60, True), (-3600, True)],  # -: a clock set back
)
def test_weeks_kept_within_a_week_are_left_alone(tmp_path, started, age, prepares):
    keep_at(tmp_path / "data", WALL - age)
    ReviewPreparer(tmp_path / "data", AMS.key, wall=lambda: WALL).prepare()
    assert bool(started) is prepares


def test_the_app_prepares_at_the_first_write_and_not_at_start(
    journal, clock, qtbot, monkeypatch, tmp_path, started
):
    from tracker.ui.shell import Shell

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    shell = Shell(journal, clock, AMS, journal.layout.root, tray_available=lambda: True)
    assert started == []
    shell.quicklog.commands.run(Log(kind="work", at=clock.now(), tz=AMS.key))
    shell.show_week()
    assert [command[command.index("--data-dir") + 1] for command in started] == [
        str(journal.layout.root)
    ]
    shell.shutdown()


def test_the_prepared_weeks_are_not_read_again(tmp_path, qtbot):
    """A real `dayweave review` process keeps the weeks; the window then reads only this one
    (two if a week began between the two)."""
    now = datetime.now(UTC)
    clock = FakeClock(now)
    data = tmp_path / "data"
    journal = open_journal(data, clock)  # this machine's device, as the process finds it
    commands = Commands(journal, clock)
    for back in range(1, 30):
        start = now - timedelta(weeks=back)
        commands.run(Log(kind="work", at=start, until=start + timedelta(hours=2), tz=AMS.key))
    journal.close()
    cold_journal = open_journal(data, clock)
    cold = ReviewWindow(cold_journal, clock, AMS, weeks=52)
    qtbot.addWidget(cold)
    cold_journal.close()
    assert cold.cache.reads == 52  # nothing kept: every week read
    env = dict(os.environ, TZ="Pacific/Auckland")  # the app's zone is passed, not the local
    subprocess.run(
        prepare_command(data, AMS.key), env=env, check=True, capture_output=True, timeout=120
    )
    journal = open_journal(data, clock)
    window = ReviewWindow(journal, clock, AMS, weeks=52, kept=cache_file(data))
    qtbot.addWidget(window)
    journal.close()
    assert window.cache.reads <= 2
    assert window.chart.review.work_min == cold.chart.review.work_min == 29 * 120


def test_weeks_kept_by_another_process_while_the_review_was_open_stay_kept(
    journal, clock, qtbot, tmp_path
):
    from tracker.review.keep import read_kept, write_kept

    kept = tmp_path / "kept.json"
    window = ReviewWindow(journal, clock, AMS, weeks=4, kept=kept)
    qtbot.addWidget(window)
    mine = read_kept(kept)
    assert len(mine) == 3  # the closed weeks of the four, kept at opening
    window.cache.changed = True  # as after a change it read a week again
    older = ReviewWindow(journal, clock, AMS, weeks=12)  # another process's weeks
    qtbot.addWidget(older)
    write_kept(kept, older.cache.kept)
    window.close()
    assert len(read_kept(kept)) == 11
