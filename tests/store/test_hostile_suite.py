"""Every kind of file in and beside the data folder, damaged every way we know (issue 11).

Each case: no traceback, no silent emptiness (what cannot be shown is named), a message that
names the file, and nothing written outside the data folder: a sentinel file there, which the
links point at, keeps its bytes and its mtime. The commands run in this process (the same
`main` the `dayweave` command runs), so an exception that escapes is a traceback.
"""

from __future__ import annotations

import json
import os
import socket
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tracker.cli import main
from tracker.kernel.clock import FakeClock
from tracker.kernel.nudgestate import NudgeState
from tracker.store.journal import Journal

DAY = "2026-11-24"
KINDS = ("day file", "people", "meta", "settings", "nudges", "session", "lock", "device-id")
FILE_NAMES = {
    "day file": f"entries-{DAY}.json",
    "people": "people.json",
    "meta": "meta.json",
    "settings": "settings.json",
    "nudges": "nudges.json",
    "session": "session.json",
    "lock": "lock",
    "device-id": "device-id",
}
COMMANDS = (
    ("week", DAY, "--json"),
    ("people", "list", "--json"),
    ("nudges", "--json"),
    ("settings", "--json"),
    ("check",),
    ("log", "disruption", "after the damage", "--at", f"{DAY}T12:00"),
    ("week", DAY, "--json"),
)


def _huge(value):
    """Every whole number made one no machine holds (written as 1e400, read as infinity)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return float("inf")
    if isinstance(value, dict):
        return {k: _huge(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_huge(v) for v in value]
    return value


def huge_numbers(raw: bytes) -> bytes:
    try:
        data = json.loads(raw)
    except ValueError:
        return b"9" * 5000  # the lock and the device id are plain text: one huge number
    if isinstance(data, dict):
        data = {**_huge(data), "n": float("inf")}
    return json.dumps(data).replace("Infinity", "1e400").encode()


def deep_inside(raw: bytes) -> bytes:
    """Nesting the parser still reads at the top of a stack, in every record and beside them:
    deeper in a stack (a write, the app's event loop) it may not be."""
    deep = b"[" * 900 + b"]" * 900
    try:
        data = json.loads(raw)
    except ValueError:
        return deep  # the lock and the device id are plain text
    marker = "\x00deep\x00"
    if isinstance(data, dict):
        for table in data.values():
            if isinstance(table, dict):
                for record in table.values():
                    if isinstance(record, dict):
                        record["title"] = marker
        data["n"] = marker
    return json.dumps(data).replace(json.dumps(marker), deep.decode()).encode()


def _replace(path: Path, make) -> None:
    path.unlink()
    make(path)


DAMAGES = {
    "empty": lambda path, outside: path.write_bytes(b""),
    "truncated": lambda path, outside: path.write_bytes(path.read_bytes()[:-2]),
    "not JSON": lambda path, outside: path.write_bytes(b"this is not JSON, nor a device id!"),
    "other tables": lambda path, outside: path.write_bytes(b'{"other": {"1": {"x": 1}}}'),
    "link out": lambda path, outside: _replace(path, lambda p: p.symlink_to(outside)),
    "dangling link": lambda path, outside: _replace(
        path, lambda p: p.symlink_to(outside.parent / "nowhere")
    ),
    "folder": lambda path, outside: _replace(path, lambda p: p.mkdir()),
    "invalid UTF-8": lambda path, outside: path.write_bytes(b"\xff\xfe" + path.read_bytes()),
    "huge numbers": lambda path, outside: path.write_bytes(huge_numbers(path.read_bytes())),
    # Issue 25: nesting that ends the parser's recursion, and what `rsync -a` and `cp -a` copy
    # that is not a file (a pipe would hang every reader forever).
    "nested": lambda path, outside: path.write_bytes(b"[" * 100_000 + b"\n"),
    "nested object": lambda path, outside: path.write_bytes(b'{"_default": ' * 50_000),
    "deep inside": lambda path, outside: path.write_bytes(deep_inside(path.read_bytes())),
    "pipe": lambda path, outside: _replace(path, os.mkfifo),
    "device": lambda path, outside: _replace(path, _device_node),
    "socket": lambda path, outside: _replace(path, _socket_file),
}


def _device_node(path: Path) -> None:
    """A character device like /dev/null's (made only where mknod is allowed: root)."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("making a device node needs root")


def _socket_file(path: Path) -> None:
    # Bound by its short name: a test's folder may be longer than a socket's path can be.
    here = Path.cwd()
    os.chdir(path.parent)
    try:
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(path.name)
    finally:
        os.chdir(here)


# What the lock holds is never data (a pid, for the user): only its kind of file matters.
LOCK_CONTENT = (
    "empty", "truncated", "not JSON", "other tables", "invalid UTF-8", "huge numbers", "nested",
    "nested object", "deep inside",
)  # fmt: skip

# A small file's fields Dayweave does not know are ignored, however deep: nothing to say.
SMALL_KINDS = ("meta", "settings", "nudges", "session")
UNKNOWN_FIELD_IGNORED = {("deep inside", kind) for kind in SMALL_KINDS}


def dayweave(data: Path, capsys, caplog, *words: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *words])
    out, err = capsys.readouterr()  # the store says its warnings there; the log file is not said
    assert code in (0, 1), (words, code, out, err)
    return code, out, err


@pytest.fixture(autouse=True)
def _zone(monkeypatch):
    """The commands read `--at` and DAY in the machine's zone: pinned, so FILE_NAMES' day file
    is the one they write whatever zone the tests run in."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")


