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
        " 1  09:00-09:12    12m  a disruption (family)",
        " 2  11:00-11:12    12m  a break",
        " 3  12:00-12:12    12m  not answered",
    ]
    shown = json.loads(run(data_dir, capsys, "away", "2026-11-26", "--json"))
    assert shown["tz"] == "Europe/Amsterdam"
    assert [
        (g["number"], g["start"], g["minutes"], g["answer"], g["cause"]) for g in shown["gaps"]
    ] == [
        (1, "2026-11-26T09:00:00+01:00", 12, "disruption", "family"),
        (2, "2026-11-26T11:00:00+01:00", 12, "break", None),
        (3, "2026-11-26T12:00:00+01:00", 12, None, None),
    ]
    assert shown["gaps"][0]["entry"] is not None


def test_in_dutch_and_a_day_without_gaps(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    noted_day(data_dir)
    said = run(data_dir, capsys, "--lang", "nl", "away", "2026-11-26").splitlines()
    assert said[1].endswith("een verstoring (gezin)") and said[3].endswith("niet beantwoord")
    assert run(data_dir, capsys, "away", "2026-11-20").splitlines()[1] == "No time away noted."
    yesterday = run(data_dir, capsys, "away", "2026-11-25").splitlines()
    assert yesterday[1] == " 1  13:00-14:15   1h15  still working"


def fails(data_dir, capsys, *args: str) -> str:
    assert main(["--data-dir", str(data_dir), *args]) == 2
    return capsys.readouterr().err


def test_log_answers_a_gap_by_a_time_in_it_and_only_once(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    noted_day(data_dir)
    said = run(data_dir, capsys, "log", "disruption", "gezin", "--gap", "2026-11-26 12:05")
    assert said.strip() == "12:00-12:12    12m: a disruption (family)."
    listed = run(data_dir, capsys, "away", "2026-11-26", "--json")
    assert json.loads(listed)["gaps"][2]["answer"] == "disruption"
    logged = json.loads(run(data_dir, capsys, "week", "2026-11-26", "--json"))
    assert logged["totals"]["disrupted_min"] == 24  # this gap's 12 minutes and the first gap's
    again = run(data_dir, capsys, "log", "work", "--gap", "2026-11-26 12:05")
    assert "answered already" in again


def test_log_answers_todays_gap_by_its_number_with_whom(data_dir, capsys, monkeypatch):
    """Today's gaps, whatever the hour: a gap from midnight, shorter than the time since."""
    from zoneinfo import ZoneInfo

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    zone = ZoneInfo("Europe/Amsterdam")
    now = datetime.now(zone)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    end = midnight + min(timedelta(minutes=12), (now - midnight) / 2)
    clock = FakeClock(now)
    journal = Journal(data_dir, load_or_create_device_id(default_config_dir()), clock).open()
    try:
        Commands(journal, clock).run(
            AnswerGap(start=midnight, end=end, answer="", tz=zone.key, now=now)
        )
    finally:
        journal.close()
    shown = json.loads(
        run(data_dir, capsys, "log", "meeting", "--with", "Anna Visser", "--gap", "1", "--json")
    )
    assert [(e["kind"], len(e["people"])) for e in shown] == [("meeting", 1)]


def test_a_gap_not_there_or_words_that_are_no_answer_write_nothing(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    noted_day(data_dir)
    assert "no gap 2026-11-26 16:00" in fails(
        data_dir, capsys, "log", "life", "--gap", "2026-11-26 16:00"
    )
    assert "is not what a gap was" in fails(
        data_dir, capsys, "log", "call", "--gap", "2026-11-26 12:05"
    )
    assert "is not what a gap was" in fails(
        data_dir, capsys, "log", "life", "family", "--gap", "2026-11-26 12:05"
    )
    assert "--at" in fails(data_dir, capsys, "log", "life", "--gap", "9", "--at", "9:00")
    assert "Er is geen afwezigheid 7" in fails(
        data_dir, capsys, "--lang", "nl", "log", "pauze", "--gap", "7"
    )
    shown = json.loads(run(data_dir, capsys, "away", "2026-11-26", "--json"))
    assert shown["gaps"][2]["answer"] is None


def test_an_undone_answer_is_listed_as_not_answered(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    noted_day(data_dir)
    run(data_dir, capsys, "log", "life", "--gap", "2026-11-26 12:05")
    assert run(data_dir, capsys, "away", "2026-11-26").splitlines()[3].endswith("a break")
    run(data_dir, capsys, "undo")
    assert run(data_dir, capsys, "away", "2026-11-26").splitlines()[3].endswith("not answered")
