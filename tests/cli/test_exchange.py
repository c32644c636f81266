"""`dayweave export` and `dayweave import` as people use them: real processes, real files, and
the real programs on the other side (LibreOffice, khal, Timewarrior, Watson)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tracker.exchange.csvfile import BOM

ZONE = "Europe/Amsterdam"


def dayweave(
    *args: str, data_dir: Path, stdin: str | None = None, lang: str = "C.UTF-8"
) -> subprocess.CompletedProcess:
    env = dict(os.environ, TZ=ZONE, LANG=lang, LANGUAGE="", LC_ALL="", LC_MESSAGES="")
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, env=env, timeout=60, input=stdin,
    )  # fmt: skip


def need(tool: str, package: str) -> str:
    """The tool's path. CI installs it (.ci/run), so there a missing tool fails the test."""
    found = shutil.which(tool) or shutil.which(tool, path=str(Path(sys.executable).parent))
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing: .ci/run installs {package}")
        pytest.skip(f"needs {tool} (Debian package {package})")
    return found


def logged_store(data_dir: Path) -> None:
    for line in (
        # Sunday 29 March 2026 has no 02:00-03:00 in Amsterdam; 25 October has it twice.
        '2026-03-29 01:00-04:00 work =HYPERLINK("http://x") #sales',
        "2026-03-29 10:00-10:30 call with Anna (customer) renewal",
        "2026-10-25 22:00-23:30 life cinema",
        "2026-10-25 01:30-03:30 work night shift",
    ):
        done = dayweave("log", line, data_dir=data_dir)
        assert done.returncode == 0, done.stderr
    done = dayweave("log", "disruption", "--cause", "wifi-gone", "--at", "2026-03-29T11:00",
                    data_dir=data_dir)  # fmt: skip
    assert done.returncode == 0, done.stderr


def week_entries(data_dir: Path, day: str) -> list[dict]:
    week = json.loads(dayweave("week", day, "--json", data_dir=data_dir).stdout)
    return [e for d in week["days"] for e in d["entries"]]


def test_a_backup_restores_into_an_empty_folder_and_a_second_import_changes_nothing(tmp_path):
    logged_store(tmp_path / "a")
    backup = tmp_path / "backup.json"
    done = dayweave("export", "--format", "json", "-o", str(backup), data_dir=tmp_path / "a")
    assert done.returncode == 0, done.stderr
    assert backup.stat().st_mode & 0o777 == 0o600  # private, as the data folder is
    data = json.loads(backup.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], len(data["entries"])) == ("dayweave-backup", 1, 5)
    bad = dict(data["entries"][0], id="f" * 32, end="2000-01-01T00:00:00Z")  # end before start
    data["entries"].append(bad)
    backup.write_text(json.dumps(data), encoding="utf-8")
    first = dayweave("import", str(backup), data_dir=tmp_path / "b")
    assert first.returncode == 0, first.stderr
    assert "Entries: 5 added, 0 updated, 0 unchanged." in first.stdout
    assert "People: 1 added" in first.stdout
    assert f"entry 6 ({'f' * 32}): end is before start" in first.stdout
    for day in ("2026-03-29", "2026-10-25"):
        assert week_entries(tmp_path / "b", day) == week_entries(tmp_path / "a", day)
    again = dayweave("import", str(backup), data_dir=tmp_path / "b")
    assert "Entries: 0 added, 0 updated, 5 unchanged." in again.stdout
    assert "People: 0 added, 0 updated, 1 unchanged." in again.stdout
    dutch = dayweave("import", str(backup), data_dir=tmp_path / "b", lang="nl_NL.UTF-8")
    assert "Items: 0 toegevoegd, 0 bijgewerkt, 5 ongewijzigd." in dutch.stdout


def test_a_backup_from_a_newer_dayweave_is_refused_whole(tmp_path):
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "dayweave-backup", "version": 2, "entries": []}))
    done = dayweave("import", str(newer), data_dir=tmp_path / "data")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("dayweave: ")
    assert "version 2" in done.stderr and "newer Dayweave" in done.stderr
    assert not (tmp_path / "data").exists()  # nothing written, not even a folder
    junk = tmp_path / "junk.json"
    junk.write_text("{not json")
    assert dayweave("import", str(junk), data_dir=tmp_path / "data").returncode == 2


