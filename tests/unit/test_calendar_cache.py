"""The calendar cache (issue 24): the same meetings as reading the files, near today and far from
it; a file read again only when it changed; a damaged or older cache built again silently."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.corpora import corpus_files
from tracker.calendar import cache as cache_module
from tracker.calendar.ahead import read_sources
from tracker.calendar.cache import CalendarCache
from tracker.calendar.files import day_bounds, meetings_between, organizers, read_calendar
from tracker.calendar.pieces import ALWAYS, cut, organizers_in

AMS = ZoneInfo("Europe/Amsterdam")
TODAY = date(2026, 12, 2)
LONG_AGO = datetime(2026, 1, 1, 12, tzinfo=UTC).timestamp()  # files' mtime: long settled

SERIES = """BEGIN:VEVENT\r
UID:weekly\r
SUMMARY:Weekly sync\r
DTSTART;TZID=Europe/Amsterdam:20240102T100000\r
DTEND;TZID=Europe/Amsterdam:20240102T103000\r
RRULE:FREQ=WEEKLY\r
EXDATE;TZID=Europe/Amsterdam:20240109T100000\r
ATTENDEE;CN=Anna de Vries:mailto:anna@example.org\r
LOCATION:Room 4\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:weekly\r
SUMMARY:Weekly sync (moved)\r
RECURRENCE-ID;TZID=Europe/Amsterdam:20261208T100000\r
DTSTART;TZID=Europe/Amsterdam:20261209T150000\r
DTEND;TZID=Europe/Amsterdam:20261209T160000\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:monthly-until\r
SUMMARY:Board\r
DTSTART:20250105T090000Z\r
DURATION:PT2H\r
RRULE:FREQ=MONTHLY;UNTIL=20270105T090000Z\r
END:VEVENT\r
"""


def _once(uid: str, day: date, hour: int, summary: str, extra: str = "") -> str:
    stamp = f"{day:%Y%m%d}T{hour:02d}0000"
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{summary}\r\nDTSTART:{stamp}Z\r\n"
        f"DTEND:{day:%Y%m%d}T{hour + 1:02d}0000Z\r\n{extra}END:VEVENT\r\n"
    )


def _calendar(*events: str) -> str:
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    return f"{head}{''.join(events)}END:VCALENDAR\r\n"


def _big() -> str:
    events = [SERIES]
    for n in range(0, 3 * 365, 5):  # one-offs from two years back to a year ahead
        day = TODAY - timedelta(days=730) + timedelta(days=n)
        events.append(_once(f"once-{n}", day, 9 + n % 8, f"Customer {n}",
                            "ATTENDEE;CN=Bo:mailto:bo@example.org\r\n"))  # fmt: skip
    events.append(  # floating: in the reader's zone
        "BEGIN:VEVENT\r\nUID:floating\r\nSUMMARY:Dentist\r\nDTSTART:20261203T080000\r\n"
        "DTEND:20261203T090000\r\nLOCATION:Main street 1\r\nEND:VEVENT\r\n"
    )
    events.append(  # two days long, given by its duration
        "BEGIN:VEVENT\r\nUID:offsite\r\nSUMMARY:Offsite\r\nDTSTART:20261130T230000Z\r\n"
        "DURATION:P1DT12H\r\nEND:VEVENT\r\n"
    )
    return _calendar(*events)


def _write(path: Path, text: str, mtime: float = LONG_AGO) -> Path:
    path.write_text(text, encoding="utf-8")
    os.utime(path, (mtime, mtime))
    return path


def _ranges() -> list[tuple[datetime, datetime]]:
    days = [TODAY, TODAY + timedelta(days=1), TODAY + timedelta(days=7), TODAY - timedelta(days=2)]
    ranges = [day_bounds(d, AMS) for d in days]
    week = day_bounds(TODAY - timedelta(days=2), AMS)[0]
    ranges.append((week, week + timedelta(days=7)))
    for far in (date(2031, 6, 3), date(2025, 2, 5), date(2025, 1, 5), date(2024, 1, 9)):
        ranges.append(day_bounds(far, AMS))  # outside the window: worked out from the pieces
    ranges.append((datetime(2023, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC)))
    return ranges


def _same(sources: list[str], cache: CalendarCache, own: tuple[str, ...] = ()) -> None:
    for start, end in _ranges():
        direct, _problems = meetings_between(read_sources(sources), start, end, AMS, own)
        cached, _said = cache.meetings(sources, start, end, AMS, own, TODAY)
        assert cached == direct, (start, end)


def test_the_cache_gives_what_the_files_give_near_today_and_far_from_it(tmp_path: Path):
    path = _write(tmp_path / "big.ics", _big())
    cache = CalendarCache(tmp_path / "cache")
    _same([str(path)], cache)
    day = cache.meetings([str(path)], *day_bounds(date(2031, 6, 3), AMS), AMS, (), TODAY)[0]
    assert [m.title for m in day] == ["Weekly sync"]  # the series, five years on
    assert [m.title for m in cache.meetings([str(path)], *day_bounds(TODAY + timedelta(days=7),
            AMS), AMS, (), TODAY)[0]] == ["Weekly sync (moved)"]  # fmt: skip


def test_the_window_is_a_query_and_own_addresses_work_it_out_again(tmp_path: Path):
    path = _write(tmp_path / "big.ics", _big())
    cache = CalendarCache(tmp_path / "cache")
    cache.meetings([str(path)], *day_bounds(TODAY, AMS), AMS, (), TODAY)
    db = sqlite3.connect(tmp_path / "cache" / "calendars.sqlite3")
    stored = db.execute("SELECT count(*) FROM meetings").fetchone()[0]
    assert 0 < stored < 200  # the window's, not five years'
    _same([str(path)], cache, own=("bo@example.org",))  # Bo is the user now: never an attendee
    assert cache.reads == 1


def test_a_file_that_cannot_be_cut_is_read_whole_and_gives_the_same(tmp_path: Path):
    two = _calendar(SERIES) + _calendar(_once("x", TODAY, 9, "Second calendar"))
    cut_short = _calendar(SERIES, _once("y", TODAY, 11, "Cut"))[: -len("END:VCALENDAR\r\n")]
    for name, text in (("two.ics", two), ("short.ics", cut_short)):
        path = _write(tmp_path / name, text)
        assert cut(path.read_bytes()).whole is not None
        _same([str(path)], CalendarCache(tmp_path / f"cache-{name}"))


def test_pieces_know_the_days_a_series_may_touch():
    pieces = cut(_calendar(SERIES, _once("a", TODAY, 9, "A")).encode())
    spans = {uid: (first, last) for first, last, uid, _moved, _text in pieces.series}
    assert spans["weekly"] == (date(2024, 1, 1).toordinal(), ALWAYS)
    assert spans["monthly-until"][1] >= date(2027, 1, 5).toordinal()
    assert spans["a"] == (TODAY.toordinal() - 1, TODAY.toordinal() + 1)
    assert "VERSION:2.0" in pieces.head and pieces.whole is None


def _vdir(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    return [
        _write(folder / f"{n}.ics", _calendar(_once(f"e{n}", TODAY, 8 + n, f"Meeting {n}")))
        for n in range(count)
    ]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []
    real = cache_module.read_regular

    def counted(path: Path) -> bytes:
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(cache_module, "read_regular", counted)
    return read


def test_a_changed_file_of_a_vdir_is_read_again_and_only_it(tmp_path, monkeypatch):
    files = _vdir(tmp_path / "vdir", 4)
    read = _counting(monkeypatch)
    cache = CalendarCache(tmp_path / "cache")
    day = day_bounds(TODAY, AMS)
    first, _ = cache.meetings([str(tmp_path / "vdir")], *day, AMS, (), TODAY)
    assert len(first) == 4 and sorted(read) == ["0.ics", "1.ics", "2.ics", "3.ics"]
    read.clear()
    assert cache.meetings([str(tmp_path / "vdir")], *day, AMS, (), TODAY)[0] == first
    assert read == []  # nothing changed: nothing read
    _write(files[2], _calendar(_once("e2", TODAY, 16, "Moved to four")), LONG_AGO + 60)
    again, _ = cache.meetings([str(tmp_path / "vdir")], *day, AMS, (), TODAY)
    assert read == ["2.ics"]
    assert [m.title for m in again] == ["Meeting 0", "Meeting 1", "Meeting 3", "Moved to four"]


def test_a_touched_file_with_the_same_bytes_is_not_parsed_again(tmp_path, monkeypatch):
    files = _vdir(tmp_path / "vdir", 2)
    cache = CalendarCache(tmp_path / "cache")
    day = day_bounds(TODAY, AMS)
    cache.meetings([str(tmp_path / "vdir")], *day, AMS, (), TODAY)
    cuts: list[bytes] = []
    monkeypatch.setattr(cache_module, "cut", lambda data: cuts.append(data) or cut(data))
    os.utime(files[0], (LONG_AGO + 99, LONG_AGO + 99))
    assert len(cache.meetings([str(tmp_path / "vdir")], *day, AMS, (), TODAY)[0]) == 2
    assert cuts == []


def test_a_file_changed_as_it_was_read_is_read_again_next_time(tmp_path, monkeypatch):
    path = _write(
        tmp_path / "now.ics", _calendar(_once("a", TODAY, 9, "A")), datetime.now().timestamp()
    )
    read = _counting(monkeypatch)
    cache = CalendarCache(tmp_path / "cache")
    for _ in range(2):
        cache.meetings([str(path)], *day_bounds(TODAY, AMS), AMS, (), TODAY)
    assert read == ["now.ics", "now.ics"]  # its clock's tick may hide a second write


def test_a_deleted_file_takes_its_meetings_with_it(tmp_path):
    files = _vdir(tmp_path / "vdir", 3)
    alone = _write(tmp_path / "alone.ics", _calendar(_once("z", TODAY, 15, "Alone")))
    sources = [str(tmp_path / "vdir"), str(alone)]
    cache = CalendarCache(tmp_path / "cache")
    day = day_bounds(TODAY, AMS)
    assert len(cache.meetings(sources, *day, AMS, (), TODAY)[0]) == 4
    files[1].unlink()
    alone.unlink()
    meetings, problems = cache.meetings(sources, *day, AMS, (), TODAY)
    assert [m.title for m in meetings] == ["Meeting 0", "Meeting 2"]
    assert [p.where for p in problems] == ["alone.ics"]  # said, as reading it would say
    db = sqlite3.connect(tmp_path / "cache" / "calendars.sqlite3")
    assert db.execute("SELECT count(*) FROM pieces").fetchone()[0] == 2


@pytest.mark.parametrize("damage", ["garbage", "old version", "old shape"])
def test_a_damaged_or_older_cache_is_built_again_silently(tmp_path, monkeypatch, damage):
    path = _write(tmp_path / "big.ics", _big())
    folder = tmp_path / "cache"
    day = day_bounds(TODAY, AMS)
    expected = CalendarCache(folder).meetings([str(path)], *day, AMS, (), TODAY)
    stored = folder / "calendars.sqlite3"
    if damage == "garbage":
        for name in ("calendars.sqlite3", "calendars.sqlite3-wal", "calendars.sqlite3-shm"):
            (folder / name).write_bytes(os.urandom(5000))
    else:
        db = sqlite3.connect(stored)
        if damage == "old version":
            db.execute("UPDATE meta SET value = '0' WHERE key = 'version'")
        else:
            db.execute("DROP TABLE meetings")
            db.execute("CREATE TABLE meetings (x)")
        db.commit()
        db.close()
    read = _counting(monkeypatch)
    cache = CalendarCache(folder)
    assert cache.meetings([str(path)], *day, AMS, (), TODAY) == expected
    assert read == ["big.ics"]  # built again from the file
    read.clear()
    assert cache.meetings([str(path)], *day, AMS, (), TODAY) == expected
    assert read == []


def test_the_cache_lives_in_its_own_private_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("DAYWEAVE_CACHE_DIR", str(tmp_path / "c"))
    path = _write(tmp_path / "a.ics", _calendar(_once("a", TODAY, 9, "A")))
    CalendarCache().meetings([str(path)], *day_bounds(TODAY, AMS), AMS, (), TODAY)
    assert (tmp_path / "c" / "calendars" / "calendars.sqlite3").is_file()
    assert (tmp_path / "c" / "calendars").stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("path", corpus_files("ics", "*.ics"))
def test_every_corpus_file_reads_the_same_through_the_cache(path: Path, tmp_path: Path):
    cache = CalendarCache(tmp_path / "cache")
    years = [(datetime(y, 1, 1, tzinfo=UTC), datetime(y + 1, 1, 1, tzinfo=UTC)) for y in
             range(2000, 2031, 3)]  # fmt: skip
    for start, end in [day_bounds(TODAY, AMS), *years]:
        direct, _ = meetings_between(read_sources([str(path)]), start, end, AMS)
        assert cache.meetings([str(path)], start, end, AMS, (), TODAY)[0] == direct


@pytest.mark.parametrize("path", corpus_files("ics", "*.ics"))
def test_the_organizers_line_scan_finds_whom_parsing_finds(path: Path):
    """The first calendar's guess at the user's address is read by a scan, not a parse."""
    parsed = organizers([read_calendar(path)])
    scanned = organizers_in(path.read_bytes())
    assert set(parsed) <= set(scanned)
    if parsed:
        assert scanned[parsed[0]] == max(scanned.values())


def test_a_file_that_is_also_in_a_folder_added_counts_as_before(tmp_path: Path):
    files = _vdir(tmp_path / "vdir", 2)
    sources = [str(tmp_path / "vdir"), str(files[0])]
    cache = CalendarCache(tmp_path / "cache")
    day = day_bounds(TODAY, AMS)
    direct, _ = meetings_between(read_sources(sources), *day, AMS)
    for _ in range(2):
        assert cache.meetings(sources, *day, AMS, (), TODAY)[0] == direct
    assert cache.reads == 3


def test_asking_for_other_sources_keeps_what_is_known_of_the_first(tmp_path, monkeypatch):
    """The app and the command line share the cache and may ask for different sources."""
    one = _write(tmp_path / "one.ics", _calendar(_once("a", TODAY, 9, "One")))
    two = _write(tmp_path / "two.ics", _calendar(_once("b", TODAY, 10, "Two")))
    day = day_bounds(TODAY, AMS)
    CalendarCache(tmp_path / "cache").meetings([str(one)], *day, AMS, (), TODAY)
    CalendarCache(tmp_path / "cache").meetings([str(two)], *day, AMS, (), TODAY)
    read = _counting(monkeypatch)
    cache = CalendarCache(tmp_path / "cache")
    assert [m.title for m in cache.meetings([str(one)], *day, AMS, (), TODAY, False)[0]] == ["One"]
    assert read == []
    two.unlink()  # a source no longer there is forgotten
    cache.meetings([str(one)], *day, AMS, (), TODAY)
    db = sqlite3.connect(tmp_path / "cache" / "calendars.sqlite3")
    assert [row[0] for row in db.execute("SELECT path FROM files")] == [str(one)]


MOVED_ELSEWHERE = """BEGIN:VEVENT\r
UID:weekly\r
SUMMARY:Weekly sync (moved, kept apart)\r
RECURRENCE-ID;TZID=Europe/Amsterdam:20261201T100000\r
DTSTART;TZID=Europe/Amsterdam:20261202T160000\r
DTEND;TZID=Europe/Amsterdam:20261202T170000\r
END:VEVENT\r
"""


def test_a_moved_occurrence_in_another_file_of_a_vdir_reads_as_the_files_read(tmp_path: Path):
    """Joined to its series by UID across the vdir's files (tracker/calendar/moved.py), in the
    window and far from it, and again when either file changes."""
    folder = tmp_path / "vdir"
    folder.mkdir()
    series = _write(folder / "series.ics", _calendar(SERIES))
    moved = _write(folder / "moved.ics", _calendar(MOVED_ELSEWHERE, _once("o", TODAY, 8, "Own")))
    cache = CalendarCache(tmp_path / "cache")
    _same([str(folder)], cache)
    assert cut(moved.read_bytes()).series[0][2:4] == ("weekly", True)
    _write(moved, _calendar(MOVED_ELSEWHERE.replace("160000", "170000")), LONG_AGO + 60)
    _same([str(folder)], cache)
    series.unlink()
    _same([str(folder)], cache)
