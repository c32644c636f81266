"""One odd value in one file, perhaps from another machine, never stops a command: the record
is skipped by readers and named by check (issue 11)."""

from __future__ import annotations

import json
import os

import pytest

from tests.store.test_hostile import dayweave, own_dir

OTHER = "desktop-bbbbbb"


def other_device_day(data_dir, record: dict) -> None:
    folder = data_dir / "devices" / OTHER
    folder.mkdir(parents=True, exist_ok=True)
    base = {"id": "ab" * 16, "kind": "contact", "start": "2026-11-24T10:00:00Z", "end": None,
            "tz": "UTC", "rev": 1, "updated": "2026-11-24T10:00", "device": OTHER}  # fmt: skip
    table = {"_default": {"1": {**base, **record}}}
    (folder / "entries-2026-11-24.json").write_text(json.dumps(table), encoding="utf-8")


@pytest.mark.parametrize(
    "record",
    [
        {"rev": float("inf")},  # written as Infinity: OverflowError stopped every command
        {"rev": 1e400},
        {"id": 12345},  # hidden from the week, yet check said OK
        {"end": "2026-11-24T09:00:00Z", "kind": "call"},  # an end before its start
        {"people": ["not-an-id"]},
    ],
)
def test_a_bad_record_is_skipped_by_readers_and_named_by_check(data_dir, record):
    assert dayweave(data_dir, "log", "disruption", "--at", "2026-11-24T09:00").returncode == 0
    other_device_day(data_dir, record)
    for words in (("week", "2026-11-24", "--json"), ("nudges", "--json"), ("people", "list")):
        result = dayweave(data_dir, *words)
        assert result.returncode == 0 and "Traceback" not in result.stderr, (words, result.stderr)
    checked = dayweave(data_dir, "check")
    assert checked.returncode == 1 and "entries-2026-11-24.json" in checked.stdout
    assert "skipped by readers" in checked.stdout


def test_a_kind_from_a_newer_dayweave_is_kept_and_check_passes(data_dir):
    assert dayweave(data_dir, "log", "disruption", "--at", "2026-11-24T09:00").returncode == 0
    other_device_day(data_dir, {"kind": "focus"})
    week = json.loads(dayweave(data_dir, "week", "2026-11-24", "--json").stdout)
    kinds = {e["kind"] for day in week["days"] for e in day["entries"]}
    assert kinds == {"disruption", "focus"}
    assert dayweave(data_dir, "check").returncode == 0


@pytest.mark.parametrize("schema", [0, -5, "1e400", '"two"', "true"])
def test_an_odd_schema_in_meta_stops_nothing(data_dir, schema):
    assert dayweave(data_dir, "log", "disruption").returncode == 0
    (own_dir(data_dir) / "meta.json").write_text(f'{{"schema": {schema}}}')
    for words in (("log", "disruption"), ("week", "--json"), ("check",)):
        result = dayweave(data_dir, *words)
        assert result.returncode == 0, (words, result.stderr)
        assert "Traceback" not in result.stderr


def test_settings_from_another_machine_with_a_bad_value_fall_back(data_dir):
    assert dayweave(data_dir, "log", "disruption").returncode == 0
    folder = data_dir / "devices" / OTHER
    folder.mkdir(parents=True)
    (folder / "settings.json").write_text('{"nudge_days": 5, "updated": "9999"}')
    for words in (("settings", "--json"), ("nudges", "--json"), ("log", "disruption")):
        result = dayweave(data_dir, *words)
        assert result.returncode == 0 and "Traceback" not in result.stderr, (words, result.stderr)
    assert json.loads(dayweave(data_dir, "settings", "--json").stdout)["nudge_days"] == [
        0, 1, 2, 3, 4,
    ]  # fmt: skip


def test_a_person_with_an_absurd_interval_is_skipped_and_named(data_dir):
    assert dayweave(data_dir, "people", "add", "Anna", "--circle", "peer").returncode == 0
    path = own_dir(data_dir) / "people.json"
    table = json.loads(path.read_text())
    table["_default"]["2"] = {**table["_default"]["1"], "id": "cd" * 16, "name": "Huge",
                              "every_days": 10**12}  # fmt: skip
    table["_default"]["3"] = {**table["_default"]["1"], "id": "ef" * 16, "name": None}
    path.write_text(json.dumps(table))
    for words in (("people", "list", "--json"), ("nudges", "--json")):
        result = dayweave(data_dir, *words)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    listed = json.loads(dayweave(data_dir, "people", "list", "--json").stdout)
    assert [p["name"] for p in listed] == ["Anna"]  # no person called "None" either
    checked = dayweave(data_dir, "check")
    assert checked.returncode == 1 and checked.stdout.count("people.json") == 2