@pytest.fixture
def folder(tmp_path, capsys, caplog):
    """A data folder with one of each file, all backed up; and a sentinel outside it."""
    data = tmp_path / "data"
    assert dayweave(data, capsys, caplog, "log", "contact", "before", "--with", "Anna", "--at",
                    f"{DAY}T09:00")[0] == 0  # fmt: skip
    assert dayweave(data, capsys, caplog, "settings", "default_every_days", "21")[0] == 0
    [own] = (data / "devices").iterdir()
    journal = Journal(data, own.name, FakeClock(datetime(2026, 11, 26, tzinfo=UTC))).open()
    journal.save_nudge_state(NudgeState())
    journal.save_session({"last_seen": "2026-11-26T08:00:00Z", "asked": ["autostart"]})
    journal.backups.take(journal.clock.now(), everything=True)
    journal.close()
    outside = tmp_path / "outside" / "notes.txt"
    outside.parent.mkdir()
    outside.write_text('{"_default": {}}\n')
    os.utime(outside, ns=(1_000_000_000, 1_000_000_000))
    return data, own, outside


def path_of(kind: str, own: Path) -> Path:
    if kind == "device-id":
        return Path(os.environ["DAYWEAVE_CONFIG_DIR"]) / "device-id"
    return own / FILE_NAMES[kind]


@pytest.mark.parametrize("damage", sorted(DAMAGES))
@pytest.mark.parametrize("kind", KINDS)
def test_a_damaged_file_stops_nothing_and_is_named(folder, capsys, caplog, kind, damage):
    data, own, outside = folder
    path = path_of(kind, own)
    DAMAGES[damage](path, outside)
    before = (outside.read_bytes(), outside.stat().st_mtime_ns, sorted(outside.parent.iterdir()))
    results = [dayweave(data, capsys, caplog, *words) for words in COMMANDS]
    said = "\n".join(out + err for _code, out, err in results)
    told = [(words[0], code, err or out if words[0] == "check" else err)
            for words, (code, out, err) in zip(COMMANDS, results, strict=True)]  # fmt: skip
    assert "Traceback" not in said
    if (kind == "lock" and damage in LOCK_CONTENT) or (damage, kind) in UNKNOWN_FIELD_IGNORED:
        assert all(code == 0 for code, _, _ in results), told  # not data: nothing to say
    else:
        assert FILE_NAMES[kind] in said, told
    if kind == "device-id":
        # Never silently a new device: every command stops, naming the file.
        assert all(code == 1 for code, _, _ in results), told
        assert [p.name for p in (data / "devices").iterdir()] == [own.name]
    else:
        readers = results[:4] + results[-1:]
        assert all(code == 0 for code, _, _ in readers), told
        for code, _out, err in results[5:6]:
            if code:
                assert len(err.strip().splitlines()) == 1, err  # a failed write: one line
        week = json.loads(results[-1][1])
        titles = {e["title"] for day in week["days"] for e in day["entries"]}
        if "before" not in titles:  # what cannot be shown is named
            assert FILE_NAMES[kind] in said
        people = json.loads(results[1][1])
        if kind != "people":
            assert [p["name"] for p in people] == ["Anna"]
    assert before == (
        outside.read_bytes(),
        outside.stat().st_mtime_ns,
        sorted(outside.parent.iterdir()),
    )


