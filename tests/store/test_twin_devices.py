"""One device id on two machines (issue 25, break 3): a home folder copied to a second machine
brings the configuration folder's device id along, and both machines write one device folder.
The sync tool's conflict copies of that folder are read (counted once, none lost), `check` names
them, and a machine that finds a device id made on another takes a new one of its own."""

from __future__ import annotations

import os
import shutil
import socket
from datetime import timedelta
from pathlib import Path

import pytest

from tracker.kernel.model import Entry
from tracker.store import machine
from tracker.store.journal import Journal, open_journal
from tracker.store.layout import load_or_create_device_id

LAPTOP = "laptop-aaaaaa"
STAMP = "20261126-101010-ABCDEFG"


@pytest.fixture
def machines(tmp_path, monkeypatch):
    """Switch which machine this process runs on: its /etc/machine-id."""
    etc = tmp_path / "etc"
    etc.mkdir()
    monkeypatch.setattr(machine, "MACHINE_ID_FILES", (etc / "machine-id",))

    def on(name: str) -> None:
        (etc / "machine-id").write_text(f"{name.encode().hex():0>32}\n")

    on("first")
    return on


def test_a_conflict_copy_of_the_own_day_file_is_read_once_and_check_names_two_writers(
    tmp_path, clock
):
    data = tmp_path / "data"
    first = Journal(data, LAPTOP, clock).open()
    shared = first.add(Entry(kind="work", start=clock.now() - timedelta(minutes=30)))
    first.close()
    shutil.copytree(data, tmp_path / "second")
    second = Journal(tmp_path / "second", LAPTOP, clock).open()
    clock.advance(timedelta(minutes=1))
    second.update_fields(shared, title="on the second machine")
    there = second.add(Entry(kind="contact", start=clock.now()))
    second.close()
    clock.advance(timedelta(minutes=1))
    first = Journal(data, LAPTOP, clock).open()
    here = first.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    first.close()
    name = f"entries-{clock.now():%Y-%m-%d}.json"
    copy = first.layout.own_dir / f"{Path(name).stem}.sync-conflict-{STAMP}.json"
    shutil.copy2(second.layout.own_dir / name, copy)

    owner = Journal(data, LAPTOP, clock).open()  # the folder's own device, only reading
    seen = owner.entries_between(clock.now() - timedelta(hours=1), clock.now() + timedelta(1))
    assert sorted(e.id for e in seen) == sorted([shared.id, there.id, here.id])
    assert {e.id: e.title for e in seen}[shared.id] == "on the second machine"
    assert owner.damage == []
    found = owner.check()
    assert [(r.path, r.code) for r in found] == [(copy, "twin")]
    from tracker.commands.messages import damage_reason

    assert "two machines write as this device" in damage_reason(found[0])
    owner.close()


def test_a_configuration_folder_copied_to_another_machine_takes_a_new_device_id(
    tmp_path, machines, capsys
):
    config = tmp_path / "config"
    device = load_or_create_device_id(config)
    assert (config / machine.MACHINE_FILE).read_text().startswith("machine:")
    assert "/etc" not in (config / machine.MACHINE_FILE).read_text()
    copied = tmp_path / "copied"
    shutil.copytree(config, copied)
    machines("second")
    new = load_or_create_device_id(copied)
    assert new != device and new.rpartition("-")[0] == device.rpartition("-")[0]
    assert (copied / "device-id").read_text().strip() == new
    assert load_or_create_device_id(copied) == new  # taken once, kept
    assert f"this machine now writes as {new}" in capsys.readouterr().err
    machines("first")
    assert load_or_create_device_id(config) == device  # the first machine keeps its own


def test_an_older_configuration_folder_is_claimed_by_the_machine_it_is_on(tmp_path, machines):
    config = tmp_path / "config"
    config.mkdir()
    (config / "device-id").write_text(LAPTOP + "\n")  # an older Dayweave's: no machine noted
    machines("second")
    assert load_or_create_device_id(config) == LAPTOP
    machines("third")
    assert load_or_create_device_id(config) != LAPTOP


def test_without_a_machine_id_a_new_host_name_keeps_the_device_id(tmp_path, monkeypatch):
    """A host name changes with the network (macOS) or per container: one machine's history
    must not split into a new device at each change, so it never mints a new id."""
    monkeypatch.setattr(machine, "MACHINE_ID_FILES", (tmp_path / "none",))
    monkeypatch.setattr(socket, "gethostname", lambda: "laptop")
    config = tmp_path / "config"
    device = load_or_create_device_id(config)
    assert (config / machine.MACHINE_FILE).read_text().startswith("host:")
    monkeypatch.setattr(socket, "gethostname", lambda: "laptop-on-the-train-wifi")
    assert load_or_create_device_id(config) == device


def test_a_machine_id_appearing_where_the_host_name_was_noted_keeps_the_id(tmp_path, machines):
    config = tmp_path / "config"
    config.mkdir()
    (config / "device-id").write_text(LAPTOP + "\n")
    (config / machine.MACHINE_FILE).write_text("host:" + "0" * 16 + "\n")
    assert load_or_create_device_id(config) == LAPTOP
    assert (config / machine.MACHINE_FILE).read_text().startswith("machine:")