def test_an_unreadable_device_id_stops_with_a_message_instead_of_a_new_device(data_dir, tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "device-id").write_bytes(b"\xff\xfe\x00garbage")
    result = dayweave(data_dir, "log", "disruption", env={"DAYWEAVE_CONFIG_DIR": str(config)})
    assert result.returncode == 1 and "device-id" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (data_dir / "devices").exists()


@pytest.mark.parametrize(
    "words",
    [
        ("log", "disruption", "x", "--at", "0001-01-01T00:00"),
        ("log", "9999-12-31 23:00-01:00 work"),
        ("log", "0202-11-26 9:00-10:00 work"),
        ("week", "9999-12-31", "--json"),
        ("week", "0001-01-01", "--json"),
    ],
)
def test_the_ends_of_the_calendar_are_refused_with_exit_2(data_dir, words):
    result = dayweave(data_dir, *words, env={"TZ": "Europe/Amsterdam"})
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not list(data_dir.glob("devices/*/entries-*.json"))


@pytest.mark.parametrize("target", ["/dev/full", "no/such/folder/week.png"])
def test_a_week_image_that_cannot_be_written_says_so_in_one_line(data_dir, target):
    result = dayweave(data_dir, "week", "--png", target)
    # A device is refused before anything is drawn (issue 25): exit 2, nothing written.
    assert result.returncode == (2 if target == "/dev/full" else 1)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_time_the_clocks_skip_is_refused_naming_the_gap(data_dir):
    result = dayweave(data_dir, "log", "2026-03-29 2:30-3:30 work", env={"TZ": "Europe/Amsterdam"})
    assert result.returncode == 2 and "the clocks skip it" in result.stderr
    assert not list(data_dir.glob("devices/*/entries-*.json"))


def test_typed_control_characters_come_back_escaped_in_one_line(data_dir):
    result = dayweave(data_dir, "log", "work", "--until", "9:00\n\x1b[31mred")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "\x1b" not in result.stderr


def test_a_name_of_only_invisible_characters_makes_no_person(data_dir):
    result = dayweave(data_dir, "log", "disruption", "--with", "\u200b\u0301")
    assert result.returncode == 2
    assert json.loads(dayweave(data_dir, "people", "list", "--json").stdout) == []


def test_a_folder_open_to_others_is_made_private_and_the_user_told(data_dir):
    data_dir.mkdir(mode=0o777)
    data_dir.chmod(0o777)
    result = dayweave(data_dir, "log", "disruption")
    assert result.returncode == 0 and "now private" in result.stderr
    assert data_dir.stat().st_mode & 0o777 == 0o700
    assert (data_dir / "backups").stat().st_mode & 0o777 == 0o700


def test_check_lists_leftover_temp_files_and_repair_removes_them(data_dir):
    assert dayweave(data_dir, "log", "disruption").returncode == 0
    leftover = own_dir(data_dir) / ".entries-2026-11-26.json.123.abcd.tmp"
    leftover.write_bytes(b"x" * 1000)
    os.utime(leftover, (0, 0))  # a killed writer's, long ago: a fresh one may be a live writer's
    checked = dayweave(data_dir, "check")
    assert checked.returncode == 1 and "killed writer" in checked.stdout
    repaired = dayweave(data_dir, "check", "--repair")
    assert repaired.returncode == 0, repaired.stdout
    assert not leftover.exists()


def test_what_an_older_dayweave_wrote_stays_visible(data_dir):
    """Reading is kinder than writing: a zone this machine lacks, a year the older version
    let through, a name it accepted are kept, never hidden."""
    assert dayweave(data_dir, "log", "disruption", "--at", "2026-11-24T09:00").returncode == 0
    other_device_day(data_dir, {"tz": "Mars/Olympus_Mons", "kind": "work",
                                "end": "2026-11-24T11:00:00Z"})  # fmt: skip
    week = json.loads(dayweave(data_dir, "week", "2026-11-24", "--json").stdout)
    assert week["days"][1]["work_min"] == 60
    assert dayweave(data_dir, "check").returncode == 0
