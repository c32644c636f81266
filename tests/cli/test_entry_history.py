"""`dayweave check` counts the edits lost to a later edit on another device, and `dayweave
history ID` shows the version in force and the lost one (issue 23): nothing silently lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.two_devices import DESKTOP, LAPTOP, laptop_config, synced, two_devices
from tracker.kernel.clock import FakeClock
from tracker.kernel.model import Entry
from tracker.store.journal import Journal


def dayweave(data_dir: Path, config: Path, *words: str, lang: str = "en_US.UTF-8"):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=lang, DAYWEAVE_CONFIG_DIR=str(config), TZ="UTC")
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data_dir), *words],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


def a_lost_edit(tmp_path: Path, now) -> tuple[Path, Path, str]:
    """The laptop's data folder after an entry was edited on both devices, the desktop's
    edit later; the laptop's config folder; the entry's id."""
    laptop, desktop = two_devices(tmp_path, now)
    entry = laptop.add(Entry(kind="contact", start=now, title="first"))
    synced(laptop, tmp_path / "b")
    laptop.update_fields(laptop.get(entry.id, now), title="Quote for Bakker")
    desktop.clock.advance(hours=1)
    desktop.update_fields(desktop.get(entry.id, now), title="Roadmap")
    synced(desktop, tmp_path / "a")
    laptop.close()
    desktop.close()
    config = laptop_config(tmp_path)
    return tmp_path / "a", config, entry.id


def test_check_counts_the_lost_edit_and_stays_ok(tmp_path, now):
    data, config, entry_id = a_lost_edit(tmp_path, now)
    checked = dayweave(data, config, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr  # kept: not damage
    lines = checked.stdout.splitlines()
    assert lines[1].startswith("1 edit lost to a later edit on another device")
    assert lines[2].startswith(f"  {entry_id}  ") and '"Quote for Bakker"' in lines[2]
    assert f"by {LAPTOP}" in lines[2]
    dutch = dayweave(data, config, "check", lang="nl_NL.UTF-8").stdout.splitlines()
    assert dutch[1].startswith("1 wijziging verloren aan een latere op een ander apparaat")


def test_history_shows_the_version_in_force_and_the_lost_one(tmp_path, now):
    data, config, entry_id = a_lost_edit(tmp_path, now)
    shown = dayweave(data, config, "history", entry_id)
    assert shown.returncode == 0, shown.stderr
    in_force, lost = shown.stdout.splitlines()
    assert in_force.startswith("In force: ") and '"Roadmap"' in in_force and DESKTOP in in_force
    assert lost.startswith("Lost: ") and '"Quote for Bakker"' in lost and LAPTOP in lost
    as_json = json.loads(dayweave(data, config, "history", entry_id, "--json").stdout)
    assert as_json["in_force"]["title"] == "Roadmap"
    assert [v["title"] for v in as_json["lost"]] == ["Quote for Bakker"]
    missing = dayweave(data, config, "history", "no-such-entry")
    assert missing.returncode == 2 and "no-such-entry" in missing.stderr


def test_a_kept_version_at_the_edge_of_time_stops_neither_check_nor_history(tmp_path, now):
    """Another device's lost-edits.json is anyone's to edit: an `updated` no zone can show
    (year 1, an hour east of UTC) is said as it is written."""
    data, config, entry_id = a_lost_edit(tmp_path, now)
    day_file = next((data / "devices" / LAPTOP).glob("entries-*.json"))
    [record] = json.loads(day_file.read_text())["_default"].values()
    odd = {**record, "updated": "0001-01-01T00:00:00+01:00", "device": "odd-cccccc"}
    (data / "devices" / "odd-cccccc").mkdir()
    (data / "devices" / "odd-cccccc" / "lost-edits.json").write_text(
        json.dumps({"versions": [odd]})
    )
    checked = dayweave(data, config, "check")
    assert checked.returncode == 0, checked.stderr
    assert "0001-01-01T00:00:00+01:00" in checked.stdout
    shown = dayweave(data, config, "history", entry_id)
    assert shown.returncode == 0, shown.stderr
    assert "0001-01-01T00:00:00+01:00" in shown.stdout


def test_a_kept_version_starting_in_year_one_is_said_west_of_utc_too(tmp_path, now, monkeypatch):
    """A stored entry may hold a year no new one may (1-999): west of UTC no clock shows it."""
    from zoneinfo import ZoneInfo

    import tracker.cli.render
    from tracker.cli.history import lost_edit_lines

    data, _config, _entry_id = a_lost_edit(tmp_path, now)
    day_file = next((data / "devices" / LAPTOP).glob("entries-*.json"))
    [record] = json.loads(day_file.read_text())["_default"].values()
    odd = {**record, "id": "odd", "start": "0001-01-01T00:00:00Z", "device": "odd-cccccc"}
    (data / "devices" / "odd-cccccc").mkdir()
    (data / "devices" / "odd-cccccc" / "lost-edits.json").write_text(
        json.dumps({"versions": [odd]})
    )
    monkeypatch.setattr(tracker.cli.render, "local_zone", lambda: ZoneInfo("America/New_York"))
    journal = Journal(data, LAPTOP, FakeClock(now)).open()
    lines = lost_edit_lines(journal)
    assert lines[0].startswith("2 edits lost") and "  odd  " in lines[1]
