"""`dayweave away [DATE] [--json]`: the day's gaps and their answers, in the user's words."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from tracker.cli import main
from tracker.commands import Commands, Log
from tracker.commands.requests import AnswerGap
from tracker.kernel.clock import FakeClock
from tracker.store.journal import Journal
from tracker.store.layout import default_config_dir, load_or_create_device_id

NINE = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)  # 09:00 in Amsterdam


def noted_day(data_dir) -> None:
    """A work block with three gaps: a disruption, a break, one not answered yet; and one
    gap the day before."""
    clock = FakeClock(NINE)
    device = load_or_create_device_id(default_config_dir())
    journal = Journal(data_dir, device, clock).open()
    try:
        door = Commands(journal, clock)
        door.run(Log(kind="work", at=NINE - timedelta(hours=1), tz="Europe/Amsterdam"))
        clock.set(NINE + timedelta(hours=5))
        for hour, answer, cause in ((0, "disruption", "family"), (2, "break", None),
                                    (3, "", None), (-20, "working", None)):  # fmt: skip
            start = NINE + timedelta(hours=hour)
            end = start + timedelta(minutes=75 if hour < 0 else 12)
            door.run(AnswerGap(start=start, end=end, answer=answer, cause=cause,
                               tz="Europe/Amsterdam", now=clock.now()))  # fmt: skip
    finally:
        journal.close()


def run(data_dir, capsys, *args: str) -> str:
    assert main(["--data-dir", str(data_dir), *args]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_the_days_gaps_and_their_answers(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    noted_day(data_dir)
    said = run(data_dir, capsys, "away", "2026-11-26").splitlines()
    assert said[1:] == [
        "09:00-09:12    12m  a disruption (family)",
        "11:00-11:12    12m  a break",
        "12:00-12:12    12m  not answered",
    ]
    shown = json.loads(run(data_dir, capsys, "away", "2026-11-26", "--json"))
    assert shown["tz"] == "Europe/Amsterdam"
    assert [(g["start"], g["minutes"], g["answer"], g["cause"]) for g in shown["gaps"]] == [
        ("2026-11-26T09:00:00+01:00", 12, "disruption", "family"),
        ("2026-11-26T11:00:00+01:00", 12, "break", None),
        ("2026-11-26T12:00:00+01:00", 12, None, None),
    ]
    assert shown["gaps"][0]["entry"] is not None


def test_in_dutch_and_a_day_without_gaps(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    noted_day(data_dir)
    said = run(data_dir, capsys, "--lang", "nl", "away", "2026-11-26").splitlines()
    assert said[1].endswith("een verstoring (gezin)") and said[3].endswith("niet beantwoord")
    assert run(data_dir, capsys, "away", "2026-11-20").splitlines()[1] == "No time away noted."
    yesterday = run(data_dir, capsys, "away", "2026-11-25").splitlines()
    assert yesterday[1] == "13:00-14:15   1h15  still working"
