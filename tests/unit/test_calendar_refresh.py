"""The calendar cache brought up to date by a child process (tracker/calendar/refresh.py): the
parent then only queries it, and never holds the parser (issue 24's rest budget)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from tracker.calendar.cache import CalendarCache
from tracker.calendar.files import day_bounds
from tracker.calendar.refresh import refresh_elsewhere

AMS = ZoneInfo("Europe/Amsterdam")
DAY = date(2026, 12, 2)
SETTLED = datetime(2026, 1, 1, 12).timestamp()  # files' mtime: long settled

CALENDAR = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:standup\r
SUMMARY:Stand-up\r
DTSTART;TZID=Europe/Amsterdam:20261202T093000\r
DTEND;TZID=Europe/Amsterdam:20261202T094500\r
ATTENDEE;CN=Anna de Vries:mailto:anna@example.org\r
END:VEVENT\r
END:VCALENDAR\r
"""


def _calendar(tmp_path: Path) -> Path:
    path = tmp_path / "work.ics"
    path.write_text(CALENDAR, encoding="utf-8")
    os.utime(path, (SETTLED, SETTLED))
    return path


def test_a_child_reads_the_files_and_the_parent_only_queries(tmp_path):
    source = str(_calendar(tmp_path))
    start, end = day_bounds(DAY, AMS)
    cache = CalendarCache(tmp_path / "cache")
    assert refresh_elsewhere(cache, [source], start, end, AMS, ())
    meetings, problems = cache.meetings([source], start, end, AMS, (), refresh=False)
    assert [m.title for m in meetings] == ["Stand-up"] and problems == []
    assert (cache.reads, cache.worked) == (0, 0)  # the child read and worked it out


PARENT = r"""
import json, sys
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo
from tracker.calendar.cache import CalendarCache
from tracker.calendar.files import day_bounds
from tracker.calendar.refresh import refresh_elsewhere

zone = ZoneInfo("Europe/Amsterdam")
start, end = day_bounds(date(2026, 12, 2), zone)
cache = CalendarCache(Path(sys.argv[2]))
done = refresh_elsewhere(cache, [sys.argv[1]], start, end, zone, ())
meetings, _ = cache.meetings([sys.argv[1]], start, end, zone, (), refresh=False)
heavy = sorted(m for m in ("icalendar", "recurring_ical_events", "hashlib") if m in sys.modules)
print(json.dumps({"done": done, "titles": [m.title for m in meetings], "heavy": heavy}))
"""


def test_the_parent_never_loads_the_parser_nor_hashlib(tmp_path):
    source = _calendar(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", PARENT, str(source), str(tmp_path / "cache")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    said = json.loads(result.stdout.strip().splitlines()[-1])
    assert said == {"done": True, "titles": ["Stand-up"], "heavy": []}


def test_what_the_child_could_not_read_comes_back_in_the_users_words(tmp_path):
    gone = str(tmp_path / "moved-away.ics")  # a source that is not there (a drive unmounted)
    start, end = day_bounds(DAY, AMS)
    cache = CalendarCache(tmp_path / "cache")
    assert refresh_elsewhere(cache, [gone], start, end, AMS, ())
    in_child = [p.describe() for p in cache.unreadable()]
    here = CalendarCache(tmp_path / "cache-here")
    here.meetings([gone], start, end, AMS, (), refresh=True)
    assert in_child and in_child == [p.describe() for p in here.unreadable()]


def test_where_the_child_cannot_run_the_caller_reads_itself(tmp_path, monkeypatch):
    source = str(_calendar(tmp_path))
    start, end = day_bounds(DAY, AMS)
    cache = CalendarCache(tmp_path / "cache")
    monkeypatch.setattr(sys, "executable", "/bin/false")
    assert not refresh_elsewhere(cache, [source], start, end, AMS, ())
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert not refresh_elsewhere(cache, [source], start, end, AMS, ())
