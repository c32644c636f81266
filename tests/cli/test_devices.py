"""`dayweave devices [--json]`: the devices seen in the data folder, when each last wrote, and
the ones not seen for more than a week (issue 23)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path


def dayweave(data_dir: Path, config: Path, *words: str, lang: str = "en_US.UTF-8"):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=lang, DAYWEAVE_CONFIG_DIR=str(config))
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data_dir), *words],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


def two_devices(tmp_path):
    data = tmp_path / "data"
    here, there = tmp_path / "here", tmp_path / "there"
    for config in (here, there):
        assert dayweave(data, config, "log", "disruption").returncode == 0
    [other] = [
        p for p in (data / "devices").iterdir() if p.name in (there / "device-id").read_text()
    ]
    ten_days_ago = time.time() - 10 * 86400  # the files' own clock: what a sync tool carries over
    for path in other.iterdir():
        os.utime(path, (ten_days_ago, ten_days_ago), follow_symlinks=False)
    return data, here, other


def test_devices_lists_each_device_and_names_one_not_seen_for_a_week(tmp_path):
    data, here, other = two_devices(tmp_path)
    shown = dayweave(data, here, "devices", "--json")
    assert shown.returncode == 0, shown.stderr
    devices = json.loads(shown.stdout)["devices"]
    assert [d["this_device"] for d in devices] == [True, False]
    mine, theirs = devices
    assert mine["id"] == (here / "device-id").read_text().strip()
    assert theirs["id"] == other.name and theirs["name"] == other.name.rpartition("-")[0]
    assert mine["quiet_days"] == 0 and not mine["not_seen_for_a_week"]
    assert theirs["quiet_days"] == 10 and theirs["not_seen_for_a_week"]
    assert theirs["last_write"].endswith("Z")


def test_devices_as_text_in_english_and_dutch(tmp_path):
    data, here, other = two_devices(tmp_path)
    english = dayweave(data, here, "devices").stdout.splitlines()
    assert "(this device)" in english[0] and "last wrote" in english[0]
    assert other.name in english[1] and english[1].endswith("not seen for 10 days")
    dutch = dayweave(data, here, "devices", lang="nl_NL.UTF-8").stdout.splitlines()
    assert "(dit apparaat)" in dutch[0] and "schreef het laatst" in dutch[0]
    assert dutch[1].endswith("10 dagen niet gezien")
