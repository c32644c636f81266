"""The command line speaks Dutch: real `dayweave` processes with LANG=nl_NL.UTF-8 or --lang."""

from __future__ import annotations

import os
import re
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
        "1 nog niet ingedeeld: geef een kring (Mensen, of people edit NAAM --circle C)",
        "Anna (niet ingedeeld) laatste contact 2026-11-25",
    ]
    checked = dayweave("check", data_dir=data_dir)
    assert checked.returncode == 0
    said = checked.stdout.splitlines()
    assert said[0] == f"OK: {data_dir} is leesbaar."
    # What tells the app about time away here, in Dutch too (nothing, on a bare test machine).
    assert said[1].startswith(("Weg zijn wordt herkend via: ", "Niets op dit bureaublad zegt"))


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


# English words that no Dutch sentence holds: a line printed the same in both languages that
# has one of them was left untranslated (paths, CSV rows and setting names are the same in
# both and hold none of them).
ENGLISH = re.compile(
    r"\b(the|of|is|not|cannot|read|reading|default|first|last|your|files?|meetings?|"
    r"planned|included|standard|output|disruptions|contacts|takes|backup|calendars?|"
    r"warning|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Nov|Dec|No such)\b"
)


def _words_of(line: str) -> str:
    """The line without its options and metavars (--output FILE), which stay English."""
    return " ".join(word for word in line.split() if not word.startswith("-"))


def test_calendar_agenda_export_and_import_leave_no_english_in_dutch(data_dir, tmp_path):
    """Commands added after the command line learned Dutch: their help, their headers and
    their errors. A line printed the same in Dutch and English with English words in it is
    one that was never translated."""
    ics = tmp_path / "plan.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\n"
        "DTSTART:20261124T130000Z\r\nDTEND:20261124T140000Z\r\nSUMMARY:Renewal\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    vcf = tmp_path / "x.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dee Vos\r\nEND:VCARD\r\n")
    tours = [
        ("--help",), ("calendar", "--help"), ("agenda", "--help"), ("export", "--help"),
        ("import", "--help"), ("calendar", "add", str(ics)), ("agenda", "2026-11-24"),
        ("import", str(vcf)), ("import", str(tmp_path / "missing.json")),
        ("people", "import", str(tmp_path / "missing.vcf"), "--circle", "team"),
    ]  # fmt: skip
    left = []
    for args in tours:
        said = {}
        for lang in ("nl_NL.UTF-8", "en_GB.UTF-8"):
            result = dayweave(*args, data_dir=data_dir, lang=lang)
            said[lang] = (result.stdout + result.stderr).replace("’", "'").splitlines()
            if args[:2] == ("calendar", "add"):
                one = {"nl": "1 bestand, 1 afspraak, 0", "en": "1 file, 1 event"}[lang[:2]]
                assert one in result.stdout, result.stderr  # "1 bestanden, 1 afspraken" before
                dayweave("calendar", "remove", str(ics), data_dir=data_dir, lang=lang)
        english = set(said["en_GB.UTF-8"])
        left += [
            f"{' '.join(args)}: {line.strip()}"
            for line in said["nl_NL.UTF-8"]
            if line in english and ENGLISH.search(_words_of(line.replace(str(tmp_path), "")))
        ]
    assert left == []


def test_a_damaged_nudge_state_is_said_in_dutch(data_dir):
    """`dayweave nudges` sets a damaged nudges.json aside and says so: in the user's words,
    as every other command's warning does ("warning: nudges.json was damaged" before)."""
    logged = dayweave(
        "log", "werk", "--at", "2026-11-24T09:00", "--until", "2026-11-24T10:00", data_dir=data_dir
    )
    assert logged.returncode == 0
    [device] = data_dir.glob("devices/*")
    (device / "nudges.json").write_text("{not json")
    result = dayweave("nudges", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("dayweave: waarschuwing: nudges.json was beschadigd"), line
