"""A device folder's file with a time no date can hold (issue 25, a leftover of the store's
review): `dayweave devices` crashed on a modification time past the year 9999. ext4 cannot
keep one; tmpfs (and a sync tool copying from one) can, so the test mounts a tmpfs."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from tracker.kernel.model import Entry
from tracker.store.devices import devices_seen
from tracker.store.journal import Journal

LAPTOP, DESKTOP = "laptop-aaaaaa", "desktop-bbbbbb"
WROTE = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "stamp",
    [253402300800 * 4, 253402300799, -62135596800 * 4],
    ids=["year 34000", "the last second of 9999", "before the year 1"],
)
def test_a_file_time_no_date_can_hold_is_passed_over(small_disk, tmp_path, clock, stamp):
    data = small_disk("size=5m") / "data"
    other = Journal(data, DESKTOP, clock).open()
    other.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    other.close()
    folder = other.layout.own_dir
    for path in folder.iterdir():
        os.utime(path, (WROTE.timestamp(), WROTE.timestamp()))
    os.utime(folder / "meta.json", (stamp, stamp))
    # As the file system says it (libfaketime, in CI's any-hour runs, shifts what stat says).
    day = next(folder.glob("entries-*.json"))
    wrote = datetime.fromtimestamp(os.stat(day).st_mtime, UTC)
    laptop = Journal(data, LAPTOP, clock).open()
    seen = {d.device: d for d in devices_seen(laptop)}
    assert seen[DESKTOP].last_write == wrote
    laptop.close()
    config = tmp_path / "config"
    config.mkdir(mode=0o700)
    (config / "device-id").write_text(LAPTOP + "\n")
    # Kiritimati, the zone furthest ahead: the last second of 9999 there is past any date.
    env = dict(os.environ, DAYWEAVE_CONFIG_DIR=str(config), TZ="Pacific/Kiritimati")
    for words in (["devices"], ["devices", "--json"]):
        shown = subprocess.run(
            [sys.executable, "-m", "tracker", "--data-dir", str(data), *words],
            capture_output=True, text=True, timeout=60, env=env,
        )  # fmt: skip
        assert shown.returncode == 0, shown.stderr
        assert DESKTOP in shown.stdout and "Traceback" not in shown.stderr