@pytest.mark.parametrize("damage", ["nested", "pipe"])
@pytest.mark.parametrize("kind", KINDS)
def test_export_and_repair_get_past_nesting_and_pipes(folder, capsys, caplog, kind, damage):
    """Issue 25, break 10: `export` and `check --repair` ended in RecursionError too."""
    data, own, outside = folder
    DAMAGES[damage](path_of(kind, own), outside)
    exported = data.parent / "backup.json"
    results = [
        dayweave(data, capsys, caplog, *words)
        for words in (
            ("check", "--repair"), ("export", "--format", "json", "-o", str(exported)), ("check",)
        )
    ]  # fmt: skip
    said = "\n".join(out + err for _code, out, err in results)
    assert "Traceback" not in said
    if kind != "device-id":
        backup = json.loads(exported.read_text(encoding="utf-8"))
        assert [p["name"] for p in backup["people"]] == ["Anna"] or kind == "people"


# Issue 22's notes, read by `review` and written by `review --intention` and the call prompts,
# and issue 25's note of the machine a device id was made on, read at every start.
NOTE_KINDS = {
    "intentions": "intentions.json",
    "prompts": "prompts.json",
    "device-machine": "device-machine",
}
NOTE_COMMANDS = (
    ("review", "--json", "--weeks", "1"),
    ("review", "--intention", "after the damage", "--for", DAY),
    ("check",),
    ("review", "--json", "--weeks", "1"),
)
# Unknown fields inside the notes are passed over, however deep: nothing to say.
NOTE_IGNORED = {"deep inside"}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
@pytest.mark.parametrize("kind", sorted(NOTE_KINDS))
def test_a_damaged_note_stops_nothing_and_is_named(folder, capsys, caplog, kind, damage):
    from tracker.store.intentions import intention_for
    from tracker.store.prompts import note_prompt, prompts_used

    data, own, outside = folder
    assert dayweave(data, capsys, caplog, "review", "--intention", "before", "--for",
                    "2026-11-17")[0] == 0  # fmt: skip
    journal = Journal(data, own.name, FakeClock(datetime(2026, 11, 26, tzinfo=UTC))).open()
    note_prompt(journal, "call-1", "open", journal.clock.now())
    journal.close()
    config = Path(os.environ["DAYWEAVE_CONFIG_DIR"])
    path = (config if kind == "device-machine" else own) / NOTE_KINDS[kind]
    assert path.exists()
    DAMAGES[damage](path, outside)
    before = (outside.read_bytes(), outside.stat().st_mtime_ns, sorted(outside.parent.iterdir()))
    results = [dayweave(data, capsys, caplog, *words) for words in NOTE_COMMANDS]
    said = "\n".join(out + err for _code, out, err in results)
    told = list(zip(NOTE_COMMANDS, [(c, e or o) for c, o, e in results], strict=True))
    assert "Traceback" not in said
    readers_and_writer = results[:2] + results[-1:]
    assert all(code == 0 for code, _, _ in readers_and_writer), told
    assert [p.name for p in (data / "devices").iterdir()] == [own.name]  # never a new device
    journal = Journal(data, own.name, FakeClock(datetime(2026, 11, 26, tzinfo=UTC))).open()
    assert intention_for(journal, date.fromisoformat(DAY)) == "after the damage"
    if kind == "intentions" and damage not in NOTE_IGNORED:
        assert NOTE_KINDS[kind] in said, told  # what cannot be shown is named
        assert intention_for(journal, date(2026, 11, 17)) == ""
    if kind == "prompts" and damage not in NOTE_IGNORED:
        assert NOTE_KINDS[kind] in said, told
        assert prompts_used(journal) == {}
    journal.close()
    assert before == (
        outside.read_bytes(),
        outside.stat().st_mtime_ns,
        sorted(outside.parent.iterdir()),
    )
