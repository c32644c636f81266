"""The `dayweave` command as scripts use it: real processes, real files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest


def dayweave(
    *args: str, data_dir: Path, tz: str = "Europe/Amsterdam"
) -> subprocess.CompletedProcess:
    env = dict(os.environ, TZ=tz)
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_a_logged_disruption_shows_in_the_weeks_json(data_dir):
    logged = dayweave("log", "disruption", "--cause", "tech", "wifi dropped", data_dir=data_dir)
    assert logged.returncode == 0, logged.stderr
    assert "disruption (tech)" in logged.stdout
    week = dayweave("week", "--json", data_dir=data_dir)
    assert week.returncode == 0, week.stderr
    data = json.loads(week.stdout)
    found = [e for day in data["days"] for e in day["entries"] if e["kind"] == "disruption"]
    assert [(e["cause"], e["title"]) for e in found] == [("tech", "wifi dropped")]
    assert data["tz"] == "Europe/Amsterdam" and data["totals"]["disruptions"] == 1
    assert found[0]["start"].endswith(("+01:00", "+02:00"))


def test_a_quick_entry_line_with_a_new_person(data_dir):
    logged = dayweave(
        "log", "2026-11-24 11:00-12:00 meeting with Joost (customer) review", data_dir=data_dir
    )
    assert logged.returncode == 0, logged.stderr
    assert "Added Joost to your people (circle: Customer)" in logged.stdout  # the app's word
    week = json.loads(dayweave("week", "2026-11-24", "--json", data_dir=data_dir).stdout)
    tuesday = week["days"][1]
    assert tuesday["entries"][0]["people"] == ["Joost"]
    assert tuesday["entries"][0]["live"] is True
    assert tuesday["entries"][0]["start"] == "2026-11-24T11:00:00+01:00"
    listed = json.loads(dayweave("people", "list", "--json", data_dir=data_dir).stdout)
    assert [(p["name"], p["circle"]) for p in listed] == [("Joost", "customer")]
    assert listed[0]["last_contact"].startswith("2026-11-24T10:00:00")
    assert listed[0]["next_due"].startswith("2026-12-08T10:00:00")  # the default 14 days


def test_start_and_stop_a_block(data_dir):
    started = dayweave("start", "work", "Quarterly", "plan", "--json", data_dir=data_dir)
    assert started.returncode == 0, started.stderr
    [record] = json.loads(started.stdout)
    assert record["end"] is None and record["title"] == "Quarterly plan"
    life = dayweave("start", "life", "school run", data_dir=data_dir)
    assert life.returncode == 0
    stopped = json.loads(dayweave("stop", "--json", data_dir=data_dir).stdout)
    assert [r["kind"] for r in stopped] == ["life"]
    assert "Nothing was running" in dayweave("stop", data_dir=data_dir).stdout


def test_week_tz_override_cuts_days_elsewhere(data_dir):
    dayweave(
        "log",
        "work",
        "late",
        "--at",
        "2026-11-24T23:30Z",
        "--until",
        "2026-11-25T00:30Z",
        data_dir=data_dir,
    )
    tokyo = json.loads(
        dayweave("week", "2026-11-24", "--json", "--tz", "Asia/Tokyo", data_dir=data_dir).stdout
    )
    utc = json.loads(
        dayweave("week", "2026-11-24", "--json", "--tz", "UTC", data_dir=data_dir).stdout
    )
    assert tokyo["tz"] == "Asia/Tokyo"
    assert [d["work_min"] for d in tokyo["days"]][2] == 60  # 08:30-09:30 on Wednesday in Tokyo
    assert [d["work_min"] for d in utc["days"]][1:3] == [30, 30]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("log", "foo", "bar"), "'foo' is not a kind"),
        (("log", "work", "--at", "soon"), "--at: 'soon' is not a time"),
        (("log", "work", "x", "--cause", "tech"), "Only a disruption has a cause."),
        (("log", "work", "--at", "10:00", "--until", "9:00"), "--until is before the start"),
        (("log", "contact", "--with", "Anna", "--until", "9:00"), "moment"),
        # A disruption lasts forward only: --until before its start is refused.
        (("log", "disruption", "--at", "10:00", "--until", "9:00"), "--until is before"),
        (("log", "9:00-10:00 work", "--at", "8:00"), "disagree"),
        (("log", "work", "x" * 501), "longer than 500"),
        (("start", "nap"), "'nap' is not a kind; use work, life, call, meeting"),
        (("week", "someday"), "not a date"),
        (("week", "--tz", "Mars/Base"), "not a known time zone"),
        (("people", "add", "Anna", "--circle", "friends"), "not a circle"),
        (("log", "work", "--bogus"), "unrecognized arguments"),
        (("start", "work", "x" * 501, "--with", "Zed"), "longer than 500"),
        (("log", "yesterday work plan"), "needs a time"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(data_dir, args, words):
    result = dayweave(*args, data_dir=data_dir)
    assert result.returncode == 2
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not list(data_dir.glob("devices/*/entries-*.json"))
    assert not list(data_dir.glob("devices/*/people.json"))


def test_check_exits_1_and_lists_damage(data_dir):
    assert dayweave("log", "disruption", data_dir=data_dir).returncode == 0
    assert dayweave("check", data_dir=data_dir).returncode == 0
    [month] = data_dir.glob("devices/*/entries-*.json")
    month.write_bytes(month.read_bytes()[:-7])
    checked = dayweave("check", data_dir=data_dir)
    assert checked.returncode == 1
    assert month.name in checked.stdout and "not valid JSON" in checked.stdout
    # Using the data repairs it from the backup, and says so.
    week = dayweave("week", data_dir=data_dir)
    assert week.returncode == 0 and "was damaged" in week.stderr
    assert dayweave("check", data_dir=data_dir).returncode == 0


def test_version():
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("dayweave 0.")


def test_the_log_start_stop_paths_import_no_qt(data_dir):
    code = (
        "import sys\n"
        "from tracker.cli import main\n"
        f"for argv in (['log', 'disruption', '--cause', 'tech'], ['start', 'work'], ['stop'],"
        f" ['week', '--json'], ['people', 'list'], ['check']):\n"
        f"    assert main(['--data-dir', {str(data_dir)!r}, *argv]) == 0, argv\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('QT', loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "QT []"


def test_the_log_path_skips_the_heavy_imports(data_dir):
    """dataclasses (and with it inspect, ast, dis) and tempfile cost `dayweave log` ~20 ms of
    its ~50 ms budget over a bare Python start (docs/ARCHITECTURE.md, Budgets)."""
    code = (
        "import sys\n"
        "from tracker.cli import main\n"
        f"assert main(['--data-dir', {str(data_dir)!r}, 'log', 'disruption', 'wifi']) == 0\n"
        "print(sorted(m for m in ('dataclasses', 'inspect', 'tempfile', 'logging')"
        " if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("option", ["--data-dir", "--data"])  # argparse takes abbreviations
def test_a_data_dir_named_like_a_command_is_still_a_data_dir(tmp_path, option):
    result = subprocess.run(
        [sys.executable, "-m", "tracker", option, "week", "log", "disruption"],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "week").glob("devices/*/entries-*.json"))


def test_the_data_dir_comes_from_the_environment_too(tmp_path):
    env = dict(os.environ, DAYWEAVE_DATA_DIR=str(tmp_path / "env-data"))
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "log", "disruption"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "env-data").glob("devices/*/entries-*.json"))


def test_nudges_say_what_is_due_what_waits_and_what_comes_next(data_dir):
    assert dayweave("people", "add", "Anna", "--circle", "peer", "--team", "Sales", "--every", "14",
                    data_dir=data_dir).returncode == 0  # fmt: skip
    dayweave("people", "add", "Mia", "--circle", "team", data_dir=data_dir)
    # The weekly review moment has its own test (tests/cli/test_cli_review.py).
    dayweave("settings", "review_moment", "off", data_dir=data_dir)
    dayweave("log", "contact", "--with", "Anna", "--at", "2026-11-05T10:00", data_dir=data_dir)
    dayweave("log", "2026-11-20 10:00-11:00 meeting with Anna", data_dir=data_dir)
    morning = json.loads(
        dayweave("nudges", "--json", "--at", "2026-11-24T10:00", data_dir=data_dir).stdout
    )
    assert morning["at"] == "2026-11-24T10:00:00+01:00"
    # The live meeting on the 20th was a contact too: Anna is due on 4 December.
    assert morning["due"] == [] and morning["waiting"] == []
    assert morning["next"] == "2026-12-04T10:00:00+01:00"
    later = json.loads(
        dayweave("nudges", "--json", "--at", "2026-12-07T10:00", data_dir=data_dir).stdout
    )
    assert [(d["kind"], d["person"]) for d in later["due"]] == [
        ("reach_out", "Anna"),
        ("plan_live", None),  # one person, one nudge: Anna is not suggested twice (issue 20)
    ]
    assert "Sales: last contact 17 days ago" in later["due"][0]["why"]
    assert [d["pause"] for d in later["due"]] == [None, None]  # outside a block: no pause
    dayweave("log", "work", "--at", "2026-12-07T09:00", data_dir=data_dir)
    focused = json.loads(
        dayweave("nudges", "--json", "--at", "2026-12-07T10:00", data_dir=data_dir).stdout
    )
    assert focused["due"] == []
    assert {(w["because"], w["until"]) for w in focused["waiting"]} == {
        ("focus", "2026-12-07T10:30:00+01:00")  # a break suggestion after 90 minutes of work
    }
    text = dayweave("nudges", "--at", "2026-12-07T10:00", data_dir=data_dir).stdout
    assert "waiting: reach out Anna: At the next pause (10:30)" in text  # as the tray says it
    at_break = json.loads(
        dayweave("nudges", "--json", "--at", "2026-12-07T10:30", data_dir=data_dir).stdout
    )
    assert [d["kind"] for d in at_break["due"]] == ["reach_out", "plan_live"]
    assert [d["pause"] for d in at_break["due"]] == ["focus", "focus"]  # the pause it came at


def test_people_import_reports_added_merged_and_skipped(data_dir):
    sample = Path(__file__).parents[1] / "data" / "people.vcf"
    first = dayweave("people", "import", str(sample), "--circle", "peer", data_dir=data_dir)
    assert first.returncode == 0, first.stderr
    assert "Read as UTF-8." in first.stdout
    assert "Added 6, merged 1, skipped 0." in first.stdout
    assert "1 card without a name named after the e-mail address." in first.stdout
    assert "Broken Line: line 32 is not a vCard property; left out." in first.stdout
    again = dayweave("people", "import", str(sample), "--circle", "peer", data_dir=data_dir)
    assert "Added 0, merged 7, skipped 0." in again.stdout
    listed = json.loads(dayweave("people", "list", "--json", data_dir=data_dir).stdout)
    assert sorted(p["name"] for p in listed) == sorted(
        [
            "Anna de Vries",
            "Broken Line",
            "Joost Jansen",
            "nobody@example.com",
            "Piet Pieters",
            "Zoë Bakker",
        ]
    )
    bad = dayweave("people", "import", str(sample), "--circle", "friends", data_dir=data_dir)
    assert bad.returncode == 2 and "not a circle" in bad.stderr


def test_people_import_without_a_circle_leaves_them_unsorted_and_not_nudged(data_dir):
    """Issue 20: an import need not force one circle on every card; the cards come in not
    sorted yet, and no nudge names them until they have a circle."""
    sample = Path(__file__).parents[1] / "data" / "people.vcf"
    done = dayweave("people", "import", str(sample), data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    listed = json.loads(dayweave("people", "list", "--json", data_dir=data_dir).stdout)
    assert len(listed) == 6 and {p["circle"] for p in listed} == {None}
    dayweave("log", "work", "--at", "2026-11-02T09:00", data_dir=data_dir)
    dayweave("stop", "--at", "2026-11-02T10:00", data_dir=data_dir)
    later = json.loads(
        dayweave("nudges", "--json", "--at", "2026-12-07T10:00", data_dir=data_dir).stdout
    )
    assert {d["kind"] for d in later["due"]} <= {"plan_live", "review"}  # nobody's nudges
    assert all(d["person"] is None for d in later["due"])


def test_a_file_whose_cards_cannot_be_read_exits_1_naming_each_by_line(vcard_corpus, data_dir):
    # Two cards in UTF-16, each with an empty name and nothing else.
    done = dayweave(
        "people", "import", str(vcard_corpus / "vcardlib__collection1.vcf"), "--circle", "peer",
        data_dir=data_dir,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout
    assert "Read as UTF-16 (the file's byte order mark says so)." in done.stdout
    assert "The card at line 1 has no name, company or e-mail address: skipped." in done.stdout
    empty = dayweave(
        "people", "import", str(vcard_corpus / "folkerkinzel__empty.vcf"), "--circle", "peer",
        data_dir=data_dir,
    )  # fmt: skip
    assert empty.returncode == 1 and "holds no vCard" in empty.stdout


def test_a_code_page_file_is_read_in_dutch_with_the_code_page_named(vcard_corpus, data_dir):
    done = dayweave(
        "--lang", "nl", "people", "import", str(vcard_corpus / "folkerkinzel__ansi-hebrew.vcf"),
        "--circle", "peer", "--charset", "cp1255", data_dir=data_dir,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Windows-1255" in done.stdout and "1 toegevoegd" in done.stdout
    listed = json.loads(dayweave("people", "list", "--json", data_dir=data_dir).stdout)
    assert [p["name"] for p in listed] == ["אפרים קישון"]
    bad = dayweave(
        "people", "import", str(vcard_corpus / "folkerkinzel__ansi-hebrew.vcf"), "--circle", "peer",
        "--charset", "klingon", data_dir=data_dir,
    )  # fmt: skip
    assert bad.returncode == 2 and "klingon" in bad.stderr


def test_reading_commands_work_while_another_process_holds_the_folder(data_dir):
    from tracker.kernel.clock import SystemClock
    from tracker.store.journal import Journal

    assert dayweave("log", "disruption", data_dir=data_dir).returncode == 0
    [device] = (data_dir / "devices").iterdir()
    holder = Journal(data_dir, device.name, SystemClock(), hold_lock=True).open()
    try:
        started = time.monotonic()
        week = dayweave("week", "--json", data_dir=data_dir)
        assert week.returncode == 0, week.stderr
        assert time.monotonic() - started < 8  # no wait for the lock's 10 s timeout
        assert dayweave("people", "list", data_dir=data_dir).returncode == 0
    finally:
        holder.close()


def test_a_big_file_goes_to_the_store_in_parts_and_is_said_as_one(data_dir, monkeypatch, capsys):
    from tracker.cli import main, writing

    monkeypatch.setattr(writing, "IMPORT_PART", 2)
    sample = Path(__file__).parents[1] / "data" / "people.vcf"
    argv = ["--data-dir", str(data_dir), "people", "import", str(sample), "--circle", "peer"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Added 6, merged 1, skipped 0." in out  # a duplicate in another part still merges
    assert out.count("Broken Line: line 32") == 1
    assert main(argv) == 0
    assert "Added 0, merged 7, skipped 0." in capsys.readouterr().out


def test_utf_16_without_a_mark_is_read_and_said_and_charset_must_be_a_code_page(data_dir, tmp_path):
    unmarked = tmp_path / "unmarked.vcf"
    unmarked.write_bytes("BEGIN:VCARD\r\nFN:Zoë Ünal\r\nEND:VCARD\r\n".encode("utf-16-le"))
    done = dayweave("people", "import", str(unmarked), "--circle", "peer", data_dir=data_dir)
    assert done.returncode == 0, done.stdout
    assert "Read as UTF-16 (no byte order mark; its zero bytes say so)." in done.stdout
    # A --charset that would read every byte pair as one character (UTF-16), or is no
    # character set at all (base64), would store mangled names: refused, in Dutch too.
    for charset in ("utf-16", "base64", "rot13"):
        bad = dayweave(
            "--lang", "nl", "people", "import", str(unmarked), "--circle", "peer",
            "--charset", charset, data_dir=data_dir,
        )  # fmt: skip
        assert bad.returncode == 2 and "geen bekende tekenset" in bad.stderr, (charset, bad.stderr)


def test_undo_after_an_import_in_parts_takes_back_the_whole_import(
    data_dir, tmp_path, monkeypatch, capsys
):
    """`dayweave people import` sends a big file in parts; `dayweave undo` takes back all."""
    from tracker.cli import main, writing

    monkeypatch.setattr(writing, "IMPORT_PART", 2)
    path = tmp_path / "five.vcf"
    path.write_text(
        "".join(f"BEGIN:VCARD\r\nFN:Person {i}\r\nEND:VCARD\r\n" for i in range(5)), "utf-8"
    )
    here = ["--data-dir", str(data_dir)]
    assert main([*here, "people", "import", str(path), "--circle", "peer"]) == 0
    capsys.readouterr()
    assert main([*here, "undo"]) == 0
    assert capsys.readouterr().out == "Removed 5 people from your people.\n"  # said nothing
    listed = dayweave("people", "list", "--json", data_dir=data_dir)
    assert json.loads(listed.stdout) == []
