"""The command line over the one door: the day's rules, people by name, settings, undo."""

from __future__ import annotations

import json
from datetime import date, timedelta

from tests.cli.test_cli import dayweave

MONDAY = "2026-11-23"


def week_json(data_dir, *extra: str) -> dict:
    result = dayweave("week", MONDAY, "--json", *extra, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def people(data_dir) -> list[dict]:
    return json.loads(dayweave("people", "list", "--json", data_dir=data_dir).stdout)


def test_a_block_over_another_trims_it_and_the_day_counts_each_minute_once(data_dir):
    assert dayweave("log", f"{MONDAY} 9:00-10:30 work A", data_dir=data_dir).returncode == 0
    second = dayweave("log", f"{MONDAY} 10:00-11:00 work B", data_dir=data_dir)
    assert second.returncode == 0, second.stderr
    assert 'Trimmed work Mon 23 Nov 09:00-10:00 "A"' in second.stdout
    assert week_json(data_dir)["days"][0]["work_min"] == 120  # was 150: 30 minutes twice


def test_a_typo_of_a_23_hour_block_is_refused_and_writes_nothing(data_dir):
    result = dayweave("log", "work 10:00-9:00", data_dir=data_dir)
    assert result.returncode == 2 and "23 hours" in result.stderr
    assert not list(data_dir.glob("devices/*/entries-*.json"))
    night = dayweave(
        "log", "life", "away", "--at", f"{MONDAY}T18:00", "--until", "2026-11-24T12:00",
        data_dir=data_dir,
    )  # fmt: skip
    assert night.returncode == 0, night.stderr  # the end's day was given: meant


def test_exit_2_writes_no_new_person(data_dir):
    assert dayweave("start", "work", data_dir=data_dir).returncode == 0
    result = dayweave("log", "work with Zoe", "--at=-30m", data_dir=data_dir)
    assert result.returncode == 2 and "has run only since" in result.stderr
    assert "Added" not in result.stdout
    assert people(data_dir) == []


def test_first_names_and_lower_case_find_the_person_you_have(data_dir):
    added = dayweave("people", "add", "Maria Jansen", "--circle", "customer", data_dir=data_dir)
    assert added.returncode == 0, added.stderr
    for line in (
        f"{MONDAY} call with Maria 10:00-10:30",
        f"{MONDAY} call with maria jansen 11:00-11:30",
    ):
        result = dayweave("log", line, data_dir=data_dir)
        assert result.returncode == 0 and "Added" not in result.stdout, result.stdout
    kids = dayweave("log", f"{MONDAY} 12:00-13:00 life Saturday with kids", data_dir=data_dir)
    assert "Added" not in kids.stdout
    assert [p["name"] for p in people(data_dir)] == ["Maria Jansen"]
    monday = week_json(data_dir)["days"][0]
    assert [e["people"] for e in monday["entries"] if e["kind"] == "call"] == [
        ["Maria Jansen"], ["Maria Jansen"],
    ]  # fmt: skip
    assert [e["title"] for e in monday["entries"] if e["kind"] == "life"] == ["Saturday with kids"]


def test_an_ambiguous_name_exits_2_naming_the_candidates(data_dir):
    for name in ("Anna Smit", "Anna Bakker"):
        dayweave("people", "add", name, "--circle", "peer", data_dir=data_dir)
    result = dayweave("log", "contact", "--with", "anna", data_dir=data_dir)
    assert result.returncode == 2
    assert "Anna Bakker, Anna Smit" in result.stderr and len(result.stderr.splitlines()) == 1
    assert not list(data_dir.glob("devices/*/entries-*.json"))


def test_people_merge_counts_old_entries_for_the_one_who_stays(data_dir):
    dayweave("people", "add", "Maria Jansen", "--circle", "customer", data_dir=data_dir)
    dayweave("log", "contact", "--with", "Mia", "--at=-2h", data_dir=data_dir)  # a new person
    assert len(people(data_dir)) == 2
    merged = dayweave("people", "merge", "Mia", "Maria Jansen", data_dir=data_dir)
    assert merged.returncode == 0, merged.stderr
    assert "Merged Mia into Maria Jansen" in merged.stdout
    [maria] = people(data_dir)
    assert maria["name"] == "Maria Jansen" and maria["last_contact"] is not None
    assert "Mia" in maria["aliases"]
    again = dayweave("log", "contact", "--with", "mia", data_dir=data_dir)
    assert again.returncode == 0 and "Added" not in again.stdout


def test_stop_ends_the_block_and_stop_call_ends_the_call(data_dir):
    dayweave("start", "work", "--at=-1h", data_dir=data_dir)
    dayweave("start", "call", "--with", "Anna", "--at=-20m", data_dir=data_dir)
    stopped = json.loads(dayweave("stop", "--json", data_dir=data_dir).stdout)
    assert [e["kind"] for e in stopped] == ["work"]
    call = json.loads(
        dayweave("stop", "call", "--with", "Anna", "--json", data_dir=data_dir).stdout
    )
    assert [e["kind"] for e in call] == ["call"]
    assert "Nothing was running" in dayweave("stop", "call", data_dir=data_dir).stdout


def test_undo_takes_back_the_last_change_for_ten_seconds(data_dir):
    dayweave("start", "work", "--at=-1h", data_dir=data_dir)
    dayweave("start", "life", data_dir=data_dir)
    undone = dayweave("undo", data_dir=data_dir)
    assert undone.returncode == 0, undone.stderr
    assert "Removed life" in undone.stdout and "Restored work" in undone.stdout
    assert "Nothing to undo" in dayweave("undo", data_dir=data_dir).stdout


def test_settings_read_and_change_validated_as_the_dialog_does(data_dir):
    assert dayweave("settings", "max_nudges_per_day", data_dir=data_dir).stdout.strip() == "2"
    changed = dayweave("settings", "nudge_days", "mon,wed,fri", data_dir=data_dir)
    assert changed.returncode == 0, changed.stderr
    assert json.loads(dayweave("settings", "--json", data_dir=data_dir).stdout)["nudge_days"] == [
        0, 2, 4,
    ]  # fmt: skip
    bad = dayweave("settings", "nudge_end_hour", "99", data_dir=data_dir)
    assert bad.returncode == 2 and len(bad.stderr.splitlines()) == 1
    unknown = dayweave("settings", "colour", "pink", data_dir=data_dir)
    assert unknown.returncode == 2 and "no setting" in unknown.stderr


def test_week_follows_the_week_start_setting_like_the_window(data_dir):
    assert date.fromisoformat(week_json(data_dir)["week_start"]).weekday() == 0
    assert dayweave("settings", "first_weekday", "sun", data_dir=data_dir).returncode == 0
    sunday = date.fromisoformat(week_json(data_dir)["week_start"])
    assert sunday.weekday() == 6 and sunday == date(2026, 11, 23) - timedelta(days=1)
    told = date.fromisoformat(week_json(data_dir, "--first-day", "mon")["week_start"])
    assert told.weekday() == 0