def test_export_keeps_to_the_days_asked_for(tmp_path):
    logged_store(tmp_path)
    done = dayweave("export", "--format", "csv", "--from", "2026-10-25", "--to", "2026-10-25",
                    data_dir=tmp_path)  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(done.stdout.removeprefix(BOM), newline="")))
    assert [(r["title"], r["start"]) for r in rows] == [
        ("night shift", "2026-10-25T01:30:00+02:00"),
        ("cinema", "2026-10-25T22:00:00+01:00"),
    ]
    assert rows[0]["minutes"] == "180"  # 01:30-03:30 on the 25-hour day: three hours
    bad = dayweave("export", "--format", "csv", "--from", "soon", data_dir=tmp_path)
    assert bad.returncode == 2 and bad.stdout == ""


def _cells(fods: Path) -> list[list[tuple[bool, str]]]:
    """(is a formula, text) of each cell, row by row, of a flat ODF spreadsheet."""
    table = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    rows = []
    for row in ET.parse(fods).iter(f"{table}table-row"):
        cells = row.findall(f"{table}table-cell")
        rows.append([(f"{table}formula" in c.attrib, "".join(c.itertext()).strip()) for c in cells])
    return rows


def test_libreoffice_opens_the_csv_with_the_title_as_text_not_a_formula(tmp_path):
    soffice = need("soffice", "libreoffice-calc-nogui")
    logged_store(tmp_path / "data")
    exported = tmp_path / "week.csv"
    done = dayweave("export", "--format", "csv", "-o", str(exported), data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    # The same row without the rule: LibreOffice must run it, or this test proves nothing.
    unsafe = tmp_path / "unsafe.csv"
    with unsafe.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([["title"], ['=HYPERLINK("http://x")']])
    converted = subprocess.run(
        [soffice, "--headless", "--norestore", "--infilter=CSV:44,34,76,1", "--convert-to",
         "fods", "--outdir", str(tmp_path / "out"), str(exported), str(unsafe)],
        capture_output=True, text=True, timeout=180, env=dict(os.environ, HOME=str(tmp_path)),
    )  # fmt: skip
    assert converted.returncode == 0, converted.stderr
    header, *rows = _cells(tmp_path / "out" / "week.fods")
    assert [text for _, text in header][:3] == ["id", "kind", "start"]  # the BOM read as UTF-8
    title = header.index((False, "title"))
    work = next(r for r in rows if r[1] == (False, "work") and "HYPERLINK" in r[title][1])
    assert work[title] == (False, '\'=HYPERLINK("http://x")')
    assert not any(formula for row in rows for formula, _ in row)
    assert _cells(tmp_path / "out" / "unsafe.fods")[1][0][0] is True


def test_khal_lists_the_events_at_their_local_times_on_dst_days(tmp_path):
    khal = need("khal", "khal")
    logged_store(tmp_path / "data")
    exported = tmp_path / "dayweave.ics"
    done = dayweave("export", "--format", "ics", "-o", str(exported), data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    (tmp_path / "cal").mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(
        f"[calendars]\n[[dayweave]]\npath = {tmp_path / 'cal'}\ntype = calendar\n"
        "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
        f"local_timezone = {ZONE}\ndefault_timezone = {ZONE}\n"
        f"[sqlite]\npath = {tmp_path / 'khal.db'}\n"
    )
    env = dict(os.environ, TZ=ZONE, HOME=str(tmp_path))
    imported = subprocess.run(
        [khal, "-c", str(config), "import", "--batch", "-a", "dayweave", str(exported)],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    listed = {}
    for day in ("2026-03-29", "2026-10-25"):
        shown = subprocess.run(
            [khal, "-c", str(config), "list", "--format", "{start-time}-{end-time} {title}",
             "--day-format", "", day, "1d"],
            capture_output=True, text=True, timeout=60, env=env,
        )  # fmt: skip
        assert shown.returncode == 0, shown.stderr
        listed[day] = [line for line in shown.stdout.splitlines() if line.strip()]
    assert listed["2026-03-29"] == [
        '01:00-04:00 Work: =HYPERLINK("http://x")',
        "10:00-10:30 Call: renewal",
    ]  # the disruption is a moment: left out without --moments
    assert listed["2026-10-25"] == ["01:30-03:30 Work: night shift", "22:00-23:30 Life: cinema"]


def test_timewarrior_history_comes_in_as_work_blocks_with_tags(tmp_path):
    timew = need("timew", "timewarrior")
    (tmp_path / "timew" / "data").mkdir(parents=True)
    (tmp_path / "timew" / "timewarrior.cfg").write_text("")
    env = dict(os.environ, TIMEWARRIORDB=str(tmp_path / "timew"), TZ=ZONE)

    def run(*args: str) -> str:
        done = subprocess.run([timew, *args], capture_output=True, text=True, env=env,
                              timeout=60, stdin=subprocess.DEVNULL)  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("track", "2026-03-29T01:00", "-", "2026-03-29T04:00", "sales", "Customer call")
    run("track", "2026-03-30T09:00", "-", "2026-03-30T10:15", "plan")
    run("annotate", "@1", "Quarterly plan")
    exported = run("export")
    done = dayweave("import", "-", data_dir=tmp_path / "data", stdin=exported)
    assert done.returncode == 0, done.stderr
    assert "Entries: 2 added" in done.stdout
    blocks = [(e["kind"], e["start"], e["end"], e["title"])
              for day in ("2026-03-29", "2026-03-30")  # Sunday, and the next week's Monday
              for e in week_entries(tmp_path / "data", day)]  # fmt: skip
    assert blocks == [
        ("work", "2026-03-29T01:00:00+01:00", "2026-03-29T04:00:00+02:00", "Customer call sales"),
        ("work", "2026-03-30T09:00:00+02:00", "2026-03-30T10:15:00+02:00", "Quarterly plan"),
    ]
    backup = json.loads(dayweave("export", "--format", "json", data_dir=tmp_path / "data").stdout)
    assert sorted(tuple(e["tags"]) for e in backup["entries"]) == [
        ("Customer-call", "sales"),
        ("plan",),
    ]
    again = dayweave("import", "-", data_dir=tmp_path / "data", stdin=exported)
    assert "Entries: 0 added, 0 updated, 2 unchanged." in again.stdout


def test_watson_history_comes_in_as_work_blocks_with_tags(tmp_path):
    watson = need("watson", "td-watson (PyPI, the test extra)")
    env = dict(os.environ, WATSON_DIR=str(tmp_path / "watson"), TZ=ZONE)
    (tmp_path / "watson").mkdir()

    def run(*args: str) -> str:
        done = subprocess.run([watson, *args], capture_output=True, text=True, env=env,
                              timeout=60, stdin=subprocess.DEVNULL)  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("add", "-f", "2026-03-29 01:00", "-t", "2026-03-29 04:00", "dayweave", "+code", "+review")
    run("add", "-f", "2026-03-30 14:00", "-t", "2026-03-30 15:30", "writing")
    exported = run("log", "--json", "--from", "2026-03-01", "--to", "2026-04-30")
    path = tmp_path / "watson.json"
    path.write_text(exported)
    done = dayweave("import", str(path), data_dir=tmp_path / "data")
    assert done.returncode == 0, done.stderr
    blocks = [(e["kind"], e["start"], e["end"], e["title"])
              for day in ("2026-03-29", "2026-03-30")  # Sunday, and the next week's Monday
              for e in week_entries(tmp_path / "data", day)]  # fmt: skip
    assert blocks == [
        ("work", "2026-03-29T01:00:00+01:00", "2026-03-29T04:00:00+02:00", "dayweave"),
        ("work", "2026-03-30T14:00:00+02:00", "2026-03-30T15:30:00+02:00", "writing"),
    ]
    backup = json.loads(dayweave("export", "--format", "json", data_dir=tmp_path / "data").stdout)
    assert sorted(tuple(e["tags"]) for e in backup["entries"]) == [(), ("code", "review")]
    again = dayweave("import", str(path), data_dir=tmp_path / "data")
    assert "Entries: 0 added, 0 updated, 2 unchanged." in again.stdout


def test_o_replaces_a_file_atomically_as_a_private_file_whatever_lies_beside_it(tmp_path):
    logged_store(tmp_path)
    target = tmp_path / "out.csv"
    target.write_text("old")
    target.chmod(0o644)
    stale = tmp_path / ".out.csv.part"  # a leftover (or someone's file) with open modes
    stale.write_text("x" * 10)
    stale.chmod(0o644)
    done = dayweave("export", "--format", "csv", "-o", str(target), data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert target.stat().st_mode & 0o777 == 0o600
    assert target.read_text(encoding="utf-8-sig").startswith("id,kind")
    assert stale.read_text() == "x" * 10  # not ours: left alone
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out")) == [
        ".out.csv.part"
    ]


def test_an_import_of_long_notes_travels_in_requests_the_socket_takes():
    # A thousand entries with long notes are over the socket's 8 MB line: chunks go by size.
    from tracker.cli.exchange import _requests
    from tracker.commands.protocol import MAX_LINE, encode_line

    note = "ü🙂 " * 2400
    records = [{"id": f"{n:032x}", "note": note} for n in range(1000)]
    backup = {"format": "dayweave-backup", "version": 1, "entries": records}
    requests, problems = _requests(backup, "backup.json")
    assert problems == []
    assert [r for request in requests for r in request.entries] == records
    assert all(records[request.first] == request.entries[0] for request in requests)
    sizes = [len(encode_line(request.to_json())) for request in requests]
    assert max(sizes) < MAX_LINE // 2  # the answer names the stored entries again


def test_export_and_import_refuse_in_the_users_language(tmp_path):
    nl = "nl_NL.UTF-8"
    junk = tmp_path / "junk.json"
    junk.write_text("not json")
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "dayweave-backup", "version": 99}))
    foreign = tmp_path / "foreign.json"
    foreign.write_text(json.dumps({"format": "someone-else"}))
    data = tmp_path / "data"
    said = [
        dayweave("export", "--format", "csv", "--from", "2026-11-20", "--to", "2026-11-10",
                 data_dir=data, lang=nl),
        dayweave("export", "--format", "csv", "-o", str(tmp_path / "nowhere" / "x.csv"),
                 data_dir=data, lang=nl),
        dayweave("import", str(junk), data_dir=data, lang=nl),
        dayweave("import", str(tmp_path / "missing.json"), data_dir=data, lang=nl),
        dayweave("import", str(newer), data_dir=data, lang=nl),
        dayweave("import", str(foreign), data_dir=data, lang=nl),
    ]  # fmt: skip
    assert [done.returncode for done in said] == [2] * 6
    assert [done.stderr.splitlines()[0] for done in said] == [
        "dayweave: --to ligt vóór --from",
        f"dayweave: -o: de map {tmp_path / 'nowhere'} bestaat niet",
        f"dayweave: {junk} is geen JSON: import leest een Dayweave-back-up (.json), "
        "een Timewarrior-export of een Watson log --json",
        f"dayweave: kan {tmp_path / 'missing.json'} niet lezen: dat bestand bestaat niet",
        "dayweave: deze back-up heeft formaatversie 99, geschreven door een nieuwere Dayweave; "
        "deze leest tot versie 1: werk Dayweave bij om hem te importeren",
        "dayweave: dit is geen Dayweave-back-up (dayweave export --format json)",
    ]
    assert not data.exists() or not list(data.rglob("entries-*.json"))


def test_a_backup_piped_in_with_a_bom_imports_as_a_file_with_one_does(tmp_path):
    backup = {"format": "dayweave-backup", "version": 1, "entries": [], "people": []}
    done = dayweave("import", "-", data_dir=tmp_path, stdin=BOM + json.dumps(backup))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Entries: 0 added, 0 updated, 0 unchanged.")