def test_the_second_machine_writes_its_own_folder_and_reads_the_first_ones(
    tmp_path, machines, clock, monkeypatch
):
    data = tmp_path / "data"
    monkeypatch.setenv("DAYWEAVE_CONFIG_DIR", str(tmp_path / "config"))
    first = open_journal(data, clock)
    before = first.add(Entry(kind="work", start=clock.now() - timedelta(hours=1)))
    first.close()
    folder = first.layout.own_dir
    held = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    shutil.copytree(tmp_path / "config", tmp_path / "copied")
    monkeypatch.setenv("DAYWEAVE_CONFIG_DIR", str(tmp_path / "copied"))
    machines("second")
    second = open_journal(data, clock)
    assert second.device != first.device
    mine = second.add(Entry(kind="contact", start=clock.now()))
    second.update_fields(second.get(before.id), title="edited on the second machine")
    seen = second.entries_between(clock.now() - timedelta(hours=2), clock.now() + timedelta(1))
    assert {e.id: e.title for e in seen} == {
        before.id: "edited on the second machine",
        mine.id: "",
    }
    second.close()
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == held
    assert sorted(os.listdir(data / "devices")) == sorted([first.device, second.device])


@pytest.mark.parametrize("content", ["uninitialized\n", "", "not hex" * 5])
def test_a_machine_id_not_yet_made_falls_back_to_the_host_name(tmp_path, monkeypatch, content):
    """A first boot leaves "uninitialized" in /etc/machine-id: no id to tell machines by."""
    (tmp_path / "machine-id").write_text(content)
    monkeypatch.setattr(machine, "MACHINE_ID_FILES", (tmp_path / "machine-id",))
    assert machine.machine_identity().startswith("host:")


def test_merging_the_own_folders_conflict_copies_says_two_machines_write_as_it(tmp_path, clock):
    """The copies are gone once merged, and check can no longer name them: the write that
    merges them says so, once."""
    import subprocess
    import sys

    data = tmp_path / "data"
    journal = Journal(data, LAPTOP, clock).open()
    journal.add(Entry(kind="disruption", start=clock.now(), cause="tech"))
    journal.close()
    name = f"entries-{clock.now():%Y-%m-%d}.json"
    copy = journal.layout.own_dir / f"{Path(name).stem}.sync-conflict-{STAMP}.json"
    shutil.copy2(journal.layout.own_dir / name, copy)
    config = tmp_path / "config"
    config.mkdir(mode=0o700)
    (config / "device-id").write_text(LAPTOP + "\n")
    env = dict(os.environ, DAYWEAVE_CONFIG_DIR=str(config), TZ="UTC")
    words = ["log", "disruption", "tech", "--at", f"{clock.now():%Y-%m-%dT%H:%M}"]
    for expected in (1, 0):
        done = subprocess.run(
            [sys.executable, "-m", "tracker", "--data-dir", str(data), *words],
            capture_output=True, text=True, timeout=60, env=env,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert done.stderr.count("two machines write as this device") == expected, done.stderr
    assert not copy.exists()


def _in_time(call, *, unblock: Path) -> list[str]:
    """CALL's answer, run aside: a reader that waits forever (a pipe's writer) fails the test
    instead of hanging it, and is let go by opening the pipe's other end."""
    import threading

    answer: list[str] = []
    worker = threading.Thread(target=lambda: answer.append(call()), daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():
        os.close(os.open(unblock, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(5)
        pytest.fail("reading the machine note waited for a pipe's writer")
    return answer


def test_a_pipe_as_the_machine_note_never_holds_up_the_start(tmp_path, machines):
    """`cp -a` and `rsync -a` copy pipes: opening one to read waits for a writer, and every
    command and the app start by reading this note."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "device-id").write_text(LAPTOP + "\n")
    os.mkfifo(config / machine.MACHINE_FILE)
    answer = _in_time(lambda: load_or_create_device_id(config), unblock=config / "device-machine")
    assert answer == [LAPTOP]


@pytest.mark.parametrize(
    "note",
    [
        "machine:",
        "machine:zz",
        "machine:" + "0" * 15,
        "machine:" + "0" * 16 + "x",
        "machine-id:" + "0" * 31,
        "host:" + "0" * 17,
    ],
)
def test_a_damaged_machine_note_never_makes_a_new_device(tmp_path, machines, note):
    """Only another machine's whole note says the folder was copied: a note cut short or
    garbled says nothing, and a new id would split this machine's history."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "device-id").write_text(LAPTOP + "\n")
    (config / machine.MACHINE_FILE).write_text(note + "\n")
    assert load_or_create_device_id(config) == LAPTOP
    assert (config / "device-id").read_text() == LAPTOP + "\n"


def test_a_machine_note_that_is_a_link_is_never_followed(tmp_path, machines):
    config = tmp_path / "config"
    config.mkdir()
    (config / "device-id").write_text(LAPTOP + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_text("machine:" + "0" * 16 + "\n")  # another machine's, as a link's
    (config / machine.MACHINE_FILE).symlink_to(elsewhere)
    assert load_or_create_device_id(config) == LAPTOP
    assert elsewhere.read_text() == "machine:" + "0" * 16 + "\n"
