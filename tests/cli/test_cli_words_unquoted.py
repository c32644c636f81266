"""`dayweave log WORDS...` is `dayweave log "WORDS..."`, and times are read as people write
them (issue 20): each pair of command lines below stores the same entry.

Run in process with the clock and the zone fixed, each command line in a data folder of its own,
so the table passes at any hour in any zone (CI runs it under faketime)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.kernel.clock import SystemClock

NOW = datetime(2026, 11, 24, 13, 7, tzinfo=UTC)  # a Tuesday, 14:07 in Amsterdam
AT = "2026-11-24T11:00"


@pytest.fixture(autouse=True)
def _fixed_clock_and_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    monkeypatch.setattr(SystemClock, "now", lambda self: NOW)


def _stored(folder: Path, capsys: pytest.CaptureFixture[str], words: list[str]) -> list[tuple]:
    """What `dayweave log WORDS` stores in a fresh folder where Maria is a customer."""
    data = ["--data-dir", str(folder)]
    assert main([*data, "people", "add", "Maria Jansen", "--circle", "customer"]) == 0
    capsys.readouterr()
    code = main([*data, "log", *words])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main([*data, "week", "2026-11-24", "--json"]) == 0
    week = json.loads(capsys.readouterr().out)
    stored = {  # an entry over midnight shows on both days: once here
        e["id"]: (e["kind"], e["start"], e["end"], e["title"], e["people"], e["cause"])
        for day in week["days"]
        for e in day["entries"]
    }
    return list(stored.values())


def _same(tmp_path: Path, capsys: pytest.CaptureFixture[str], one: list[str], other: list[str]):
    first = _stored(tmp_path / "one", capsys, one)
    second = _stored(tmp_path / "other", capsys, other)
    assert first == second
    assert len(first) == 1
    return first[0]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["call", "with", "Maria", "about", "renewal", "--at", AT],
         ("call", "about renewal", ["Maria Jansen"], None)),
        (["work", "9:00-10:30", "plan"], ("work", "plan", [], None)),
        (["disruption", "noise", "neighbours", "--at", AT],
         ("disruption", "neighbours", [], "noise")),
        (["storing", "lawaai", "buren", "--at", AT], ("disruption", "buren", [], "noise")),
        (["meeting", "with", "Maria", "14:00-15:00", "renewal", "#sales"],
         ("meeting", "renewal", ["Maria Jansen"], None)),
    ],
)  # fmt: skip
def test_words_are_read_as_the_quoted_line(tmp_path, capsys, words, expected):
    options = [i for i, w in enumerate(words) if w.startswith("--")]
    cut = options[0] if options else len(words)
    quoted = [" ".join(words[:cut]), *words[cut:]]
    kind, _start, _end, title, people, cause = _same(tmp_path, capsys, words, quoted)
    assert (kind, title, people, cause) == expected


def test_options_still_apply_to_the_words(tmp_path, capsys):
    words = ["call", "--with", "Maria", "about", "renewal", "10.00-10.30", "--note", "n"]
    quoted = ["call about renewal 10:00-10:30", "--with", "Maria", "--note", "n"]
    kind, start, end, title, people, cause = _same(tmp_path, capsys, words, quoted)
    assert (start, end) == ("2026-11-24T10:00:00+01:00", "2026-11-24T10:30:00+01:00")
    expected = ("call", "about renewal", ["Maria Jansen"], None)
    assert (kind, title, people, cause) == expected


def test_a_range_in_the_words_is_the_blocks_time(tmp_path, capsys):
    stored = _same(tmp_path, capsys, ["work", "9:00-10:30", "plan"], ["9:00-10:30 work plan"])
    assert stored[1:3] == ("2026-11-24T09:00:00+01:00", "2026-11-24T10:30:00+01:00")


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        (["--at", "9"], ["--at", "9:00"]),
        (["--at", "9am"], ["--at", "9:00"]),
        (["--at", "9pm"], ["--at", "21:00"]),
        (["--at", "12am"], ["--at", "0:00"]),
        (["--at", "9.00"], ["--at", "9:00"]),
        (["--at", "9.30am"], ["--at", "9:30"]),
        # Running since yesterday is over 16 hours: meant, so --long (issue 25).
        (["--at", "yesterday 9", "--long"], ["--at", "2026-11-23T09:00", "--long"]),
        (["--at", "gisteren 9", "--long"], ["--at", "2026-11-23T09:00", "--long"]),
        (["--at", "-15m"], ["--at=-15m"]),
        (["--at", "-2h", "--until", "-15m"], ["--at=-2h", "--until=-15m"]),
        (["--at", "9", "--until", "10.30"], ["--at", "9:00", "--until", "10:30"]),
    ],
)  # fmt: skip
def test_times_as_people_write_them(tmp_path, capsys, typed, canonical):
    _same(tmp_path, capsys, ["work", "plan", *typed], ["work", "plan", *canonical])


@pytest.mark.parametrize(
    ("line", "canonical"),
    [
        ("work 9.00-10.30 plan", "work 9:00-10:30 plan"),
        ("werk 9.00 - 10.30 plan", "work 9:00-10:30 plan"),
        ("work 9am-10.30am plan", "work 9:00-10:30 plan"),
        ("work 1pm-2pm plan", "work 13:00-14:00 plan"),
        ("9-10.30 work plan", "9:00-10:30 work plan"),
        ("yesterday 9-10 work plan", "yesterday 9:00-10:00 work plan"),
        ("gisteren 9-17 werk plan", "yesterday 9:00-17:00 work plan"),
        ("call with Maria 9.00-9.30", "call with Maria 9:00-9:30"),
    ],
)
def test_the_line_reads_times_as_people_write_them(tmp_path, capsys, line, canonical):
    _same(tmp_path, capsys, line.split(), [canonical])


@pytest.mark.parametrize(
    "line",
    ["work sprint 9 review", "work 3-4 items", "life dinner for 2"],
)
def test_a_bare_number_after_the_kind_stays_in_the_title(tmp_path, capsys, line):
    stored = _same(tmp_path, capsys, [*line.split(), "--at", AT], [line, "--at", AT])
    assert stored[3] == line.split(" ", 1)[1]


@pytest.mark.parametrize(
    ("words", "part"),
    [
        (["work", "9:75", "plan"], "'9:75'"),
        (["work", "9:00", "plan", "10:00"], "'10:00'"),
        (["call", "with"], "'with'"),
        (["slapen", "lang"], "'slapen'"),
    ],
)
def test_a_refusal_names_the_part_it_could_not_read(data_dir, capsys, words, part):
    assert main(["--data-dir", str(data_dir), "log", *words]) == 2
    assert part in capsys.readouterr().err


@pytest.mark.parametrize(
    "words",
    [["disruption", "noise", "neighbours", "--cause", "tech", "--at", AT],
     ["work", "9:00-10:30", "plan", "--until", "11:00"],
     ["work", "9:00", "plan", "--at", "8:00"]],
)  # fmt: skip
def test_an_option_against_the_line_is_refused_not_dropped(data_dir, capsys, words):
    """The line and an option both say the cause, the end or the start: neither wins."""
    words = ["log", *words]
    assert main(["--data-dir", str(data_dir), *words]) == 2
    assert "disagree" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "week", "2026-11-24", "--json"]) == 0
    week = json.loads(capsys.readouterr().out)
    assert [e for day in week["days"] for e in day["entries"]] == []
