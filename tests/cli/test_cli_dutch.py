"""The command line speaks Dutch: real `dayweave` processes with LANG=nl_NL.UTF-8 or --lang."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def dayweave(*args: str, data_dir: Path, lang: str = "nl_NL.UTF-8") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=lang, TZ="Europe/Amsterdam")
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


def test_log_week_people_and_check_in_dutch(data_dir):
    logged = dayweave("log", "storing", "--cause", "techniek", "wifi weg", data_dir=data_dir)
    assert logged.returncode == 0, logged.stderr
    assert logged.stdout.startswith("Vastgelegd: storing (techniek) ")
    assert logged.stdout.rstrip().endswith('"wifi weg"')
    block = dayweave("log", "2026-11-24 9:00-10:30 werk plan", data_dir=data_dir)
    assert block.stdout == 'Vastgelegd: werk di 24 nov 09:00-10:30 "plan"\n', block.stderr
    met = dayweave(
        "log", "contact", "--with", "Anna", "--at", "2026-11-25T10:00", data_dir=data_dir
    )
    assert "Anna toegevoegd aan je mensen (nog niet ingedeeld" in met.stdout

    week = dayweave("week", "2026-11-24", data_dir=data_dir)
    assert week.returncode == 0, week.stderr
    lines = week.stdout.splitlines()
    assert lines[0] == "Week van ma 23 nov 2026 - zo 29 nov 2026 (Europe/Amsterdam)"
    assert lines[2] == "di 24 nov  werk 1u30  privé 0u00  wissels 0  verstoringen 0"
    assert "    contact wo 25 nov 10:00 met Anna" in lines
    assert lines[-1].startswith("Totaal  werk 1u30")

    listed = dayweave("people", "list", data_dir=data_dir)
    assert listed.stdout.splitlines() == [
        "1 nog niet ingedeeld: geef een kring (Mensen, of opnieuw people add)",
        "Anna (niet ingedeeld) laatste contact 2026-11-25",
    ]
    checked = dayweave("check", data_dir=data_dir)
    assert checked.returncode == 0 and checked.stdout == f"OK: {data_dir} is leesbaar.\n"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("start", "slapen"), "'slapen' is geen soort; gebruik werk, privé, gesprek, afspraak"),
        (("log", "slapen"), "'slapen' is geen soort; begin met werk, privé, gesprek, afspraak"),
        (("week", "2026-13-01"), "of vorige (de week voor deze)"),
        (("people", "add"), "deze argumenten zijn nodig: name, --circle (zie dayweave --help)"),
        (("log", "werk", "x", "--cause", "tech"), "Alleen een storing heeft een oorzaak."),
        (("log", "contact"), "Contact is met iemand: zeg met wie."),
        (("log", "werk", "--bogus"), "onbekende argumenten: --bogus"),
        (("log", "werk", "--at", "straks"), "--at: 'straks' is geen tijd; gebruik 9:15, 'morgen"),
        (("settings", "nudge_days", "x"), "'x': geef dagen als mon,tue,wed"),
    ],
)
def test_usage_errors_in_dutch_exit_2_and_write_nothing(data_dir, args, said):
    result = dayweave(*args, data_dir=data_dir)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("dayweave: ") and said in result.stderr
    assert len(result.stderr.splitlines()) == 1 and result.stdout == ""
    assert not list(data_dir.glob("devices/*/entries-*.json"))


def test_lang_chooses_over_the_locale(data_dir):
    english = dayweave("--lang", "en", "log", "disruption", data_dir=data_dir)
    assert english.stdout.startswith("Logged disruption "), english.stderr
    dutch = dayweave("week", "--lang", "nl", data_dir=data_dir, lang="C.UTF-8")
    assert dutch.stdout.startswith("Week van "), dutch.stderr
    plain = dayweave("week", data_dir=data_dir, lang="C.UTF-8")
    assert plain.stdout.startswith("Week of "), plain.stderr


def test_tomorrow_is_a_time_too(data_dir):
    planned = dayweave("log", "werk", "--at", "morgen 10:00", "--until", "morgen 11:00",
                       data_dir=data_dir, lang="en_GB.UTF-8")  # fmt: skip
    assert planned.returncode == 0, planned.stderr
    english = dayweave("log", "work", "--at", "tomorrow 12:00", "--until", "tomorrow 13:00",
                       data_dir=data_dir, lang="en_GB.UTF-8")  # fmt: skip
    assert english.returncode == 0, english.stderr
    assert english.stdout.startswith("Logged work ") and "12:00-13:00" in english.stdout


def test_starting_the_app_with_a_bad_option_is_one_dutch_line(data_dir):
    result = dayweave("--bogus", data_dir=data_dir)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == "dayweave: onbekende argumenten: --bogus (zie dayweave --help)\n"
